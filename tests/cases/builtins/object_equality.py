# Default object equality/identity, `is` vs `==` for ints/strings created differently (values only).
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is a, a is b)
x = [1, 2]
y = [1, 2]
print(x == y, x is y, x is not y)
print(None == None, None is None, 1 == True, 0 == False, 1 is not True)
n1 = 10 ** 30
n2 = 10 ** 30
print(n1 == n2)
s1 = "".join(["ab", "c"])
s2 = "abc"
print(s1 == s2)
