# Programs that use datetime the way real code does.
import copy
import datetime as dt
from datetime import date, datetime, time, timedelta, timezone

# Ages and anniversaries.
def age(born, today):
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return years
print(age(date(1990, 7, 15), date(2024, 7, 14)), age(date(1990, 7, 15), date(2024, 7, 15)), age(date(2000, 2, 29), date(2023, 2, 28)))

def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return d.replace(year=y, month=m, day=min(d.day, last))
d = date(2024, 1, 31)
print([str(add_months(d, i)) for i in range(-2, 14)])

# Group events by ISO week and by weekday.
start = datetime(2024, 12, 23, 9, 0, tzinfo=timezone.utc)
events = [start + timedelta(hours=17 * i) for i in range(20)]
weeks = {}
for e in events:
    weeks.setdefault(e.isocalendar()[:2], []).append(e.strftime("%a %H:%M"))
for k in sorted(weeks):
    print(k, weeks[k])
by_day = {}
for e in events:
    by_day[e.date()] = by_day.get(e.date(), 0) + 1
print(sorted(by_day.items())[:4], len(by_day))

# Durations and reports.
log = [("start", "2024-03-30T22:15:00+01:00"), ("mid", "2024-03-31T03:45:30.25+02:00"), ("end", "2024-03-31T10:00:00Z")]
stamps = [(name, datetime.fromisoformat(s)) for name, s in log]
for (n1, t1), (n2, t2) in zip(stamps, stamps[1:]):
    delta = t2 - t1
    h, rem = divmod(delta, timedelta(hours=1))
    print(f"{n1}->{n2}: {delta} = {h}h {rem.total_seconds() / 60:.2f}m ({delta / timedelta(minutes=1):.3f} min)")
total = sum((t2 - t1 for (_, t1), (_, t2) in zip(stamps, stamps[1:])), timedelta())
print("total", total, total * 2, total / 4, -total, abs(-total))
print(max(s for _, s in stamps), min(stamps, key=lambda p: p[1])[0])
print([s.astimezone(timezone.utc).isoformat() for _, s in stamps])

# Calendar of a month, built by hand.
first = date(2024, 2, 1)
print(first.strftime("%B %Y").center(20))
print("Mo Tu We Th Fr Sa Su")
line = "   " * first.weekday()
day = first
while day.month == 2:
    line += "%2d " % day.day
    if day.weekday() == 6:
        print(line.rstrip())
        line = ""
    day += timedelta(days=1)
if line:
    print(line.rstrip())

# Business days between two dates.
def business_days(a, b):
    n = 0
    while a < b:
        if a.weekday() < 5:
            n += 1
        a += timedelta(1)
    return n
print(business_days(date(2024, 1, 1), date(2024, 2, 1)), business_days(date(2024, 12, 20), date(2025, 1, 6)))

# Copies, subclasses and dict keys.
x = datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone(timedelta(hours=3), "MSK"))
print(copy.copy(x) == x, copy.deepcopy(x), repr(copy.deepcopy(timedelta(1, 2, 3))), copy.copy(date(2024, 1, 1)), repr(copy.deepcopy(time(1, 2))))
print(x.__reduce__()[0].__name__)

class Stamp(datetime):
    def __str__(self):
        return "Stamp<" + self.isoformat(timespec="seconds") + ">"
s = Stamp(2024, 1, 1, 12)
print(s, repr(s), type(s + timedelta(1)).__name__, type(s - timedelta(1)).__name__, s - datetime(2024, 1, 1),
      type(Stamp.fromisoformat("2024-01-01")).__name__, type(Stamp.combine(date(2024, 1, 1), time())).__name__,
      type(Stamp.strptime("2024", "%Y")).__name__, type(s.replace(hour=1)).__name__, type(s.astimezone(timezone.utc)).__name__)
counts = {}
for i in range(50):
    k = datetime(2024, 1, 1) + timedelta(minutes=37 * i)
    counts[k.replace(minute=0)] = counts.get(k.replace(minute=0), 0) + 1
print(len(counts), sorted(counts.items())[:3])
print(dt.datetime(2024, 1, 1) in {dt.datetime(2024, 1, 1, tzinfo=None)}, dt.date(2024, 1, 1) in {dt.datetime(2024, 1, 1)})
print(sorted([time(12), time(1, 30), time(23)], reverse=True))
