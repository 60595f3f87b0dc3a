# k-means clustering of deterministic 2-D points (float arithmetic, lists of tuples, convergence loop).
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2**31
        yield seed / 2**31
rnd = lcg(2024)
centers_true = [(2.0, 2.0), (8.0, 3.0), (5.0, 8.0)]
points = []
for cx, cy in centers_true:
    for _ in range(60):
        dx = (next(rnd) + next(rnd) + next(rnd) - 1.5) * 2
        dy = (next(rnd) + next(rnd) + next(rnd) - 1.5) * 2
        points.append((cx + dx, cy + dy))
def dist2(p, q):
    return (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2
def kmeans(points, k, iters=100):
    centers = [points[i * len(points) // k] for i in range(k)]
    for it in range(iters):
        groups = [[] for _ in range(k)]
        for p in points:
            best = min(range(k), key=lambda i: dist2(p, centers[i]))
            groups[best].append(p)
        new = []
        for g, c in zip(groups, centers):
            if g:
                new.append((sum(p[0] for p in g) / len(g), sum(p[1] for p in g) / len(g)))
            else:
                new.append(c)
        if new == centers:
            return centers, groups, it
        centers = new
    return centers, groups, iters
centers, groups, iters = kmeans(points, 3)
print("converged after", iters, "iterations")
for c, g in sorted(zip(centers, groups)):
    print(f"center ({c[0]:.3f}, {c[1]:.3f}) size {len(g)}")
sse = sum(min(dist2(p, c) for c in centers) for p in points)
print(f"SSE {sse:.4f}")
for k in (1, 2, 4, 5):
    cs, gs, it = kmeans(points, k)
    print(k, f"{sum(min(dist2(p, c) for c in cs) for p in points):.3f}", sorted(len(g) for g in gs))
