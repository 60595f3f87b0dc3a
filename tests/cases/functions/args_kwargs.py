# *args and **kwargs collection and forwarding, keyword ordering.
def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, *[2, 3], x=4, **{"y": 5, "z": 6}))
def g(a, b, *rest, key="k", **extra):
    return a, b, rest, key, extra
print(g(1, 2))
print(g(1, 2, 3, 4, key="K", other=0))
print(g(*"ab", *"cd", **{"key": 1}, more=2))
def wrapper(*a, **k):
    return g(*a, **k)
print(wrapper(10, 20, 30, zz=1))
args = (1, 2)
kw = {"key": "v"}
print(g(*args, **kw))
