# gc-stress: 1
# f(*iterable, **kwargs) with a builtin f: the positional arguments are a
# temporary tuple, copied next to the keyword values into one argument
# array. That array must be visible to the collector (it was malloc'd, so
# print's arguments were collected while print ran and came out as other
# objects), and -X gc-stress=1 makes a collection happen during the call.
def words(i):
    return (f"w{i}-{k}" for k in range(4))


for i in range(60):
    print(*words(i), **{"sep": "|"})
    print(*[str(i * k) for k in range(3)], sep=",", **{"end": ";\n"})
print(max(*(float(k) for k in range(5)), **{"key": lambda x: -x}))
