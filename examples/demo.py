# examples/demo.py — a small tour that gives the JIT some hot loops:
# an ASCII Mandelbrot set (floats), a prime sieve (lists and ints), a word
# count (strings and dicts) and a little class hierarchy.
import time


def mandelbrot(width, height, max_iter):
    rows = []
    for y in range(height):
        ci = (y / height) * 2.4 - 1.2
        row = []
        for x in range(width):
            cr = (x / width) * 3.5 - 2.5
            zr = zi = 0.0
            n = 0
            while n < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            row.append(" .:-=+*#%@"[min(n, max_iter - 1) * 10 // max_iter])
        rows.append("".join(row))
    return rows


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    p = 2
    while p * p <= limit:
        if flags[p]:
            for m in range(p * p, limit + 1, p):
                flags[m] = False
        p += 1
    return [i for i, is_prime in enumerate(flags) if is_prime]


TEXT = """the quick brown fox jumps over the lazy dog while the cat watches the dog
and the fox runs away from the dog into the woods where the owl sleeps"""


def word_counts(text, repeat):
    counts = {}
    for _ in range(repeat):
        for word in text.split():
            counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]


class Shape:
    def area(self):
        raise NotImplementedError


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.141592653589793 * self.r * self.r


start = time.perf_counter()
for line in mandelbrot(72, 26, 400):
    print(line)
primes = sieve(1_000_000)
print(f"{len(primes)} primes below 1000000, the last is {primes[-1]}")
print("most common words:", word_counts(TEXT, 20000))
shapes = [Rect(i % 7 + 1, i % 5 + 1) if i % 2 else Circle(i % 3 + 1) for i in range(300_000)]
print(f"total area of {len(shapes)} shapes: {sum(s.area() for s in shapes):.2f}")
print(f"done in {time.perf_counter() - start:.2f} s")
