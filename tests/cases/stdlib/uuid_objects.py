import uuid
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.version, u.variant, u.urn, u.time, u.clock_seq, u.node)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/a"))
a = uuid.uuid4(); print(a.version, a.variant, len(str(a)), uuid.UUID(str(a)) == a, uuid.UUID(bytes=a.bytes) == a)
b = uuid.uuid1(); print(b.version, len(b.hex))
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID("urn:uuid:12345678123456781234567812345678") == u, sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), uuid.UUID(int=1) < uuid.UUID(int=2), hash(u) == hash(uuid.UUID(u.hex)))
for bad in ["xyz", "1234"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print(e)
try:
    u.int = 5
except TypeError as e:
    print(e)
print(uuid.UUID(fields=(1, 2, 3, 4, 5, 6)), uuid.UUID(int=0, version=4))
