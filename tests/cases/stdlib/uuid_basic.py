import uuid

def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(a, k, "->", r)

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant,
      u.clock_seq_low, u.node, u.time, u.clock_seq, u.variant, u.version, u.is_safe)
for form in ["{12345678-1234-5678-1234-567812345678}", "12345678123456781234567812345678",
             "urn:uuid:12345678-1234-5678-1234-567812345678"]:
    print(uuid.UUID(form) == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u,
      uuid.UUID(int=u.int) == u)
print(uuid.UUID(int=0), uuid.UUID(int=2 ** 128 - 1).variant, uuid.UUID(int=0).variant, uuid.UUID(int=0).version)
print(uuid.UUID(int=0, version=4), uuid.UUID(int=2 ** 128 - 1, version=1).version)

print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com"), uuid.uuid5(uuid.NAMESPACE_OID, "1.3.6.1"),
      uuid.uuid5(uuid.NAMESPACE_X500, "cn=x"))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL)

a = uuid.uuid4()
b = uuid.uuid4()
print(a != b, a.version, a.variant, len(str(a)), uuid.UUID(str(a)) == a)
one = uuid.uuid1()
print(one.version, one.variant, uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc,
      uuid.uuid1(clock_seq=0x1234).clock_seq)

us = sorted([uuid.UUID(int=5), uuid.UUID(int=1), uuid.UUID(int=3)])
print(us, uuid.UUID(int=1) < uuid.UUID(int=2), {u: 1}[uuid.UUID(str(u))], int(u) == u.int, u == str(u))
t(setattr, u, "int", 5)
t(uuid.UUID)
t(uuid.uuid3, uuid.NAMESPACE_DNS, b"x")
t(uuid.UUID, "1234")
t(uuid.UUID, "zz345678123456781234567812345678")
t(uuid.UUID, bytes=b"short")
t(uuid.UUID, bytes_le=b"short")
t(uuid.UUID, fields=(1, 2, 3))
t(uuid.UUID, fields=(1, 2, 3, 256, 5, 6))
t(uuid.UUID, fields=(2 ** 32, 2, 3, 4, 5, 6))
t(uuid.UUID, int=-1)
t(uuid.UUID, int=1, version=9)
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, uuid.RFC_4122, uuid.RESERVED_NCS)
