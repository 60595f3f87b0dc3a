import random
from decimal import Decimal, getcontext, localcontext, InvalidOperation, DivisionByZero
import decimal
random.seed(42)
R = [decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_UP, decimal.ROUND_DOWN, decimal.ROUND_UP, decimal.ROUND_FLOOR, decimal.ROUND_CEILING, decimal.ROUND_HALF_DOWN, decimal.ROUND_05UP]
def rnd():
    k = random.random()
    if k < 0.05: return Decimal(0)
    if k < 0.1: return Decimal(random.randint(-100, 100))
    digits = "".join(random.choice("0123456789") for _ in range(random.randint(1, 25)))
    exp = random.randint(-30, 10)
    return Decimal(("-" if random.random() < 0.4 else "") + digits + "E" + str(exp))
out = []
for i in range(400):
    a, b = rnd(), rnd()
    with localcontext() as ctx:
        ctx.prec = random.choice([1, 2, 3, 5, 9, 16, 28, 40])
        ctx.rounding = random.choice(R)
        res = []
        for name, f in [("add", lambda: a + b), ("sub", lambda: a - b), ("mul", lambda: a * b), ("div", lambda: a / b), ("fdiv", lambda: a // b), ("mod", lambda: a % b), ("pos", lambda: +a), ("neg", lambda: -b), ("sqrt", lambda: abs(a).sqrt()), ("q", lambda: a.quantize(Decimal("1E%d" % random.randint(-5, 3)))), ("pow", lambda: b ** random.randint(-3, 4)), ("norm", lambda: a.normalize()), ("int", lambda: a.to_integral_value()), ("cmp", lambda: (a < b, a == b, a.compare(b))), ("round", lambda: round(a, random.randint(-2, 4))), ("fmt", lambda: format(a, random.choice([".2f", ".3e", "g", ".4g", ",.1f", "", "%", ".1%", ">15.2f", "+.0f", "e", "f", "010.3f", "n", ".10g"]))), ("str", lambda: (str(a), repr(b), a.to_eng_string())), ("hash", lambda: hash(a) == hash(float(a)) if a == float(a) else hash(a)), ("intf", lambda: (int(a), float(b)))]:
            try:
                res.append(f"{name}={f()}")
            except (InvalidOperation, DivisionByZero, OverflowError, ValueError, ZeroDivisionError) as e:
                res.append(f"{name}!{type(e).__name__}")
        print(ctx.prec, ctx.rounding[6:], a, b, " ".join(res))
