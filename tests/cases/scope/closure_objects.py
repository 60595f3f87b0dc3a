# Objects built from closures: an account with nonlocal state, a dispatch dict of inner functions, and counters.
def make_account(owner, balance=0):
    history = []
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("amount must be positive")
        balance += amount
        history.append(("+", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"{owner} has only {balance}")
        balance -= amount
        history.append(("-", amount))
        return balance
    def report():
        return f"{owner}: {balance} after {len(history)} operations {history}"
    def transfer_to(other, amount):
        withdraw(amount)
        other["deposit"](amount)
    return {"deposit": deposit, "withdraw": withdraw, "report": report, "transfer_to": transfer_to}
a = make_account("ann", 100)
b = make_account("bob")
print(a["deposit"](50), a["withdraw"](30), b["deposit"](5))
a["transfer_to"](b, 70)
for op, acct, amt in [("withdraw", b, 500), ("deposit", a, -1), ("withdraw", a, 50)]:
    try:
        print(op, acct[op](amt))
    except ValueError as e:
        print(op, "ValueError:", e)
print(a["report"]())
print(b["report"]())
def counter_factory():
    counters = {}
    def make(name, step=1):
        value = 0
        def tick():
            nonlocal value
            value += step
            counters[name] = value
            return value
        return tick
    return make, counters
make, counters = counter_factory()
t1, t2 = make("ones"), make("tens", 10)
for _ in range(3):
    t1(); t2()
print(counters, t1(), t2())
def memo_fib():
    cache = {0: 0, 1: 1}
    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib, cache
fib, cache = memo_fib()
print(fib(150), len(cache))
