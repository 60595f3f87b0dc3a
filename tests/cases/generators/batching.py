# Batching utilities as generators: chunks, sliding windows, run grouping (a groupby), round-robin and merging.
def chunks(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
def windows(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
def group_runs(it, key=lambda x: x):
    it = iter(it)
    try:
        first = next(it)
    except StopIteration:
        return
    k, run = key(first), [first]
    for x in it:
        kx = key(x)
        if kx == k:
            run.append(x)
        else:
            yield k, run
            k, run = kx, [x]
    yield k, run
def round_robin(*its):
    its = [iter(i) for i in its]
    while its:
        alive = []
        for i in its:
            try:
                yield next(i)
                alive.append(i)
            except StopIteration:
                pass
        its = alive
def merge_sorted(a, b):
    a, b = iter(a), iter(b)
    x, y = next(a, None), next(b, None)
    while x is not None or y is not None:
        if y is None or (x is not None and x <= y):
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)
print(list(chunks(range(10), 3)), list(chunks([], 3)))
print(list(windows("abcdef", 3)))
print(list(group_runs("aaabccdddda")))
print([(k, len(v)) for k, v in group_runs([1, 3, 5, 2, 4, 7, 9, 11, 6], key=lambda x: x % 2)])
print(list(round_robin("abc", [1, 2], range(10, 14))))
print(list(merge_sorted([1, 4, 9, 12], [2, 3, 10, 20, 21])))
total = sum(sum(b) for b in chunks(range(100000), 7))
print(total, sum(1 for _ in windows(range(1000), 10)))
