# A skip list with a seeded level generator: insert, search, delete, ordered iteration and level statistics.
class Node:
    def __init__(self, key, level):
        self.key = key
        self.next = [None] * level
class SkipList:
    MAX = 12
    def __init__(self, seed=1):
        self.head = Node(None, self.MAX)
        self.level = 1
        self.seed = seed
        self.size = 0
    def _random_level(self):
        lvl = 1
        while lvl < self.MAX:
            self.seed = (self.seed * 1103515245 + 12345) % 2**31
            if (self.seed >> 16) & 1:
                break
            lvl += 1
        return lvl
    def _path(self, key):
        update = [None] * self.MAX
        n = self.head
        for i in range(self.level - 1, -1, -1):
            while n.next[i] and n.next[i].key < key:
                n = n.next[i]
            update[i] = n
        return update, n.next[0]
    def insert(self, key):
        update, cand = self._path(key)
        if cand and cand.key == key:
            return False
        lvl = self._random_level()
        if lvl > self.level:
            for i in range(self.level, lvl):
                update[i] = self.head
            self.level = lvl
        node = Node(key, lvl)
        for i in range(lvl):
            node.next[i] = update[i].next[i]
            update[i].next[i] = node
        self.size += 1
        return True
    def __contains__(self, key):
        _, cand = self._path(key)
        return cand is not None and cand.key == key
    def delete(self, key):
        update, cand = self._path(key)
        if not cand or cand.key != key:
            return False
        for i in range(len(cand.next)):
            if update[i].next[i] is cand:
                update[i].next[i] = cand.next[i]
        while self.level > 1 and self.head.next[self.level - 1] is None:
            self.level -= 1
        self.size -= 1
        return True
    def __iter__(self):
        n = self.head.next[0]
        while n:
            yield n.key
            n = n.next[0]
sl = SkipList(seed=42)
for k in [30, 10, 50, 20, 40, 60, 10, 35]:
    print("insert", k, sl.insert(k))
print(list(sl), sl.size, sl.level, 35 in sl, 36 in sl)
for k in [10, 99, 60]:
    print("delete", k, sl.delete(k), list(sl))
big = SkipList(seed=7)
x = 3
for _ in range(3000):
    x = (x * 16807) % 2147483647
    big.insert(x % 20000)
keys = list(big)
print(big.size, len(keys), keys == sorted(keys), keys[:6], big.level)
levels = {}
n = big.head.next[0]
while n:
    levels[len(n.next)] = levels.get(len(n.next), 0) + 1
    n = n.next[0]
print(sorted(levels.items()))
