# Single inheritance: overriding, super() calls, method resolution, isinstance/issubclass.
class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
    def describe(self):
        return "round " + super().describe()
for s in [Shape("blob"), Rect(2, 3), Square(4), Circle(1)]:
    print(s.describe())
print(isinstance(Square(1), Rect), isinstance(Square(1), Shape), isinstance(Rect(1, 1), Square))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Circle, (Rect, Shape)))
print([c.__name__ for c in Square.__mro__])
