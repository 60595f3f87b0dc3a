# math module functions whose results are exactly representable or well-defined.
import math
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.floor(2.5), math.ceil(2.1), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.pow(2, 10), math.exp(0), math.log(1), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.pi, math.e, math.tau)
print(math.sin(0), math.cos(0), math.atan2(1, 1) * 4 == math.pi)
print(math.hypot(3, 4), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.factorial(25), math.comb(10, 3), math.perm(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.degrees(math.pi), math.radians(180))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.gcd(48, 180), math.isqrt(17))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
