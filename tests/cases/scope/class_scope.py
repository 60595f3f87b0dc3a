# Class bodies: names not visible in methods, comprehension scope in class bodies.
x = "module"
class C:
    x = "class"
    y = x + "!"
    def m(self):
        return x
    z = [x for _ in range(2)]
    w = [i * 2 for i in range(3)]
print(C.x, C.y, C().m(), C.z, C.w)
def f():
    v = "func"
    class D:
        v2 = v
        def g(self):
            return v
    return D
D = f()
print(D.v2, D().g())
