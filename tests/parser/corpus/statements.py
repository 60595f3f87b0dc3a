# Every statement form of Python 3.11 (except async and match).
import os
import os.path as osp, sys
from . import sibling
from .. import parent as p
from ...pkg.mod import (a, b as c,)
from x import *
from .a.b import c
global_var: int = 1
annotated: "str"
(parenthesized): int = 2
obj.attr: list[int] = []
obj[0]: float
x = y = z = 0
a, b = b, a
[a, *rest] = range(3)
(a, b), c = (1, 2), 3
*head, tail = [1, 2, 3]
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3; x **= 2; x @= m
x &= 1; x |= 2; x ^= 3; x <<= 1; x >>= 1
(x) += 1
obj.count += 1
d["k"] -= 1
del a, b[0], c.d, (e, f), [g]
del (h)
pass
assert x, "message"
assert y
raise
raise ValueError
raise ValueError("x") from None
def f():
    global g1, g2
    return
def g():
    nonlocal_holder = 1
    def inner():
        nonlocal nonlocal_holder
        return nonlocal_holder, 2
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from inner()
    return (yield)
if a:
    pass
elif b:
    pass
elif c: pass
else:
    pass
while x:
    break
else:
    continue_ = 1
for i in range(10):
    if i: continue
    else: break
else:
    pass
for i, (j, k) in pairs: pass
for [i, j] in pairs: pass
for x.y in z: pass
for x[0] in z: pass
for *a, b in z: pass
try:
    pass
except:
    pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except Exception as e:
    raise
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
with open("f") as f: pass
with a, b as c, d as (e, f): pass
with (a, b): pass
with (a as b, c as d,): pass
with (a, b) as c: pass
with (yield): pass
with a as b.c, d as e[0]: pass
@decorator
@decorator.with_args(1, k=2)
@(lambda f: f)
def decorated(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> "ret":
    """Docstring."""
    pass
def posonly(a, /): pass
def posonly2(a, b=1, /, c=2): pass
def kwonly(*, a, b=2): pass
def varargs(*args: int, **kw: str): pass
def annotated(a: int = 1, *b: tuple, c: "x" = None, **d): pass
def trailing(a, b,): pass
def trailing2(*, a,): pass
def trailing3(**kw,): pass
def nothing(): ...
class Empty: pass
class WithBases(Base, metaclass=Meta, **kw): pass
class WithParens(): pass
@dataclass
class Decorated(A, *mixins):
    x: int
    y: int = 0
    def method(self): return self.x
if x: a = 1; b = 2
while 0: pass; pass;
x = 1;
