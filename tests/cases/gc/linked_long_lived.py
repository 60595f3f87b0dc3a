# A long-lived linked structure grows while much garbage is created around it; it must survive intact.
class Cell:
    __slots__ = ("val", "next")
    def __init__(self, val, nxt):
        self.val = val
        self.next = nxt
head = None
for i in range(100000):
    if i % 4 == 0:
        head = Cell(i, head)
    garbage = [Cell(i, None) for _ in range(3)]
count = 0
s = 0
c = head
while c is not None:
    count += 1
    s += c.val
    c = c.next
print(count, s)
