# str()/repr() of ints of many sizes and int() parsing back.
for k in [0, 1, 9, 10, 99, 100, 2**31, 2**32, 2**63, 2**64, 10**18, 10**19, 10**40]:
    print(k, -k, repr(k))
big = 7**300
s = str(big)
print(len(s), s[:20], s[-20:])
print(int(s) == big, int("-" + s) == -big)
print(str(10**999)[:3], len(str(10**999)))
print(str(-10**100))
