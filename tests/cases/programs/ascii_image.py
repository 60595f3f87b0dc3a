# 2-D grid transformations on ASCII art: rotate, flip, transpose, scale, crop, and run-length compression.
ART = """\
..####..
.#....#.
#.#..#.#
#......#
#.#..#.#
#..##..#
.#....#.
..####.."""
img = [list(r) for r in ART.split("\n")]
def show(g, title):
    print(title)
    for row in g:
        print("  " + "".join(row))
def rotate(g):
    return [list(r) for r in zip(*g[::-1])]
def flip_h(g):
    return [r[::-1] for r in g]
def transpose(g):
    return [list(r) for r in zip(*g)]
def scale(g, k):
    return [[c for c in row for _ in range(k)] for row in g for _ in range(k)]
def crop(g, r0, c0, r1, c1):
    return [row[c0:c1] for row in g[r0:r1]]
def rle(g):
    out = []
    for row in g:
        parts, prev, n = [], row[0], 0
        for c in row:
            if c == prev:
                n += 1
            else:
                parts.append(f"{n}{prev}")
                prev, n = c, 1
        parts.append(f"{n}{prev}")
        out.append("".join(parts))
    return out
show(rotate(img), "rotated 90:")
show(flip_h(crop(img, 0, 0, 4, 8)), "top half, mirrored:")
show(scale(crop(img, 2, 1, 5, 7), 2), "crop scaled x2:")
print(rle(img))
print(rotate(rotate(rotate(rotate(img)))) == img, transpose(transpose(img)) == img, flip_h(img) == img)
print("symmetry: horizontal", flip_h(img) == img, "vertical", img[::-1] == img, "transpose", transpose(img) == img)
print("ink:", sum(row.count("#") for row in img), "of", len(img) * len(img[0]))
