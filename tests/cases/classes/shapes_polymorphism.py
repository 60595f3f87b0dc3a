# Polymorphic shape classes with an abstract base, sorting by area via __lt__, and a summary table.
import math
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__}.perimeter")
    def __lt__(self, other):
        return (self.area(), self.name) < (other.area(), other.name)
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Circle(Shape):
    def __init__(self, name, r):
        super().__init__(name)
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
class Rect(Shape):
    def __init__(self, name, w, h):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, name, s):
        super().__init__(name, s, s)
class Triangle(Shape):
    def __init__(self, name, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"{name}: sides {a}, {b}, {c} violate the triangle inequality")
        super().__init__(name)
        self.sides = (a, b, c)
    def perimeter(self):
        return sum(self.sides)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))
class Blob(Shape):
    pass
shapes = [Circle("c1", 1), Rect("r1", 2, 3), Square("s1", 2), Triangle("t1", 3, 4, 5), Circle("c2", 0.5), Rect("r2", 10, 0.1)]
try:
    shapes.append(Triangle("bad", 1, 2, 10))
except ValueError as e:
    print("ValueError:", e)
print(f"{'shape':<16}{'area':>10}{'perimeter':>11}")
for s in sorted(shapes):
    print(f"{s!r:<16}{s.area():>10.3f}{s.perimeter():>11.3f}")
print("largest:", max(shapes), "smallest:", min(shapes), "created:", Shape.count)
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(s.name)
print(by_kind)
print([isinstance(s, Rect) for s in shapes], issubclass(Square, Shape))
try:
    Blob("b").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
total = sum(s.area() for s in shapes)
print(f"total area {total:.6f}")
