# Roman numeral conversion both ways, validation, and round-trip over 1..3999.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"out of range: {n}")
    out = []
    for v, s in VALUES:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)
DIGIT = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
def from_roman(s):
    total = 0
    for i, ch in enumerate(s):
        if ch not in DIGIT:
            raise ValueError(f"bad numeral character {ch!r}")
        v = DIGIT[ch]
        if i + 1 < len(s) and DIGIT.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r}")
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    print(f"{n:>5} -> {to_roman(n)}")
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
for s in ["MCMXCIV", "IIII", "IC", "MMXXIV", "ABC", "XLII"]:
    try:
        print(s, from_roman(s))
    except ValueError as e:
        print(s, "ValueError:", e)
for n in (0, 4000):
    try:
        to_roman(n)
    except ValueError as e:
        print("ValueError:", e)
longest = max(range(1, 4000), key=lambda n: len(to_roman(n)))
print(longest, to_roman(longest), sum(len(to_roman(n)) for n in range(1, 4000)))
