# fractions: construction (ints, floats, strings), exact arithmetic, mixed float arithmetic, hashing, rounding, limit_denominator, errors
from fractions import Fraction as F
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: (F(), F(3), F(3, 4), F(-6, 4), F(6, -4), F(1.5), F('3/4'), F(' -1.5e3 '), F('1_000'), F('.5'), F('5.'), F(F(1,2), F(1,3))))
t(lambda: F(1, 0)); t(lambda: F('abc')); t(lambda: F(1.5, 2)); t(lambda: F([])); t(lambda: F(float('nan'))); t(lambda: F(float('inf'))); t(lambda: F('1/0')); t(lambda: F('3/-4')); t(lambda: F('1e'))
a, b = F(1, 3), F(3, 4)
t(lambda: (a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), a ** 2, a ** -2, b ** F(1, 2), 2 ** F(3), 2 ** F(1,2), F(4) ** F(1, 2), a + 1, 1 - a, a * 1.5, 0.5 / a, a == F(2, 6), a < b, a < 0.4, a == 1/3, a > 0, abs(-a), -a, +a))
t(lambda: (str(a), str(F(4, 2)), repr(F(4,2)), float(a), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 100), 1), round(F(1, 3), 2), F(7, 2).__floor__(), F(7, 2).__ceil__(), F(-7,2).__trunc__(), bool(F(0))))
t(lambda: (hash(F(1, 2)) == hash(0.5), hash(F(1, 3)), hash(F(-1, 3)), hash(F(2)), hash(F(1, 2**61 - 1)), hash(F(-1, 1))))
t(lambda: (F(3.141592653589793).limit_denominator(1000), F('3.1415926535897932').limit_denominator(100), F(1, 3).limit_denominator(2), F(5, 10).limit_denominator(1)))
t(lambda: F(1,3).limit_denominator(0))
t(lambda: (F(1,2).numerator, F(1,2).denominator, F(3,4).as_integer_ratio(), F.from_float(0.1), F(1, 3).real, F(1,3).imag, F(1,3).conjugate()))
t(lambda: a / 0); t(lambda: a // 0); t(lambda: F(0) ** -1); t(lambda: format(a, '')); t(lambda: format(a, '.2f')); t(lambda: sorted([F(1,2), 0.3, 1, F(1,3)])); t(lambda: sum([F(1,3)]*3))
t(lambda: (F(1,3) < 1, F(7, 3) % 1, -F(7,3) // 1, F(7,3) % -1, max(F(1,2), 0.6), F(10**30, 3)))
t(lambda: F(1.1).limit_denominator()); t(lambda: {F(1,2): 1}[0.5]); t(lambda: F('  3  ')); t(lambda: F('+3/4')); t(lambda: F(3, True)); t(lambda: F(True))
import math, numbers
t(lambda: (math.floor(F(7,2)), math.ceil(F(7,2)), math.trunc(F(-7,2)), isinstance(F(1), numbers.Rational), isinstance(1.5, numbers.Real), isinstance(3, numbers.Integral), isinstance(3, numbers.Number), isinstance('x', numbers.Number)))
t(lambda: (F(-3, 7) ** 3, F(-3, 7) ** -3, F(2, 3) ** 0, (-8) ** F(1, 3) if False else 0, 4 ** F(-1), F(9, 4) ** 0.5))
