# inf and nan: arithmetic, comparisons, repr, float() parsing of the names.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(nan))
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308)
print(float("Infinity"), float("-INF"), float("  nan  "), float("+inf"), float("-nan"))
print(inf == inf, inf is inf, [nan] == [nan], nan in [nan])
print(1e308 * 10, -1e308 * 10)
print(max(1.0, inf), min(-inf, 0.0))
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf))
print(math.inf == inf, math.copysign(1.0, -0.0), math.copysign(1, nan))
