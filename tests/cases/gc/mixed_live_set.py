# A bounded cache (dict + list of keys) evicting old entries while values are rebuilt constantly.
cache = {}
order = []
hits = misses = 0
state = 1
for i in range(100000):
    state = (state * 1103515245 + 12345) % 2**31
    k = (state >> 8) % 1500
    if k in cache:
        hits += 1
        v = cache[k]
    else:
        misses += 1
        v = [k] * 3 + [str(k)]
        cache[k] = v
        order.append(k)
        if len(order) > 1000:
            old = order.pop(0)
            del cache[old]
print(hits, misses, len(cache), len(order))
