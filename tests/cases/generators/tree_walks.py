# Tree traversals as generators: recursive yield from, explicit-stack preorder, BFS by levels, paths to leaves.
class T:
    def __init__(self, v, *kids):
        self.v = v
        self.kids = kids
tree = T("a", T("b", T("d"), T("e", T("h"), T("i"))), T("c", T("f"), T("g", T("j", T("k")))))
def preorder(t):
    yield t.v
    for k in t.kids:
        yield from preorder(k)
def postorder(t):
    for k in t.kids:
        yield from postorder(k)
    yield t.v
def preorder_iter(t):
    stack = [t]
    while stack:
        n = stack.pop()
        yield n.v
        stack.extend(reversed(n.kids))
def levels(t):
    level = [t]
    while level:
        yield [n.v for n in level]
        level = [k for n in level for k in n.kids]
def paths(t, prefix=()):
    prefix = prefix + (t.v,)
    if not t.kids:
        yield "/".join(prefix)
    for k in t.kids:
        yield from paths(k, prefix)
def depth_first_with_depth(t, d=0):
    yield d, t.v
    for k in t.kids:
        yield from depth_first_with_depth(k, d + 1)
print(list(preorder(tree)))
print(list(postorder(tree)))
print(list(preorder_iter(tree)) == list(preorder(tree)))
print(list(levels(tree)))
print(list(paths(tree)))
for d, v in depth_first_with_depth(tree):
    print("  " * d + v)
def chain_tree(n):
    t = T(0)
    for i in range(1, n):
        t = T(i, t)
    return t
deep = chain_tree(400)
print(sum(preorder(deep)), next(iter(postorder(deep))), len(list(levels(deep))))
gen = preorder(tree)
print(next(gen), next(gen), next(gen))
gen.close()
print(list(gen))
