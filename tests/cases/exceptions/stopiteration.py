# StopIteration from next(), value attribute, conversion to RuntimeError inside generators.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
def g():
    yield 1
    return "done"
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print("return value:", e.value)
def bad():
    yield 1
    raise StopIteration("inside")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
print(next(iter([]), "default"))
