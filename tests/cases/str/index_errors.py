# Exact messages of common str errors.
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: "abc"[5])
show(lambda: "abc"[-4])
show(lambda: "abc" + 5)
show(lambda: 5 + "abc")
show(lambda: "abc".foo)
show(lambda: "abc" - "a")
show(lambda: -"abc")
show(lambda: "abc"[1.5])
show(lambda: "abc".index("d"))
show(lambda: ord("ab"))
show(lambda: ord(""))
show(lambda: chr(-1))
show(lambda: chr(0x110000))
show(lambda: int("4.5"))
show(lambda: "x".join(1))
show(lambda: "abc".center())
show(lambda: len(5))
