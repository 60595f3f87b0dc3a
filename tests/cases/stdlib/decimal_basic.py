from decimal import Context, Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_UP, ROUND_HALF_DOWN, InvalidOperation, DivisionByZero
import decimal
print(Decimal("1.10") + Decimal("2.20"), Decimal("0.1") * 3, Decimal(1) / Decimal(3), Decimal(2) / Decimal(4), Decimal(10) / Decimal(4), Decimal("1.00") / Decimal("3"))
print(Decimal(0.1), Decimal(1.5), Decimal(-0.0), Decimal(10), Decimal("-12.3400"), Decimal("1e5"), Decimal("1E+5"), Decimal(" 3.14 "), Decimal("1_000.5"), Decimal((0, (1, 2, 3), -2)), Decimal((1, (4,), 3)))
print(repr(Decimal("3.14")), str(Decimal("0.000001")), str(Decimal("0.0000001")), Decimal("123E-10"), Decimal("100E3"), Decimal("0E-5"), Decimal("-0"), Decimal("inf"), Decimal("-Infinity"), Decimal("nan"))
for v in ["2.675", "2.665", "-2.675", "0.125", "1.005", "12345.6789"]:
    d = Decimal(v)
    print(v, [str(d.quantize(Decimal("0.01"), rounding=r)) for r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR)], round(d, 2), round(d), int(d), float(d))
print(Decimal("7") // Decimal("2"), Decimal("-7") // Decimal("2"), Decimal("7") % Decimal("-2"), Decimal("-7") % Decimal("2"), divmod(Decimal("7.5"), Decimal("2")), Decimal(2) ** 10, Decimal("1.1") ** 2, Decimal(2) ** -2, Decimal("2").sqrt(), Decimal("16").sqrt(), Decimal("0.25").sqrt())
print(Decimal("1.1") == Decimal("1.10"), Decimal("1.5") == 1.5, Decimal(2) == 2, Decimal("0.1") == 0.1, Decimal(1) < Decimal("1.01"), Decimal(3) > 2, max(Decimal("1.5"), Decimal("1.50")), sorted([Decimal("3"), Decimal("-1.5"), Decimal("2.25")]))
print(hash(Decimal(2)) == hash(2), hash(Decimal("1.5")) == hash(1.5), hash(Decimal("0.1")) == hash(0.1), {Decimal("1.0"): "a"}[1])
print(-Decimal("1.5"), abs(Decimal("-2.50")), +Decimal("1.23456789012345678901234567890"), Decimal("1.2300").normalize(), Decimal("100").normalize(), Decimal("0.00").normalize(), Decimal("-1.5").as_tuple(), Decimal("12.345").adjusted())
print(sum([Decimal("0.1")] * 10), sum([Decimal("0.1")] * 10) == Decimal("1"), Decimal("19.99") * 3, Decimal("100") * Decimal("1.0825"), (Decimal("100") * Decimal("1.0825")).quantize(Decimal("0.01")))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("123456789") + 0, Decimal("1.23456789") * 1, getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt())
print(Decimal(1) / Decimal(7))
getcontext().prec = 28
getcontext().rounding = ROUND_HALF_UP
print(Decimal(2) / Decimal(3), Decimal("2.5").to_integral_value(), round(Decimal("2.5")))
getcontext().rounding = ROUND_HALF_EVEN
for bad in [lambda: Decimal(1) / Decimal(0), lambda: Decimal(0) / Decimal(0), lambda: Decimal("abc"), lambda: Decimal("1.5") + 1.5, lambda: Decimal("1e30").quantize(Decimal("0.01")), lambda: Decimal(-1).sqrt(), lambda: 1.5 * Decimal(2)]:
    try:
        print(bad())
    except (InvalidOperation, DivisionByZero, TypeError) as e:
        print(type(e).__name__, e)
print(isinstance(DivisionByZero(), ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError))
print(f"{Decimal('1234.5678'):.2f}", f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.5'):%}", f"{Decimal('1234.5'):e}", f"{Decimal('1234.5'):.2e}", f"{Decimal('1.5'):>10}", f"{Decimal('-3'):+08.3f}", f"{Decimal('123.456'):g}", f"{Decimal('0.00001234'):g}", f"{Decimal('2.5'):.0f}", f"{Decimal('3.5'):.0f}", format(Decimal("12"), ""), f"{Decimal('1e10'):f}")
print(Decimal("3.14159").quantize(Decimal("1.000")), Decimal("10").quantize(Decimal("1e1")), Decimal("0.5").is_zero(), Decimal("-0").is_signed(), Decimal("nan").is_nan(), Decimal("inf").is_infinite(), Decimal("1").is_finite())
print(Decimal("1.30") + Decimal("1.20"), Decimal("5.0") - Decimal("5"), Decimal("-0.0") + Decimal("0"), Decimal("1e2") + Decimal("1"), Decimal("2.50") * Decimal("4"), Decimal("1") - Decimal("0.9999"))
print(repr(Context()) if False else "")
print(Decimal(5).compare(Decimal(3)), Decimal("2.0").max(Decimal("2")), Decimal(3).copy_negate(), Decimal(1).copy_sign(Decimal(-2)), Decimal.from_float(0.5), int(Decimal("-3.9")), Decimal("1.23e-3"), Decimal("12").scaleb(2) if hasattr(Decimal, "scaleb") else "")
total = Decimal("0")
for price, qty in [("19.99", 3), ("5.25", 2), ("0.10", 7)]:
    total += Decimal(price) * qty
tax = (total * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(total, tax, total + tax, f"${total + tax:,.2f}")
