# The MRO conflict message names the classes the C3 merge is stuck on,
# not the bases as written.
class Base1:
    pass
class Base2:
    pass
class M1(Base1, Base2):
    pass
class M2(Base2, Base1):
    pass
for bases in [(M1, M2), (Base1, M1), (M2, M1)]:
    try:
        type("Bad", bases, {})
    except TypeError as e:
        print(e)
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
