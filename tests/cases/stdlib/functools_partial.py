# functools.partial, partialmethod, reduce, wraps/update_wrapper
from functools import partial, partialmethod, reduce, wraps, update_wrapper
import functools

base2 = partial(int, base=2)
print(base2("1011"), base2("11", base=3), base2.func, base2.args, base2.keywords)
print(repr(base2), repr(partial(max, 1, 2, key=abs)))
nested = partial(partial(max, 1), 2, key=abs)
print(nested.args, nested.keywords, nested(-5))
print(partial(pow, 2)(10), partial(sorted, key=len)(["ccc", "a", "bb"]))


def volume(l, w, h=1):
    return l * w * h


box = partial(volume, 2, h=3)
print(box(5), box(5, h=10), box.args, box.keywords)
try:
    box.func = None
except AttributeError as e:
    print("AttributeError", e)
for bad in (lambda: partial(), lambda: partial(3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
box.note = "hi"
print(box.note, box.__dict__)


class MyPartial(partial):
    pass


mp = MyPartial(volume, 1, 2)
print(repr(mp)[:21], mp(3), type(MyPartial(mp, 5)).__name__, MyPartial(mp, 5).args)


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = state

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)

print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a * b, range(1, 11), 1))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: a, [], "init"))
print(reduce(lambda a, b: b + a, "abc"))
for bad in (lambda: reduce(lambda a, b: a, []), lambda: reduce(lambda a, b: a, 5), lambda: reduce(len)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


def logged(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        print("calling", fn.__name__, args)
        return fn(*args, **kwargs)
    return inner


@logged
def add(a: int, b: int) -> int:
    "Add two numbers."
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__qualname__, add.__annotations__)
print(add.__wrapped__(1, 1), add.__module__)


def plain():
    pass


plain.extra = 42


def wrapper():
    pass


update_wrapper(wrapper, plain)
print(wrapper.__name__, wrapper.extra, wrapper.__wrapped__ is plain)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
