# A class body's `global y` makes y global in the class body only: a
# comprehension, lambda or method inside still sees the enclosing
# function's y (the class passes its cell through).
y = "global y"
def f0():
    x = "x1"
    y = "y3"
    class C4:
        global y
        print("comp", [y for _ in range(1)])
        print("lam", (lambda: y)())
        print("class-level", y)
        def method(self):
            return y
        y = "assigned from class body"
    print("method", C4().method())
    print("f0's y", y)
    return x
print(f0())
print("module y", y)
def f1():
    v = 1
    class K:
        global v
        v = "class set global"
        def get(self):
            return v
    return K().get()
print(f1(), v)
def f2():
    w = "outer w"
    class K:
        w = "class attr w"
        def get(self):
            return w
        items = [w for _ in range(2)]
    return K().get(), K.items, K.w
print(f2())
