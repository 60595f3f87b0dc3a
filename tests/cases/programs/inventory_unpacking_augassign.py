# inventory app
class Item:
    __slots__ = ("name", "price", "qty")
    def __init__(self, name, price, qty=0):
        self.name, self.price, self.qty = name, price, qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.price:.2f}, qty={self.qty})"
    @property
    def total(self):
        return self.price * self.qty
class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, item):
        if item.name in self._items:
            raise KeyError(f"duplicate item {item.name}")
        self._items[item.name] = item
        return self
    def __getitem__(self, name):
        try:
            return self._items[name]
        except KeyError:
            raise LookupError(f"no item {name!r}") from None
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: (-i.total, i.name)))
    def __len__(self):
        return len(self._items)
    def __contains__(self, name):
        return name in self._items
inv = Inventory()
inv.add(Item("apple", 0.5, 10)).add(Item("pear", 0.75, 4)).add(Item("fig", 2.0, 3))
for it in inv:
    print(f"{it.name:<8}{it.qty:>4}{it.total:>8.2f}")
print(len(inv), "fig" in inv, "kiwi" in inv)
try:
    inv["kiwi"]
except LookupError as e:
    print("error:", e, e.__cause__, e.__suppress_context__)
try:
    inv.add(Item("fig", 1))
except KeyError as e:
    print("error:", e)
total = sum(i.total for i in inv)
print(f"total={total:,.3f}", round(total, 1))
by_price = {i.name: i.price for i in inv if i.price < 1}
print(by_price)
names, *rest = [i.name for i in inv]
print(names, rest)
first, (a, b), *_, last = [1, (2, 3), 4, 5, 6]
print(first, a, b, last)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
print(*[1, 2], *"ab", sep="-", end="!\n")
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(d, [*range(3), *"xy"], {*"aab"} == {"a", "b"})
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 0xff; x ^= 3
print(x)
lst = [1, 2, 3]
lst[1] += 10
lst[-1] *= 3
obj = Item("z", 1.0)
obj.qty += 7
print(lst, obj.qty)
dd = {"k": [1]}
dd["k"] += [2]
dd["k"][0] -= 5
print(dd)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 != 2, "a" < "b" <= "b" > "a")
def cmp_count():
    calls = []
    def v(n):
        calls.append(n)
        return n
    r = v(1) < v(2) > v(0) < v(5)
    return r, calls
print(cmp_count())
if (n := len(lst)) > 2:
    print("n is", n)
while (chunk := lst.pop() if lst else None) is not None:
    print("chunk", chunk)
for i in range(3):
    if i == 5: break
else:
    print("no break")
i = 0
while i < 3:
    i += 1
    if i == 2: break
else:
    print("never")
print(i)
