# Huffman coding with a sorted-list priority queue and deterministic tie-breaking; encode/decode round trip.
TEXT = "this is an example of a huffman tree; it compresses text by giving frequent symbols short codes"
def build(freq):
    queue = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    queue.sort()
    counter = len(queue)
    while len(queue) > 1:
        a = queue.pop(0)
        b = queue.pop(0)
        node = (a[0] + b[0], counter, (a[2], b[2]))
        counter += 1
        lo, hi = 0, len(queue)
        while lo < hi:
            mid = (lo + hi) // 2
            if queue[mid] < node:
                lo = mid + 1
            else:
                hi = mid
        queue.insert(lo, node)
    return queue[0][2]
def codes(tree, prefix="", table=None):
    if table is None:
        table = {}
    if isinstance(tree, str):
        table[tree] = prefix or "0"
    else:
        codes(tree[0], prefix + "0", table)
        codes(tree[1], prefix + "1", table)
    return table
freq = {}
for ch in TEXT:
    freq[ch] = freq.get(ch, 0) + 1
tree = build(freq)
table = codes(tree)
for ch in sorted(table, key=lambda c: (len(table[c]), c)):
    print(f"{ch!r:>5} {freq[ch]:>3} {table[ch]}")
bits = "".join(table[ch] for ch in TEXT)
print(len(bits), "bits vs", 8 * len(TEXT), f"ratio {len(bits) / (8 * len(TEXT)):.3f}")
def decode(bits, tree):
    out, node = [], tree
    for b in bits:
        node = node[int(b)]
        if isinstance(node, str):
            out.append(node)
            node = tree
    return "".join(out)
print(decode(bits, tree) == TEXT)
packed = int(bits, 2).to_bytes((len(bits) + 7) // 8, "big")
print(packed.hex()[:40], len(packed))
