# %-formatting: every conversion, flags, width/precision, * widths, tuples and dicts.
print("%d %i %u" % (42, -42, 7))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
print("%f %.2f %10.3f %-10.1f| %e %E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.00012, 0.00001, 1e20))
print("%s %r %a" % ("str", "str", "caf\u00e9"))
print("%c%c%c" % (72, "i", 33))
print("%%literal %s%%" % 50)
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 25})
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (None, True))
print("%.3s|%10.2s|" % ("abcdef", "xyz"))
print("%d" % 3.99, "%x" % -255, "%o" % -8, "%d" % 2**70)
print("%5.1f%%" % 99.44)
for bad in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", (1,))]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
