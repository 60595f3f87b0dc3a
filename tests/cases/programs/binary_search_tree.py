# A binary search tree class: insert, search, delete (all three cases), traversals, height, sideways print.
class Node:
    def __init__(self, key):
        self.key = key
        self.left = self.right = None

class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key):
        if self.root is None:
            self.root = Node(key); self.size += 1; return True
        n = self.root
        while True:
            if key == n.key:
                return False
            side = "left" if key < n.key else "right"
            nxt = getattr(n, side)
            if nxt is None:
                setattr(n, side, Node(key)); self.size += 1; return True
            n = nxt
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False
    def delete(self, key):
        def rec(n, key):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = rec(n.left, key)
            elif key > n.key:
                n.right = rec(n.right, key)
            else:
                if n.left is None:
                    return n.right
                if n.right is None:
                    return n.left
                s = n.right
                while s.left:
                    s = s.left
                n.key = s.key
                n.right = rec(n.right, s.key)
            return n
        self.root = rec(self.root, key)
        self.size -= 1
    def inorder(self):
        out, stack, n = [], [], self.root
        while stack or n:
            while n:
                stack.append(n); n = n.left
            n = stack.pop()
            out.append(n.key)
            n = n.right
        return out
    def preorder(self):
        def rec(n):
            return [] if n is None else [n.key] + rec(n.left) + rec(n.right)
        return rec(self.root)
    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def sideways(self):
        lines = []
        def rec(n, depth):
            if n:
                rec(n.right, depth + 1)
                lines.append("    " * depth + str(n.key))
                rec(n.left, depth + 1)
        rec(self.root, 0)
        return "\n".join(lines)

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 85]:
    t.insert(k)
print(t.size, t.inorder(), t.preorder())
print(t.levels(), t.height())
print(t.sideways())
for k in (20, 30, 50, 99):
    try:
        t.delete(k)
        print("deleted", k, t.inorder(), t.levels())
    except KeyError as e:
        print("not found:", e)
print(45 in t, 50 in t, t.size)
big = BST()
x = 1
for _ in range(2000):
    x = (x * 48271) % 2147483647
    big.insert(x % 10000)
keys = big.inorder()
print(big.size, keys == sorted(set(keys)), keys[:5], big.height())
