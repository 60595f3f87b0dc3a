# bench: string building, splitting, dict counting.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
counts = {}
text_parts = []
for i in range(1_000_000):
    w = words[(i * 7) % len(words)]
    text_parts.append(w)
text = " ".join(text_parts)
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
s = 0
for k in sorted(counts):
    s += len(k) * counts[k]
print("checksum", s, len(text))
