# Deep but legal recursion (~900 levels) in several shapes.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def sum_list(l, i=0):
    if i == len(l):
        return 0
    return l[i] + sum_list(l, i + 1)
print(sum_list(list(range(850))))
def build(n):
    return None if n == 0 else (n, build(n - 1))
t = build(800)
c = 0
while t:
    c += t[0]
    t = t[1]
print(c)
class Node:
    def __init__(self, child):
        self.child = child
    def height(self):
        return 1 + (self.child.height() if self.child else 0)
n = None
for _ in range(700):
    n = Node(n)
print(n.height())
