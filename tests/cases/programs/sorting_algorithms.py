# Hand-written sorting algorithms (bubble, insertion, selection, merge, quick, heap, counting) agree with sorted().
def bubble(a):
    a = a[:]
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and a[j] > x:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a

def selection(a):
    a = a[:]
    for i in range(len(a)):
        m = min(range(i, len(a)), key=a.__getitem__)
        a[i], a[m] = a[m], a[i]
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    l, r = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    out.extend(l[i:])
    out.extend(r[j:])
    return out

def quick(a):
    if len(a) <= 1:
        return a[:]
    pivot = a[len(a) // 2]
    return quick([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quick([x for x in a if x > pivot])

def heap_sort(a):
    a = a[:]
    n = len(a)
    def sift(i, size):
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < size and a[l] > a[m]:
                m = l
            if r < size and a[r] > a[m]:
                m = r
            if m == i:
                return
            a[i], a[m] = a[m], a[i]
            i = m
    for i in range(n // 2 - 1, -1, -1):
        sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a

def counting(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    out = []
    for i, c in enumerate(counts):
        out.extend([i + lo] * c)
    return out

seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed

datasets = {
    "empty": [],
    "one": [42],
    "sorted": list(range(50)),
    "reversed": list(range(50, 0, -1)),
    "dups": [rand() % 5 for _ in range(60)],
    "random": [rand() % 1000 - 500 for _ in range(400)],
}
algos = [bubble, insertion, selection, merge_sort, quick, heap_sort, counting]
for name, data in datasets.items():
    expect = sorted(data)
    results = [alg.__name__ for alg in algos if alg(data) != expect]
    print(f"{name:<9} n={len(data):<4} wrong: {results} first: {expect[:5]}")
big = [rand() % 100000 for _ in range(3000)]
print(merge_sort(big) == quick(big) == heap_sort(big) == sorted(big), sum(big))
