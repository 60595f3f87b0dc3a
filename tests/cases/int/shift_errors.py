# Shift by a negative count raises ValueError; huge shifts of zero are fine.
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -5
except ValueError as e:
    print("ValueError:", e)
print(0 << 10**6, 0 >> 10**6, -1 >> 10**6)
print(1 >> 10**20)
