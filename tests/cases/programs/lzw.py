# LZW compression and decompression of text, with dictionary growth statistics.
def compress(text):
    table = {chr(i): i for i in range(256)}
    w = ""
    out = []
    for c in text:
        wc = w + c
        if wc in table:
            w = wc
        else:
            out.append(table[w])
            table[wc] = len(table)
            w = c
    if w:
        out.append(table[w])
    return out, len(table)

def decompress(codes):
    table = {i: chr(i) for i in range(256)}
    w = table[codes[0]]
    out = [w]
    for k in codes[1:]:
        if k in table:
            entry = table[k]
        elif k == len(table):
            entry = w + w[0]
        else:
            raise ValueError(f"bad code {k}")
        out.append(entry)
        table[len(table)] = w + entry[0]
        w = entry
    return "".join(out)

samples = [
    "TOBEORNOTTOBEORTOBEORNOT",
    "abababababababababababab",
    "the rain in spain stays mainly in the plain " * 20,
    "".join(chr(97 + (i * i) % 26) for i in range(2000)),
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
]
for s in samples:
    codes, size = compress(s)
    back = decompress(codes)
    print(f"len {len(s):>5} -> {len(codes):>4} codes, table {size:>5}, ok={back == s}, head={codes[:8]}")
try:
    decompress([65, 999])
except ValueError as e:
    print("ValueError:", e)
