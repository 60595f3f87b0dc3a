# ExceptionGroup and except* (3.11): splitting and matching handlers.
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values:", [e.args[0] for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [e.args[0] for e in eg.exceptions])
eg = ExceptionGroup("g", [KeyError("a"), IndexError("b")])
print(eg.message, len(eg.exceptions), str(eg))
m, rest = eg.split(KeyError)
print(repr(m.exceptions[0]), repr(rest.exceptions[0]))
