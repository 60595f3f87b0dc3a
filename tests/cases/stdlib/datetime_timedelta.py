# timedelta: normalisation, str/repr, arithmetic, rounding, errors.
from datetime import timedelta
import datetime

def show(td):
    print(str(td), "|", repr(td), "|", td.days, td.seconds, td.microseconds)

for td in [timedelta(), timedelta(1), timedelta(-1), timedelta(seconds=-0.5),
           timedelta(hours=25), timedelta(minutes=-1), timedelta(weeks=2, days=-3),
           timedelta(milliseconds=1500), timedelta(microseconds=-1),
           timedelta(days=1.5), timedelta(hours=-1.25), timedelta(seconds=86399.9999995),
           timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5),
           timedelta(microseconds=-0.5), timedelta(microseconds=-1.5),
           timedelta(seconds=0.1, microseconds=0.4), timedelta(days=0.1, hours=0.1, minutes=0.1),
           timedelta(days=999999999), timedelta.max, timedelta.min, timedelta.resolution,
           timedelta(days=2, seconds=3, microseconds=4), timedelta(seconds=1e-7),
           timedelta(1, 2, 3, 4, 5, 6, 7), timedelta(days=-2, seconds=7200)]:
    show(td)

a = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
b = timedelta(seconds=10)
print(a + b, a - b, b - a, -a, +a, abs(-a), abs(a))
print(a * 3, 3 * a, a * -1, a * 0.5, 0.5 * a, a * 1.1, b * (1 / 3), b * 2.5)
print(a / 2, a / 3, a / 7, b / 3, b / -3, b / 0.3, b / 2.5, a / b, b / a)
print(a // 3, a // b, a % b, divmod(a, b), divmod(-a, b), b // -3)
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5) / 2)
print(timedelta(microseconds=3) * 0.5, timedelta(microseconds=5) * 0.5, timedelta(microseconds=-3) * 0.5)
print(a.total_seconds(), b.total_seconds(), timedelta(microseconds=1).total_seconds(),
      timedelta.max.total_seconds(), (-a).total_seconds())
print(a == a * 1, a != b, a < b, a > b, a <= a, b >= a, a == 5, a != "x")
print(bool(timedelta()), bool(timedelta(microseconds=1)), bool(timedelta(-1)))
print(sorted([a, b, -a, timedelta()]))
d = {timedelta(hours=1): "hour", timedelta(minutes=60): "again", timedelta(0): "zero"}
print(len(d), d[timedelta(seconds=3600)])
print(hash(timedelta(hours=24)) == hash(timedelta(days=1)))
print(sum([timedelta(hours=i) for i in range(30)], timedelta()))
print(type(a).__name__, type(a).__module__, timedelta)

class Sub(timedelta):
    pass
s = Sub(hours=1)
print(repr(s), type(s + s).__name__, type(-s).__name__, type(s * 2).__name__, isinstance(s, timedelta))

def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error:", r)

err(lambda: timedelta(days=1000000000))
err(lambda: timedelta.max + timedelta(1))
err(lambda: timedelta.min - timedelta(microseconds=1))
err(lambda: timedelta(days="1"))
err(lambda: a + 1)
err(lambda: 1 + a)
err(lambda: a - 1.5)
err(lambda: a * "x")
err(lambda: a / 0)
err(lambda: a // 0)
err(lambda: a // timedelta())
err(lambda: a % 2)
err(lambda: a < 1)
err(lambda: a / "x")
err(lambda: a // 1.5)
err(lambda: a @ a)
err(lambda: timedelta(seconds=float("nan")))
print(datetime.timedelta(hours=1.5) == datetime.timedelta(minutes=90))
err(lambda: timedelta(seconds=float("inf")))
err(lambda: a / 0.0)
err(lambda: timedelta(1) * float("inf"))
err(lambda: timedelta(1) * float("nan"))
err(lambda: timedelta(1) / float("nan"))
err(lambda: timedelta(1) / float("inf"))
err(lambda: timedelta(1) / timedelta())
