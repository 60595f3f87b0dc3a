class CM:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name, self.suppress, self.fail_exit = name, suppress, fail_exit
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        if self.fail_exit:
            raise RuntimeError("exit failed in " + self.name)
        return self.suppress
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", suppress=True):
    raise ValueError("boom")
print("after suppress")
try:
    with CM("outer"):
        with CM("inner", fail_exit=True):
            raise KeyError("k")
except RuntimeError as e:
    print("caught", e, "context:", repr(e.__context__))
def f():
    with CM("ret"):
        return "returned"
print(f())
def g():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                continue
            if i == 2:
                break
    return i
print(g())
class Bad:
    pass
try:
    with Bad():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Tx:
    def __init__(self): self.log = []
    def __enter__(self):
        self.log.append("begin"); return self
    def __exit__(self, *exc):
        self.log.append("rollback" if exc[0] else "commit")
        return False
t = Tx()
with t: pass
try:
    with t: 1/0
except ZeroDivisionError: pass
print(t.log)
with CM("paren1") as a, CM("paren2") as b:
    pass
with (CM("p3") as c,
      CM("p4")):
    print(c)
