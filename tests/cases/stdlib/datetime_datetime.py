# datetime, time and timezone: construction, arithmetic across month and
# year ends, aware/naive rules, conversions, reprs and errors.
from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC
import datetime as dtmod

def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error:", r)

x = datetime(2024, 2, 29, 23, 59, 59, 999999)
print(x, repr(x), x.date(), x.time(), repr(x.timetz()), x.hour, x.minute, x.second, x.microsecond, x.tzinfo, x.fold)
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5, 6, 7)), repr(datetime(2024, 1, 1, 0, 0, 0, 1)))
print(datetime.min, datetime.max, repr(datetime.resolution), isinstance(x, date), issubclass(datetime, date))
print(x + timedelta(microseconds=1), x + timedelta(days=1), x - timedelta(days=365), x + timedelta(days=-60, hours=1))
print(datetime(2023, 12, 31, 23, 0) + timedelta(hours=1, minutes=30), datetime(2024, 3, 1) - timedelta(seconds=1))
print(datetime(2024, 3, 1) - datetime(2024, 2, 1), datetime(2024, 1, 1) - datetime(2024, 3, 1, 12),
      x - datetime(2024, 1, 1), datetime(2024, 1, 1, 0, 0, 0, 1) - datetime(2024, 1, 1))
print(repr(datetime(2000, 1, 1) - datetime(2024, 1, 1, 0, 0, 0, 500000)))
print(datetime(2024, 1, 1) < x, x > datetime(2024, 1, 1), x == x.replace(), x != x.replace(microsecond=0))
print(x.replace(year=2023, month=2, day=28), x.replace(hour=0, minute=0, second=0, microsecond=0))
print(datetime.combine(date(2024, 5, 6), time(7, 8, 9)), datetime.combine(date(2024, 5, 6), time(7, tzinfo=UTC)),
      repr(datetime.combine(date(2024, 5, 6), time(7), tzinfo=timezone(timedelta(hours=2)))))
print(x.weekday(), x.isoweekday(), x.isocalendar(), x.toordinal(), x.ctime(), datetime(2024, 1, 9).ctime())
print(x.timetuple(), x.utctimetuple())
print(datetime.fromordinal(738000), type(datetime.fromordinal(1)).__name__)

# Time zones.
utc = timezone.utc
cet = timezone(timedelta(hours=1), "CET")
ist = timezone(timedelta(hours=5, minutes=30))
neg = timezone(-timedelta(hours=3, minutes=30))
odd = timezone(timedelta(seconds=3661, microseconds=7))
print(utc is UTC, utc is timezone(timedelta(0)), repr(utc), str(utc), repr(cet), str(cet), repr(ist), str(ist), str(neg), str(odd))
print(repr(timezone(timedelta(0), "Z")), timezone.min, timezone.max, repr(timezone.min))
print(cet.utcoffset(None), cet.dst(None), cet.tzname(None), utc.utcoffset(x), cet == timezone(timedelta(hours=1)), cet != ist)
a = datetime(2024, 3, 10, 12, 0, tzinfo=cet)
b = datetime(2024, 3, 10, 11, 0, tzinfo=utc)
c = datetime(2024, 3, 10, 16, 30, tzinfo=ist)
print(a, repr(a), a.utcoffset(), a.tzname(), a.dst(), a.isoformat(), c.isoformat(timespec="minutes"))
print(a == b, a == c, b == c, a - b, c - a, a < c, hash(a) == hash(b), hash(a) == hash(c), len({a, b, c}))
print(a.astimezone(utc), a.astimezone(ist), repr(b.astimezone(neg)), a.astimezone(cet) is a)
print(b + timedelta(hours=20), (b + timedelta(hours=20)).tzinfo, utc.fromutc(b.replace(tzinfo=utc)), cet.fromutc(b.replace(tzinfo=cet)))
print(datetime(2024, 1, 1, tzinfo=odd), datetime(2024, 1, 1, tzinfo=neg).isoformat())
print(a.timestamp(), b.timestamp(), datetime(1970, 1, 1, tzinfo=utc).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=utc).timestamp())
print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000.5, cet), datetime.fromtimestamp(-1.25, utc),
      datetime.utcfromtimestamp(86400 * 365.25), datetime.fromtimestamp(1e9, tz=ist))
print(datetime.fromtimestamp(1.0000005, utc), datetime.fromtimestamp(1.0000015, utc), datetime.fromtimestamp(0.9999996, utc))
print(x.replace(tzinfo=utc).utctimetuple(), a.utctimetuple(), a.timetuple())
print(datetime.now(utc).tzinfo is utc, isinstance(datetime.now(), datetime), datetime.now().tzinfo,
      isinstance(datetime.utcnow(), datetime), isinstance(datetime.today(), datetime), type(datetime.now(cet)).__name__)
print(datetime.now(utc) - datetime.now(utc) < timedelta(seconds=5), type(datetime.now().timestamp()).__name__)

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return "Fixed(%r)" % self.name
f = Fixed(-300, "EST")
e = datetime(2024, 7, 4, 9, 15, tzinfo=f)
print(e, repr(e), e.tzname(), e.utcoffset(), e.dst(), e.astimezone(utc), utc.fromutc(b.replace(tzinfo=utc)).astimezone(f))
print(e.timetuple().tm_isdst, e.strftime("%H:%M %Z %z"), e == datetime(2024, 7, 4, 14, 15, tzinfo=utc), e - b)

# time.
t = time(13, 5, 9, 250)
print(t, repr(t), repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 0, 3)), repr(time(1, tzinfo=utc)), repr(time(1, fold=1)))
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, time.min, time.max, repr(time.resolution))
print(t.isoformat(), t.isoformat("hours"), t.isoformat("minutes"), t.isoformat("seconds"), t.isoformat("milliseconds"), t.isoformat("microseconds"))
print(time(1, 2, tzinfo=ist), time(1, 2, tzinfo=ist).utcoffset(), time(1, 2, tzinfo=cet).tzname(), time(1, 2).tzname(), time(1, 2).utcoffset())
print(time(1) < time(2), time(1, tzinfo=cet) == time(0, tzinfo=utc), time(1, tzinfo=cet) < time(0, 30, tzinfo=utc), time(1) == time(1, tzinfo=utc))
print(sorted([time(5), time(1, 30), time(23, 59), time()]), bool(time()), len({time(1), time(1, 0), time(2)}))
print(t.replace(hour=1), t.replace(tzinfo=utc), f"{t:%H.%M.%S}", format(t), t.strftime("%I:%M %p %f"))
print(time.fromisoformat("04:23:01"), time.fromisoformat("T042301"), time.fromisoformat("04:23:01.000384"),
      time.fromisoformat("04:23:01,5"), time.fromisoformat("04:23:01+04:00"), repr(time.fromisoformat("04:23Z")),
      time.fromisoformat("0423"), time.fromisoformat("04"))

err(lambda: datetime(2024, 1, 32))
err(lambda: datetime(2024, 1, 1, 24))
err(lambda: datetime(2024, 1, 1, 1, 60))
err(lambda: datetime(2024, 1, 1, 1, 1, 60))
err(lambda: datetime(2024, 1, 1, 1, 1, 1, 1000000))
err(lambda: datetime(2024, 1, 1, fold=2))
err(lambda: datetime(2024, 1, 1, tzinfo=5))
err(lambda: datetime(2024, 1, 1, 1.5))
err(lambda: datetime(2024))
err(lambda: time(-1))
err(lambda: time(1, tzinfo="UTC"))
err(lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=utc))
err(lambda: datetime(2024, 1, 1, tzinfo=utc) >= datetime(2024, 1, 1))
print(datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=utc), datetime(2024, 1, 1) != datetime(2024, 1, 1, tzinfo=utc))
err(lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=utc))
err(lambda: time(1) < time(1, tzinfo=utc))
err(lambda: datetime.max + timedelta(microseconds=1))
err(lambda: datetime.min - timedelta(days=1))
err(lambda: x + 1)
err(lambda: x - 1)
err(lambda: x + x)
err(lambda: x < 1)
err(lambda: time(1) < 1)
err(lambda: time(1) + timedelta(1))
err(lambda: timezone(timedelta(hours=24)))
err(lambda: timezone(timedelta(hours=-24)))
err(lambda: timezone(5))
err(lambda: timezone(timedelta(0), 5))
err(lambda: tzinfo().utcoffset(None))
err(lambda: datetime(2024, 1, 1, tzinfo=tzinfo()).utcoffset())
err(lambda: x.isoformat(timespec="days"))
err(lambda: time.fromisoformat("25:00"))
err(lambda: time.fromisoformat("1:00"))
err(lambda: datetime.combine(x, 5))
err(lambda: datetime.fromtimestamp(float("nan")))
err(lambda: setattr(x, "hour", 3))
err(lambda: setattr(x, "year", 3))

class Bad(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=25)
class Bad2(tzinfo):
    def utcoffset(self, dt):
        return 60
err(lambda: datetime(2024, 1, 1, tzinfo=Bad()).utcoffset())
err(lambda: datetime(2024, 1, 1, tzinfo=Bad2()).isoformat())
print(repr(type(x).__mro__), datetime.__module__, dtmod.__name__)
