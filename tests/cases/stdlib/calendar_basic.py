# calendar: leap years, weekdays, month ranges, names, text calendars.
import calendar

def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error:", r)

print([y for y in range(1896, 1912) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100))
print(calendar.leapdays(2000, 2025), calendar.leapdays(1900, 1901), calendar.leapdays(2025, 2000))
print(calendar.weekday(2024, 7, 4), calendar.weekday(1, 1, 1), calendar.weekday(10000, 1, 1), calendar.weekday(1970, 1, 1))
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2000, 2), (2024, 12), (2024, 4), (2025, 6)]:
    print(y, m, calendar.monthrange(y, m))
print(list(calendar.month_name), list(calendar.month_abbr), len(calendar.month_name))
print(list(calendar.day_name), list(calendar.day_abbr), calendar.day_name[0], calendar.month_name[-1], calendar.month_abbr[1:4])
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday(), calendar.mdays)
print(calendar.monthcalendar(2024, 2))
print(calendar.monthcalendar(2025, 6))
print(calendar.timegm((2024, 7, 4, 12, 30, 15, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm((1970, 1, 1, 0, 0, 0)))
print(calendar.month(2024, 2))
print(calendar.month(2025, 9, 3, 2))
print(calendar.month(2024, 12, w=9))
print(calendar.weekheader(2), "|", calendar.weekheader(3), "|", calendar.weekheader(9))
cal = calendar.Calendar(firstweekday=6)
print(list(cal.iterweekdays()), cal.firstweekday, cal.getfirstweekday())
print(cal.monthdayscalendar(2024, 3))
print(cal.monthdays2calendar(2024, 3)[0])
print(cal.monthdatescalendar(2024, 3)[0], len(cal.monthdatescalendar(2024, 3)))
print(list(cal.itermonthdays3(2024, 1))[:3], list(cal.itermonthdays4(2024, 1))[-2:])
print(calendar.TextCalendar(6).formatmonth(2024, 3))
calendar.prmonth(2023, 1)
print(calendar.calendar(2024))
print(calendar.TextCalendar(calendar.SUNDAY).formatyear(2025, 3, 1, 2, 4))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 2)[0])
calendar.setfirstweekday(0)
err(lambda: calendar.monthrange(2024, 13))
err(lambda: calendar.monthrange(2024, 0))
err(lambda: calendar.setfirstweekday(7))
err(lambda: calendar.weekday(2024, 2, 30))
print(issubclass(calendar.IllegalMonthError, ValueError), calendar.error is ValueError)
