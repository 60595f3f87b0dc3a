# A toolkit of decorators: memoize, call counting, argument validation, retry, and timing with time (not printed).
import time
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    return wrapper
def counted(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    return wrapper
def validate(names, **types):
    def deco(fn):
        def wrapper(*args):
            for name, val in zip(names, args):
                if name in types and not isinstance(val, types[name]):
                    raise TypeError(f"{fn.__name__}: {name} must be {types[name].__name__}, got {type(val).__name__}")
            return fn(*args)
        return wrapper
    return deco
def retry(times, exceptions):
    def deco(fn):
        def wrapper(*a):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a), attempt
                except exceptions as e:
                    last = e
            raise RuntimeError(f"gave up after {times} attempts: {last}")
        return wrapper
    return deco
timings = {}
def timed(fn):
    def wrapper(*a):
        t0 = time.perf_counter()
        try:
            return fn(*a)
        finally:
            timings[fn.__name__] = time.perf_counter() - t0
    return wrapper
@timed
@counted
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.__name__, fib.calls if hasattr(fib, "calls") else "no calls attribute on the outer wrapper")
@counted
def plain_fib(n):
    return n if n < 2 else plain_fib(n - 1) + plain_fib(n - 2)
print(plain_fib(18), plain_fib.calls)
@validate(("x", "name", "extra"), x=int, name=str)
def label(x, name, extra=None):
    return f"{name}#{x}"
print(label(3, "item"))
for args in [(3.5, "item"), (3, 4)]:
    try:
        label(*args)
    except TypeError as e:
        print("TypeError:", e)
state = {"n": 0}
@retry(3, (ConnectionError, TimeoutError))
def flaky(succeed_on):
    state["n"] += 1
    if state["n"] < succeed_on:
        raise ConnectionError(f"attempt {state['n']} failed")
    return "ok"
print(flaky(2))
state["n"] = 0
try:
    flaky(10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(timings), all(t >= 0 for t in timings.values()))
