# Double-entry bookkeeping: journal entries, balance checks, account balances and a trial balance report.
class UnbalancedEntry(Exception):
    pass

ACCOUNTS = {
    "1000": ("Cash", "asset"), "1100": ("Receivables", "asset"), "1500": ("Equipment", "asset"),
    "2000": ("Payables", "liability"), "3000": ("Owner equity", "equity"),
    "4000": ("Sales", "income"), "5000": ("Rent", "expense"), "5100": ("Wages", "expense"),
}
journal = []
def post(date, memo, *lines):
    debit = sum(amt for acct, amt in lines if amt > 0)
    credit = -sum(amt for acct, amt in lines if amt < 0)
    if debit != credit:
        raise UnbalancedEntry(f"{date} {memo!r}: debits {debit} != credits {credit}")
    for acct, _ in lines:
        if acct not in ACCOUNTS:
            raise KeyError(acct)
    journal.append((date, memo, lines))

post("01-01", "owner invests", ("1000", 500000), ("3000", -500000))
post("01-03", "buy equipment", ("1500", 120000), ("1000", -20000), ("2000", -100000))
post("01-10", "invoice customer", ("1100", 75000), ("4000", -75000))
post("01-15", "cash sale", ("1000", 30050), ("4000", -30050))
post("01-20", "pay rent", ("5000", 45000), ("1000", -45000))
post("01-25", "customer pays", ("1000", 50000), ("1100", -50000))
post("01-31", "wages", ("5100", 62525), ("1000", -62525))
for bad in [("02-01", "typo", ("1000", 100), ("4000", -10)), ("02-02", "bad account", ("9999", 5), ("1000", -5))]:
    try:
        post(*bad)
    except UnbalancedEntry as e:
        print("rejected:", e)
    except KeyError as e:
        print("rejected: unknown account", e)

balances = {a: 0 for a in ACCOUNTS}
for date, memo, lines in journal:
    for acct, amt in lines:
        balances[acct] += amt
def money(c):
    sign = "-" if c < 0 else ""
    c = abs(c)
    return f"{sign}{c // 100:,}.{c % 100:02d}"
print(f"{'acct':<6}{'name':<14}{'debit':>12}{'credit':>12}")
td = tc = 0
for acct in sorted(balances):
    b = balances[acct]
    name = ACCOUNTS[acct][0]
    if b >= 0:
        td += b
        print(f"{acct:<6}{name:<14}{money(b):>12}{'':>12}")
    else:
        tc -= b
        print(f"{acct:<6}{name:<14}{'':>12}{money(-b):>12}")
print(f"{'':<20}{money(td):>12}{money(tc):>12}", "balanced" if td == tc else "UNBALANCED")
income = -sum(b for a, b in balances.items() if ACCOUNTS[a][1] == "income")
expense = sum(b for a, b in balances.items() if ACCOUNTS[a][1] == "expense")
print("net income:", money(income - expense))
by_type = {}
for a, b in balances.items():
    t = ACCOUNTS[a][1]
    by_type[t] = by_type.get(t, 0) + b
print({t: money(v) for t, v in by_type.items()})
