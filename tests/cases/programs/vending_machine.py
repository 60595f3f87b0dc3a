# A vending machine state machine driven by an event script: coins, selections, refunds, errors.
class VendingError(Exception):
    pass

class Machine:
    COINS = {"nickel": 5, "dime": 10, "quarter": 25, "dollar": 100}
    def __init__(self, items):
        self.items = items
        self.state = "idle"
        self.credit = 0
        self.bank = 0
        self.sales = []
    def insert(self, coin):
        if coin not in self.COINS:
            raise VendingError(f"rejected coin {coin!r}")
        self.credit += self.COINS[coin]
        self.state = "has_credit"
    def select(self, code):
        if code not in self.items:
            raise VendingError(f"no such item {code}")
        name, price, count = self.items[code]
        if count == 0:
            raise VendingError(f"{name} sold out")
        if self.credit < price:
            raise VendingError(f"{name} costs {price}, credit {self.credit}")
        self.items[code] = (name, price, count - 1)
        change = self.credit - price
        self.bank += price
        self.credit = 0
        self.state = "idle"
        self.sales.append(name)
        return name, self.make_change(change)
    def refund(self):
        c, self.credit, self.state = self.credit, 0, "idle"
        return self.make_change(c)
    def make_change(self, amount):
        out = []
        for name, v in sorted(self.COINS.items(), key=lambda kv: -kv[1]):
            while amount >= v:
                out.append(name)
                amount -= v
        return out

m = Machine({"A1": ("chips", 65, 2), "A2": ("candy", 85, 1), "B1": ("water", 100, 5)})
script = """insert quarter
insert quarter
select A1
insert quarter
insert dime
insert dime
insert quarter
select A1
insert dollar
select A2
insert dollar
select A2
refund
insert penny
select C9
insert dollar
insert dollar
select A1
select A1
refund"""
for line in script.splitlines():
    cmd, *args = line.split()
    try:
        if cmd == "insert":
            m.insert(args[0])
            result = f"credit {m.credit}"
        elif cmd == "select":
            item, change = m.select(args[0])
            result = f"vend {item}, change {change}"
        else:
            result = f"refund {m.refund()}"
    except VendingError as e:
        result = f"error: {e}"
    print(f"{line:<16} [{m.state:<10}] {result}")
print("bank:", m.bank, "sales:", m.sales, "stock:", {k: v[2] for k, v in m.items.items()})
