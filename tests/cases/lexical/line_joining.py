# Explicit backslash continuation and implicit joining inside brackets.
x = 1 + \
    2 + \
    3
print(x)
y = (1 +
     2 +
     3)
print(y)
z = [
    1,
    2,
    3,
]
print(z)
d = {
    "a": 1,
    "b": 2,
}
print(d)
def f(a,
      b,
      c):
    return a + b + c
print(f(1,
        2,
        3))
if x == 6 and \
   y == 6:
    print("both six")
t = 1, \
    2
print(t)
