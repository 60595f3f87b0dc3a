# list methods: append/extend/insert/pop/remove/index/count/reverse/clear/copy.
l = [3, 1, 4, 1, 5]
l.append(9); print(l)
l.extend([2, 6]); print(l)
l.extend(range(2)); print(l)
l.insert(0, 100); print(l)
l.insert(-1, 200); print(l)
l.insert(1000, 300); print(l)
print(l.pop(), l.pop(0), l.pop(2), l)
l.remove(1); print(l)
print(l.index(5), l.index(1), l.count(1), l.count(42))
l.reverse(); print(l)
c = l.copy(); c.append(-1); print(l, c)
l.clear(); print(l, len(l))
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1].pop(5)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
