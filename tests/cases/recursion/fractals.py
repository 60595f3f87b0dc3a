# Recursive ASCII fractals: Sierpinski triangle, H-tree-free Cantor set, Koch curve lengths and a recursive ruler.
def sierpinski(n):
    if n == 0:
        return ["*"]
    prev = sierpinski(n - 1)
    pad = " " * (2 ** (n - 1))
    return [pad + line + pad for line in prev] + [line + " " + line for line in prev]
for line in sierpinski(4):
    print(line.rstrip())
def cantor(lo, hi, depth, rows):
    if depth == len(rows):
        return
    for i in range(lo, hi):
        rows[depth][i] = "#"
    third = (hi - lo) // 3
    if third:
        cantor(lo, lo + third, depth + 1, rows)
        cantor(hi - third, hi, depth + 1, rows)
rows = [[" "] * 81 for _ in range(5)]
cantor(0, 81, 0, rows)
for r in rows:
    print("".join(r).rstrip())
def koch_points(n, x0, y0, x1, y1):
    if n == 0:
        return [(x0, y0)]
    dx, dy = (x1 - x0) / 3, (y1 - y0) / 3
    a = (x0 + dx, y0 + dy)
    b = (x0 + 2 * dx, y0 + 2 * dy)
    px = a[0] + dx * 0.5 - dy * (3 ** 0.5) / 2
    py = a[1] + dy * 0.5 + dx * (3 ** 0.5) / 2
    return (koch_points(n - 1, x0, y0, *a) + koch_points(n - 1, *a, px, py) +
            koch_points(n - 1, px, py, *b) + koch_points(n - 1, *b, x1, y1))
for n in range(6):
    pts = koch_points(n, 0.0, 0.0, 1.0, 0.0) + [(1.0, 0.0)]
    length = sum(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5 for (x0, y0), (x1, y1) in zip(pts, pts[1:]))
    print(f"koch level {n}: {len(pts) - 1:>5} segments, length {length:.6f}, expected {(4 / 3) ** n:.6f}")
def ruler(n):
    return "" if n == 0 else ruler(n - 1) + str(n) + ruler(n - 1)
print(ruler(5))
