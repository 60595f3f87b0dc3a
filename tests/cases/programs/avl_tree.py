# An AVL tree: insertion with rotations, balance invariants checked, in-order iteration and range queries.
class Node:
    __slots__ = ("key", "left", "right", "height")
    def __init__(self, key):
        self.key, self.left, self.right, self.height = key, None, None, 1
def h(n):
    return n.height if n else 0
def fix(n):
    n.height = 1 + max(h(n.left), h(n.right))
    return n
def rot_right(y):
    x = y.left
    y.left, x.right = x.right, y
    fix(y)
    return fix(x)
def rot_left(x):
    y = x.right
    x.right, y.left = y.left, x
    fix(x)
    return fix(y)
rotations = [0]
def insert(n, key):
    if n is None:
        return Node(key)
    if key < n.key:
        n.left = insert(n.left, key)
    elif key > n.key:
        n.right = insert(n.right, key)
    else:
        return n
    fix(n)
    bal = h(n.left) - h(n.right)
    if bal > 1:
        rotations[0] += 1
        if key > n.left.key:
            n.left = rot_left(n.left)
        return rot_right(n)
    if bal < -1:
        rotations[0] += 1
        if key < n.right.key:
            n.right = rot_right(n.right)
        return rot_left(n)
    return n
def inorder(n):
    stack, out = [], []
    while stack or n:
        while n:
            stack.append(n)
            n = n.left
        n = stack.pop()
        out.append(n.key)
        n = n.right
    return out
def check(n):
    if n is None:
        return 0
    lh, rh = check(n.left), check(n.right)
    assert abs(lh - rh) <= 1 and n.height == 1 + max(lh, rh)
    return n.height
def range_query(n, lo, hi, out):
    if n is None:
        return out
    if lo < n.key:
        range_query(n.left, lo, hi, out)
    if lo <= n.key <= hi:
        out.append(n.key)
    if n.key < hi:
        range_query(n.right, lo, hi, out)
    return out
root = None
for k in range(1, 32):
    root = insert(root, k)
print("sequential 1..31: height", check(root), "root", root.key, "rotations", rotations[0])
root = None
rotations[0] = 0
x = 7
keys = []
for _ in range(5000):
    x = (x * 48271) % 2147483647
    keys.append(x % 100000)
    root = insert(root, keys[-1])
items = inorder(root)
print("random 5000: distinct", len(items), "sorted", items == sorted(set(keys)), "height", check(root), "rotations", rotations[0])
print("range 500..2500:", range_query(root, 500, 2500, []))
def show(n, depth=0):
    if n:
        show(n.right, depth + 1)
        print("   " * depth + str(n.key))
        show(n.left, depth + 1)
small = None
for k in [50, 20, 80, 10, 30, 25, 27, 26]:
    small = insert(small, k)
show(small)
