# Hand-written functional utilities: compose, partial, curry, reduce, pipe, flip, memoized recursion via closures.
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
def partial(fn, *pargs, **pkw):
    def wrapper(*args, **kw):
        return fn(*pargs, *args, **{**pkw, **kw})
    return wrapper
def curry(fn, n):
    def curried(*args):
        if len(args) >= n:
            return fn(*args)
        return lambda *more: curried(*args, *more)
    return curried
def reduce(fn, seq, init=None):
    it = iter(seq)
    acc = next(it) if init is None else init
    for x in it:
        acc = fn(acc, x)
    return acc
def pipe(value, *fns):
    for f in fns:
        value = f(value)
    return value
def flip(fn):
    return lambda a, b, *rest: fn(b, a, *rest)
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
power = lambda base, exp: base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), partial(print, "partial:", sep="~")("printed"))
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
print(reduce(lambda a, b: a * b, range(1, 11)), reduce(lambda a, b: a + [b * b], range(5), []), reduce(max, [3, 9, 2]))
print(pipe("  Hello World  ", str.strip, str.lower, lambda s: s.split(), len))
print(flip(power)(2, 10), flip(lambda a, b, c: (a, b, c))(1, 2, 3))
words = "the quick brown fox jumps over the lazy dog".split()
longest = reduce(lambda a, b: b if len(b) > len(a) else a, words)
freq = reduce(lambda d, w: {**d, w: d.get(w, 0) + 1}, words, {})
print(longest, freq)
print(list(map(compose(str, dbl), filter(lambda v: v % 3, range(10)))))
