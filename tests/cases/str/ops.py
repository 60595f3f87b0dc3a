# String operators: +, *, comparisons, in, ord ordering, immutability error.
a, b = "apple", "banana"
print(a + b, a * 3, 3 * "ab", "x" * 0, "x" * -2, a < b, a > b, a == "apple", a != b)
print("a" < "b" < "c", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "\u00e9" > "z")
print(sorted(["banana", "Apple", "cherry", "apple", "\u00e9clair", "Banana", ""]))
print(min("hello"), max("hello"), "ll" in "hello", "lo" + "w" in "hello world")
try:
    a[0] = "A"
except TypeError as e:
    print("TypeError:", e)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * "y"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
