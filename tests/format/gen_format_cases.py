#!/usr/bin/env python3
"""Writes tests/unit/format_cases.inc: python3's format(x, spec) for floats,
ints and strs over a grid of specs (hand-picked and random), and its
printf-style % results, which tests/unit/test_format.c checks
src/runtime/format.c against.

    python3 tests/format/gen_format_cases.py

Seeded: re-running on the same Python gives the same file.
"""
import math
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from common import HEADER, bits, cstr, outcome  # noqa: E402

rng = random.Random(515)

FILLS = ["*", "0", "x", " ", "\u00e9", "\u20ac", "\U0001F600", "<", "=", "_", ","]

FLOAT_VALUES = [0.0, -0.0, math.inf, -math.inf, math.nan, -math.nan, 1.0, -1.0, 1.5, -1.5, 0.5,
                2.5, 0.125, 0.375, 9.995, 2.675, 1234567.891, -1234567.891, 1e-7, -1e-7, 1e-5,
                1e-4, 0.0001234, 1e16, 1e15, 1e22, 1e23, 123456789012345678.0, 1e300, -1e300,
                5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 0.3, 1 / 3,
                -2 / 3, 100.0, 999.9999, 99999.5, 0.00001234, 12345.0, 1e100, 3.14159265358979,
                -0.000999, 6.02214076e23, 1e-320, 12.0, 1234.5]

INT_VALUES = [0, 1, -1, 7, -7, 12, -12, 65, 255, -255, 1000, 1234567, -1234567, 123456789,
              2 ** 31, 2 ** 53 + 1, 2 ** 63 - 1, -2 ** 63, 2 ** 64, -(2 ** 100), 10 ** 30,
              0x10FFFF, 0x110000, 128512, 233, 0xDEADBEEF]

STR_VALUES = ["ab", "", "h\u00e9llo", "\U0001F600x", "abc" * 10, "x", "\u20ac\u20ac\u20ac"]

FLOAT_SPECS = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0", ".1", ".2", ".3", ".5", ".17",
               ".20", ".0e", ".3e", ".10e", ".0f", ".2f", ".10f", ".50f", ".0g", ".1g", ".3g",
               ".10g", ".17g", ".0%", ".1%", "#", "#.0", "#.1", "#.3", "#e", "#.0e", "#f",
               "#.0f", "#g", "#.0g", "#.3g", "#G", "#%", "#.0%", "+", "-", " ", "+.3", " .3f",
               "z", "z.0f", "z.1f", "z.3e", "z.2g", "+z.0f", " z.1", "10", "<10", ">10", "^10",
               "=10", "010", "010.3", "*<10", "*>12.3f", "*^11e", "*=+12,.2f", "0=10,", "0>10,",
               "0<10,", "0^10,", "x=10,", ",", "_", ",.2f", "_.3e", ",g", "_%", ",.0f", "012,",
               "011,", "010,", "09,", "08,", "07,", "06,", "05,", "020_.3f", "+015,.2f",
               "-015,.2f", " 015,.2f", "015,e", "015,%", "\u00e9^15.3", "\U0001F600>12,.1f",
               "\u20ac=12", "<<9", "==9", "^^9", "d", "x", "c", "s", "b", "o", "\u00e9", "\x00",
               "abc", "xx", ".", "..", ".f", "10.", ",,", ",_", "_,", "__", ",n", "_n", ",d",
               "99999999999999999999", ".99999999999999999999", ".2147483648f", "#n", ".3n",
               "10n", "z10.2%", "#10.0e", "0", "00", "000", "1", "-010.3", "=+10", "+=10",
               "%%", "n,", "G,"]

INT_SPECS = ["", "d", "b", "o", "x", "X", "n", "c", "#b", "#o", "#x", "#X", "#d", "+", "-", " ",
             "+d", " x", "-#X", "10", "<10", ">10", "^10", "=10", "010", "#010x", "#010b",
             "*<10", "*=#10x", "*^#12o", "0=10", ",", "_", ",d", "_d", "_b", "_o", "_x", "_X",
             "#_x", "#_b", "#012_x", "#012_b", "012,", "011,", "010,", "09,", "08,", "07,",
             "06,", "05,", "012_", "+012,", "-012,", " 012,", "010_x", "09_x", "010_o", ",x",
             ",b", ",o", ",c", "_c", ",n", "_n", "10n", "010n", "#c", "+c", " c", "-c", "10c",
             "<5c", "^5c", "05c", "*>5c", ".2", ".2d", ".0x", "z", "zd", "z.1f", "e", "E", "f",
             "F", "g", "G", "%", ".2f", ".3e", ",.2f", "_g", ".0%", "#.0f", "010.2f", "s", "r",
             "\u00e9", "\x00", "abc", "xx", ".", "10.", ",,", ",_", "__", "99999999999999999999",
             "\u00e9^12,", "\U0001F600<10x", "<<8", "==8", "=^8", "0", "00", "000", "#", "+#x",
             "+#010X", "-#010o", " #b", "=+010,", "0<10", "0^10", "0>10"]

STR_SPECS = ["", "s", "10", "<10", ">10", "^10", "*<10", "*^11", "\u00e9>8", "\U0001F600^9",
             ".0", ".1", ".3", ".3s", "10.2", "^10.4", "010", "05", "<05", "0<5", "0^9", "=10",
             "+", "-", " ", "z", "#", ",", "_", ",s", "_s", "d", "x", "\u00e9", "\x00", "abc",
             ".", "10.", "99999999999999999999", "<<5", "==5", "^^5", "0", "00", ".100",
             ".99999999999999999999", "c", "r"]


def random_spec(types):
    r = rng.random
    parts = []
    if r() < 0.35:
        if r() < 0.5:
            parts.append(rng.choice(FILLS))
        parts.append(rng.choice("<>=^"))
    if r() < 0.3:
        parts.append(rng.choice("+- "))
    if r() < 0.12:
        parts.append("z")
    if r() < 0.2:
        parts.append("#")
    if r() < 0.25:
        parts.append("0")
    if r() < 0.5:
        parts.append(str(rng.randrange(0, 30)))
    if r() < 0.25:
        parts.append(rng.choice(",_"))
    if r() < 0.45:
        parts.append("." + str(rng.randrange(0, 25)))
    if r() < 0.85:
        parts.append(rng.choice(types))
    return "".join(parts)


def random_float():
    k = rng.randrange(4)
    if k == 0:
        return rng.uniform(-1, 1) * 10 ** rng.randrange(-30, 30)
    if k == 1:
        return rng.randrange(-10 ** 6, 10 ** 6) / 10 ** rng.randrange(0, 6)
    if k == 2:
        return rng.choice(FLOAT_VALUES)
    return rng.uniform(-1e6, 1e6)


def main():
    out = [HEADER % ("gen_format_cases.py", "gen_format_cases.py")]

    out.append("static const FloatFormatCase float_format_cases[] = {")
    cases = [(v, s) for s in FLOAT_SPECS for v in rng.sample(FLOAT_VALUES, 14)]
    cases += [(v, "") for v in FLOAT_VALUES]
    ftypes = list("eEfFgGn%") + ["", "", "d", "s"]
    cases += [(random_float(), random_spec(ftypes)) for _ in range(6000)]
    for v, s in cases:
        r = outcome(format, v, s)
        b = s.encode("utf-8")
        out.append("    {%s, %s, %d, %s}," % (bits(v), cstr(b), len(b), cstr(r)))
    out.append("};")

    out.append("static const IntFormatCase int_format_cases[] = {")
    cases = [(v, s) for s in INT_SPECS for v in rng.sample(INT_VALUES, 12)]
    itypes = list("bcdoxXn") * 2 + list("eEfFgG%") + ["", "", "s"]
    vals = INT_VALUES + [rng.randrange(-10 ** 12, 10 ** 12) for _ in range(20)] + \
        [rng.randrange(-2 ** 200, 2 ** 200) for _ in range(5)]
    cases += [(rng.choice(vals), random_spec(itypes)) for _ in range(5000)]
    for v, s in cases:
        r = outcome(format, v, s)
        b = s.encode("utf-8")
        out.append("    {%s, %s, %d, %s}," % (cstr(str(v)), cstr(b), len(b), cstr(r)))
    out.append("};")

    out.append("static const StrFormatCase str_format_cases[] = {")
    cases = [(v, s) for s in STR_SPECS for v in STR_VALUES]
    stypes = ["s", "s", "s", "", "", "d", "r"]
    cases += [(rng.choice(STR_VALUES), random_spec(stypes)) for _ in range(1500)]
    for v, s in cases:
        r = outcome(format, v, s)
        b = s.encode("utf-8")
        vb = v.encode("utf-8")
        out.append("    {%s, %d, %d, %s, %d, %s}," % (cstr(vb), len(vb), len(v), cstr(b), len(b),
                                                    cstr(r)))
    out.append("};")

    # printf-style: flags '-' 1, '+' 2, ' ' 4, '#' 8, '0' 16 (format.h).
    flag_chars = [("-", 1), ("+", 2), (" ", 4), ("#", 8), ("0", 16)]

    def directive(flags, width, precision, conv):
        f = "".join(c for c, bit in flag_chars if flags & bit)
        w = "" if width < 0 else str(width)
        p = "" if precision < 0 else "." + str(precision)
        return "%" + f + w + p + conv

    out.append("static const PercentFloatCase percent_float_cases[] = {")
    for _ in range(5000):
        v = random_float() if rng.random() < 0.7 else rng.choice(FLOAT_VALUES)
        flags = rng.randrange(32)
        width = rng.choice([-1, -1, 0, 1, 5, 10, 12, 20, 30])
        precision = rng.choice([-1, -1, 0, 1, 2, 3, 6, 10, 17, 25, 60])
        conv = rng.choice("eEfFgG")
        r = directive(flags, width, precision, conv) % v
        out.append("    {%s, %d, %d, %d, '%s', %s}," % (bits(v), flags, width, precision, conv,
                                                        cstr(r)))
    out.append("};")

    out.append("static const PercentIntCase percent_int_cases[] = {")
    ivals = INT_VALUES + [rng.randrange(-10 ** 6, 10 ** 6) for _ in range(30)]
    for _ in range(4000):
        v = rng.choice(ivals)
        flags = rng.randrange(32)
        width = rng.choice([-1, -1, 0, 1, 5, 10, 12, 20, 40])
        precision = rng.choice([-1, -1, -1, 0, 1, 3, 5, 10, 30])
        conv = rng.choice("diuxXo")
        r = directive(flags, width, precision, conv) % v
        out.append("    {%s, %d, %d, %d, '%s', %s}," % (cstr(str(v)), flags, width, precision,
                                                        conv, cstr(r)))
    out.append("};")

    path = pathlib.Path(__file__).resolve().parents[2] / "tests/unit/format_cases.inc"
    path.write_text("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
