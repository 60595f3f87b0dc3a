# Return values: implicit None, multiple returns, early return in loops, return in nested ifs.
def none_fn():
    x = 1
def multi():
    return 1, "two", [3]
def early(seq):
    for i, v in enumerate(seq):
        if v < 0:
            return i
    return -1
def nested(a):
    if a > 0:
        if a > 10:
            return "big"
        return "pos"
print(none_fn(), multi(), early([3, 4, -1, 5]), early([]), nested(20), nested(5), nested(-1))
def gen_like():
    return [i for i in range(3)]
a, b, c = multi()
print(a, b, c, gen_like())
