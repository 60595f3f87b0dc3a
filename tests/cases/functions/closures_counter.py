# Closures as counters and accumulators; independent closure instances.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_averager():
    nums = []
    def avg(x):
        nums.append(x)
        return sum(nums) / len(nums)
    return avg
a = make_averager()
print(a(10), a(20), a(60))
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])
