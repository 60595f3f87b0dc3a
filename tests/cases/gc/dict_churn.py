# Build and drop many small dicts and tuples; the live set stays small.
checksum = 0
for i in range(300000):
    d = {"a": i, "b": (i, i * 2), "c": [i]}
    checksum = (checksum + d["b"][1] + d["c"][0]) % 1000003
print(checksum)
latest = None
for i in range(100000):
    latest = {j: j * i for j in range(4)}
print(latest)
