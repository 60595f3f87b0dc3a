import _random
r = _random.Random(42)
print(r.random(), r.getrandbits(70), r.getrandbits(5))
r.seed(12345)
print(r.random())
st = r.getstate()
print(len(st), type(st).__name__, st[-1])
a = r.random()
r.setstate(st)
print(a == r.random())
r.seed(-7); print(r.random())
r.seed(2**100 + 3); print(r.random())
r.seed(3.14); print(r.random())
r.seed("abc") if False else None
class R(_random.Random):
    def __init__(self, x):
        self.seed(x * 2)
print(R(21).random() == _random.Random(42).random(), type(_random.Random()).__module__, _random.Random.__name__)
try:
    _random.Random(1, 2)
except TypeError as e:
    print(e)
