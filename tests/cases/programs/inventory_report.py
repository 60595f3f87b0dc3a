class Item:
    __slots__ = ("name", "price", "qty")
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    def total(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.price:.2f}, {self.qty})"
    def __lt__(self, other):
        return (self.price, self.name) < (other.price, other.name)
    def __eq__(self, other):
        return isinstance(other, Item) and (self.name, self.price, self.qty) == (other.name, other.price, other.qty)
    def __hash__(self):
        return hash((self.name, self.price, self.qty))

class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, name, price, qty=1):
        if price < 0:
            raise ValueError(f"negative price for {name}: {price}")
        if name in self.items:
            self.items[name].qty += qty
        else:
            self.items[name] = Item(name, price, qty)
    def remove(self, name, qty):
        item = self.items[name]
        if item.qty < qty:
            raise RuntimeError("not enough %s (have %d, want %d)" % (name, item.qty, qty))
        item.qty -= qty
        if item.qty == 0:
            del self.items[name]
    def value(self):
        return sum(i.total() for i in self.items.values())
    def report(self):
        lines = [f"{'Name':<12}{'Price':>8}{'Qty':>5}{'Total':>10}", "-" * 35]
        for it in sorted(self.items.values()):
            lines.append(f"{it.name:<12}{it.price:>8.2f}{it.qty:>5}{it.total():>10.2f}")
        lines.append(f"{'TOTAL':<25}{self.value():>10.2f}")
        return "\n".join(lines)

inv = Inventory()
for name, price, qty in [("widget", 2.5, 10), ("gadget", 13.99, 3), ("doohickey", 0.75, 120), ("widget", 2.5, 5), ("thingamajig", 99.0, 1)]:
    inv.add(name, price, qty)
print(inv.report())
for op in [lambda: inv.add("bad", -1), lambda: inv.remove("gadget", 5), lambda: inv.remove("nothing", 1)]:
    try:
        op()
    except (ValueError, RuntimeError, KeyError) as e:
        print(f"{type(e).__name__}: {e}")
inv.remove("thingamajig", 1)
print(sorted(inv.items.values()), len(inv.items))
print(set(inv.items.values()) == set(inv.items.values()), Item("a", 1, 1) == Item("a", 1, 1), Item("a", 1, 1) in {Item("a", 1, 1)})
try:
    inv.items["widget"].color = "red"
except AttributeError as e:
    print("AttributeError:", e)
print(max(inv.items.values()), min(inv.items.values(), key=lambda i: i.qty))
print(f"{inv.value():,.2f}", round(inv.value(), 1), int(inv.value()))
inv.remove("widget", 100)
