# Uncaught exception raised "from" another: final line is the outer exception.
try:
    int("zz")
except ValueError as e:
    raise RuntimeError("config value is broken") from e
