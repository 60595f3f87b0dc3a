# enum: Flag and IntFlag (combinations, pseudo-members, ~, membership, boundaries), a state machine with Enum
from enum import Flag, IntFlag, Enum, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


print(Perm.R | Perm.W, Perm.R | Perm.X, Perm(0), Perm(7), Perm(7).name, Perm(0).name, str(Perm(0)), str(Perm.R | Perm.X))
print(list(Perm), list(Perm.RW), len(Perm.RW), bool(Perm(0)), bool(Perm.X), Perm.__members__.keys())
print(~Perm.R, ~Perm.RW, ~Perm(0), Perm.R ^ Perm.RW, Perm.RW & Perm.W, Perm.W in Perm.RW, Perm.X in Perm.RW)
try:
    Perm(8)
except ValueError as e:
    print(repr(str(e)))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), Color.WHITE, Color.RED.value, Color.BLUE.value, Color.WHITE.value, Color.RED | Color.GREEN)
print([c.name for c in Color.WHITE], Color(3), repr(Color(6)))


class Mask(IntFlag):
    A = 1
    B = 2
    C = 4


print(Mask.A | Mask.B, repr(Mask.A | 8), Mask.A | 2, Mask.A + 1, str(Mask.A | Mask.C), repr(Mask(0)), repr(Mask(16)))
print(~Mask.A, ~Mask.C, Mask.A & 3, Mask(5), list(Mask(7)), Mask.B == 2, isinstance(Mask.A, int), f"{Mask.C}")
opts = Mask(0)
for flag in (Mask.A, Mask.C):
    opts |= flag
print(opts, Mask.A in opts, Mask.B in opts, int(opts))


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()

    def next(self, event):
        table = {
            (State.IDLE, "start"): State.RUNNING,
            (State.RUNNING, "finish"): State.DONE,
            (State.RUNNING, "abort"): State.IDLE,
        }
        return table.get((self, event), self)


s = State.IDLE
for ev in ["finish", "start", "abort", "start", "finish", "start"]:
    s = s.next(ev)
    print(ev, "->", s.name)
print({st: st.value for st in State})
