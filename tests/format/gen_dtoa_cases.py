#!/usr/bin/env python3
"""Writes tests/unit/dtoa_cases.inc: python3's answers for repr(float),
float(str), round(x, n), hash(x) and float // and %, which
tests/unit/test_dtoa.c checks src/runtime/dtoa.c against.

    python3 tests/format/gen_dtoa_cases.py

The tables are fixed by a seeded generator, so re-running it on the same
Python gives the same file.
"""
import math
import pathlib
import random
import struct
import sys
from decimal import Decimal, getcontext

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from common import HEADER, bits, cstr, from_bits  # noqa: E402

rng = random.Random(20240531)
getcontext().prec = 2000


def finite(x):
    return not (math.isinf(x) or math.isnan(x))


def repr_values():
    vals = []
    while len(vals) < 6000:
        x = from_bits(rng.getrandbits(64))
        if finite(x):
            vals.append(x)
    vals += [rng.random() for _ in range(3000)]
    vals += [rng.randrange(10 ** rng.randrange(1, 17)) / 10 ** rng.randrange(0, 20)
             for _ in range(2000)]
    vals += [from_bits(rng.getrandbits(52)) for _ in range(1000)]  # subnormals
    vals += [from_bits(b) for b in range(1, 40)]
    for e in range(-323, 309):
        x = float("1e%d" % e)
        vals += [x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
    for e in range(-1074, 1024):
        x = math.ldexp(1.0, e)
        vals += [x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
    vals += [2.0 ** 53 + k for k in range(-20, 40, 2)]
    vals += [2.0 ** 50 + k / 4 for k in range(40)]
    vals += [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 2.675, 1.005, 5e-324, 1.7976931348623157e308,
             2.2250738585072014e-308, 2.225073858507201e-308, 9007199254740993.0,
             123456789012345678.0, 1e15, 1e16, 1e17, 9999999999999998.0, 0.0001, 0.00001,
             0.00009999999999999999, 1e-4, 1e-5, 12345678901234567890.0]
    vals += [-v for v in vals[:500]]
    vals += [0.0, -0.0, math.inf, -math.inf, math.nan]
    return vals


def parse_inputs(vals):
    cases = []
    for x in vals[:4000:2]:
        if not finite(x):
            continue
        cases.append(repr(x))
        cases.append("%.17e" % x)
        if rng.random() < 0.5:
            cases.append("%.25g" % x)
    # Exact midpoints between neighbouring doubles, and just off them: the
    # hard cases for correct rounding (and long inputs for the sticky digit).
    for i in range(500):
        x = abs(from_bits(rng.getrandbits(64)))
        if not finite(x) or x == 0:
            continue
        y = math.nextafter(x, math.inf)
        if not finite(y):
            continue
        mid = (Decimal(x) + Decimal(y)) / 2
        s = format(mid, "f") if abs(mid.adjusted()) < 30 else format(mid, "e")
        cases.append(s)
        mant, _, exp = s.partition("e")
        if "." not in mant:
            mant += "."
        if i % 5 == 0:
            cases.append(mant + "0" * 900 + "1" + ("e" + exp if exp else ""))
        cases.append(mant + "0" * 10 + ("e" + exp if exp else ""))
    for _ in range(300):
        x = rng.random() * 10 ** rng.randrange(-5, 20)
        mid = (Decimal(x) + Decimal(math.nextafter(x, math.inf))) / 2
        cases.append(format(mid, "f"))
    for _ in range(1500):
        n = rng.randrange(1, 40)
        digits = "".join(rng.choice("0123456789") for _ in range(n))
        point = rng.randrange(0, n + 1)
        s = digits[:point] + "." + digits[point:]
        if rng.random() < 0.7:
            s += rng.choice("eE") + rng.choice(["", "+", "-"]) + str(rng.randrange(0, 340))
        if rng.random() < 0.3:
            s = rng.choice("+-") + s
        cases.append(s)
    cases += ["1_0", "1__0", "_1", "1_", "1_.5", "1._5", "1.5_", "1e1_0", "1e_10", "1e10_",
              "1_e10", ".5", "5.", ".", "e5", "1e", "1e+", "+1.5", " -1.5 ", "\t1\n", "1\x1c",
              "1\x0b", "1\x0c", "\x1f1", "1\x85", "\xa01", "1\u2003", "1\u3000", "1\u200b",
              "\u20281\u2029", "\u202f1\u205f", "\u16801", "\u200a1\u2000", "inf", "-Infinity",
              "+nAn", "-nan", "nan", "NaN", "iNF", "infinit", "infinityy", "nan1", "in f", "1e999",
              "-1e999", "1e-999", "0x10", "1.5j", "", "   ", "+", "-", "++1", "+-1", "1 0",
              "0001.5", "00", "-0", "-0.0", "+0e5", "1_000_000.000_1", "1e+0_1", "1.e5",
              "1.5E-3", "\x851", "1e99999999999999999999999", "1e-99999999999999999999",
              "0e99999999999999999999999", "0." + "0" * 400 + "1e400", "1" + "0" * 400 + "e-400",
              "2.4703282292062327e-324", "2.4703282292062328e-324", "4.9406564584124654e-324",
              "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
              "2.2250738585072011e-308", "2.2250738585072012e-308", "9007199254740993",
              "9007199254740992.5", "9007199254740993.0000000001", "123456789012345678901234567890",
              "0.1e1", "1.", "1.e", "e", "E1", "1e1.5", "1.5.5", "--1", "nan(123)", "infinity\0",
              "1\0", "1e1_", "1_2_3.4_5e6_7", "+.5", "-.5e-3", ".e1", "_", "1 ", " 1", "\u00a0",
              "1e-0", "1e+00000000000000000000000001"]
    return cases


def parse_expect(s):
    try:
        x = float(s)
    except ValueError:
        return None
    return x


def main():
    vals = repr_values()
    out = [HEADER % ("gen_dtoa_cases.py", "gen_dtoa_cases.py")]

    out.append("static const ReprCase repr_cases[] = {")
    for x in vals:
        out.append("    {%s, %s}," % (bits(x), cstr(repr(x))))
    out.append("};")

    out.append("static const ParseCase parse_cases[] = {")
    for s in parse_inputs(vals):
        b = s.encode("utf-8")
        x = parse_expect(s)
        if x is None:
            out.append("    {%s, %d, 0, 0}," % (cstr(b), len(b)))
        else:
            kind = 2 if math.isnan(x) else 1
            out.append("    {%s, %d, %d, %s}," % (cstr(b), len(b), kind, bits(x)))
    out.append("};")

    out.append("static const RoundCase round_cases[] = {")
    rvals = vals[:1500:3] + [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1e300,
                             1.7976931348623157e308, 5e-324, 0.0, -0.0, 123456.789, -987.654321,
                             1e22, 1e23, 4.35, 0.285, 1.15]
    ndigits = [-400, -309, -308, -307, -300, -20, -5, -2, -1, 0, 1, 2, 3, 5, 10, 15, 17, 20,
               100, 300, 322, 323, 324, 400]
    for x in rvals:
        if not finite(x):
            continue
        for n in rng.sample(ndigits, 6) + [0, 1, 2, -1]:
            try:
                r = round(x, n)
                out.append("    {%s, %d, 0, %s}," % (bits(x), n, bits(r)))
            except OverflowError:
                out.append("    {%s, %d, 1, 0}," % (bits(x), n))
    out.append("};")

    out.append("static const HashCase hash_cases[] = {")
    hvals = vals[:3000:3] + [float(i) for i in range(-5, 6)] + [0.5, -0.5, 2.0 ** 61, 2.0 ** 62,
                                                                -(2.0 ** 61), 2.0 ** -61,
                                                                2.0 ** 60 * 3, 1e308, 5e-324]
    for x in hvals:
        if math.isnan(x):
            continue
        out.append("    {%s, INT64_C(%d)}," % (bits(x), hash(x)))
    out.append("};")

    out.append("static const IntHashCase int_hash_cases[] = {")
    ivals = [0, 1, -1, -2, 2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 63 - 1, -2 ** 63,
             -2 ** 63 + 1, -(2 ** 61 - 1), -(2 ** 61), -(2 ** 61) - 1, 2 ** 61 + 1]
    ivals += [rng.randrange(-2 ** 63, 2 ** 63) for _ in range(300)]
    for i in ivals:
        literal = "INT64_MIN" if i == -2 ** 63 else "INT64_C(%d)" % i
        out.append("    {%s, INT64_C(%d)}," % (literal, hash(i)))
    out.append("};")

    out.append("static const DivCase div_cases[] = {")
    specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 3.0, -3.0, 7.5, -7.5, 1e300, -1e300, 5e-324,
                -5e-324, math.inf, -math.inf, math.nan, 0.1, -0.1, 1e-300]
    pairs = [(a, b) for a in specials for b in specials]
    for _ in range(1500):
        a = rng.uniform(-1000, 1000) * 10 ** rng.randrange(-10, 10)
        b = rng.uniform(-100, 100) * 10 ** rng.randrange(-10, 10)
        pairs.append((a, b))
    for _ in range(300):
        a, b = from_bits(rng.getrandbits(64)), from_bits(rng.getrandbits(64))
        pairs.append((a, b))
    for a, b in pairs:
        if b == 0:
            continue
        q, m = divmod(a, b)
        out.append("    {%s, %s, %s, %s}," % (bits(a), bits(b), bits(q), bits(m)))
    out.append("};")

    path = pathlib.Path(__file__).resolve().parents[2] / "tests/unit/dtoa_cases.inc"
    path.write_text("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
