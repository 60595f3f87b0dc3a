x = 1234567.891
n = -42
s = "hi"
print(f"{x}|{x:.2f}|{x:,.2f}|{x:_.3f}|{x:e}|{x:.3E}|{x:g}|{x:.3g}|{x:%}|{x:.1%}")
print(f"{n}|{n:5}|{n:<5}|{n:^7}|{n:>5}|{n:+}|{n: }|{42: }|{42:+}|{n:=8}|{n:08}|{n:x}|{n:#x}|{n:#o}|{n:#b}")
print(f"{255:x}|{255:X}|{255:#X}|{255:o}|{255:b}|{255:08b}|{255:#010b}|{255:c}|{97:c}|{1234567:,}|{1234567:_}|{1234567:_x}|{0xdeadbeef:_X}")
print(f"{s:>5}|{s:<5}|{s:^6}|{s:*^6}|{s:.1}|{s:5.1}|{s!r}|{s!s}|{s!a}|{'é'!a}")
print(f"{3.14159:10.3f}|{3.14159:<10.3f}|{3.14159:^10.3f}|{3.14159:+.2f}|{-3.14159:.0f}|{2.5:.0f}|{3.5:.0f}|{0.5:.0f}")
w, p = 10, 3
print(f"{x:{w}.{p}f}|{x:>{w}}|{s:{'*'}^{w}}")
print(f"{x=}", f"{n = }", f"{s=!s}", f"{x=:.1f}", f"{1+1=}")
print(f"{{literal}}", f"{'nested' + '!'}", f"{[1,2,3]}", f"{dict(a=1)}", f"{(1,2)}")
print(f"{1e20:f}|{1e-5:f}|{1e-5}|{1e16}|{1.5e300*1e10}|{-1e400}|{float('nan')}|{float('nan'):f}|{float('inf'):10.2f}|")
print(f"{123.456:012.4f}|{-123.456:012.4f}|{123.456:+012.2f}|{0.000123:.2e}|{123456789:e}|{12345:.2g}|{0.0001234:g}|{1e-5:g}|{100000.0:g}|{1e6:g}")
print(f"{True}|{True:d}|{None}|{None!r}|{3:.2f}|{3:e}|{3:%}|{10:n}|{1.5:n}")
print(f"{1234.5:,}|{1234.5:_}|{-0.0}|{-0.0:.1f}|{0.1+0.2}|{1/3}|{2/3:.20f}")
print(f"{'abc':=^9}|{'x':0>4}|{7:0<4}|{-7:0>4}|{7:*=+6}")
print(f"{12:#06x}|{-12:#06x}|{12:+#x}")
import math
print(f"{math.pi:.15f}|{math.e:.10g}|{math.pi*1e10:.4e}")
print(f"{1e100:.3}|{123.0:.3}|{0.1:.3}|{1234.0:.3}|{1e-10:.2}")
print(f"{'left':<{w}}|{'right':>{w}}|")
def fmt(v, spec):
    return f"{v:{spec}}"
for spec in ["", "10", "<10", ">10", "^10", "+", "-", " ", ",", "_", ".3", "10.3", "e", "g", "%", "0=10", "x<10"]:
    try:
        print(spec, "->", repr(fmt(3.25, spec)), repr(fmt(1000, spec)) if "." not in spec and spec not in ("e","g","%") else "")
    except (ValueError, TypeError) as e:
        print(spec, "error", type(e).__name__, e)
for bad in ["d", "x", "c", "b"]:
    try:
        print(fmt(1.5, bad))
    except ValueError as e:
        print("ValueError:", e)
for bad in ["d", "f", ","]:
    try:
        print(fmt("s", bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(f"{1:,_}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{'a':=5}")
except ValueError as e:
    print("ValueError:", e)
