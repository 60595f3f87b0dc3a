class A:
    def m(self): pass
    def d(self):
        "has doc"
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
    @property
    def p(self): return 1
print(A().m.__doc__, A.m.__doc__, A().d.__doc__, A.c.__doc__, A.s.__doc__, A.p.__doc__, (lambda: 0).__doc__)
def f(): pass
print(f.__doc__, A.__doc__, type(A()).__doc__)
class B:
    "B doc"
class C(B): pass
print(C.__doc__, B().__doc__)
import functools
print(functools.partial(f).__doc__[:20] if functools.partial(f).__doc__ else None)
