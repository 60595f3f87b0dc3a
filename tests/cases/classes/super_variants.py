# super() with explicit arguments, super in classmethods and properties, calling __init__ twice.
class A:
    def who(self):
        return "A"
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def make(cls):
        return "B>" + super().make()
class C(B):
    def who(self):
        return "C>" + super(B, self).who()
print(A().who(), B().who(), C().who(), B.make(), C.make())
class Base:
    def __init__(self):
        self.log = ["base"]
class Derived(Base):
    def __init__(self):
        super().__init__()
        self.log.append("derived")
print(Derived().log)
