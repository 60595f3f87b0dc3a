text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
words = [w.strip(",.").lower() for w in text.split()]
print(len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, c in top:
    print(f"{w:>10} | {'#' * c} {c}")
print(max(words, key=len), min(words, key=len), sorted(set(words), key=lambda w: (-len(w), w))[:3])
caps = [w for w in text.replace(",", " ").split() if w[0].isupper()]
print(caps)
wrapped = []
line = ""
for w in text.split():
    if len(line) + len(w) + 1 > 30:
        wrapped.append(line)
        line = w
    else:
        line = (line + " " + w).strip()
wrapped.append(line)
for l in wrapped:
    print("|" + l.ljust(30) + "|" + l.center(30, ".") + "|")
acr = "".join(w[0].upper() for w in "portable network graphics".split())
print(acr, "-".join(reversed(text.split()[:5])))
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print("vowels:", vowels, "ratio: %.3f" % (vowels / len(text)))
table = str.maketrans("aeiou", "AEIOU")
print(lines[0].translate(table))
print(text.title().splitlines()[1], text.swapcase()[:20])
enc = "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.islower() else c for c in lines[2])
print(enc)
print(text.count("it was"), text.lower().count("it was"), text.find("age"), text.rfind("age"), text.index("Light"))
print([l.split(",")[0] for l in lines])
print("\n".join(f"{i:02d}: {l[:25]}..." for i, l in enumerate(lines, 1)))
palins = [w for w in ["level", "hello", "racecar", "A man a plan a canal Panama", "noon"] if (c := "".join(ch.lower() for ch in w if ch.isalnum())) == c[::-1]]
print(palins)
