# __call__, __getattr__ fallback, __setattr__ interception, __getattribute__ not overridden.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), list(map(add5, [1, 2])))
class Dyn:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        return f"dynamic:{name}"
d = Dyn()
print(d.real, d.anything, d.other)
class Logged:
    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        object.__setattr__(self, name, value)
l = Logged()
l.a = 1
l.b = [2]
print(l.a, l.b)
