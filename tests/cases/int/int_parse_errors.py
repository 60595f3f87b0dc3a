# int() parse errors and their exact ValueError messages.
for s, base in [("abc", 10), ("", 10), ("1.5", 10), ("12a", 16), ("0x", 16), ("1__0", 10),
                ("_1", 10), ("1_", 10), ("08", 0), ("2", 2), ("  ", 10), ("0b2", 0), ("- 1", 10)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(10, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
