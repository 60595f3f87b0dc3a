# String indexing and slicing: negative indices, steps, out-of-range, reversal.
s = "0123456789"
print(s[0], s[-1], s[5], s[-10])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1])
print(s[100:], s[-100:3], s[3:100], s[5:5], s[6:2])
print(s[1:9:3], s[-1:-11:-4], s[::100], s[::-100])
u = "h\u00e9llo \u4e16\u754c!"
print(u[1], u[-2], u[6:8], u[::-1], len(u))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
