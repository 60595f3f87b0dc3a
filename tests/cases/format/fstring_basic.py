# f-strings: expressions, conversions, nested quotes, method calls, dict lookups.
name, n, pi = "World", 42, 3.14159265
items = {"a": 1, "b": [1, 2]}
print(f"Hello, {name}!")
print(f"{n + 1} {n * 2} {n // 5} {n % 5} {-n}")
print(f"{name.upper()} {name[::-1]} {len(name)}")
print(f"{items['a']} {items['b'][1]} {items}")
cafe = "caf\u00e9"
print(f"{name!r} {name!s} {cafe!a} {cafe!r}")
print(f"{pi:.2f} {pi:10.4f}| {pi:<10.1f}| {pi:e}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:+d}|{-n:d}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b} {n:#o}")
print(f"{1000000:,} {1000000:_} {1234.5:,.2f} {255:_x}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{'fill':*^10}")
print(f"{True} {None} {[1, 'x']} {(1,)} {3 > 2}")
print(f"{'a' if n > 40 else 'b'}")
print(f"{ n }")
print(f"{n}{n}{{n}}")
