# date: construction and range checks, calendar arithmetic, ISO weeks,
# formatting, comparisons, hashing, errors.
from datetime import date, datetime, timedelta, MINYEAR, MAXYEAR
import datetime as dtmod

def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error:", r)

print(MINYEAR, MAXYEAR, date.min, date.max, repr(date.resolution), dtmod.date)
d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day)
for n in (1, 2, 30, 365, 366, -1, -59, -365 * 4):
    print(n, d + timedelta(days=n), d - timedelta(days=n), timedelta(days=n) + d)
print(d + timedelta(hours=23), d + timedelta(hours=25), d - timedelta(hours=1), d - timedelta(seconds=1))
print(date(2024, 3, 1) - date(2024, 2, 1), date(2023, 3, 1) - date(2023, 2, 1), date(2000, 1, 1) - date(2024, 1, 1))
print(repr(date(2024, 12, 31) - date(2024, 1, 1)), type(date(2024, 1, 2) - date(2024, 1, 1)).__name__)
for y in (1900, 2000, 2023, 2024, 2100, 2400):
    print(y, date(y, 3, 1) - date(y, 2, 1))

# Ordinals, weekdays, ISO calendar.
for dd in (date(1, 1, 1), date(1970, 1, 1), date(2000, 2, 29), date(2004, 1, 1), date(2004, 12, 31),
           date(2005, 1, 1), date(2005, 1, 2), date(2008, 12, 29), date(2009, 12, 31), date(2010, 1, 3),
           date(2020, 12, 31), date(2021, 1, 3), date(2021, 1, 4), date(9999, 12, 31), date(1, 1, 7)):
    o = dd.toordinal()
    ic = dd.isocalendar()
    print(dd, o, date.fromordinal(o) == dd, dd.weekday(), dd.isoweekday(), ic, tuple(ic),
          ic.year, ic.week, ic.weekday, ic[1], dd.ctime())
for y in range(1995, 2030):
    print(y, date(y, 12, 28).isocalendar().week, date(y, 1, 1).isocalendar())
print(date.fromisocalendar(2004, 1, 1), date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2015, 53, 4))
ic = date(2021, 6, 15).isocalendar()
y, w, wd = ic
print(y, w, wd, ic == (2021, 24, 2), isinstance(ic, tuple), len(ic))

# Every day of a leap and a non-leap year round-trips through the ordinal.
for y in (2023, 2024, 1900, 2000):
    start = date(y, 1, 1).toordinal()
    days = [date.fromordinal(start + i) for i in range(400)]
    ok = all(x.toordinal() == start + i for i, x in enumerate(days))
    print(y, ok, days[59], days[365], days[-1])

# Formatting.
print(d.isoformat(), str(d), d.strftime("%Y/%m/%d %a %A %b %B %j %y %%"), format(d, ""), f"{d}", f"{d:%d.%m.%Y}")
print(d.strftime("%H:%M:%S %f"), date(5, 1, 2).isoformat(), repr(date(5, 1, 2)))
print(d.timetuple(), d.timetuple().tm_yday, date(2024, 12, 31).timetuple().tm_yday)
print(date.fromisoformat("2024-02-29"), date.fromisoformat("20240229"), date.fromisoformat("2024-W09"),
      date.fromisoformat("2024-W09-4"), date.fromisoformat("2024W094"), date.fromisoformat("2024W09"))
print(d.replace(day=1), d.replace(year=2023, month=12), d.replace())

# Comparisons and hashing.
a, b = date(2024, 1, 31), date(2024, 2, 1)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == date(2024, 1, 31), a == "2024-01-31", a != 1)
print(sorted([b, a, date(2023, 12, 31), date.max, date.min]))
print(max(a, b), min(a, b))
seen = {date(2024, 1, 1): "new year"}
seen[date(2024, 1, 1)] = "again"
seen[date(2024, 1, 2)] = "next"
print(len(seen), seen[date(2023, 12, 31) + timedelta(1)])
print(len({date(2024, 1, 1) + timedelta(i % 10) for i in range(100)}))
print(date(2024, 1, 1) == datetime(2024, 1, 1), datetime(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) != datetime(2024, 1, 1))
print(isinstance(date.today(), date), type(date.today()).__name__, isinstance(datetime.now(), date))

class MyDate(date):
    def label(self):
        return "MyDate:" + self.isoformat()
m = MyDate(2024, 5, 6)
print(repr(m), m.label(), type(m + timedelta(1)).__name__, type(m.replace(day=1)).__name__,
      type(MyDate.fromordinal(5)).__name__, m == date(2024, 5, 6), m - date(2024, 5, 1))

err(lambda: date(2024, 13, 1))
err(lambda: date(2024, 0, 1))
err(lambda: date(2023, 2, 29))
err(lambda: date(2024, 4, 31))
err(lambda: date(2024, 1, 0))
err(lambda: date(0, 1, 1))
err(lambda: date(10000, 1, 1))
err(lambda: date(2024.0, 1, 1))
err(lambda: date("2024", 1, 1))
err(lambda: date(2024, 1))
err(lambda: date.max + timedelta(1))
err(lambda: date.min - timedelta(1))
err(lambda: date.fromordinal(0))
err(lambda: date.fromordinal(3652060))
err(lambda: d + 1)
err(lambda: 1 + d)
err(lambda: d - 1)
err(lambda: d + d)
err(lambda: d < 1)
err(lambda: d >= "x")
err(lambda: d < datetime(2024, 1, 1))
err(lambda: datetime(2024, 1, 1) > d)
err(lambda: d - datetime(2024, 1, 1))
err(lambda: datetime(2024, 1, 1) - d)
err(lambda: date.fromisoformat("2024-2-3"))
err(lambda: date.fromisoformat("2024-02-30"))
err(lambda: date.fromisoformat("2024-02-03T00:00"))
err(lambda: date.fromisoformat(20240203))
err(lambda: date.fromisocalendar(2021, 53, 1))
err(lambda: date.fromisocalendar(2021, 0, 1))
err(lambda: date.fromisocalendar(2021, 5, 8))
err(lambda: date.fromisocalendar(0, 5, 1))
err(lambda: d.replace(month=13))
err(lambda: format(d, 5))
err(lambda: d.strftime(5))
err(lambda: setattr(d, "year", 5))

for f in [lambda: date(2024), lambda: date(2024, 1), lambda: date("x"), lambda: datetime(2024, 1), lambda: date(), lambda: datetime(2024,1,1).astimezone().tzinfo is not None]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
