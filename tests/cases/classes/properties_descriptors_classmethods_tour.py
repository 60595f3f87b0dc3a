class Temperature:
    def __init__(self, c=0.0):
        self._c = c
    @property
    def celsius(self):
        "Celsius degrees"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(e)
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
print(Temperature.fahrenheit.fset is None, Temperature.celsius.fget.__name__)

class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, Person.name.name, Person.age.owner, vars(p))
try:
    p.age = "old"
except TypeError as e:
    print(e)

class NonData:
    def __get__(self, obj, typ):
        return "from descriptor"
class H:
    x = NonData()
h = H()
print(h.x)
h.__dict__["x"] = "from instance"
print(h.x)

class Cnt:
    count = 0
    def __init__(self):
        Cnt.count += 1
        self.id = Cnt.count
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]
    @staticmethod
    def helper(a, b):
        return a + b
    def __repr__(self):
        return f"Cnt#{self.id}"
print(Cnt.make(3), Cnt.helper(1, 2), Cnt().helper(3, 4), Cnt.count)
class SubCnt(Cnt):
    pass
print(SubCnt.make(1), type(SubCnt.make(1)[0]).__name__)
print(type(Cnt.__dict__["make"]).__name__, type(Cnt.__dict__["helper"]).__name__)
print(Cnt.make.__self__ is Cnt, Cnt().make.__func__ is Cnt.__dict__["make"].__func__)

class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Shared(), Shared()
a.add(1); b.add(2)
print(a.items, Shared.items)
a.items = ["own"]
print(a.items, b.items)
del a.items
print(a.items)
