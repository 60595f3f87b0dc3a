# Building strings in loops with += and join; result lengths and checksums.
s = ""
for i in range(2000):
    s += str(i % 10)
print(len(s), s[:20], s[-20:])
parts = []
for i in range(1000):
    parts.append("%d," % i)
joined = "".join(parts)
print(len(joined), joined[:30], joined[-12:])
t = "ab" * 5000
print(len(t), t.count("ba"), t.find("bb"))
h = 0
for c in joined:
    h = (h * 31 + ord(c)) % 1000000007
print(h)
