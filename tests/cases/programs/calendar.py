# Date arithmetic by hand: leap years, day of week (Zeller), month calendars, days between dates.
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
def leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in(y, m):
    return [31, 29 if leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7  # 0 = Monday
def ordinal(y, m, d):
    y1 = y - 1
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + sum(days_in(y, i) for i in range(1, m)) + d
def month_calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2}" for d in range(1, days_in(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(month_calendar(2024, 2))
print()
print(month_calendar(2000, 1))
print([y for y in range(1896, 1920) if leap(y)], leap(2000), leap(1900))
names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
for date in [(1969, 7, 20), (2000, 1, 1), (1970, 1, 1), (2038, 1, 19), (1582, 10, 15)]:
    print(date, names[weekday(*date)], ordinal(*date))
print("days 1970-01-01 .. 2000-01-01:", ordinal(2000, 1, 1) - ordinal(1970, 1, 1))
fri13 = [(y, m) for y in range(2020, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday 13ths:", fri13)
assert all((ordinal(y, 1, 1) - ordinal(1, 1, 1)) % 7 == weekday(y, 1, 1) for y in range(1, 3000))
print("weekday and ordinal agree for years 1..2999")
