import sys
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 500, d < 100000)
def f(n):
    return n if n == 0 else f(n - 1)
print(f(900))
sys.setrecursionlimit(3000)
print(f(2500), sys.getrecursionlimit())
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("RecursionError:", e)
class G:
    def __getattr__(self, name):
        return self.missing
try:
    G().x
except RecursionError as e:
    print("RecursionError:", e)
l = []
for i in range(100000):
    l = [l]
try:
    print(len(str(l)) > 0)
except RecursionError as e:
    print("RecursionError:", e)
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print("RecursionError:", e)
def gen_rec(n):
    yield n
    yield from gen_rec(n + 1)
try:
    for v in gen_rec(0):
        pass
except RecursionError as e:
    print("RecursionError gen:", e)
class Eq:
    def __eq__(self, o):
        return self == o
try:
    Eq() == Eq()
except RecursionError as e:
    print("RecursionError:", e)
print("still alive", f(100))
