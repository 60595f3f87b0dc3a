# A gap-buffer text editor: cursor moves, inserts, deletes, line/column tracking, scripted keystrokes.
class GapBuffer:
    def __init__(self, cap=8):
        self.buf = [""] * cap
        self.gap_start = 0
        self.gap_end = cap
        self.grows = 0
    def _grow(self):
        cap = len(self.buf)
        new = [""] * (cap * 2)
        new[:self.gap_start] = self.buf[:self.gap_start]
        tail = cap - self.gap_end
        new[cap * 2 - tail:] = self.buf[self.gap_end:]
        self.gap_end = cap * 2 - tail
        self.buf = new
        self.grows += 1
    def insert(self, s):
        for ch in s:
            if self.gap_start == self.gap_end:
                self._grow()
            self.buf[self.gap_start] = ch
            self.gap_start += 1
    def left(self, n=1):
        for _ in range(min(n, self.gap_start)):
            self.gap_start -= 1
            self.gap_end -= 1
            self.buf[self.gap_end] = self.buf[self.gap_start]
    def right(self, n=1):
        for _ in range(min(n, len(self.buf) - self.gap_end)):
            self.buf[self.gap_start] = self.buf[self.gap_end]
            self.gap_start += 1
            self.gap_end += 1
    def backspace(self, n=1):
        self.gap_start = max(0, self.gap_start - n)
    def delete(self, n=1):
        self.gap_end = min(len(self.buf), self.gap_end + n)
    def text(self):
        return "".join(self.buf[:self.gap_start]) + "".join(self.buf[self.gap_end:])
    def cursor(self):
        before = "".join(self.buf[:self.gap_start])
        line = before.count("\n") + 1
        col = len(before) - (before.rfind("\n") + 1) + 1
        return line, col
g = GapBuffer()
script = [("insert", "hello world"), ("left", 5), ("insert", "big "), ("right", 99), ("insert", "!\nsecond line"),
          ("left", 4), ("backspace", 2), ("insert", "LI"), ("left", 100), ("delete", 6), ("insert", "Hi "),
          ("right", 3), ("insert", "\n"), ("backspace", 1), ("delete", 0)]
for op, arg in script:
    getattr(g, op)(arg)
    print(f"{op:<9} {arg!r:<18} -> {g.text()!r:<36} cursor={g.cursor()}")
print("grows:", g.grows, "capacity:", len(g.buf))
big = GapBuffer()
for i in range(500):
    big.insert(str(i % 10))
    if i % 50 == 0:
        big.left(7)
print(len(big.text()), big.text()[:30], big.grows)
