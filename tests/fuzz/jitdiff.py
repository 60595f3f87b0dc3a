#!/usr/bin/env python3
"""tests/fuzz/jitdiff.py — differential testing of Mosaic's tiers with random programs.

Generates small random Python programs dominated by hot loops (int overflow
into big ints, negative floor division, float nan/inf/-0.0, variables that
change type mid-loop, list/dict mutation with caught IndexError/KeyError,
attributes added and deleted mid-loop, properties, __slots__, globals and
class attributes rebound mid-loop, generators, break/continue/else, and
exceptions raised from deep inside a loop whose tracebacks are printed), then
runs each one under python3 (the oracle, PYTHONHASHSEED=0) and under Mosaic
in several tiers, and compares stdout and exit status.

A difference between Mosaic's tiers is a JIT/tier-2 bug and the worst kind;
a difference where every Mosaic tier agrees but CPython says otherwise is a
plain compatibility bug. Both are saved to tests/fuzz/jitdiff-failures/
(named tier-*.py and cpython-*.py respectively) with the outputs alongside.

    python3 tests/fuzz/jitdiff.py --seconds 60
    python3 tests/fuzz/jitdiff.py --seed 123 --count 1 --print   # show a program
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FAILDIR = os.path.join(ROOT, "tests", "fuzz", "jitdiff-failures")

TIERS = {
    "t1": ["-X", "jit=off"],
    "t2": ["-X", "jit=interp", "-X", "jit-threshold=1"],
    "jit1": ["-X", "jit=on", "-X", "jit-threshold=1"],
    "jit7": ["-X", "jit=on", "-X", "jit-threshold=7"],
}

# The fixed part of every program: helpers whose behaviour the loops poke at.
# `mix` folds a value into a checksum without hash() (str hashing is seeded
# and Mosaic's hash function need not be CPython's).
PRELUDE = r'''
import traceback
def mix(ck, v):
    s = repr(v)
    return (ck * 131 + len(s) * 7 + ord(s[0]) * 3 + ord(s[-1])) % 1000000007
def kk(v):
    # NaN keys: Mosaic's NaNs are values, so two of them are the same key
    # (a known difference, docs/bugs-found.md); keep them out of dicts.
    return "nan" if v != v else v
def tb():
    out = []
    for line in traceback.format_exc().splitlines():
        if line.startswith('  File "'):
            line = '  File "X"' + line[line.index('"', 8) + 1:]
        out.append(line)
    return "\n".join(out)
class P:
    k = 3
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def m(self, d):
        return self.x + d
class S:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Q:
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v * 2
    @v.setter
    def v(self, n):
        self._v = n
class Sub(P):
    pass
G = 5
H = 1.5
def gen(n, step):
    i = 0
    while i < n:
        yield i * step
        i += 1
def deep3(a, b):
    return a // b
def deep2(a, b):
    return deep3(a + 1, b) + 1
def deep1(a, b):
    x = [a, b]
    return deep2(x[0], x[-1])
def f1(a):
    return a + G
def f2(a, b=2):
    return a * b - G
def f3(*args):
    return len(args) + sum(args)
def setg(n):
    global G
    G = n
def seth(n):
    globals()["H"] = n
def setk(n):
    P.k = n
def setm():
    P.m = lambda self, d: d - 100
def setbuiltin(n):
    import builtins
    if n is None:
        builtins.abs = ABS
    else:
        builtins.abs = lambda z: n
ABS = abs
def recls(o, c):
    o.__class__ = c
def dropx(o):
    del o.x
def mkp(names):
    p = Sub.__new__(Sub)
    for n in names:
        setattr(p, n, n)
    return p
'''

INT_VARS = ["a", "b", "c"]
FLT_VARS = ["x", "y"]
BIG = ["2**47", "2**47 - 3", "-2**47 + 2", "-2**47", "2**47 - 1", "(1 << 46) * 3", "2**62", "2**63", "2**64", "-2**62", "2**31", "(1 << 62) - 1", "-(2**63)"]
FLOATS = ["0.0", "-0.0", "1.5", "-2.25", "1e308", "-1e308", "float('inf')", "float('-inf')",
          "float('nan')", "0.1", "3.0", "-7.5", "5e-324"]
SMALL = ["0", "1", "-1", "2", "-3", "7", "-7", "10", "255", "-256"]


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.lines = []
        self.ind = 0
        self.loopvars = []
        self.nloop = 0
        self.straight = rng.random() < 0.4

    def emit(self, s):
        for line in s.split("\n"):
            self.lines.append("    " * self.ind + line)

    def choice(self, xs):
        return self.r.choice(xs)

    # ---------------------------------------------------------- expressions
    def ivar(self):
        return self.choice(INT_VARS + self.loopvars) if self.loopvars else self.choice(INT_VARS)

    def iatom(self):
        k = self.r.random()
        if k < 0.45:
            return self.ivar()
        if k < 0.75:
            return self.choice(SMALL)
        if k < 0.9:
            return self.choice(BIG)
        return self.choice(["G", "len(L)", "abs(%s)" % self.ivar(), "min(%s, %s)" % (self.ivar(), self.ivar()),
                            "max(%s, -5)" % self.ivar(), "o.x", "f1(%s)" % self.ivar(), "P.k",
                            "f2(%s)" % self.ivar(), "f3(1, %s)" % self.ivar(), "len(D)", "-%s" % self.ivar(),
                            "~%s" % self.ivar(), "(%s if %s > 0 else -1)" % (self.ivar(), self.ivar())])

    def iexpr(self, depth=0):
        if depth > 1 or self.r.random() < 0.3:
            return self.iatom()
        op = self.choice(["+", "-", "*", "&", "|", "^", "//", "%", "<<", ">>"])
        left, right = self.iexpr(depth + 1), self.iexpr(depth + 1)
        if op in ("//", "%"):
            right = "(%s or 3)" % right
        elif op in ("<<", ">>"):
            right = "(%s & 63)" % right
        return "(%s %s %s)" % (left, op, right)

    def fatom(self):
        k = self.r.random()
        if k < 0.5:
            return self.choice(FLT_VARS)
        if k < 0.8:
            return self.choice(FLOATS)
        if k < 0.9:
            return self.ivar()
        return self.choice(["H", "abs(%s)" % self.choice(FLT_VARS), "float(%s)" % self.ivar(),
                            "min(%s, 2.5)" % self.choice(FLT_VARS), "q.v"])

    def fexpr(self, depth=0):
        if depth > 1 or self.r.random() < 0.3:
            return self.fatom()
        op = self.choice(["+", "-", "*", "/", "//", "%"])
        return "(%s %s %s)" % (self.fexpr(depth + 1), op, self.fexpr(depth + 1))

    def cond(self):
        i = self.loopvars[-1] if self.loopvars else "a"
        k = self.r.random()
        if k < 0.3:
            return "%s %s %d" % (i, self.choice(["<", ">=", "==", "!=", "<=", ">"]), self.r.randint(0, 30))
        if k < 0.5:
            return "%s %s %s" % (self.iexpr(1), self.choice(["<", ">", "==", "!="]), self.iexpr(1))
        if k < 0.65:
            return "%s %s %s" % (self.choice(FLT_VARS), self.choice(["<", ">", "==", "!="]), self.fatom())
        if k < 0.75:
            return "v is None"
        if k < 0.85:
            return "isinstance(v, %s)" % self.choice(["int", "float", "str"])
        return "%s %% %d == 0" % (i, self.r.randint(2, 5))

    # ---------------------------------------------------------- statements
    def clamp(self, v):
        # Keep ints from growing without bound (a loop of squarings would
        # never finish) while still crossing the machine-word boundaries.
        self.emit("if %s > 2**130 or %s < -2**130:\n    %s = %s %% (2**64 + 13) - 2**63" % (v, v, v, v))

    def s_int(self):
        v = self.choice(INT_VARS)
        self.emit("%s = %s" % (v, self.iexpr()))
        self.clamp(v)
        self.emit("ck = mix(ck, %s)" % v)

    def s_intaug(self):
        v = self.choice(INT_VARS)
        op = self.choice(["+=", "-=", "*=", "//=", "%=", "<<=", ">>=", "^="])
        rhs = self.iatom()
        if op in ("//=", "%="):
            rhs = "(%s or -2)" % rhs
        elif op in ("<<=", ">>="):
            rhs = "(%s & 31)" % rhs
        self.emit("%s %s %s" % (v, op, rhs))
        self.clamp(v)
        self.emit("ck = mix(ck, %s)" % v)

    def s_float(self):
        v = self.choice(FLT_VARS)
        self.emit("try:\n    %s = %s\nexcept (ZeroDivisionError, OverflowError) as e:\n    %s = -0.0\n    ck = mix(ck, type(e).__name__)" % (v, self.fexpr(), v))
        self.emit("ck = mix(ck, %s)" % v)

    def s_typeflip(self):
        i = self.loopvars[-1] if self.loopvars else "a"
        k1, k2 = self.r.randint(1, 15), self.r.randint(10, 30)
        self.emit("if %s < %d:\n    v = %s\nelif %s < %d:\n    v = %s\nelse:\n    v = %s" % (
            i, k1, self.choice(["%s" % i, "a", "None", "-%s" % i]), i, k2,
            self.choice(["float(%s)" % i, "x", "None", "%s * 2**62" % i]),
            self.choice(["str(%s)" % i, "None", "(1, 2)", "'s'", "[%s]" % i])))
        op = self.choice(["v + v", "v * 2", "v == 3", "v is None", "v < 5", "-v", "v[0]", "len(v)", "abs(v)"])
        self.emit("try:\n    w = %s\nexcept (TypeError, IndexError) as e:\n    w = type(e).__name__" % op)
        self.emit("ck = mix(ck, w)")

    def s_list(self):
        k = self.r.randint(0, 7)
        if k == 0:
            self.emit("L.append(%s)" % self.choice([self.iexpr(1), self.fatom(), "v"]))
        elif k == 1:
            self.emit("try:\n    ck = mix(ck, L.pop())\nexcept IndexError:\n    ck = mix(ck, 'empty')")
        elif k == 2:
            self.emit("try:\n    ck = mix(ck, L[%s])\nexcept (IndexError, TypeError) as e:\n    ck = mix(ck, type(e).__name__)"
                      % self.choice(["-1", "-2", "0", self.ivar(), "%s %% 5" % self.ivar(), "-%s" % self.ivar()]))
        elif k == 3:
            self.emit("if L:\n    L[%s %% len(L)] = %s" % (self.ivar(), self.iexpr(1)))
        elif k == 4:
            self.emit("try:\n    ck = mix(ck, D[kk(%s)])\nexcept KeyError as e:\n    ck = mix(ck, repr(e))" % self.choice(
                ["%s %% 7" % self.ivar(), "'k'", "x", "(1, 2)", self.ivar()]))
        elif k == 5:
            self.emit("D[kk(%s %% 9)] = %s" % (self.ivar(), self.choice([self.iexpr(1), "x", "v"])))
        elif k == 6:
            self.emit("if kk(%s) in D:\n    del D[kk(%s)]\nck = mix(ck, D.get(kk(%s), -1))" % ((self.ivar(),) * 3))
        else:
            self.emit("t = (a, x, len(L))\nck = mix(ck, t[%s])" % self.choice(["0", "1", "-1", "-2", "2"]))

    def s_attr(self):
        i = self.loopvars[-1] if self.loopvars else "a"
        k = self.r.randint(0, 8)
        if k == 0:
            self.emit("o.x = %s\nck = mix(ck, o.x + o.y)" % self.choice([self.iexpr(1), "x", "v"]))
        elif k == 1:
            self.emit("if %s == %d:\n    o.z = %s\nif %s == %d and hasattr(o, 'z'):\n    del o.z\nck = mix(ck, getattr(o, 'z', None))"
                      % (i, self.r.randint(0, 10), i, i, self.r.randint(5, 20)))
        elif k == 2:
            self.emit("s.x = %s\ns.y = s.x - 1\nck = mix(ck, s.y)" % self.iexpr(1))
        elif k == 3:
            self.emit("q.v = %s\nck = mix(ck, q.v)" % self.choice([self.iexpr(1), "x"]))
        elif k == 4:
            self.emit("if %s == %d:\n    P.k = %s\nck = mix(ck, o.k + P.k)" % (i, self.r.randint(0, 20), self.choice(["2.5", "-1", "'k'", "2**64"])))
        elif k == 5:
            self.emit("try:\n    ck = mix(ck, o.m(%s))\nexcept TypeError as e:\n    ck = mix(ck, str(e))" % self.iatom())
        elif k == 6:
            self.emit("if %s == %d:\n    o = %s\nck = mix(ck, o.x)" % (i, self.r.randint(0, 20), self.choice(
                ["Sub(1, 2)", "P(x, 1)", "S(3, 4)", "P('a', 'b')"])))
        elif k == 7:
            self.emit("if %s == %d:\n    P.m = lambda self, d: d * 3\nck = mix(ck, o.m(2))" % (i, self.r.randint(0, 20)))
        else:
            self.emit("try:\n    ck = mix(ck, o.w)\nexcept AttributeError as e:\n    ck = mix(ck, 'AE')\nif %s == %d:\n    o.w = %s"
                      % (i, self.r.randint(0, 15), i))

    def s_global(self):
        i = self.loopvars[-1] if self.loopvars else "a"
        k = self.r.randint(0, 3)
        if k == 0:
            self.emit("if %s == %d:\n    G = %s\nck = mix(ck, f1(%s))" % (i, self.r.randint(0, 20), self.choice(
                ["7", "2.5", "2**63", "-1"]), self.ivar()))
        elif k == 1:
            self.emit("if %s == %d:\n    H = %s\nck = mix(ck, H * 2)" % (i, self.r.randint(0, 20), self.choice(["3", "'h'", "-0.0"])))
        elif k == 2:
            self.emit("if %s == %d:\n    len = lambda z: -1\nif %s == %d:\n    del len\nck = mix(ck, len(L))"
                      % (i, self.r.randint(0, 10), i, self.r.randint(11, 25)))
        else:
            self.emit("if %s == %d:\n    f1 = lambda z: z * 10\nck = mix(ck, f1(3))" % (i, self.r.randint(0, 20)))

    def s_gen(self):
        self.loop(kind="gen")

    def s_deep(self):
        i = self.loopvars[-1] if self.loopvars else "a"
        self.emit("try:\n    ck = mix(ck, deep1(%s, %s - %d))\nexcept ZeroDivisionError:\n    print(tb())" % (
            i, i, self.r.randint(0, 20)))

    def s_call(self):
        self.emit("ck = mix(ck, %s)" % self.choice([
            "f2(%s)" % self.ivar(), "f2(%s, b=%s)" % (self.ivar(), self.fatom()), "f3(%s, %s)" % (self.ivar(), self.ivar()),
            "isinstance(%s, int)" % self.choice(["v", "x", "a", "o"]), "max(L, default=-1)" if self.r.random() < 0.5 else "min(a, b, c)",
            "abs(%s)" % self.fatom(), "len(str(%s))" % self.ivar(), "[a, b][%s & 1]" % self.ivar()]))

    def s_pure(self):
        i = self.loopvars[-1] if self.loopvars else "a"
        k = self.r.randint(0, 9)
        v = self.choice(INT_VARS)
        if k == 0:
            self.emit("%s = %s + %s" % (v, v, self.choice([v, i, "1", "2**61", "-2**62", "%s * %s" % (i, i)])))
        elif k == 1:
            self.emit("%s = %s %s %s" % (v, self.choice(INT_VARS + [i]), self.choice(["//", "%"]),
                                         self.choice(["-3", "7", "-1", "-2**63", "2**64", "-7"])))
        elif k == 2:
            fv = self.choice(FLT_VARS)
            self.emit("%s = %s %s %s" % (fv, self.choice(FLT_VARS + [i]), self.choice(["+", "-", "*"]),
                                         self.choice(FLOATS + FLT_VARS + [i, "0.5"])))
        elif k == 3:
            self.emit("if %s == %d:\n    %s = %s" % (i, self.r.randint(0, 20), v, self.choice(
                ["0.5", "-0.0", "True", "2**64", "-2**63", "'s'", "float('nan')"])))
        elif k == 4:
            self.emit("acc = acc + (%s * (%s - %s)) - %s" % (self.choice(INT_VARS), i, self.choice(FLT_VARS + INT_VARS),
                                                         self.choice(INT_VARS + FLT_VARS)))
        elif k == 5:
            self.emit("acc = acc + (%s < %s) + (%s == %s)" % (self.choice(INT_VARS + FLT_VARS), self.choice(FLT_VARS + INT_VARS),
                                                         self.choice(FLT_VARS), self.choice(FLOATS)))
        elif k == 6:
            self.emit("%s = (%s << %d) >> %d" % (v, v, self.r.randint(0, 66), self.r.randint(0, 66)))
        elif k == 7:
            self.emit("%s = -%s if %s & 1 else %s ^ %s" % (v, v, i, v, self.choice(["-1", "2**62", i])))
        elif k == 8:
            self.emit("st = st + %s\nacc = acc + len(st) + (st[-1] == '1')" % self.choice(["str(%s)" % i, "'ab'", "repr(%s)" % self.choice(FLT_VARS)]))
        else:
            self.emit("acc = acc + %s" % self.choice(["G", "H", "P.k", "o.x", "abs(%s)" % i, "len(L)"]))
        if self.r.random() < 0.3:
            self.emit("acc = acc % 1000003 if isinstance(acc, int) else acc")

    def s_mutate(self):
        # Something a trace depends on changes from inside a call, while the
        # trace that assumed it is running.
        i = self.loopvars[-1] if self.loopvars else "a"
        k = self.r.randint(0, 7)
        n = self.r.randint(0, 20)
        stmt = ["setg(%s)" % self.choice(["%s" % i, "2.5", "'g'", "2**63"]),
                "seth(%s)" % self.choice(["%s" % i, "-0.0", "None"]),
                "setk(%s)" % self.choice(["%s" % i, "0.25", "'k'"]),
                "setm()",
                "setbuiltin(%s)" % self.choice(["7", "None"]),
                "recls(o, %s)" % self.choice(["Sub", "P"]),
                "dropx(o)" if self.r.random() < 0.5 else "o.__dict__['x'] = %s" % i,
                "L.clear()" if self.r.random() < 0.5 else "D.clear()"][k]
        use = ["G + 1", "H", "P.k", "o.m(1)", "abs(-3)", "o.k", "o.x", "len(L) + len(D)"][k]
        self.emit("try:\n    acc = acc + %s\nexcept Exception as e:\n    acc = type(e).__name__" % use)
        self.emit("if %s == %d:\n    %s" % (i, n, stmt))
        self.emit("try:\n    ck = mix(ck, %s)\nexcept Exception as e:\n    ck = mix(ck, type(e).__name__)" % use)

    def s_misc(self):
        # Assorted constructs whose bytecode a trace must follow or leave.
        i = self.loopvars[-1] if self.loopvars else "a"
        k = self.r.randint(0, 13)
        if k == 0:
            self.emit("a, b = b, a + %s" % self.choice(["b", i, "1"]))
            self.clamp("b")
        elif k == 1:
            self.emit("acc = acc + sum([z * %s for z in range(%s %% 5)])" % (self.choice(["2", "x", i]), i))
        elif k == 2:
            self.emit("for kk, vv in enumerate(L[:4]):\n    acc = acc + kk\n    if vv is None:\n        break\nelse:\n    acc = acc - 1")
        elif k == 3:
            self.emit("cell[0] = cell[0] + %s\nacc = acc + bump()" % self.choice([i, "1", "x"]))
        elif k == 4:
            self.emit("st = st + f'{%s}:{%s!r}'" % (i, self.choice(FLT_VARS + INT_VARS)))
        elif k == 5:
            self.emit("try:\n    if %s:\n        raise ValueError(%s)\nexcept ValueError as e:\n    acc = acc + 1\nfinally:\n    acc = acc + 2" % (self.cond(), i))
        elif k == 6:
            self.emit("for kk in D:\n    acc = acc + (kk if isinstance(kk, int) else 0)")
        elif k == 7:
            self.emit("%s = %s + 1\n%s = %s - 1" % ((self.choice(INT_VARS),) * 4))
            self.clamp("a")
        elif k == 8:
            self.emit("acc = acc + (%s if %s else %s)" % (self.choice(INT_VARS), self.cond(), self.choice(FLT_VARS)))
        elif k == 9:
            self.emit("tt = (%s, %s)\np1, p2 = tt\nacc = acc + (p1 > p2)" % (self.iatom(), self.fatom()))
        elif k == 10:
            self.emit("acc = acc + nxt(%s)" % self.choice(["3", i, "0"]))
        elif k == 11:
            self.emit("x = x + %s\ny = y * %s" % (self.choice(["1", i, "0.5", "a"]), self.choice(["-1", "1.0", "2"])))
        else:
            # Instances of one class whose dicts hold the same names in
            # different orders: a cached index into one is wrong for another.
            self.emit("po = polys[%s %% len(polys)] if %s > %d else polys[0]" % (i, i, self.r.randint(0, 30)))
            self.emit("try:\n    acc = acc + len(str(po.%s))\nexcept AttributeError:\n    acc = acc + 1000" % self.choice("xyz"))
            self.emit("po.%s = %s" % (self.choice("xyz"), i))
            if self.r.random() < 0.2:
                self.emit("if %s == %d and hasattr(po, 'x'):\n    del po.x" % (i, self.r.randint(0, 30)))

    def s_ctrl(self):
        k = self.r.randint(0, 2)
        if k == 0:
            self.emit("if %s:\n    continue" % self.cond())
        elif k == 1:
            self.emit("if %s:\n    break" % self.cond())
        else:
            self.emit("if %s:\n    ck = mix(ck, 'x')\nelse:\n    ck = mix(ck, 'y')" % self.cond())

    def statement(self, depth):
        if self.straight:
            # Straight-line bodies: one recorded path covers most iterations,
            # so the compiled trace (not tier 1 after a side exit) does the
            # work, and a guard fails only where a value really changes.
            self.choice([self.s_pure, self.s_pure, self.s_pure, self.s_int, self.s_intaug, self.s_float,
                         self.s_list, self.s_attr, self.s_mutate, self.s_misc, self.s_typeflip])()
            return
        fs = [self.s_int, self.s_int, self.s_intaug, self.s_float, self.s_float, self.s_typeflip, self.s_list,
              self.s_list, self.s_attr, self.s_attr, self.s_global, self.s_call, self.s_ctrl, self.s_deep,
              self.s_pure, self.s_pure, self.s_pure, self.s_pure, self.s_mutate, self.s_mutate,
              self.s_misc, self.s_misc, self.s_misc]
        k = self.r.random()
        if depth < 2 and k < 0.15:
            self.loop()
        elif depth < 2 and k < 0.2:
            self.s_gen()
        elif k < 0.27:
            self.emit("if %s:" % self.cond())
            self.ind += 1
            self.body(depth + 1, 1, 3)
            self.ind -= 1
            if self.r.random() < 0.5:
                self.emit("else:")
                self.ind += 1
                self.body(depth + 1, 1, 2)
                self.ind -= 1
        else:
            self.choice(fs)()

    def body(self, depth, lo, hi):
        for _ in range(self.r.randint(lo, hi)):
            self.statement(depth)

    def loop(self, kind=None):
        self.nloop += 1
        var = "i%d" % self.nloop
        kind = kind or self.choice(["range", "range", "while", "list", "gen"])
        n = self.r.randint(3, 60) if not self.loopvars else self.r.randint(2, 12)
        if self.straight:
            n = self.r.randint(20, 300)
        if kind == "range":
            self.emit("for %s in range(%s):" % (var, self.choice([str(n), "%d, -1, -1" % n, "-%d, %d, 3" % (n, n)])))
        elif kind == "list":
            self.emit("for %s in list(range(%d)) + [%s]:" % (var, n, self.choice(["-5", "2**63", "0"])))
        elif kind == "gen":
            self.emit("for %s in gen(%d, %s):" % (var, n, self.choice(["1", "-1", "3"])))
        else:
            self.emit("%s = 0\nwhile %s < %d:" % (var, var, n))
            self.emit("    %s += 1" % var)
        self.loopvars.append(var)
        self.ind += 1
        self.body(len(self.loopvars), 2, 6)
        self.ind -= 1
        self.loopvars.pop()
        if not self.loopvars:
            self.emit("    ck = mix(ck, acc)\n    acc = acc % 1000003 if isinstance(acc, int) else 0\n    st = st[-20:]\n    x = x if abs(x) < 1e300 or x != x else 1.5")
        if self.r.random() < 0.3:
            self.emit("else:\n    ck = mix(ck, 'else%d')" % self.nloop)

    def program(self):
        self.emit(PRELUDE)
        self.emit("def main(a, b, c, x, y):")
        self.ind += 1
        self.emit("global G, H, len, f1")
        self.emit("cell = [0]\ndef bump():\n    cell[0] += 1\n    return cell[0] % 7\npolys = [mkp('xy'), mkp('yx'), mkp('zyx'), mkp('x'), mkp('')]\nit = gen(10**6, 1)\ndef nxt(n):\n    for _ in range(n):\n        next(it)\n    return next(it) % 11")
        self.emit("ck = 0\nacc = 0\nst = ''\nv = None\nL = [1, 2, 3]\nD = {0: 'z', 1: 2.5}\no = P(1, 2)\ns = S(5, 6)\nq = Q(4)")
        for _ in range(self.r.randint(1, 3)):
            self.emit("try:")
            self.ind += 1
            self.loop()
            self.ind -= 1
            self.emit("except Exception:\n    print(tb())")
            self.emit("print(ck, acc, st[-10:], a, b, c, x, y, v, len(L), L[-3:], sorted(D.items(), key=repr), o.x, P.k, G, H)")
        self.emit("return ck")
        self.ind -= 1
        self.emit("print(main(%s, %s, %s, %s, %s))" % (self.choice(SMALL), self.choice(SMALL + BIG), self.choice(SMALL),
                                                      self.choice(FLOATS), self.choice(FLOATS)))
        # Run the whole thing a second time: the loops' traces now exist.
        self.emit("G = 5\nH = 1.5\nP.k = 3\nprint(main(3, -2, 11, 0.5, -1.25))")
        return "\n".join(self.lines) + "\n"


def generate(seed):
    return Gen(random.Random(seed)).program()


def run(cmd, path, timeout):
    env = dict(os.environ, PYTHONHASHSEED="0")
    try:
        p = subprocess.run(cmd + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout, env=env)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return "timeout", "", ""


def check(seed, mosaic, timeout):
    """Returns None if all agree, else (kind, src, results)."""
    src = generate(seed)
    fd, path = tempfile.mkstemp(suffix=".py", prefix="jitdiff-")
    with os.fdopen(fd, "w") as f:
        f.write(src)
    try:
        ref = run([sys.executable], path, timeout)
        if ref[0] == "timeout":
            return None  # too slow a program even for CPython: not interesting
        if ref[0] != 0 and "SyntaxError" in ref[2]:
            raise RuntimeError("the generator wrote a bad program (seed %d):\n%s" % (seed, ref[2]))
        results = {"python3": ref}
        for name, flags in TIERS.items():
            results[name] = run([mosaic] + flags, path, timeout)
    finally:
        os.unlink(path)
    outs = {k: (r[0], r[1]) for k, r in results.items()}
    mos = [outs[k] for k in TIERS]
    if all(o == outs["python3"] for o in mos):
        return None
    kind = "cpython" if all(o == mos[0] for o in mos) else "tier"
    return kind, src, results


def save(seed, kind, src, results):
    os.makedirs(FAILDIR, exist_ok=True)
    base = os.path.join(FAILDIR, "%s-%d" % (kind, seed))
    with open(base + ".py", "w") as f:
        f.write(src)
    with open(base + ".out", "w") as f:
        for name, (rc, out, err) in results.items():
            f.write("===== %s: exit %s\n%s\n----- stderr\n%s\n" % (name, rc, out, err[-3000:]))
    return base + ".py"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=None, help="first seed (default: from the clock)")
    ap.add_argument("--count", type=int, default=None, help="number of programs")
    ap.add_argument("--seconds", type=float, default=None, help="stop after this long")
    ap.add_argument("--mosaic", default=os.path.join(ROOT, "mosaic"))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("--print", action="store_true", help="print the program for --seed and exit")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else int(time.time()) % 1000000 * 1000
    if args.print:
        sys.stdout.write(generate(seed))
        return 0
    if args.count is None and args.seconds is None:
        args.count = 100
    start = time.time()
    done = 0
    fails = {"tier": 0, "cpython": 0}
    print("jitdiff: first seed %d, mosaic %s" % (seed, args.mosaic))
    with ThreadPoolExecutor(args.jobs) as pool:
        while True:
            if args.count is not None and done >= args.count:
                break
            if args.seconds is not None and time.time() - start >= args.seconds:
                break
            batch = args.jobs * 2
            if args.count is not None:
                batch = min(batch, args.count - done)
            seeds = list(range(seed + done, seed + done + batch))
            for s, res in zip(seeds, pool.map(lambda s: check(s, args.mosaic, args.timeout), seeds)):
                if res:
                    kind, src, results = res
                    fails[kind] += 1
                    path = save(s, kind, src, results)
                    print("%s difference: seed %d -> %s" % (kind.upper(), s, os.path.relpath(path, ROOT)))
            done += batch
    print("jitdiff: %d programs, %d tier differences, %d differences from CPython (%.0fs)" % (
        done, fails["tier"], fails["cpython"], time.time() - start))
    return 1 if fails["tier"] else 0


if __name__ == "__main__":
    sys.exit(main())
