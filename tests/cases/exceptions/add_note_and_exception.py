import sys
try:
    raise ValueError("base")
except ValueError as e:
    e.add_note("note one")
    e.add_note("note two")
    print(e.__notes__, sys.exception() is e)
print(sys.exception())
class G:
    def __getitem__(self, k): return k
g = G()
b = (1, 2)
print(g[*b], g[0, *b], g[*b, 3])
try:
    ValueError().add_note(5)
except TypeError as e:
    print("TypeError:", e)
def f():
    try:
        raise KeyError("k")
    except KeyError as e:
        e.add_note("while doing f")
        raise
try:
    f()
except KeyError as e:
    print(e.__notes__)
f()
