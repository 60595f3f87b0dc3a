def roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for v, s in vals:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)
def from_roman(s):
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = m[a]
        total += -v if b != " " and m[b] > v else v
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r):>5} {'ok' if from_roman(r) == n else 'BAD'}")
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(200)
print(len(ps), ps[:10], ps[-5:], sum(ps))
print({p % 10 for p in ps}, sorted({p % 10: p for p in ps}.items()))
def compress(s):
    if not s:
        return ""
    out, prev, cnt = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            cnt += 1
        else:
            out.append(f"{prev}{cnt if cnt > 1 else ''}")
            prev, cnt = ch, 1
    out.append(f"{prev}{cnt if cnt > 1 else ''}")
    return "".join(out)
for s in ["aaabbbcccd", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    print(repr(s), "->", repr(compress(s)))
groups = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    groups.setdefault("".join(sorted(w)), []).append(w)
for k in sorted(groups, key=lambda k: (-len(groups[k]), k)):
    print(k, groups[k])
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
print([balanced(s) for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}{"]])
temps = [-40, -10, 0, 12.5, 37, 100]
print(f"{'C':>8}{'F':>8}{'K':>9}")
for c in temps:
    print(f"{c:>8.1f}{c * 9 / 5 + 32:>8.1f}{c + 273.15:>9.2f}")
def to_base(n, b):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0:
        return "0"
    neg, n = n < 0, abs(n)
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return "-" * neg + out
for n in [0, 5, 255, -255, 1000, 2**40]:
    print(n, [to_base(n, b) for b in (2, 8, 16, 36)], [int(to_base(n, b), b) == n for b in (2, 8, 16, 36)])
matrix = [[i * 3 + j for j in range(3)] for i in range(4)]
print("\n".join(" ".join(f"{x:3d}" for x in row) for row in matrix))
t = list(map(list, zip(*matrix)))
print(t, [sum(r) for r in matrix], [sum(c) for c in t], sum(map(sum, matrix)))
print(max(matrix, key=sum), min(map(min, matrix)), [row[::-1] for row in matrix][0])
