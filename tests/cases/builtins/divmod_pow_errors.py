# Errors from numeric builtins with wrong types or values.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: divmod("a", 1))
show(lambda: pow(2, 3, 0))
show(lambda: pow(2.0, 3, 5))
show(lambda: pow(2, -1, 6))
show(lambda: abs(None))
show(lambda: round("1.5"))
show(lambda: round(1.5, "x"))
show(lambda: int("1e3"))
show(lambda: float("1e3"))
show(lambda: bin(1.5))
show(lambda: hex("a"))
show(lambda: sum(5))
show(lambda: min(5))
show(lambda: sorted(5))
