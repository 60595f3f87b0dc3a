# dict | and |=, equality independent of order, nested dicts, views set operations.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
a |= b
print(a)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2})
print({1: 1, 2: 2}.keys() & {2, 3}, {1: 1}.keys() | {5}, {1: 1, 2: 2}.keys() - {1})
print({**a, "w": 0}, {**{"k": 1}, **{"k": 2}})
nested = {"outer": {"inner": {"deep": [1, 2]}}}
nested["outer"]["inner"]["deep"].append(3)
print(nested, nested["outer"]["inner"]["deep"][-1])
