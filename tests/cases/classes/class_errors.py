# Errors around classes: calling with wrong args, missing self, abstract-style NotImplementedError.
class C:
    def __init__(self, a):
        self.a = a
    def m(self):
        return self.a
    def no_self():
        return 1
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: C())
show(lambda: C(1, 2))
show(lambda: C(1).no_self())
show(lambda: C.m())
show(lambda: C(1).missing)
show(lambda: C(1)())
class Abstract:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
show(lambda: Abstract().area())
class BadInit:
    def __init__(self):
        return 5
show(lambda: BadInit())
