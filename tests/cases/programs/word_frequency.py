# Text processing: tokenising a paragraph, word frequencies, bigrams, sentence stats, a formatted report.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way. In short,
the period was so far like the present period, that some of its noisiest authorities
insisted on its being received, for good or for evil, in the superlative degree of
comparison only."""

def words_of(text):
    out = []
    cur = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out

words = words_of(TEXT)
print("words:", len(words), "distinct:", len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(f"{'rank':>4}  {'word':<12}{'count':>5}  bar")
for i, (w, c) in enumerate(ranked[:12], 1):
    print(f"{i:>4}  {w:<12}{c:>5}  {'#' * c}")

bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
top = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for (a, b), c in top:
    print(f"{a + ' ' + b:<16}{c}")

lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths)[-3:]:
    print(n, sorted(lengths[n]))

sentences = [s.strip() for s in TEXT.replace("\n", " ").split(".") if s.strip()]
for s in sentences:
    ws = words_of(s)
    print(f"sentence of {len(ws)} words, avg length {sum(map(len, ws)) / len(ws):.2f}, starts {ws[:3]}")
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))))
caps = [w for w in TEXT.split() if w[0].isupper()]
print(caps)
