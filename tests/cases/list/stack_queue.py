# Using lists as stacks and queues; list of lists as a matrix; bulk operations.
stack = []
for i in range(5):
    stack.append(i * i)
out = []
while stack:
    out.append(stack.pop())
print(out)
queue = list(range(5))
order = []
while queue:
    x = queue.pop(0)
    order.append(x)
    if x < 3:
        queue.append(x + 10)
print(order)
m = [[i * 3 + j for j in range(3)] for i in range(3)]
t = [list(row) for row in zip(*m)]
print(m, t)
print([sum(r) for r in m], [max(c) for c in t])
flat = [x for row in m for x in row]
print(flat, flat.index(4), sum(flat))
