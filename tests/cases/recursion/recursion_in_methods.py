# Recursion through methods, __repr__ of nested structures and recursive generators.
class Tree:
    def __init__(self, val, *kids):
        self.val = val
        self.kids = list(kids)
    def size(self):
        return 1 + sum(k.size() for k in self.kids)
    def depth(self):
        return 1 + max((k.depth() for k in self.kids), default=0)
    def walk(self):
        yield self.val
        for k in self.kids:
            yield from k.walk()
    def __repr__(self):
        if not self.kids:
            return repr(self.val)
        return f"{self.val!r}({', '.join(map(repr, self.kids))})"
t = Tree("root", Tree("a", Tree("a1"), Tree("a2", Tree("a2x"))), Tree("b"), Tree("c", Tree("c1")))
print(t, t.size(), t.depth(), list(t.walk()))
def chain(n):
    node = Tree(0)
    for i in range(1, n):
        node = Tree(i, node)
    return node
c = chain(300)
print(c.size(), c.depth(), sum(c.walk()))
