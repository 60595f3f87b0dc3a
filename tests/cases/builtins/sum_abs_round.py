# sum with start, floats, big ints; abs of every numeric type; round variations; divmod; pow.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum([0.1] * 10), sum([[1], [2]], []), sum(range(10**6)))
print(sum([2**64, 2**64, -1]), sum([1, 2.5]), sum((True, True)), sum([1.5, 2**60]))
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2**100), abs(float("-inf")))
print(round(3.14159, 2), round(2.5), round(-2.5), round(7, -1), round(0.5), round(1.5))
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2), divmod(2**70, 3))
print(pow(2, 8), pow(2.0, 3), pow(2, -2), pow(7, 3, 5), pow(-2, 3), pow(base=3, exp=2))
