# break/continue/return inside try/except/finally within loops.
def f():
    result = []
    for i in range(6):
        try:
            if i == 0:
                continue
            if i == 2:
                raise ValueError(i)
            if i == 4:
                break
            result.append(i)
        except ValueError:
            result.append("caught%d" % i)
            continue
        finally:
            result.append("fin%d" % i)
    return result
print(f())
def g():
    for i in range(3):
        try:
            return i
        finally:
            print("finally before return", i)
print(g())
def h():
    n = 0
    while n < 3:
        n += 1
        try:
            try:
                if n == 2:
                    raise KeyError(n)
            finally:
                print("inner finally", n)
        except KeyError:
            print("caught", n)
            continue
        print("normal", n)
h()
