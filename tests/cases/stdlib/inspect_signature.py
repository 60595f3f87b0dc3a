import inspect, functools
from typing import List, Optional
def f(a, b: int = 2, *args, c, d: str = "x", **kw) -> bool:
    """Do a thing.

        Indented detail.
    """
    return True
def g(x, y, /, z=3): pass
class K:
    """Klass doc."""
    def __init__(self, name: str, size=1): self.name = name
    def meth(self, q, *, r=None): return q
    @staticmethod
    def st(a): pass
    @classmethod
    def cm(cls, b): pass
    def __call__(self, v): pass
def typed(xs: List[int], o: Optional[str] = None, d: dict = {}) -> "K": pass
for obj in [f, g, K, K.meth, K().meth, K.st, K.cm, K(), typed, lambda a, *b: 0, functools.partial(f, 1, c=5)]:
    sig = inspect.signature(obj)
    print(sig, [(p.name, str(p.kind), p.default is p.empty) for p in sig.parameters.values()][:3])
sig = inspect.signature(f)
ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults(); print(ba.arguments)
try:
    sig.bind(1)
except TypeError as e:
    print(e)
try:
    inspect.signature(g).bind(1, y=2)
except TypeError as e:
    print(e)
print(sig.return_annotation, sig.parameters["b"].annotation, repr(sig.parameters["d"]), sig.parameters["d"].kind.name)
try:
    inspect.signature(len)
except ValueError as e:
    print("ValueError", e)
print(inspect.getdoc(f), inspect.getdoc(K), inspect.cleandoc("  a\n    b\n  c"))
print(inspect.isfunction(f), inspect.ismethod(K().meth), inspect.isclass(K), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect))
def gen():
    yield 1
    yield 2
gg = gen()
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gg), inspect.getgeneratorstate(gg))
next(gg); print(inspect.getgeneratorstate(gg), inspect.getgeneratorlocals(gg))
gg.close(); print(inspect.getgeneratorstate(gg))
print([n for n, v in inspect.getmembers(K) if not n.startswith("__")], inspect.getmro(bool))
print(inspect.getsource(g), end="")
print(inspect.getsource(K.meth), end="")
print(inspect.getsource(K).splitlines()[0], len(inspect.getsourcelines(f)[0]), inspect.getsourcelines(f)[1])
print(inspect.getfullargspec(f))
@functools.wraps(f)
def wrapper(*a, **k): return f(*a, **k)
print(inspect.signature(wrapper), inspect.unwrap(wrapper) is f)
print(inspect.isabstract(K), inspect.getmodule(f).__name__, inspect.getfile(f).endswith("insp.py"))
