# Unbounded recursion left uncaught: RecursionError, exit status 1.
print("start")
def f(n):
    return f(n + 1)
f(0)
