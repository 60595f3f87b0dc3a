# abc: ABC/ABCMeta, abstractmethod (methods, properties, class/static methods), instantiation errors, register, __subclasshook__
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, get_cache_token, update_abstractmethods
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return "%s with area %.2f" % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Half(Shape):
    def area(self):
        return 1


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Base.__abstractmethods__))


class Impl(Base):
    @property
    def name(self):
        return "impl"

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def helper():
        return 42


print(Impl.create().name, Impl.helper(), Impl.__abstractmethods__)


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            if any("__len__" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class Bag:
    def __len__(self):
        return 0


print(issubclass(Bag, Sized), isinstance([], Sized), isinstance(3, Sized), issubclass(int, Sized))


class Drawable(ABC):
    pass


@Drawable.register
class Circle:
    pass


token = get_cache_token()
Drawable.register(int)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable), isinstance(5, Drawable), Circle.__name__)
print(issubclass(bool, Drawable), get_cache_token() != token, Drawable.register(Circle) is Circle)
try:
    Drawable.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(3, Drawable)
except TypeError as e:
    print("TypeError:", e)


class Late(ABC):
    pass


Late.run = abstractmethod(lambda self: None)
update_abstractmethods(Late)
try:
    Late()
except TypeError as e:
    print("TypeError:", e)


class Plugin(ABC):
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)

    @abstractmethod
    def run(self):
        ...


class A(Plugin):
    def run(self):
        return "a"


class B(A):
    pass


print(Plugin.registry, B().run(), type(Plugin).__name__, ABC.__slots__, isinstance(Plugin, ABCMeta))
