# repr() of nested containers: lists, tuples, dicts, sets of ints, strings inside.
print([1, [2, [3, [4]]]], (1,), (), [()], ((1, 2), (3,)))
print({"a": [1, 2], "b": {"c": (3,)}}, {1: "one", 2: None})
print({3, 1, 2}, set(), frozenset(), frozenset({5, 4}), {(1, 2)})
print(["it's", 'say "x"', "tab\t"], ("\u00e9",))
print([1.0, -0.0, 1e100, float("inf")], [True, None, ...])
print(repr([]), repr({}), str([[], {}]))
print([[1, 2], [3, 4]] * 2)
l = [1, 2]
l.append(l)
print(l)
d = {"self": None}
d["self"] = d
print(d)
