"""Dates, times, intervals and fixed-offset time zones (the datetime module).

Written for Mosaic from the Python 3.11 documentation; nothing here is
copied from CPython. The classes behave like CPython's C implementation
(_datetime), which is what `import datetime` gives there: the same reprs,
the same error messages, the same rounding (round-half-even wherever floats
meet microseconds). Their C-level names are "datetime.date" and so on
(sys._set_type_cname), because that is what CPython's own error messages
("unsupported operand type(s) for +: 'datetime.date' and 'int'") show.

Dates are proleptic Gregorian; internally a date is often turned into its
ordinal (0001-01-01 is day 1) and a timedelta into a whole number of
microseconds, so all arithmetic is exact integer arithmetic.
"""

import sys
import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_MAX_ORDINAL = 3652059          # date(9999, 12, 31).toordinal()
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

_MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# ------------------------------------------------------------ calendar math

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    # Days in the years 1 .. year-1.
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd_to_ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord_to_ymd(n):
    # Whole 400-, 100-, 4- and 1-year cycles from 0001-01-01; the last day
    # of a 100- or 4-cycle whose final year is a leap year comes out as
    # "one whole cycle more", which is December 31 of the year before.
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = 1
    while True:
        dim = _days_in_month(year, month)
        if n < dim:
            return year, month, n + 1
        n -= dim
        month += 1


def _iso_week1_monday(year):
    # Week 1 of an ISO year is the week holding its first Thursday.
    first = _days_before_year(year) + 1
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


# ------------------------------------------------------------ argument checks

def _index(value):
    # CPython's date/time constructors take ints (or objects with
    # __index__), and say "integer argument expected" for floats.
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % _cname(value))
    return index(value)


def _check_present(year, month, day):
    # CPython's argument parser converts arguments left to right, so a bad
    # year is reported before a missing month.
    for k, (value, name) in enumerate(((year, "year"), (month, "month"), (day, "day"))):
        if value is None:
            raise TypeError("function missing required argument '%s' (pos %d)" % (name, k + 1))
        _index(value)


def _check_date(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % _cname(tz))


def _cname(obj):
    # The name CPython's messages give a value's type: "datetime.date" for
    # this module's classes, the plain name for anything else.
    return _type_cname(type(obj))


def _type_cname(cls):
    if cls in _OUR_CLASSES:
        return "datetime." + cls.__name__
    return cls.__name__


def _repr_name(obj):
    # reprs name exact classes "datetime.date", subclasses by their own
    # (unqualified) name, as CPython's C-level names do.
    return _type_cname(type(obj))


def _round_half_even(num, den):
    # num / den rounded to the nearest int, ties to even (den > 0).
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


def _check_utcoffset(offset, name):
    # What utcoffset() and dst() may return: None or a timedelta strictly
    # inside one day.
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, _cname(offset)))
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")
    return offset


def _format_offset(off, sep=":"):
    # +HH:MM, with :SS and .ffffff only when they are not zero.
    if off is None:
        return ""
    if off.days < 0:
        sign = "-"
        off = -off
    else:
        sign = "+"
    us = off._us_total()
    hh, us = divmod(us, 3600 * _US_PER_SECOND)
    mm, us = divmod(us, 60 * _US_PER_SECOND)
    ss, us = divmod(us, _US_PER_SECOND)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or us:
        s += "%s%02d" % (sep, ss)
        if us:
            s += ".%06d" % us
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _wrap_strftime(obj, fmt, timetuple):
    # %f, %z and %Z are the datetime module's own; the rest goes to the C
    # library through time.strftime, as in CPython.
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % _cname(fmt))
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%" or i == n:
            out.append(c)
            continue
        d = fmt[i]
        i += 1
        if d == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif d == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(off, "") if off is not None else "")
        elif d == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            if name is not None:
                out.append(name.replace("%", "%%"))
        else:
            out.append("%" + d)
    return _time.strftime("".join(out), timetuple)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd_to_ord(y, m, d) + 6) % 7
    yday = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dstflag))


class _Field:
    """A read-only field of a date, time, datetime or timedelta: reads the
    slot "_<name>"; assigning or deleting fails with CPython's message."""

    __slots__ = ("_name", "_slot", "_owner")

    def __init__(self, name):
        self._name = name
        self._slot = "_" + name
        self._owner = None

    def __set_name__(self, owner, name):
        self._owner = owner

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self._slot)

    def _refuse(self):
        raise AttributeError("attribute '%s' of '%s' objects is not writable"
                             % (self._name, _type_cname(self._owner)))

    def __set__(self, obj, value):
        self._refuse()

    def __delete__(self, obj):
        self._refuse()

    def __repr__(self):
        return "<attribute '%s' of '%s' objects>" % (self._name, _type_cname(self._owner))


# ------------------------------------------------------------ timedelta

class timedelta:
    """Difference between two dates or datetimes: days, seconds (0..86399)
    and microseconds (0..999999); only days may be negative."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        # Ints are summed exactly. A float contributes its whole part
        # exactly and its fraction scaled to microseconds; the fractions of
        # microseconds left over from all float arguments are added up and
        # the total is rounded half-to-even once, at the end.
        whole = 0
        leftover = 0.0
        for value, factor in ((days, _US_PER_DAY), (seconds, _US_PER_SECOND),
                              (microseconds, 1), (milliseconds, 1000),
                              (minutes, 60 * _US_PER_SECOND),
                              (hours, 3600 * _US_PER_SECOND),
                              (weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                whole += int(value) * factor
            elif isinstance(value, float):
                if value != value:
                    raise ValueError("cannot convert float NaN to integer")
                if value in (float("inf"), float("-inf")):
                    raise OverflowError("cannot convert float infinity to integer")
                ip = int(value)
                frac = value - ip
                whole += ip * factor
                scaled = frac * factor
                sp = int(scaled)
                whole += sp
                leftover += scaled - sp
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (_TD_NAMES[factor], _cname(value)))
        if leftover:
            r = round(leftover)
            if abs(r - leftover) == 0.5 and (whole + r) % 2:
                r += 1 if leftover > r else -1
            whole += int(r)
        return _td_from_us(whole, cls)

    def _us_total(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    days = _Field("days")
    seconds = _Field("seconds")
    microseconds = _Field("microseconds")
    def total_seconds(self):
        return self._us_total() / _US_PER_SECOND

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        if not parts:
            parts.append("0")
        return "%s(%s)" % (_repr_name(self), ", ".join(parts))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    # Comparisons: only with other timedeltas; == with anything else is False.
    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us_total() == other._us_total()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us_total() != other._us_total()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us_total() < other._us_total()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us_total() <= other._us_total()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us_total() > other._us_total()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us_total() >= other._us_total()
        return NotImplemented

    # Arithmetic. Results are plain timedeltas, as in CPython.
    def __pos__(self):
        return _td_from_us(self._us_total())

    def __neg__(self):
        return _td_from_us(-self._us_total())

    def __abs__(self):
        return _td_from_us(abs(self._us_total()))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us_total() + other._us_total())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us_total() - other._us_total())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(other._us_total() - self._us_total())
        return NotImplemented

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._us_total() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _td_from_us(_round_half_even(self._us_total() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us_total() / other._us_total()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(_round_half_even(self._us_total() * (1 if other > 0 else -1),
                                                abs(other)))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            if num < 0:
                num, den = -num, -den
            return _td_from_us(_round_half_even(self._us_total() * den, num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us_total() // other._us_total()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(self._us_total() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(self._us_total() % other._us_total())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us_total(), other._us_total())
            return q, _td_from_us(r)
        return NotImplemented


_TD_NAMES = {_US_PER_DAY: "days", _US_PER_SECOND: "seconds", 1: "microseconds",
             1000: "milliseconds", 60 * _US_PER_SECOND: "minutes",
             3600 * _US_PER_SECOND: "hours", 7 * _US_PER_DAY: "weeks"}


def _td_from_us(us, cls=timedelta):
    days, rest = divmod(us, _US_PER_DAY)
    if not -999999999 <= days <= 999999999:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
    seconds, micro = divmod(rest, _US_PER_SECOND)
    self = object.__new__(cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = micro
    self._hashcode = -1
    return self


_ONE_DAY = _td_from_us(_US_PER_DAY)
timedelta.min = _td_from_us(-999999999 * _US_PER_DAY)
timedelta.max = _td_from_us(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _td_from_us(1)


# ------------------------------------------------------------ date

class date:
    """A date in the proleptic Gregorian calendar: year, month, day."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year=None, month=None, day=None):
        _check_present(year, month, day)
        year, month, day = _check_date(year, month, day)
        return _new_date(cls, year, month, day)

    # Other constructors.
    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        tm = _time.localtime(t)
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % _ord_to_ymd(n)[0])
        return cls(*_ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = None
        if len(date_string) in (7, 8, 10):
            try:
                ymd = _parse_iso_date(date_string)
            except ValueError:
                ymd = None
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    # Fields.
    year = _Field("year")
    month = _Field("month")
    day = _Field("day")
    # Conversions and formatting.
    def __repr__(self):
        return "%s(%d, %d, %d)" % (_repr_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAY_ABBR[wd - 1], _MONTH_ABBR[self._month],
                                            self._day, self._year)

    def strftime(self, format):
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % _cname(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd_to_ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        n = self.toordinal()
        monday = _iso_week1_monday(year)
        if n < monday:
            year -= 1
            monday = _iso_week1_monday(year)
        elif year < MAXYEAR and n >= _iso_week1_monday(year + 1):
            year += 1
            monday = _iso_week1_monday(year)
        week, day = divmod(n - monday, 7)
        return _IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))

    # Comparisons: a date compares with dates only (a datetime is not a
    # date for this purpose; see datetime's methods).
    def _cmp(self, other):
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        return 0 if a == b else (-1 if a < b else 1)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if self._comparable(other):
            return self._cmp(other) == 0
        return NotImplemented

    def __ne__(self, other):
        if self._comparable(other):
            return self._cmp(other) != 0
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    # Arithmetic: date ± timedelta (only its days count), date - date.
    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return _new_date(type(self), *_ord_to_ymd(n))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td_from_us((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented


def _new_date(cls, year, month, day):
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hashcode = -1
    return self


date.min = _new_date(date, 1, 1, 1)
date.max = _new_date(date, 9999, 12, 31)
date.resolution = _td_from_us(_US_PER_DAY)


class _IsoCalendarDate(tuple):
    """What date.isocalendar() returns: a (year, week, weekday) tuple whose
    items are also attributes."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            "datetime.IsoCalendarDate" if type(self) is _IsoCalendarDate else type(self).__name__,
            self[0], self[1], self[2])


def _from_iso_calendar(year, week, day):
    year = _index(year)
    week = _index(week)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        long_year = False
        if week == 53:
            first_wd = (_days_before_year(year) + 1 + 6) % 7
            long_year = first_wd == 3 or (first_wd == 2 and _is_leap(year))
        if not long_year:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    if not 1 <= n <= _MAX_ORDINAL:
        raise ValueError("Year is out of range: %d" % year)
    return _ord_to_ymd(n)


# ------------------------------------------------------------ ISO 8601 parsing

def _digits(s, i, n):
    # The int in s[i:i+n] when those are n ASCII digits, else ValueError.
    part = s[i:i + n]
    if len(part) != n or not all("0" <= c <= "9" for c in part):
        raise ValueError("not digits")
    return int(part)


def _parse_iso_date(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www, YYYYWww, YYYY-Www-D, YYYYWwwD.
    year = _digits(s, 0, 4)
    dashed = s[4:5] == "-"
    i = 5 if dashed else 4
    if s[i:i + 1] == "W":
        week = _digits(s, i + 1, 2)
        i += 3
        day = 1
        if i < len(s):
            if dashed:
                if s[i] != "-":
                    raise ValueError("bad week date")
                i += 1
            day = _digits(s, i, 1)
            i += 1
        if i != len(s):
            raise ValueError("trailing characters")
        return _from_iso_calendar(year, week, day)
    month = _digits(s, i, 2)
    i += 2
    if dashed:
        if s[i:i + 1] != "-":
            raise ValueError("bad date")
        i += 1
    day = _digits(s, i, 2)
    if i + 2 != len(s):
        raise ValueError("trailing characters")
    return year, month, day


def _parse_iso_time(s):
    # HH[:MM[:SS[.fff...]]] or HH[MM[SS[.fff...]]], then an optional Z or
    # ±HH[:MM[:SS[.ffffff]]]. Returns (hh, mm, ss, us, offset or None).
    tz = None
    for k, c in enumerate(s):
        if c in "+-Z":
            tzpart = s[k:]
            s = s[:k]
            tz = _parse_iso_offset(tzpart)
            break
    if not s:
        raise ValueError("empty time")
    hh = _digits(s, 0, 2)
    i = 2
    mm = ss = us = 0
    colons = s[2:3] == ":"
    fields = [0, 0]
    for f in range(2):
        if i >= len(s):
            break
        if colons:
            if s[i] != ":":
                raise ValueError("bad separator")
            i += 1
        elif s[i] == ":":
            raise ValueError("mixed separators")
        fields[f] = _digits(s, i, 2)
        i += 2
        if f == 1 and i < len(s):
            if s[i] not in ".,":
                raise ValueError("bad fraction")
            frac = s[i + 1:]
            if not frac or not all("0" <= c <= "9" for c in frac):
                raise ValueError("bad fraction")
            # Digits past the sixth are dropped (not rounded).
            us = int((frac + "00000")[:6])
            i = len(s)
    if i != len(s):
        raise ValueError("trailing characters")
    mm, ss = fields
    return hh, mm, ss, us, tz


def _parse_iso_offset(s):
    # The offset as a timedelta; the caller makes the timezone, outside its
    # "Invalid isoformat string" handler, so an offset of a day or more
    # gets timezone()'s own error as in CPython.
    if s == "Z":
        return _td_from_us(0)
    sign = -1 if s[0] == "-" else 1
    if s[0] not in "+-":
        raise ValueError("bad offset")
    hh, mm, ss, us, tz = _parse_iso_time(s[1:])
    if tz is not None:
        raise ValueError("bad offset")
    return _td_from_us(sign * (((hh * 60 + mm) * 60 + ss) * _US_PER_SECOND + us))


def _tz_from_offset(off):
    if off is None:
        return None
    if not off:
        return _UTC
    return timezone(off)


# ------------------------------------------------------------ tzinfo

class tzinfo:
    """Abstract base class for time zones: subclasses implement utcoffset(),
    dst() and tzname()."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        # The documented default: right for zones whose standard offset
        # never changes.
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, getattr(self, "__dict__", None) or None)


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % _cname(offset))
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _cname(name))
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        if name is None and not offset and cls is timezone and _UTC is not None:
            return _UTC
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        name = _repr_name(self)
        if self._name is None:
            return "%s(%r)" % (name, self._offset)
        return "%s(%r, %r)" % (name, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (what, _cname(dt)))

    def utcoffset(self, dt):
        self._check_arg(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        self._check_arg(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def dst(self, dt):
        self._check_arg(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_UTC = None
_UTC = timezone(_td_from_us(0))
timezone.utc = _UTC
UTC = _UTC
timezone.min = timezone(_td_from_us(-_US_PER_DAY + 60 * _US_PER_SECOND))
timezone.max = timezone(_td_from_us(_US_PER_DAY - 60 * _US_PER_SECOND))


# ------------------------------------------------------------ time

class time:
    """A time of day: hour, minute, second, microsecond, tzinfo, fold."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold",
                 "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        _check_tzinfo(tzinfo)
        return _new_time(cls, hour, minute, second, microsecond, tzinfo, fold)

    hour = _Field("hour")
    minute = _Field("minute")
    second = _Field("second")
    microsecond = _Field("microsecond")
    tzinfo = _Field("tzinfo")
    fold = _Field("fold")
    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string[1:] if time_string[:1] == "T" else time_string
        try:
            hh, mm, ss, us, tz = _parse_iso_time(s)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (time_string,)) from None
        # Out-of-range fields are the constructor's errors, not format errors.
        return cls(hh, mm, ss, us, _tz_from_offset(tz))

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utcoffset(self._tzinfo.utcoffset(None), "utcoffset")

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utcoffset(self._tzinfo.dst(None), "dst")

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % _cname(name))
        return name

    def __repr__(self):
        args = "%d, %d" % (self._hour, self._minute)
        if self._microsecond:
            args += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            args += ", %d" % self._second
        if self._tzinfo is not None:
            args += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            args += ", fold=1"
        return "%s(%s)" % (_repr_name(self), args)

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    __str__ = isoformat

    def strftime(self, format):
        tt = _build_struct_time(1900, 1, 1, self._hour, self._minute, self._second, -1)
        return _wrap_strftime(self, format, tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % _cname(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond,
                             self._tzinfo))

    def __bool__(self):
        return True

    def _cmp(self, other, raise_on_mixed):
        # -1, 0 or 1; None when one is naive and the other aware (for ==).
        if self._tzinfo is other._tzinfo:
            a = self._us_of_day()
            b = other._us_of_day()
        else:
            o1 = self.utcoffset()
            o2 = other.utcoffset()
            if (o1 is None) != (o2 is None):
                if raise_on_mixed:
                    raise TypeError("can't compare offset-naive and offset-aware times")
                return None
            a = self._us_of_day() - (o1._us_total() if o1 is not None else 0)
            b = other._us_of_day() - (o2._us_total() if o2 is not None else 0)
        return 0 if a == b else (-1 if a < b else 1)

    def _us_of_day(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND \
            + self._microsecond

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if off is None:
                self._hashcode = hash((self._hour, self._minute, self._second,
                                       self._microsecond))
            else:
                self._hashcode = hash(self._us_of_day() - off._us_total())
        return self._hashcode


def _new_time(cls, hour, minute, second, microsecond, tz, fold):
    self = object.__new__(cls)
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


time.min = _new_time(time, 0, 0, 0, 0, None, 0)
time.max = _new_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = _td_from_us(1)


# ------------------------------------------------------------ datetime

class datetime(date):
    """A date and a time of day together, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year=None, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        _check_present(year, month, day)
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        _check_tzinfo(tzinfo)
        return _new_datetime(cls, year, month, day, hour, minute, second, microsecond,
                             tzinfo, fold)

    hour = _Field("hour")
    minute = _Field("minute")
    second = _Field("second")
    microsecond = _Field("microsecond")
    tzinfo = _Field("tzinfo")
    fold = _Field("fold")
    # Other constructors.
    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            if t in (float("inf"), float("-inf")):
                raise OverflowError("timestamp out of range for platform time_t")
            frac, whole = _math.modf(t)
            us = round(frac * 1e6)
            whole = int(whole)
            if us >= 1000000:
                whole += 1
                us -= 1000000
            elif us < 0:
                whole -= 1
                us += 1000000
        else:
            whole = _index(t)
            us = 0
        if not -(1 << 63) <= whole < (1 << 63):
            raise OverflowError("timestamp out of range for platform time_t")
        if utc:
            # UTC needs no C library: the epoch plus whole seconds.
            n, secs = divmod(whole, 86400)
            n += _EPOCH_ORDINAL
            if not 1 <= n <= _MAX_ORDINAL:
                raise ValueError("year %d is out of range" % _ord_to_ymd(n)[0])
            y, m, d = _ord_to_ymd(n)
            hh, rest = divmod(secs, 3600)
            mm, ss = divmod(rest, 60)
        else:
            tm = _time.localtime(whole)
            y, m, d, hh, mm, ss = tm[:6]
            ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None and utc:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._from_timestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % _cname(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % _cname(time))
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        try:
            # The date part is 10 (YYYY-MM-DD), 8 (YYYYMMDD or YYYY-Www)
            # or 7 (YYYYWww) characters; "YYYY-Www-D" is 10, "YYYYWwwD" 8.
            if len(s) >= 5 and s[4] == "-":
                dlen = 10 if s[5:6] != "W" or s[8:9] == "-" else 8
            else:
                dlen = 8 if s[4:5] != "W" or len(s) == 8 or (len(s) > 8 and
                                                              "0" <= s[7] <= "9") else 7
            ymd = _parse_iso_date(s[:dlen])
            rest = s[dlen:]
            if rest:
                # Any one character separates the date from the time.
                hh, mm, ss, us, tz = _parse_iso_time(rest[1:])
            else:
                hh = mm = ss = us = 0
                tz = None
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None
        return cls(*ymd, hh, mm, ss, us, _tz_from_offset(tz))

    @classmethod
    def strptime(cls, date_string, format):
        fields, tz = _strptime(date_string, format)
        return cls(*fields, tzinfo=tz)

    # Parts and conversions.
    def date(self):
        return _new_date(date, self._year, self._month, self._day)

    def time(self):
        return _new_time(time, self._hour, self._minute, self._second, self._microsecond,
                         None, self._fold)

    def timetz(self):
        return _new_time(time, self._hour, self._minute, self._second, self._microsecond,
                         self._tzinfo, self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utcoffset(self._tzinfo.utcoffset(self), "utcoffset")

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utcoffset(self._tzinfo.dst(self), "dst")

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % _cname(name))
        return name

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        t = self
        if off is not None:
            t = self - off
        return _build_struct_time(t._year, t._month, t._day, t._hour, t._minute,
                                  t._second, 0)

    def _local_timestamp(self):
        # Seconds since the epoch of this naive local time, by the C library.
        tt = (self._year, self._month, self._day, self._hour, self._minute, self._second,
              0, 1, -1)
        return int(_time.mktime(tt))

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_timestamp() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        if tz is None:
            # The local zone, as a fixed offset, at this instant.
            whole = _math.floor(self.timestamp())
            tm = _time.localtime(whole)
            tz = timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % _cname(tz))
        off = self.utcoffset()
        if off is None:
            # A naive datetime is taken to be local time.
            ts = self._local_timestamp()
            local = _time.localtime(ts)
            off = timedelta(seconds=local.tm_gmtoff)
        if self._tzinfo is tz:
            return self
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def __repr__(self):
        args = "%d, %d, %d, %d, %d" % (self._year, self._month, self._day, self._hour,
                                       self._minute)
        if self._microsecond:
            args += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            args += ", %d" % self._second
        if self._tzinfo is not None:
            args += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            args += ", fold=1"
        return "%s(%s)" % (_repr_name(self), args)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % _cname(sep))
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond,
                          timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_ABBR[wd - 1], _MONTH_ABBR[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def strftime(self, format):
        return _wrap_strftime(self, format, self.timetuple())

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))

    # Comparisons. A datetime never equals a plain date, and ordering them
    # is an error; naive and aware datetimes are never equal, and ordering
    # them is an error too.
    def _us_naive(self):
        return (self.toordinal() * 86400 + (self._hour * 60 + self._minute) * 60
                + self._second) * _US_PER_SECOND + self._microsecond

    def _cmp(self, other, raise_on_mixed):
        if self._tzinfo is other._tzinfo:
            a = self._us_naive()
            b = other._us_naive()
        else:
            o1 = self.utcoffset()
            o2 = other.utcoffset()
            if (o1 is None) != (o2 is None):
                if raise_on_mixed:
                    raise TypeError("can't compare offset-naive and offset-aware datetimes")
                return None
            a = self._us_naive() - (o1._us_total() if o1 is not None else 0)
            b = other._us_naive() - (o2._us_total() if o2 is not None else 0)
        return 0 if a == b else (-1 if a < b else 1)

    def _order(self, other):
        # The comparison result for <, <=, >, >=, or NotImplemented.
        if isinstance(other, datetime):
            return self._cmp(other, True)
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_cname(self), _cname(other)))
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        c = self._order(other)
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._order(other)
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset() if self._tzinfo is not None else None
            if off is None:
                self._hashcode = hash((self._us_naive(), None))
            else:
                self._hashcode = hash((self._us_naive() - off._us_total(), None))
        return self._hashcode

    # Arithmetic.
    def __add__(self, other):
        if isinstance(other, timedelta):
            us = self._us_naive() + other._us_total()
            return _datetime_from_us(type(self), us, self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _datetime_from_us(type(self), self._us_naive() - other._us_total(),
                                     self._tzinfo)
        if isinstance(other, datetime):
            a = self._us_naive()
            b = other._us_naive()
            if self._tzinfo is not other._tzinfo:
                o1 = self.utcoffset()
                o2 = other.utcoffset()
                if (o1 is None) != (o2 is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if o1 is not None:
                    a -= o1._us_total()
                    b -= o2._us_total()
            return _td_from_us(a - b)
        return NotImplemented

    def __rsub__(self, other):
        return NotImplemented


def _new_datetime(cls, year, month, day, hour, minute, second, microsecond, tz, fold):
    self = object.__new__(cls)
    self._year = year
    self._month = month
    self._day = day
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _datetime_from_us(cls, us, tz):
    days, us = divmod(us, _US_PER_DAY)
    if not 1 <= days <= _MAX_ORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _ord_to_ymd(days)
    secs, us = divmod(us, _US_PER_SECOND)
    hh, secs = divmod(secs, 3600)
    mm, ss = divmod(secs, 60)
    return _new_datetime(cls, y, m, d, hh, mm, ss, us, tz, 0)


_date_class = date
_time_class = time
_EPOCH_ORDINAL = _ymd_to_ord(1970, 1, 1)
_EPOCH = _new_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC, 0)
datetime.min = _new_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _new_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = _td_from_us(1)


# ------------------------------------------------------------ strptime

_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# The regular expression each directive matches (the C locale's names).
_DIRECTIVES = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "a": "(?P<a>" + "|".join(sorted((d[:3] for d in _DAY_NAMES), key=len, reverse=True)) + ")",
    "A": "(?P<A>" + "|".join(sorted(_DAY_NAMES, key=len, reverse=True)) + ")",
    "b": "(?P<b>" + "|".join(_MONTH_ABBR[1:]) + ")",
    "B": "(?P<B>" + "|".join(sorted(_MONTH_NAMES[1:], key=len, reverse=True)) + ")",
    "p": r"(?P<p>am|pm)",
    "Z": r"(?P<Z>utc|gmt)",
    "%": "%",
}
_DIRECTIVES["h"] = _DIRECTIVES["b"].replace("P<b>", "P<h>")

_strptime_cache = {}


def _strptime_regex(format):
    import re
    pattern = _strptime_cache.get(format)
    if pattern is not None:
        return pattern
    out = []
    seen = set()
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        i += 1
        if c == "%":
            if i == n:
                raise ValueError("stray %% in format %r" % format)
            d = format[i]
            i += 1
            rx = _DIRECTIVES.get(d)
            if rx is None:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
            if d in seen and d != "%":
                # A repeated directive must match the same text again.
                rx = "(?P=%s)" % d
            seen.add(d)
            out.append(rx)
        elif c.isspace():
            while i < n and format[i].isspace():
                i += 1
            out.append(r"\s+")
        else:
            out.append(re.escape(c))
    pattern = re.compile("".join(out), re.IGNORECASE)
    _strptime_cache[format] = pattern
    return pattern


def _strptime(data_string, format):
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (index + 1, _cname(arg)))
    regex = _strptime_regex(format)
    found = regex.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    g = found.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = fraction = 0
    tz = None
    julian = None
    weekday = None
    if g.get("y") is not None:
        # POSIX: 69-99 are 1969-1999, 00-68 are 2000-2068.
        year = int(g["y"])
        year += 1900 if year >= 69 else 2000
    if g.get("Y") is not None:
        year = int(g["Y"])
    if g.get("m") is not None:
        month = int(g["m"])
    for key in ("b", "h"):
        if g.get(key) is not None:
            month = [m.lower() for m in _MONTH_ABBR].index(g[key].lower())
    if g.get("B") is not None:
        month = [m.lower() for m in _MONTH_NAMES].index(g["B"].lower())
    if g.get("d") is not None:
        day = int(g["d"])
    if g.get("H") is not None:
        hour = int(g["H"])
    if g.get("I") is not None:
        hour = int(g["I"])
        ampm = (g.get("p") or "").lower()
        if ampm == "pm":
            hour = 12 if hour == 12 else hour + 12
        elif hour == 12:
            hour = 0
    if g.get("M") is not None:
        minute = int(g["M"])
    if g.get("S") is not None:
        second = int(g["S"])
    if g.get("f") is not None:
        fraction = int((g["f"] + "00000")[:6])
    if g.get("a") is not None:
        weekday = [d[:3].lower() for d in _DAY_NAMES].index(g["a"].lower())
    if g.get("A") is not None:
        weekday = [d.lower() for d in _DAY_NAMES].index(g["A"].lower())
    if g.get("j") is not None:
        julian = int(g["j"])
    if g.get("z") is not None:
        z = g["z"]
        if z.upper() == "Z":
            off = 0
        else:
            sign = -1 if z[0] == "-" else 1
            body = z[1:].replace(":", "")
            hh = int(body[0:2])
            mm = int(body[2:4])
            ss = int(body[4:6]) if len(body) >= 6 else 0
            frac = body[7:] if len(body) > 7 else ""
            us = int((frac + "00000")[:6]) if frac else 0
            off = sign * ((hh * 3600 + mm * 60 + ss) * _US_PER_SECOND + us)
        tz = timezone(_td_from_us(off))
    if second == 60 or second == 61:
        second = 59
    if julian is not None and g.get("m") is None and g.get("d") is None \
            and g.get("b") is None and g.get("B") is None:
        if not 1 <= year <= MAXYEAR:
            raise ValueError("year %d is out of range" % year)
        n = _ymd_to_ord(year, 1, 1) + julian - 1
        year, month, day = _ord_to_ymd(n)
    return (year, month, day, hour, minute, second, fraction), tz


_OUR_CLASSES = (date, datetime, time, timedelta, timezone, tzinfo)

# CPython's datetime types are C types named "datetime.date" etc.; the core's
# error messages use that name.
if hasattr(sys, "_set_type_cname"):
    for _cls in _OUR_CLASSES:
        sys._set_type_cname(_cls, "datetime." + _cls.__name__)
    del _cls
