# collections.ChainMap and collections.abc: lookups through layers, writes to the first
from collections import ChainMap, UserDict, UserList
from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Iterator, Hashable, Sized, Callable, Set

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], len(cm), sorted(cm), list(cm))
print(cm)
cm["color"] = "blue"
print(cli, cm["color"], defaults["color"])
child = cm.new_child({"depth": 1})
print(child["depth"], child.parents is not None, child.maps[0], len(child.maps))
print("user" in cm, "nope" in cm, cm.get("nope", 0), dict(cm))
print(cm.keys(), cm.items())
del cm["color"]
print(cm["color"])
for f in (lambda: cm.pop("user"), lambda: ChainMap().popitem(), lambda: cm.__delitem__("zzz")):
    try:
        f()
    except KeyError as e:
        print("KeyError", e)
print(ChainMap({"a": 1}) | {"b": 2}, bool(ChainMap()), bool(ChainMap({}, {"a": 1})))

# scopes
scope = ChainMap()
scope["x"] = 1
inner = scope.new_child()
inner["x"] = 2
inner["y"] = 3
print(inner["x"], scope["x"], inner.parents["x"], dict(inner))

# abc checks
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance(cm, Mapping))
print(isinstance([], Sequence), isinstance((), Sequence), isinstance("", Sequence), isinstance({}, Sequence))
print(isinstance([], Iterable), isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance(5, Iterable))
print(isinstance([], Hashable), isinstance((), Hashable), isinstance(len, Callable), isinstance(3, Sized))
print(isinstance(frozenset(), Set), isinstance({}.keys(), Set), issubclass(list, Sequence))


class Squares:
    def __iter__(self):
        return iter([1, 4, 9])


print(isinstance(Squares(), Iterable), issubclass(Squares, Sized))


class Grid(Mapping):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, key):
        if key in range(self.n):
            return key * key
        raise KeyError(key)

    def __iter__(self):
        return iter(range(self.n))

    def __len__(self):
        return self.n


g = Grid(4)
print(dict(g), g.get(2), g.get(9), 3 in g, list(g.keys()), list(g.items()), list(g.values()))
print(g == {0: 0, 1: 1, 2: 4, 3: 9}, g.keys() & {1, 2, 7})
try:
    Mapping()
except TypeError as e:
    print("TypeError", e)


class Upper(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


u = Upper(a=1)
u["b"] = 2
u.update({"c": 3})
print(u, len(u), "A" in u, u.data)
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], len(ul), ul + [9], type(ul[1:]).__name__)
