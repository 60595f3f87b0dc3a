# Division by zero messages for int and float, /, //, %, divmod and pow.
def attempt(label, f):
    try:
        print(label, f())
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)
attempt("1/0", lambda: 1 / 0)
attempt("1//0", lambda: 1 // 0)
attempt("1%0", lambda: 1 % 0)
attempt("divmod(1,0)", lambda: divmod(1, 0))
attempt("1.0/0", lambda: 1.0 / 0)
attempt("1.0//0.0", lambda: 1.0 // 0.0)
attempt("1.0%0.0", lambda: 1.0 % 0.0)
attempt("divmod(1.0,0)", lambda: divmod(1.0, 0))
attempt("0**-1", lambda: 0 ** -1)
attempt("10**100/0", lambda: 10**100 / 0)
attempt("10**100//0", lambda: 10**100 // 0)
attempt("pow(0,-1)", lambda: pow(0, -1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
