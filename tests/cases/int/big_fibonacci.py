# Big integers: fibonacci(1000) by iteration, and matrix-power fibonacci agreement.
a, b = 0, 1
for _ in range(1000):
    a, b = b, a + b
print(a)
def mat_mul(x, y):
    return [[x[0][0]*y[0][0] + x[0][1]*y[1][0], x[0][0]*y[0][1] + x[0][1]*y[1][1]],
            [x[1][0]*y[0][0] + x[1][1]*y[1][0], x[1][0]*y[0][1] + x[1][1]*y[1][1]]]
def fib(n):
    r = [[1, 0], [0, 1]]
    m = [[1, 1], [1, 0]]
    while n:
        if n & 1:
            r = mat_mul(r, m)
        m = mat_mul(m, m)
        n >>= 1
    return r[0][1]
print(fib(1000) == a)
print(fib(5000) % 10**20)
print(len(str(fib(10000))))
