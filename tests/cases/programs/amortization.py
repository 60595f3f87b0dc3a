# Loan amortization schedules with float interest and cent rounding, plus comparisons of loan terms.
def payment(principal, annual_rate, months):
    r = annual_rate / 12
    if r == 0:
        return principal / months
    return principal * r / (1 - (1 + r) ** -months)
def schedule(principal, annual_rate, months):
    pay = round(payment(principal, annual_rate, months), 2)
    bal = principal
    rows = []
    for m in range(1, months + 1):
        interest = round(bal * annual_rate / 12, 2)
        princ = round(pay - interest, 2)
        if m == months:
            princ = round(bal, 2)
        bal = round(bal - princ, 2)
        rows.append((m, interest + princ, interest, princ, bal))
    return pay, rows
pay, rows = schedule(10000.0, 0.06, 12)
print(f"monthly payment: {pay:.2f}")
print(f"{'month':>5} {'payment':>10} {'interest':>9} {'principal':>10} {'balance':>10}")
for m, p, i, pr, b in rows:
    print(f"{m:>5} {p:>10.2f} {i:>9.2f} {pr:>10.2f} {b:>10.2f}")
print(f"total interest: {sum(r[2] for r in rows):.2f}")
for years, rate in [(15, 0.05), (30, 0.05), (30, 0.07), (10, 0.0)]:
    pay, rows = schedule(250000.0, rate, years * 12)
    total = sum(r[1] for r in rows)
    half = next(m for m, _, _, _, b in rows if b <= 125000)
    print(f"{years}y @ {rate:.0%}: payment {pay:>9.2f} total {total:>11.2f} interest {total - 250000:>10.2f} half paid after {half} months")
