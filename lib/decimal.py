"""Decimal fixed and floating point arithmetic (decimal).

Written for Mosaic from the Python documentation and the General Decimal
Arithmetic specification it follows. A Decimal is (sign, coefficient
digits, exponent) or a special value (Infinity, NaN, sNaN). Results of
arithmetic are exact and then rounded once to the context's precision with
its rounding mode, which makes them correctly rounded: +, -, *, /, //, %,
divmod, ** with an integral exponent, sqrt, quantize, to_integral,
normalize, comparisons (exact against int and float), hashing consistent
with int/float/Fraction, and format() with the float presentation types.
Signals are raised when trapped (InvalidOperation, DivisionByZero and
Overflow by default) and otherwise recorded as flags. Not provided: exp,
ln, log10, non-integral powers, logical operations, the Context
arithmetic methods other than create_decimal.
"""

import math as _math
from collections import namedtuple as _namedtuple

__all__ = ["Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext",
           "ExtendedContext", "DecimalException", "Clamped", "InvalidOperation",
           "DivisionByZero", "Inexact", "Rounded", "Subnormal", "Overflow", "Underflow",
           "FloatOperation", "DivisionImpossible", "InvalidContext", "ConversionSyntax",
           "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN",
           "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP",
           "setcontext", "getcontext", "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN",
           "MIN_ETINY"]

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent")


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation,
            Subnormal, FloatOperation]
# The conditions that report as a signal (what a trap on the signal sees).
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


class _SignalDict(dict):
    def __repr__(self):
        return "{" + ", ".join("<class 'decimal.%s'>:%s" % (k.__name__, v) for k, v in self.items()) + "}"


class Context:
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        dc = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        if traps is None:
            traps = dc.traps if dc else [InvalidOperation, DivisionByZero, Overflow]
        if not isinstance(traps, dict):
            traps = {s: (s in traps) for s in _SIGNALS}
        self.traps = _SignalDict({s: bool(traps.get(s, False)) for s in _SIGNALS})
        if flags is None:
            flags = []
        if not isinstance(flags, dict):
            flags = {s: (s in flags) for s in _SIGNALS}
        self.flags = _SignalDict({s: bool(flags.get(s, False)) for s in _SIGNALS})

    def __setattr__(self, name, value):
        if name == "prec":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if value < 1:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, "
                                "ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        object.__setattr__(self, name, value)

    def __repr__(self):
        order = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
                 Subnormal, Inexact, Rounded, Clamped]
        flags = [s.__name__ for s in order if self.flags[s]]
        traps = [s.__name__ for s in order if self.traps[s]]
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[%s], traps=[%s])" % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ", ".join(flags),
                                             ", ".join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise_error(self, condition, explanation=None):
        signal = _CONDITION_SIGNAL.get(condition, condition)
        self.flags[signal] = True
        if self.traps[signal]:
            # What is raised is the signal, listing the condition seen.
            raise signal([condition])
        if signal is InvalidOperation:
            return _NaN
        if condition is DivisionByZero:
            return None
        return None

    def create_decimal(self, num="0"):
        d = Decimal(num, context=self)
        if d._special is None and len(d._int) > self.prec:
            d = d._fix(self)
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)


_current = [None]


def getcontext():
    if _current[0] is None:
        _current[0] = Context()
    return _current[0]


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    mgr = _ContextManager(ctx)
    for k, v in kwargs.items():
        setattr(mgr.new_context, k, v)
    return mgr


_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _all_zeros(s, i):
    return s[i:].strip("0") == ""


def _exact_half(s, i):
    return s[i:i + 1] == "5" and _all_zeros(s, i + 1)


class Decimal:
    """An immutable decimal number: _sign 0/1, _int the coefficient's digit
    string, _exp the exponent, _special None, "F" (infinity), "n" (NaN) or
    "N" (signalling NaN; _int then holds the payload)."""

    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = str(abs(value))
            self._exp = 0
            self._special = None
            return self
        if isinstance(value, float):
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
            return self
        if isinstance(value, str):
            return self._from_string(value, context)
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            self._sign = sign
            if exp == "F":
                self._int, self._exp, self._special = "0", 0, "F"
                return self
            ds = "".join(str(d) for d in digits)
            for d in digits:
                if not (isinstance(d, int) and 0 <= d <= 9):
                    raise ValueError("The second value in the tuple must be composed of integers in the range 0 through 9.")
            if exp in ("n", "N"):
                self._int, self._exp, self._special = ds.lstrip("0"), 0, exp
                return self
            if not isinstance(exp, int):
                raise ValueError("The third value in the tuple must be an integer, or one of the strings 'F', 'n', 'N'.")
            self._int = ds.lstrip("0") or "0"
            self._exp = exp
            self._special = None
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    def _from_string(self, value, context):
        s = value.strip().replace("_", "") if "_" not in value.strip()[:1] + value.strip()[-1:] else None
        ok = s is not None and "__" not in value
        if ok:
            sign = 0
            if s[:1] in "+-" and s:
                sign = 1 if s[0] == "-" else 0
                s = s[1:]
            low = s.lower()
            self._sign = sign
            if low in ("inf", "infinity"):
                self._int, self._exp, self._special = "0", 0, "F"
                return self
            for tag, code in (("snan", "N"), ("nan", "n")):
                if low.startswith(tag) and (low[len(tag):].isdigit() or low[len(tag):] == "") and low[len(tag):].isascii():
                    self._int, self._exp, self._special = low[len(tag):].lstrip("0"), 0, code
                    return self
            mant, e, exps = low.partition("e")
            exp = 0
            if e:
                if exps[:1] in "+-" and exps:
                    digits = exps[1:]
                else:
                    digits = exps
                if not digits or not (digits.isdigit() and digits.isascii()):
                    ok = False
                else:
                    exp = int(exps)
            if ok:
                intpart, dot, frac = mant.partition(".")
                if (not intpart and not frac) or not ((intpart + frac).isdigit() and (intpart + frac).isascii()) and (intpart + frac):
                    ok = False
                elif not (intpart + frac):
                    ok = False
            if ok:
                self._int = (intpart + frac).lstrip("0") or "0"
                self._exp = exp - len(frac)
                self._special = None
                return self
        ctx = context if context is not None else getcontext()
        ctx._raise_error(ConversionSyntax, "Invalid literal for Decimal: %r" % value)
        self._sign, self._int, self._exp, self._special = 0, "", 0, "n"
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float.")
        if _math.isinf(f) or _math.isnan(f):
            return cls(repr(f))
        sign = 0 if _math.copysign(1.0, f) == 1.0 else 1
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        d = object.__new__(cls)
        d._sign, d._int, d._exp, d._special = sign, str(n * 5 ** k), -k, None
        return d

    @classmethod
    def from_decimal(cls, d):
        return cls(d)

    # ----------------------------------------------------------- helpers

    @staticmethod
    def _make(sign, coeff, exp, special=None):
        d = object.__new__(Decimal)
        d._sign, d._int, d._exp, d._special = sign, coeff, exp, special
        return d

    def _isnan(self):
        if self._special == "n":
            return 1
        if self._special == "N":
            return 2
        return 0

    def _check_nans(self, other, context):
        sn, on = self._isnan(), other._isnan() if other is not None else 0
        if sn == 2 or on == 2:
            context._raise_error(InvalidOperation)
            src = self if sn == 2 else other
            return Decimal._make(src._sign, src._int, 0, "n")
        if sn:
            return self
        if on:
            return other
        return None

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + len(self._int) - 1

    def _round_digits(self, digits, rounding):
        # +1: the kept digits must go up by one; -1: inexact, kept as is;
        # 0: exact.
        s = self._int
        if rounding == ROUND_DOWN:
            return 0 if _all_zeros(s, digits) else -1
        if rounding == ROUND_UP:
            return 0 if _all_zeros(s, digits) else 1
        if rounding == ROUND_HALF_UP:
            if s[digits:digits + 1] in ("5", "6", "7", "8", "9") and s[digits:digits + 1]:
                return 1
            return 0 if _all_zeros(s, digits) else -1
        if rounding == ROUND_HALF_DOWN:
            if _exact_half(s, digits):
                return -1
            return self._round_digits(digits, ROUND_HALF_UP)
        if rounding == ROUND_HALF_EVEN:
            if _exact_half(s, digits) and (digits == 0 or s[digits - 1] in "02468"):
                return -1
            return self._round_digits(digits, ROUND_HALF_UP)
        if rounding == ROUND_CEILING:
            r = self._round_digits(digits, ROUND_DOWN)
            return r if self._sign else -r
        if rounding == ROUND_FLOOR:
            r = self._round_digits(digits, ROUND_DOWN)
            return -r if self._sign else r
        if rounding == ROUND_05UP:
            r = self._round_digits(digits, ROUND_DOWN)
            if digits and s[digits - 1] not in "05":
                return r
            return -r
        raise ValueError("bad rounding")

    def _fix(self, context):
        if self._special:
            if self._special in "nN" and len(self._int) > context.prec - context.clamp:
                return Decimal._make(self._sign, "", 0, "n")
            return self
        Etiny = context.Etiny()
        Etop = context.Etop()
        if self._int == "0":
            exp_max = context.Emax if not context.clamp else Etop
            new_exp = min(max(self._exp, Etiny), exp_max)
            if new_exp != self._exp:
                context._raise_error(Clamped)
                return Decimal._make(self._sign, "0", new_exp)
            return self
        exp_min = len(self._int) + self._exp - context.prec
        if exp_min > Etop:
            context._raise_error(Overflow, "above Emax")
            context._raise_error(Inexact)
            context._raise_error(Rounded)
            return _Infinity if not self._sign else _NegInfinity
        subnormal = exp_min < Etiny
        if subnormal:
            exp_min = Etiny
        if self._exp < exp_min:
            digits = len(self._int) + self._exp - exp_min
            src = self
            if digits < 0:
                src = Decimal._make(self._sign, "1", exp_min - 1)
                digits = 0
            changed = src._round_digits(digits, context.rounding)
            coeff = src._int[:digits] or "0"
            if changed > 0:
                coeff = str(int(coeff) + 1)
                if len(coeff) > context.prec:
                    coeff = coeff[:-1]
                    exp_min += 1
            if exp_min > Etop:
                context._raise_error(Overflow, "above Emax")
                return _Infinity if not self._sign else _NegInfinity
            ans = Decimal._make(self._sign, coeff, exp_min)
            if changed:
                context._raise_error(Inexact)
                if subnormal:
                    context._raise_error(Underflow)
            context._raise_error(Rounded)
            return ans
        if context.clamp == 1 and self._exp > Etop:
            context._raise_error(Clamped)
            return Decimal._make(self._sign, self._int + "0" * (self._exp - Etop), Etop)
        return self

    def _rescale(self, exp, rounding):
        if self._special:
            return self
        if self._int == "0":
            return Decimal._make(self._sign, "0", exp)
        if self._exp >= exp:
            return Decimal._make(self._sign, self._int + "0" * (self._exp - exp), exp)
        digits = len(self._int) + self._exp - exp
        src = self
        if digits < 0:
            src = Decimal._make(self._sign, "1", exp - 1)
            digits = 0
        changed = src._round_digits(digits, rounding)
        coeff = src._int[:digits] or "0"
        if changed == 1:
            coeff = str(int(coeff) + 1)
        return Decimal._make(self._sign, coeff, exp)

    # ------------------------------------------------------ conversions

    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._special:
            if self._special == "F":
                return sign + "Infinity"
            if self._special == "n":
                return sign + "NaN" + self._int
            return sign + "sNaN" + self._int
        leftdigits = self._exp + len(self._int)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == "0":
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = "0"
            fracpart = "." + "0" * (-dotplace) + self._int
        elif dotplace >= len(self._int):
            intpart = self._int + "0" * (dotplace - len(self._int))
            fracpart = ""
        else:
            intpart = self._int[:dotplace]
            fracpart = "." + self._int[dotplace:]
        if leftdigits == dotplace:
            exp = ""
        else:
            if context is None:
                context = getcontext()
            exp = ["e", "E"][context.capitals] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def as_tuple(self):
        if self._special == "F":
            return DecimalTuple(self._sign, (0,), "F")
        if self._special:
            return DecimalTuple(self._sign, tuple(map(int, self._int)), self._special)
        return DecimalTuple(self._sign, tuple(map(int, self._int)), self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._isnan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        n = int(self._int)
        if self._exp >= 0:
            n, d = n * 10 ** self._exp, 1
        else:
            d = 10 ** -self._exp
        g = _math.gcd(n, d)
        n, d = n // g, d // g
        return (-n if self._sign else n), d

    def __int__(self):
        if self._special:
            if self._isnan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        s = -1 if self._sign else 1
        if self._exp >= 0:
            return s * int(self._int) * 10 ** self._exp
        return s * int(self._int[:self._exp] or "0")

    __trunc__ = __int__

    def __float__(self):
        if self._isnan():
            if self._special == "N":
                raise ValueError("cannot convert signaling NaN to float")
            return float("-nan" if self._sign else "nan")
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __bool__(self):
        return bool(self._special) or self._int != "0"

    def __hash__(self):
        if self._special:
            if self._special == "N":
                raise TypeError("Cannot hash a signaling NaN value.")
            if self._special == "n":
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _HASH_MODULUS)
        else:
            exp_hash = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = int(self._int) * exp_hash % _HASH_MODULUS
        ans = -h if self._sign else h
        return -2 if ans == -1 else ans

    # ------------------------------------------------------- comparison

    def _cmp_key(self):
        # An exact Fraction-like pair for ordering finite values.
        n = int(self._int)
        if self._sign:
            n = -n
        return n, self._exp

    def _compare(self, other):
        # -1, 0, 1 for finite or infinite self/other (no NaNs).
        if self._special == "F" or other._special == "F":
            a = (0 if self._special != "F" else (-1 if self._sign else 1))
            b = (0 if other._special != "F" else (-1 if other._sign else 1))
            if a != b:
                return (a > b) - (a < b)
            if a:
                return 0
        if not self and not other:
            return 0
        n1, e1 = self._cmp_key()
        n2, e2 = other._cmp_key()
        if e1 > e2:
            n1 *= 10 ** (e1 - e2)
        else:
            n2 *= 10 ** (e2 - e1)
        return (n1 > n2) - (n1 < n2)

    def _convert_for_compare(self, other):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            getcontext().flags[FloatOperation] = True
            return Decimal.from_float(other)
        try:
            from fractions import Fraction
        except ImportError:
            Fraction = None
        if Fraction is not None and isinstance(other, Fraction):
            return other
        return NotImplemented

    def _richcmp(self, other, op):
        other = self._convert_for_compare(other)
        if other is NotImplemented:
            return NotImplemented
        if not isinstance(other, Decimal):
            # A Fraction: compare exactly as rationals.
            if self._special:
                if self._isnan():
                    return op == "ne"
                c = -1 if self._sign else 1
            else:
                n, d = self.as_integer_ratio()
                lhs, rhs = n * other.denominator, other.numerator * d
                c = (lhs > rhs) - (lhs < rhs)
        else:
            if self._isnan() or other._isnan():
                if op in ("eq", "ne"):
                    if self._special == "N" or other._special == "N":
                        getcontext()._raise_error(InvalidOperation)
                    return op == "ne"
                getcontext()._raise_error(InvalidOperation)
                return False
            c = self._compare(other)
        return {"eq": c == 0, "ne": c != 0, "lt": c < 0, "le": c <= 0, "gt": c > 0, "ge": c >= 0}[op]

    def __eq__(self, other):
        return self._richcmp(other, "eq")

    def __ne__(self, other):
        return self._richcmp(other, "ne")

    def __lt__(self, other):
        return self._richcmp(other, "lt")

    def __le__(self, other):
        return self._richcmp(other, "le")

    def __gt__(self, other):
        return self._richcmp(other, "gt")

    def __ge__(self, other):
        return self._richcmp(other, "ge")

    def compare(self, other, context=None):
        other = _convert(other, True)
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._isnan() or other._isnan():
            return _NaN
        return Decimal(self._compare(other))

    def max(self, other, context=None):
        other = _convert(other, True)
        c = self._compare(other)
        if c == 0:
            c = self._cmp_total_tiebreak(other)
        return (self if c >= 0 else other)._fix(context or getcontext())

    def min(self, other, context=None):
        other = _convert(other, True)
        c = self._compare(other)
        if c == 0:
            c = self._cmp_total_tiebreak(other)
        return (self if c <= 0 else other)._fix(context or getcontext())

    def _cmp_total_tiebreak(self, other):
        # Equal values: positive beats negative, then larger exponent wins
        # for positives (smaller for negatives).
        if self._sign != other._sign:
            return -1 if self._sign else 1
        c = (self._exp > other._exp) - (self._exp < other._exp)
        return -c if self._sign else c

    # ------------------------------------------------------- arithmetic

    def __neg__(self, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._check_nans(None, context)
        if not self and context.rounding != ROUND_FLOOR:
            d = Decimal._make(0, self._int, self._exp, self._special)
        else:
            d = Decimal._make(1 - self._sign, self._int, self._exp, self._special)
        return d._fix(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._check_nans(None, context)
        if not self and context.rounding != ROUND_FLOOR:
            d = Decimal._make(0, self._int, self._exp, self._special)
        else:
            d = Decimal._make(self._sign, self._int, self._exp, self._special)
        return d._fix(context)

    def __abs__(self, round=True, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._check_nans(None, context)
        d = Decimal._make(0, self._int, self._exp, self._special)
        return d._fix(context) if round else d

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return Decimal._make(other._sign, self._int, self._exp, self._special)

    def __add__(self, other, context=None):
        other = _convert(other, False, "+", self)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._special == "F" or other._special == "F":
            if self._special == "F" and other._special == "F" and self._sign != other._sign:
                return context._raise_error(InvalidOperation, "-INF + INF")
            return self if self._special == "F" else other
        exp = min(self._exp, other._exp)
        negativezero = 0
        if context.rounding == ROUND_FLOOR and self._sign != other._sign:
            negativezero = 1
        if not self and not other:
            sign = min(self._sign, other._sign)
            if negativezero:
                sign = 1
            return Decimal._make(sign, "0", exp)._fix(context)
        n1 = int(self._int) * 10 ** (self._exp - exp)
        n2 = int(other._int) * 10 ** (other._exp - exp)
        if self._sign:
            n1 = -n1
        if other._sign:
            n2 = -n2
        total = n1 + n2
        if total == 0:
            return Decimal._make(negativezero, "0", exp)._fix(context)
        return Decimal._make(1 if total < 0 else 0, str(abs(total)), exp)._fix(context)

    def __radd__(self, other, context=None):
        other = _convert(other, False, "+", self, True)
        if other is NotImplemented:
            return other
        return other.__add__(self, context)

    def __sub__(self, other, context=None):
        other = _convert(other, False, "-", self)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = _convert(other, False, "-", self, True)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _convert(other, False, "*", self)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        sign = self._sign ^ other._sign
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._special == "F" or other._special == "F":
            if not other if self._special == "F" else not self:
                return context._raise_error(InvalidOperation, "(+-)INF * 0")
            return _Infinity if not sign else _NegInfinity
        exp = self._exp + other._exp
        prod = int(self._int) * int(other._int)
        return Decimal._make(sign, str(prod), exp)._fix(context)

    def __rmul__(self, other, context=None):
        other = _convert(other, False, "*", self, True)
        if other is NotImplemented:
            return other
        return other.__mul__(self, context)

    def __truediv__(self, other, context=None):
        other = _convert(other, False, "/", self)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        sign = self._sign ^ other._sign
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._special == "F" or other._special == "F":
            if self._special == "F" and other._special == "F":
                return context._raise_error(InvalidOperation, "(+-)INF/(+-)INF")
            if self._special == "F":
                return _Infinity if not sign else _NegInfinity
            context._raise_error(Clamped)
            return Decimal._make(sign, "0", context.Etiny())
        if not other:
            if not self:
                return context._raise_error(DivisionUndefined, "0 / 0")
            context._raise_error(DivisionByZero, "x / 0")
            return _Infinity if not sign else _NegInfinity
        if not self:
            exp = self._exp - other._exp
            coeff = 0
        else:
            shift = len(other._int) - len(self._int) + context.prec + 1
            exp = self._exp - other._exp - shift
            a, b = int(self._int), int(other._int)
            if shift >= 0:
                coeff, remainder = divmod(a * 10 ** shift, b)
            else:
                coeff, remainder = divmod(a, b * 10 ** -shift)
            if remainder:
                # A sticky digit: the quotient is not exact.
                if coeff % 5 == 0:
                    coeff += 1
            else:
                ideal = self._exp - other._exp
                while exp < ideal and coeff % 10 == 0:
                    coeff //= 10
                    exp += 1
        return Decimal._make(sign, str(coeff), exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _convert(other, False, "/", self, True)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divide(self, other, context):
        # Integer part of the quotient (truncated) and the remainder, both
        # exact; InvalidOperation when the integer part exceeds precision.
        sign = self._sign ^ other._sign
        if other._special == "F":
            ideal_exp = self._exp
        else:
            ideal_exp = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if not self or other._special == "F" or expdiff <= -2:
            return (Decimal._make(sign, "0", 0), self._rescale(ideal_exp, context.rounding))
        if expdiff <= context.prec:
            a, b = int(self._int), int(other._int)
            if self._exp >= other._exp:
                a *= 10 ** (self._exp - other._exp)
            else:
                b *= 10 ** (other._exp - self._exp)
            q, r = divmod(a, b)
            if q < 10 ** context.prec:
                return (Decimal._make(sign, str(q), 0), Decimal._make(self._sign, str(r), ideal_exp))
        ans = context._raise_error(DivisionImpossible, "quotient too large in //, % or divmod")
        return ans, ans

    def __floordiv__(self, other, context=None):
        other = _convert(other, False, "//", self)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._special == "F":
            if other._special == "F":
                return context._raise_error(InvalidOperation, "INF // INF")
            return _Infinity if not (self._sign ^ other._sign) else _NegInfinity
        if not other:
            if self:
                context._raise_error(DivisionByZero, "x // 0")
                return _Infinity if not (self._sign ^ other._sign) else _NegInfinity
            return context._raise_error(DivisionUndefined, "0 // 0")
        return self._divide(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other, False, "//", self, True)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _convert(other, False, "%", self)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._special == "F":
            return context._raise_error(InvalidOperation, "INF % x")
        if not other:
            if self:
                return context._raise_error(InvalidOperation, "x % 0")
            return context._raise_error(DivisionUndefined, "0 % 0")
        return self._divide(other, context)[1]._fix(context)

    def __rmod__(self, other, context=None):
        other = _convert(other, False, "%", self, True)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = _convert(other, False, "divmod()", self)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return (nan, nan)
        if self._special == "F":
            if other._special == "F":
                ans = context._raise_error(InvalidOperation, "divmod(INF, INF)")
                return ans, ans
            return (_Infinity if not (self._sign ^ other._sign) else _NegInfinity,
                    context._raise_error(InvalidOperation, "INF % x"))
        if not other:
            if not self:
                ans = context._raise_error(DivisionUndefined, "divmod(0, 0)")
                return ans, ans
            context._raise_error(DivisionByZero, "x // 0")
            return (_Infinity if not (self._sign ^ other._sign) else _NegInfinity,
                    context._raise_error(InvalidOperation, "x % 0"))
        q, r = self._divide(other, context)
        return q, r._fix(context)

    def __rdivmod__(self, other, context=None):
        other = _convert(other, False, "divmod()", self, True)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            raise NotImplementedError("three-argument pow() of Decimal is not supported by Mosaic")
        other = _convert(other, False, "** or pow()", self)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if other._special or other._exp < 0 and not _all_zeros(other._int, len(other._int) + other._exp):
            if not other._special and other == Decimal("0.5") and not self._sign:
                return self.sqrt(context)
            raise NotImplementedError("non-integral powers of Decimal are not supported by Mosaic")
        n = int(other)
        if self._special == "F":
            if n == 0:
                return Decimal(1)
            if n < 0:
                return Decimal._make(0, "0", 0)
            return _Infinity if not (self._sign and n % 2) else _NegInfinity
        if not self:
            if n == 0:
                return context._raise_error(InvalidOperation, "0 ** 0")
            sign = self._sign if n % 2 else 0
            if n < 0:
                return _Infinity if not sign else _NegInfinity
            return Decimal._make(sign, "0", 0)
        if n == 0:
            return Decimal(1)
        sign = self._sign if n % 2 else 0
        # CPython's decimal (libmpdec) raises to an integral power by
        # repeated squaring at a few more digits than the context's,
        # rounding half-even at each step (a negative power starts from
        # 1/x), and then rounds once more to the context: the same steps
        # give the same last digit.
        work = Context(prec=context.prec + len(str(abs(n))) + 2, rounding=ROUND_HALF_EVEN,
                       Emin=context.Emin, Emax=context.Emax, traps=[])
        base = Decimal._make(0, self._int, self._exp)
        if n < 0:
            work.prec += 1
            base = Decimal(1).__truediv__(base, work)
        m = abs(n)
        result = base
        bit = 1 << (m.bit_length() - 1)
        while bit > 1:
            bit >>= 1
            result = result.__mul__(result, work)
            if m & bit:
                result = result.__mul__(base, work)
            if result._special:
                break
        result = Decimal._make(sign, result._int, result._exp, result._special)
        return result._fix(context)

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert(other, False, "** or pow()", self, True)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    def sqrt(self, context=None):
        context = context or getcontext()
        if self._special:
            nan = self._check_nans(None, context)
            if nan is not None:
                return nan
            if self._special == "F" and self._sign == 0:
                return self
        if not self:
            return Decimal._make(self._sign, "0", self._exp >> 1)._fix(context)
        if self._sign == 1:
            return context._raise_error(InvalidOperation, "sqrt(-x), x > 0")
        prec = context.prec + 1
        e = self._exp >> 1
        if self._exp & 1:
            c = int(self._int) * 10
            l = (len(self._int) >> 1) + 1
        else:
            c = int(self._int)
            l = (len(self._int) + 1) >> 1
        shift = prec - l
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, remainder = divmod(c, 100 ** -shift)
            exact = not remainder
        e -= shift
        n = _math.isqrt(c)
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** -shift
            e += shift
        else:
            if n % 5 == 0:
                n += 1
        ans = Decimal._make(0, str(n), e)
        ctx = context.copy()
        ctx.rounding = ROUND_HALF_EVEN
        ans = ans._fix(ctx)
        for s in ctx.flags:
            if ctx.flags[s]:
                context.flags[s] = True
        return ans

    # -------------------------------------------------------- rounding

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp, True)
        context = context or getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._special or exp._special:
            nan = self._check_nans(exp, context)
            if nan is not None:
                return nan
            if self._special == "F" and exp._special == "F":
                return self
            return context._raise_error(InvalidOperation, "quantize with one INF")
        if not (context.Etiny() <= exp._exp <= context.Emax):
            return context._raise_error(InvalidOperation, "target exponent out of bounds in quantize")
        if not self:
            return Decimal._make(self._sign, "0", exp._exp)._fix(context)
        if self.adjusted() > context.Emax:
            return context._raise_error(InvalidOperation, "exponent of quantize result too large for current context")
        if self.adjusted() - exp._exp + 1 > context.prec:
            return context._raise_error(InvalidOperation, "quantize result has too many digits for current context")
        ans = self._rescale(exp._exp, rounding)
        if ans.adjusted() > context.Emax:
            return context._raise_error(InvalidOperation, "exponent of quantize result too large for current context")
        if len(ans._int) > context.prec:
            return context._raise_error(InvalidOperation, "quantize result has too many digits for current context")
        if ans._exp > self._exp:
            if ans != self:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
        return ans._fix(context)

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._special or other._special:
            return (self._isnan() and other._isnan()) or (self._special == "F" and other._special == "F")
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        context = context or getcontext()
        if self._special:
            nan = self._check_nans(None, context)
            return nan if nan is not None else self
        if self._exp >= 0:
            return self
        if rounding is None:
            rounding = context.rounding
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        context = context or getcontext()
        ans = self.to_integral_value(rounding, context)
        if ans != self:
            context._raise_error(Inexact)
        if ans is not self and not self._special:
            context._raise_error(Rounded)
        return ans

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("Second argument to round should be integral")
            return self.quantize(Decimal._make(0, "1", -n))
        if self._special:
            if self._isnan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __floor__(self):
        if self._special:
            if self._isnan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        if self._special:
            if self._isnan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_CEILING))

    def normalize(self, context=None):
        context = context or getcontext()
        if self._special:
            nan = self._check_nans(None, context)
            return nan if nan is not None else self
        dup = self._fix(context)
        if dup._special:
            return dup
        if not dup:
            return Decimal._make(dup._sign, "0", 0)
        exp_max = context.Emax if not context.clamp else context.Etop()
        end = len(dup._int)
        exp = dup._exp
        while dup._int[end - 1] == "0" and exp < exp_max:
            exp += 1
            end -= 1
        return Decimal._make(dup._sign, dup._int[:end], exp)

    def scaleb(self, other, context=None):
        other = _convert(other, True)
        context = context or getcontext()
        if self._special:
            return self
        return Decimal._make(self._sign, self._int, self._exp + int(other))._fix(context)

    # ---------------------------------------------------------- queries

    def is_nan(self):
        return self._special in ("n", "N")

    def is_qnan(self):
        return self._special == "n"

    def is_snan(self):
        return self._special == "N"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == "0"

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._special or not self:
            return False
        context = context or getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._special or not self:
            return False
        context = context or getcontext()
        return self.adjusted() < context.Emin

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def number_class(self, context=None):
        if self._special == "N":
            return "sNaN"
        if self._special == "n":
            return "NaN"
        s = "-" if self._sign else "+"
        if self._special == "F":
            return s + "Infinity"
        if not self:
            return s + "Zero"
        if self.is_subnormal(context):
            return s + "Subnormal"
        return s + "Normal"

    def radix(self):
        return Decimal(10)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # ------------------------------------------------------- formatting

    def __format__(self, specifier, context=None):
        if context is None:
            context = getcontext()
        spec = _parse_format_spec(specifier)
        if self._special:
            body = str(Decimal._make(0, self._int, self._exp, self._special))
            if spec["type"] == "%":
                body += "%"
            return _format_align(self._sign, body, spec)
        t = spec["type"]
        if t is None:
            t = "G" if context.capitals else "g"
        if t == "%":
            d = Decimal._make(self._sign, self._int, self._exp + 2)
        else:
            d = self
        prec = spec["precision"]
        rounding = context.rounding
        if prec is not None:
            if t in "eE":
                d = d._round_sig(prec + 1, rounding)
            elif t in "fF%":
                d = d._rescale(-prec, rounding)
            elif t in "gG" and len(d._int) > prec:
                d = d._round_sig(prec, rounding)
        # A zero with a positive exponent has no fixed-point form: 0e0.
        if not d and d._exp > 0 and t in "fF%":
            d = d._rescale(0, rounding)
        leftdigits = d._exp + len(d._int)
        if t in "eE":
            dotplace = 1 - prec if (not d and prec is not None) else 1
        elif t in "fF%":
            dotplace = leftdigits
        else:
            dotplace = leftdigits if (d._exp <= 0 and leftdigits > -6) else 1
        if dotplace < 0:
            intpart = "0"
            fracpart = "0" * (-dotplace) + d._int
        elif dotplace > len(d._int):
            intpart = d._int + "0" * (dotplace - len(d._int))
            fracpart = ""
        else:
            intpart = d._int[:dotplace] or "0"
            fracpart = d._int[dotplace:]
        exp = leftdigits - dotplace
        echar = "E" if t in "EG" else "e"
        return _format_number(self._sign, intpart, fracpart, exp, spec, echar, t)

    def _round_sig(self, digits, rounding):
        # Exactly `digits` significant digits (padding with zeros when
        # there are fewer); zeros and specials are left alone.
        if self._special or not self:
            return self
        ans = self._rescale(self.adjusted() + 1 - digits, rounding)
        if ans.adjusted() != self.adjusted():
            ans = ans._rescale(ans.adjusted() + 1 - digits, rounding)
        return ans


def _convert(other, raiseit, op=None, self=None, reflected=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if raiseit:
        raise TypeError("Unable to convert %s to Decimal" % type(other).__name__)
    if isinstance(other, float) and op is not None:
        getcontext().flags[FloatOperation] = True
        names = ("float", "decimal.Decimal") if reflected else ("decimal.Decimal", "float")
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % ((op,) + names))
    return NotImplemented


def _parse_format_spec(spec):
    import re
    m = re.fullmatch(r"(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<no_neg_0>z)?(?P<alt>#)?"
                     r"(?P<zeropad>0)?(?P<minimumwidth>\d+)?(?P<thousands_sep>[,_])?"
                     r"(?:\.(?P<precision>\d+))?(?P<type>[eEfFgGn%])?", spec, re.S)
    # The C implementation CPython uses has no "#" and no "_" grouping.
    if m is None or m.group("alt") or m.group("thousands_sep") == "_":
        raise ValueError("invalid format string")
    d = m.groupdict()
    fill, align = d["fill"], d["align"]
    if d["zeropad"] is not None:
        if fill is None:
            fill = "0"
        if align is None:
            align = "="
    d["fill"] = fill or " "
    d["align"] = align or ">"
    d["sign"] = d["sign"] or "-"
    d["minimumwidth"] = int(d["minimumwidth"] or "0")
    d["precision"] = int(d["precision"]) if d["precision"] is not None else None
    if d["type"] == "n":
        d["type"] = "g"
        d["thousands_sep"] = d["thousands_sep"] or ""
    d["thousands_sep"] = d["thousands_sep"] or ""
    return d


def _format_align(sign, body, spec):
    minimumwidth = spec["minimumwidth"]
    fill = spec["fill"]
    s = "-" if sign else ("" if spec["sign"] == "-" else spec["sign"])
    padding = fill * (minimumwidth - len(s) - len(body))
    align = spec["align"]
    if align == "<":
        return s + body + padding
    if align == ">":
        return padding + s + body
    if align == "=":
        return s + padding + body
    half = len(padding) // 2
    return padding[:half] + s + body + padding[half:]


def _group(digits, sep, min_width):
    if not sep:
        return digits
    groups = []
    while len(digits) > 3:
        groups.append(digits[-3:])
        digits = digits[:-3]
    groups.append(digits)
    out = sep.join(reversed(groups))
    return out


def _format_number(sign, intpart, fracpart, exp, spec, echar, t):
    if fracpart or spec["alt"]:
        fracpart = "." + fracpart
    if exp != 0 or t in ("e", "E"):
        fracpart += "%s%+d" % (echar, exp)
    if t == "%":
        fracpart += "%"
    sep = spec["thousands_sep"]
    if spec["zeropad"] and sep and spec["align"] == "=" and spec["fill"] == "0":
        s = "-" if sign else ("" if spec["sign"] == "-" else spec["sign"])
        width = spec["minimumwidth"] - len(s) - len(fracpart)
        ip = _group(intpart, sep, 0)
        while len(ip) < width:
            intpart = "0" + intpart
            ip = _group(intpart, sep, 0)
        return s + ip + fracpart
    intpart = _group(intpart, sep, 0)
    return _format_align(sign, intpart + fracpart, spec)


_Infinity = Decimal._make(0, "0", 0, "F")
_NegInfinity = Decimal._make(1, "0", 0, "F")
_NaN = Decimal._make(0, "", 0, "n")

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999, Emin=-999999, capitals=1, clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation,
                                                                Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
