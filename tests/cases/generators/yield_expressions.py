# yield as an expression inside larger expressions, in try/finally, in loops with else.
def g():
    x = (yield 1) or "default"
    y = [(yield 2), (yield 3)]
    yield x, y
gen = g()
print(next(gen), gen.send(None), gen.send("a"), gen.send("b"))
def h():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)
    else:
        yield "loop else"
print(list(h()))
def k():
    yield
    yield None
print(list(k()))
