# A method or class attribute rebound on a base class mid-loop must reach
# instances of subclasses: the cached method of LOAD_METHOD_CACHED (keyed by
# the subclass's version) and traces built on it must stop matching.
# Found by tests/fuzz/jitdiff.py.
class P:
    k = 1
    def __init__(self, x):
        self.x = x
    def m(self, d):
        return self.x + d
class Sub(P):
    pass
class Sub2(Sub):
    pass
o = Sub(1)
o2 = Sub2(5)
for i in range(12):
    if i == 3:
        P.m = lambda self, d: d * 3
        P.k = 10
    if i == 7:
        Sub.m = lambda self, d: -d
    print(i, o.m(2), o.k, o2.m(4), o2.k)
