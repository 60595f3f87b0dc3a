n = 5
for i in range(1, n + 1):
    print(("*" * (2 * i - 1)).center(2 * n - 1, "."))
for i in range(n, 0, -1):
    print(" " * (n - i) + " ".join(str(j) for j in range(1, i + 1)))
print("┌" + "─" * 10 + "┬" + "─" * 6 + "┐")
for name, v in [("α-alpha", 1.5), ("βeta", -22.25), ("日本", 1e6)]:
    print(f"│{name:<10}│{v:>6.4g}│")
print("└" + "─" * 10 + "┴" + "─" * 6 + "┘")
print(f"{'é':*^7}|{'日本':-<6}|{'😀':>3}|")
table = [["Name", "Qty", "Price"], ["Widget", 3, 2.5], ["Gizmo", 12, 0.99], ["Thingamajig", 1, 100]]
widths = [max(len(str(r[c])) for r in table) for c in range(3)]
for r in table:
    print(" | ".join(str(x).ljust(w) if isinstance(x, str) else str(x).rjust(w) for x, w in zip(r, widths)))
print("-+-".join("-" * w for w in widths))
for i in range(1, 6):
    print(" ".join(f"{i * j:3}" for j in range(1, 6)))
tri = [[1]]
for i in range(1, 8):
    prev = tri[-1]
    tri.append([1] + [prev[k] + prev[k + 1] for k in range(len(prev) - 1)] + [1])
w = len(" ".join(map(str, tri[-1])))
for row in tri:
    print(" ".join(map(str, row)).center(w))
diamond = [" " * abs(3 - i) + "*" * (2 * (3 - abs(3 - i)) + 1) for i in range(7)]
print("\n".join(diamond))
s = "Hello, World"
print(s[::-1], s[::2], s[1::3], s[-5:], s[:-5], "|".join(s.split(", ")), s.swapcase(), s.count("l"), s.index("W"))
words = "the quick brown fox jumps over the lazy dog".split()
print(" ".join(w.capitalize() for w in words), " ".join(w[::-1] for w in words), sorted(words, key=len)[-1], {w: len(w) for w in words})
print(f"{3.14159:08.3f}|{-2:+05d}|{42:#06x}|{255:08b}|{0.000123:.2e}|{1234567.891:,.2f}|{0.25:.0%}")
