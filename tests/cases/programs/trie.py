# A trie with insert, exact search, prefix listing, autocomplete ranking, deletion and node counting.
class TrieNode:
    __slots__ = ("kids", "count", "end")
    def __init__(self):
        self.kids = {}
        self.count = 0
        self.end = False

class Trie:
    def __init__(self):
        self.root = TrieNode()
        self.words = 0
    def insert(self, word, weight=1):
        n = self.root
        for ch in word:
            n = n.kids.setdefault(ch, TrieNode())
        if not n.end:
            self.words += 1
        n.end = True
        n.count += weight
    def find(self, word):
        n = self.root
        for ch in word:
            n = n.kids.get(ch)
            if n is None:
                return None
        return n
    def __contains__(self, word):
        n = self.find(word)
        return n is not None and n.end
    def with_prefix(self, prefix):
        n = self.find(prefix)
        out = []
        def walk(node, acc):
            if node.end:
                out.append((acc, node.count))
            for ch in sorted(node.kids):
                walk(node.kids[ch], acc + ch)
        if n:
            walk(n, prefix)
        return out
    def complete(self, prefix, k=3):
        return [w for w, c in sorted(self.with_prefix(prefix), key=lambda wc: (-wc[1], wc[0]))[:k]]
    def delete(self, word):
        path = [self.root]
        for ch in word:
            nxt = path[-1].kids.get(ch)
            if nxt is None:
                return False
            path.append(nxt)
        if not path[-1].end:
            return False
        path[-1].end = False
        self.words -= 1
        for i in range(len(word), 0, -1):
            node = path[i]
            if node.end or node.kids:
                break
            del path[i - 1].kids[word[i - 1]]
        return True
    def nodes(self):
        def count(n):
            return 1 + sum(count(c) for c in n.kids.values())
        return count(self.root)

t = Trie()
corpus = "the then there their they them theme thermal tea team tear ten tend tender to too tool toolbox"
for i, w in enumerate(corpus.split()):
    t.insert(w, weight=(i * 7) % 5 + 1)
for w in ["the", "theme", "tea", "te", "toolbox", "zebra"]:
    print(w, w in t)
print(t.with_prefix("the"))
print(t.complete("te"), t.complete("th", 5), t.complete("x"))
print("words", t.words, "nodes", t.nodes())
for w in ["them", "te", "toolbox", "tool", "nothing"]:
    print("delete", w, t.delete(w), "words", t.words, "nodes", t.nodes())
print(t.with_prefix("to"))
