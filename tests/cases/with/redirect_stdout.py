# A context manager that temporarily replaces sys.stdout to capture print() output, restored even on errors.
import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
    def getvalue(self):
        return "".join(self.parts)
class redirect:
    def __init__(self, target):
        self.target = target
    def __enter__(self):
        self.saved = sys.stdout
        sys.stdout = self.target
        return self.target
    def __exit__(self, *exc):
        sys.stdout = self.saved
        return False
with redirect(Capture()) as cap:
    print("hidden line 1")
    print("x", 1, 2.5, sep="|")
    print("no newline", end="")
print("captured:", repr(cap.getvalue()), len(cap.parts))
outer = Capture()
with redirect(outer):
    print("outer start")
    inner = Capture()
    with redirect(inner):
        print("inner only")
    print("outer end")
print(repr(outer.getvalue()), repr(inner.getvalue()))
try:
    with redirect(Capture()) as c2:
        print("before error")
        raise RuntimeError("inside redirect")
except RuntimeError as e:
    print("restored after", e, "captured", repr(c2.getvalue()))
print("stdout is real again:", sys.stdout is sys.__stdout__)
