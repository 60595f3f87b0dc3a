# Word frequency counting with dict.get and setdefault; deterministic output via sorting.
text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while the quick cat watches the fox"""
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, c in top:
    print(f"{w:>6}: {'*' * c}")
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
