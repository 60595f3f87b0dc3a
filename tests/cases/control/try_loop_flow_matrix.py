def a():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                raise ValueError(i)
            print("body", i)
        except ValueError:
            print("caught", i)
            continue
        finally:
            print("finally", i)
            if i == 4:
                break
        print("after try", i)
    else:
        print("else never")
    return "done"
print(a())
def b():
    try:
        try:
            return "inner try"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(b())
def c():
    x = 0
    while True:
        try:
            x += 1
            if x < 3:
                continue
            return x
        finally:
            print("c finally", x)
print(c())
def d():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise ValueError("v")
        except ValueError as e:
            return f"handled {e!r} ctx={e.__context__!r}"
print(d())
def e():
    for i in range(3):
        with open("tmp.txt", "w") as fh:
            if i == 1:
                break
            fh.write(str(i))
    return i, fh.closed
print(e())
def f():
    try:
        return 1
    finally:
        try:
            raise ValueError
        except ValueError:
            pass
print(f())
def g():
    results = []
    for x in [1, 0, 2, "a", 4]:
        try:
            results.append(10 // x)
        except ZeroDivisionError:
            results.append("div0")
            continue
        except TypeError as te:
            results.append(type(te).__name__)
            break
        else:
            results.append("ok")
        finally:
            results.append("|")
    return results
print(g())
def h(n):
    try:
        if n == 0:
            return "zero"
        elif n == 1:
            raise RuntimeError("one")
    except RuntimeError as ex:
        return f"caught {ex}"
    else:
        return "else branch"
    finally:
        print("h finally", n)
print(h(0), h(1), h(2))
def nested_loops():
    out = []
    for i in range(3):
        for j in range(3):
            if j == 2:
                break
            if i == 1:
                continue
            out.append((i, j))
        else:
            out.append("inner else")
    return out
print(nested_loops())
def while_else(n):
    i = 0
    while i < n:
        if i == 10:
            break
        i += 1
    else:
        return "completed", i
    return "broke", i
print(while_else(3), while_else(20))
def exc_in_else():
    try:
        pass
    except Exception:
        return "no"
    else:
        raise TypeError("from else")
try:
    exc_in_else()
except TypeError as ex:
    print("TypeError:", ex)
def finally_overrides_break():
    for i in range(3):
        try:
            break
        finally:
            print("finally on break", i)
    return i
print(finally_overrides_break())
def ret_in_finally_swallows():
    try:
        1 / 0
    finally:
        return "swallowed"
print(ret_in_finally_swallows())
def loop_with_try_return():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(loop_with_try_return())
