eg = ExceptionGroup("grp", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError("k"), ValueError(3)])])
print(eg, repr(eg), len(eg.exceptions), eg.message, type(eg).__mro__)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))), eg.subgroup(OSError))
b = BaseExceptionGroup("b", [ValueError()])
print(type(b).__name__, repr(b))
b2 = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(b2).__name__, str(b2))
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup("x", 5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    raise ExceptionGroup("many", [ValueError("a"), OSError("b")])
except ExceptionGroup as e:
    print("caught", e, [type(x).__name__ for x in e.exceptions])
try:
    raise eg
except Exception as e:
    print("as Exception", e.message)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
me = MyEG("mine", [ValueError(1), TypeError(2)])
me.add_note("note")
print(repr(me.split(TypeError)), me.split(TypeError)[0].__notes__)
