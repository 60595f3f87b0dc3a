# A bank account simulation with classes, inheritance, exceptions and a transaction log.
class InsufficientFunds(Exception):
    pass
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.log = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: need {amount}, have {self.balance}")
        self.balance -= amount
        self.log.append(("wd", amount))
    def __repr__(self):
        return f"<{type(self).__name__} #{self.id} {self.owner}: {self.balance}>"
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(f"{self.owner}: overdraft limit exceeded")
        self.balance -= amount
        self.log.append(("wd", amount))
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
accounts = [Savings("ann", 1000), Checking("bob", 50), Account("cid")]
ops = [(0, 1, 200), (1, 2, 300), (2, 0, 10), (1, 0, 100), (0, 2, 5000)]
for s, d, amt in ops:
    try:
        transfer(accounts[s], accounts[d], amt)
        print("ok", accounts[s], "->", accounts[d], amt)
    except InsufficientFunds as e:
        print("failed:", e)
print(accounts[0].add_interest(), accounts)
for a in accounts:
    print(a.owner, a.log, sum(x for k, x in a.log if k == "dep") - sum(x for k, x in a.log if k == "wd"))
try:
    accounts[2].deposit(-5)
except ValueError as e:
    print("ValueError:", e)
