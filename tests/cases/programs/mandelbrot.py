# ASCII Mandelbrot set (float arithmetic in nested loops) and escape-time statistics.
W, H = 60, 24
MAXIT = 50
chars = " .:-=+*#%@"
rows = []
hist = [0] * (MAXIT + 1)
for j in range(H):
    y = (j / H) * 2.4 - 1.2
    row = []
    for i in range(W):
        x = (i / W) * 3.2 - 2.2
        zr = zi = 0.0
        n = 0
        while n < MAXIT and zr * zr + zi * zi <= 4.0:
            zr, zi = zr * zr - zi * zi + x, 2 * zr * zi + y
            n += 1
        hist[n] += 1
        row.append(chars[n * (len(chars) - 1) // MAXIT])
    rows.append("".join(row))
print("\n".join(rows))
inside = hist[MAXIT]
print("inside:", inside, "of", W * H)
print("escape histogram:", hist[:12])
area = 3.2 * 2.4 * inside / (W * H)
print(f"estimated area: {area:.4f}")
