# Multiple inheritance: C3 MRO, cooperative super() chains, diamond.
class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()
print(Child().hello())
print([c.__name__ for c in Child.__mro__])
class A:
    x = "A"
class B(A):
    pass
class C(A):
    x = "C"
class D(B, C):
    pass
print(D.x, D().x)
class Mixin:
    def describe(self):
        return f"{type(self).__name__}:{self.value()}"
class Thing:
    def value(self):
        return 42
class Combined(Mixin, Thing):
    pass
print(Combined().describe())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
