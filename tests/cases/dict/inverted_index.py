# A small search engine: tokenising documents, an inverted index of postings, tf-idf ranking with floats.
import math
DOCS = {
    "d1": "The JIT copies stencils and patches holes with runtime values",
    "d2": "Stencils are compiled by clang ahead of time; the JIT glues stencils together",
    "d3": "The tier one interpreter specializes instructions and counts hot loops",
    "d4": "Hot loops become traces; traces are optimized and handed to the JIT",
    "d5": "A tracing garbage collector marks live objects and sweeps the rest",
}
STOP = {"the", "and", "a", "are", "of", "by", "to", "with"}
def tokens(text):
    out = []
    for raw in text.lower().replace(";", " ").replace(",", " ").split():
        w = raw.strip(".")
        if w and w not in STOP:
            out.append(w)
    return out
index = {}
lengths = {}
for doc, text in DOCS.items():
    toks = tokens(text)
    lengths[doc] = len(toks)
    for pos, t in enumerate(toks):
        index.setdefault(t, {}).setdefault(doc, []).append(pos)
print(len(index), "terms")
for t in ["jit", "stencils", "loops", "traces"]:
    print(f"{t:<9} {index[t]}")
N = len(DOCS)
def search(query):
    scores = {}
    for t in tokens(query):
        postings = index.get(t, {})
        if not postings:
            continue
        idf = math.log(N / len(postings))
        for doc, positions in postings.items():
            tf = len(positions) / lengths[doc]
            scores[doc] = scores.get(doc, 0.0) + tf * idf
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
for q in ["jit stencils", "hot loops", "garbage", "the", "traces optimized jit", "nothing here"]:
    print(f"{q!r:<24}", [(d, round(s, 4)) for d, s in search(q)])
def phrase(words):
    words = tokens(words)
    docs = set(index.get(words[0], {}))
    for w in words[1:]:
        docs &= set(index.get(w, {}))
    hits = []
    for d in sorted(docs):
        for p in index[words[0]][d]:
            if all(p + i in index[w][d] for i, w in enumerate(words)):
                hits.append((d, p))
    return hits
print(phrase("hot loops"), phrase("copies stencils"), phrase("stencils copies"))
