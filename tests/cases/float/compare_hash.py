# Float comparisons with ints (exactly), sorting with -0.0, hash equality with ints.
print(0.5 < 1, 1 < 1.5, 2**63 == 2.0**63, 2**63 + 1 == 2.0**63, 2**63 + 1 > 2.0**63)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(hash(1.0) == hash(1), hash(-0.0) == hash(0), hash(2.0**70) == hash(2**70))
print(sorted([3.5, -1, 2, 0.0, -0.0, 1e-9, -1e-9, 10**20, 1e20]))
print({1: "int", 1.0: "float"}, {0.0, 0, -0.0})
print(1e300 < 10**301, 1e300 > 10**299)
print(float("inf") > 10**1000, float("-inf") < -10**1000)
