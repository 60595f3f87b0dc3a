# A word-level Markov chain text generator with a seeded RNG; transition counts kept in insertion-ordered dicts.
CORPUS = """the jit copies stencils into memory and patches the holes with values . the interpreter
runs the same operations as the jit . the tracer records the hot loops and the optimizer removes the
guards that it can prove . the stencils are compiled once by clang and the jit copies them at run time .
the holes are patched with addresses and the code is made executable ."""
words = CORPUS.split()
chain = {}
for a, b, c in zip(words, words[1:], words[2:]):
    nexts = chain.setdefault((a, b), {})
    nexts[c] = nexts.get(c, 0) + 1
print("states:", len(chain), "words:", len(words))
top = sorted(chain.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:5]
for state, nexts in top:
    print(" ".join(state), "->", nexts)
class Rng:
    def __init__(self, seed):
        self.s = seed
    def below(self, n):
        self.s = (self.s * 48271) % 2147483647
        return self.s % n
def generate(seed, n=30):
    rng = Rng(seed)
    starts = [k for k in chain if k[0] == "the"]
    state = starts[rng.below(len(starts))]
    out = list(state)
    for _ in range(n):
        nexts = chain.get(state)
        if not nexts:
            break
        total = sum(nexts.values())
        pick = rng.below(total)
        for w, cnt in nexts.items():
            pick -= cnt
            if pick < 0:
                break
        out.append(w)
        state = (state[1], w)
    return " ".join(out)
for seed in (1, 2, 3, 42):
    print(f"[{seed}]", generate(seed))
