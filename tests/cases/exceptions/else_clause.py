# try/else runs only without exception; exceptions inside else are not caught by the same try.
def f(x):
    try:
        v = 10 / x
    except ZeroDivisionError:
        return "div0"
    else:
        if v > 5:
            raise ValueError("too big")
        return v
    finally:
        print("finally for", x)
for x in [5, 0]:
    print(f(x))
try:
    f(1)
except ValueError as e:
    print("escaped else:", e)
