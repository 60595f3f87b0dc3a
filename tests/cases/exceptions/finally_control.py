# finally with return/break/continue: overriding returns and swallowing exceptions.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally runs")
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
def f3():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
def f4():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
def f6():
    while True:
        try:
            raise ValueError
        finally:
            break
    return "broke out"
print(f1(), f2(), f3(), f4(), f5(), f6())
