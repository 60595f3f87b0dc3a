# strftime / __format__ / strptime / isoformat / fromisoformat round trips.
from datetime import datetime, date, time, timedelta, timezone

def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error:", repr(r))

utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
x = datetime(2024, 7, 4, 15, 7, 9, 12345)
y = datetime(2009, 1, 5, 0, 0, 1, tzinfo=est)
for fmt in ["%Y-%m-%d", "%H:%M:%S.%f", "%y %b %B %a %A %j", "%I:%M %p", "%d/%m/%Y %H:%M", "%%Y", "%z|%Z",
            "%Y-%m-%dT%H:%M:%S%z", "%c", "%x", "%X", "%U %W %w %u", "%G-W%V-%u", "%e", "%D %T %R", "%C %g", "",
            "plain text", "100%% %Y%%", "%f%f"]:
    print(repr(fmt), repr(x.strftime(fmt)), repr(y.strftime(fmt)), repr(date(1999, 12, 31).strftime(fmt)))
print(time(23, 5, 1, 7).strftime("%H %I %p %M %S %f %Y %z"), time(1, tzinfo=est).strftime("%z %Z"))
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=30, seconds=15))).strftime("%z"),
      datetime(2024, 1, 1, tzinfo=timezone(-timedelta(minutes=1, microseconds=5))).strftime("%z"))
print(f"{x:%Y}", f"{x}", f"{x:%d %B}", "{:%H:%M}".format(x), format(date(2024, 1, 2), "%A"), "{}".format(date(2024, 1, 2)),
      f"{x!r}", f"{time(9):%H}")
for h in (0, 1, 11, 12, 13, 23):
    print(h, datetime(2024, 1, 1, h).strftime("%I %p"))
for m in range(1, 13):
    d = date(2024, m, 1)
    print(d.strftime("%b %B %a %A"), d.ctime())

# isoformat in every timespec.
for ts in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(ts, x.isoformat(timespec=ts), x.replace(microsecond=0).isoformat(" ", ts), y.isoformat(timespec=ts))
print(x.isoformat("_"), datetime(2024, 1, 1, 0, 0, 0, 999).isoformat(timespec="milliseconds"), str(y))

# fromisoformat: 3.11 accepts most ISO 8601 forms.
for s in ["2011-11-04", "20111104", "2011-11-04T00:05:23", "2011-11-04T00:05:23Z", "20111104T000523",
          "2011-W01-2T00:05:23.283", "2011-11-04 00:05:23.283", "2011-11-04 00:05:23.283+00:00",
          "2011-11-04T00:05:23+04:00", "2011-11-04T00:05", "2011-11-04T00", "2011-11-04T0005",
          "2011-11-04T00:05:23.1234567", "2011-11-04T00:05:23,5", "2011-11-04T00:05:23-0130",
          "2011-11-04T00:05:23+01:30:15", "2011-11-04T00:05:23+01:30:15.5", "2011-11-04T00:05:23-05",
          "2011-11-04x12:00", "2011W01", "2011W012", "2011-W01", "2011-W52-7T23:59"]:
    r = datetime.fromisoformat(s)
    print(s, "->", repr(r), r.isoformat())
for v in [x, y, datetime(1, 1, 1), datetime.max, datetime(2024, 1, 1, tzinfo=timezone(timedelta(seconds=1, microseconds=1)))]:
    print(datetime.fromisoformat(v.isoformat()) == v, datetime.fromisoformat(str(v)) == v)
for bad in ["", "2011", "2011-11", "2011-1-04", "2011-11-04T", "2011-11-04T1", "2011-11-04T00:5",
            "2011-11-04T00:05:23.", "2011-11-04T00:05:23+", "2011-11-04T00:05:23+1", "2011-13-04",
            "2011-11-31", "2011-11-04T24:00", "2011-11-04T12:60", "2011-11-04T00:05:23+24:00",
            "2011-11-04 00:05:23 ", "2011/11/04", "2011-11-04T00:05:23+04:00Z", "2021-W53"]:
    err(lambda: datetime.fromisoformat(bad))
err(lambda: datetime.fromisoformat(5))

# strptime.
for s, f in [("2024-07-04 15:07:09", "%Y-%m-%d %H:%M:%S"), ("04/07/24", "%d/%m/%y"), ("4/7/69", "%d/%m/%y"),
             ("Jul 4 2024", "%b %d %Y"), ("july 4, 2024", "%B %d, %Y"), ("Thursday 4 JULY 2024", "%A %d %B %Y"),
             ("Thu, 04 Jul 2024 15:07:09 +0000", "%a, %d %b %Y %H:%M:%S %z"), ("2024-07-04T15:07:09.5-05:30", "%Y-%m-%dT%H:%M:%S.%f%z"),
             ("2024-07-04T15:07:09Z", "%Y-%m-%dT%H:%M:%S%z"), ("12:30 AM", "%I:%M %p"), ("12:30 pm", "%I:%M %p"), ("1:05 PM", "%I:%M %p"),
             ("2024 366", "%Y %j"), ("2023 032", "%Y %j"), ("10%", "%H%%"), ("15h", "%Hh"), ("  2024   1   2", " %Y %m %d"),
             ("2024-07-04 15:07:09.000001", "%Y-%m-%d %H:%M:%S.%f"), ("2024-07-04 UTC", "%Y-%m-%d %Z"),
             ("+01:30:15", "%z"), ("2024 7 4", "%Y %m %d"), ("", "")]:
    r = datetime.strptime(s, f)
    print(repr(s), repr(f), "->", repr(r))
for s, f in [("2024-07-04", "%Y-%m-%d %H"), ("2024-07-04 12", "%Y-%m-%d"), ("2024-13-04", "%Y-%m-%d"),
             ("2024-02-30", "%Y-%m-%d"), ("24-07-04", "%Y-%m-%d"), ("12:30", "%H:%M:%S"), ("13:00 PM", "%I:%M %p"),
             ("x", "%Q"), ("2024", "%Y%"), ("2023 366", "%Y %j"), ("29 Feb", "%d %b")]:
    err(lambda: datetime.strptime(s, f))
err(lambda: datetime.strptime(5, "%Y"))
err(lambda: datetime.strptime("2024", 5))
print(repr(datetime.strptime("2024-07-04", "%Y-%m-%d").date()))
