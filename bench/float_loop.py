# bench: a float loop (boxed doubles never allocate in Mosaic).
def run(n):
    x = 0.0
    y = 1.0
    for i in range(n):
        x = x * 0.999 + y * 0.5
        y = y + 0.25 - x * 0.001
    return x + y

print("checksum", round(run(5_000_000), 6))
