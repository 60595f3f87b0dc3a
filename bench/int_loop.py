# bench: a plain integer loop (tier 1 arithmetic, comparisons, jumps).
def run(n):
    total = 0
    i = 0
    while i < n:
        total += i * 3 % 7 - (i & 15)
        i += 1
    return total

print("checksum", run(6_000_000))
