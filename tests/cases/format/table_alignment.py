# A text table formatted with f-string alignment, widths computed at run time.
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 120, 3.0), ("kiwi", 7, 11.125)]
w = max(len(r[0]) for r in rows)
header = f"{'item':<{w}} | {'qty':>5} | {'price':>8} | {'total':>9}"
print(header)
print("-" * len(header))
grand = 0.0
for item, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{item:<{w}} | {qty:>5d} | {price:>8.3f} | {total:>9.2f}")
print("-" * len(header))
print(f"{'TOTAL':<{w}} | {'':>5} | {'':>8} | {grand:>9.2f}")
print(f"{'centered':^{len(header)}}")
for i in range(1, 6):
    print(f"{i:>2} {i * i:>3} {i ** 3:>4} {'#' * i:<5}|")
