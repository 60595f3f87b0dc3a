# Uncaught exception raised while handling another: final line is the last one raised.
try:
    [1, 2][5]
except IndexError:
    print("handling")
    {}["k"]
