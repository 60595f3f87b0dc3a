# Rich comparisons: __eq__/__lt__ and friends, reflected operands, NotImplemented, sorting objects.
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Ver):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Ver(1, 2), Ver(1, 10), Ver(0, 9), Ver(1, 2, 1), Ver(1, 2)]
print(sorted(vs), max(vs), min(vs))
print(Ver(1) == Ver(1), Ver(1) != Ver(2), Ver(1) == 1, Ver(2) > Ver(1), Ver(1) >= Ver(1))
print(vs.index(Ver(1, 10)), Ver(0, 9) in vs, vs.count(Ver(1, 2)))
try:
    Ver(1) < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
class NoOrder:
    pass
try:
    NoOrder() < NoOrder()
except TypeError as e:
    print("TypeError:", e)
