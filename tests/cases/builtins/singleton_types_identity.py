a = 1000
b = 1000
print(a is b)
x = 10**20
y = 10**20
print(x == y)
s1 = "hello world"
s2 = "hello world"
print(s1 is s2)
t1 = (1, 2)
t2 = (1, 2)
print(t1 is t2)
def f(): return (1, 2)
print(f() is f())
e1 = ()
e2 = ()
print(e1 is e2, tuple() is (), "" is str(), frozenset() == frozenset())
n = None
print(n is None, type(None)() is None, type(...)() is ...)
print(True is (1 == 1), bool(1) is True)
l = [1]
print(l is l[:], l == l[:], l is list(l))
big1 = 2**100
big2 = big1
print(big1 is big2)
print(int("5") is 5, 256 + 1 is 257)
print(id(a) == id(b))
