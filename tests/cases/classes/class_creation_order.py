log = []
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        log.append(f"Meta.__new__ {name} {sorted(kw)}")
        return super().__new__(m, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        log.append(f"Meta.__init__ {name}")
        super().__init__(name, bases, ns, **kw)
    @classmethod
    def __prepare__(m, name, bases, **kw):
        log.append(f"__prepare__ {name}")
        return {}
class D:
    def __set_name__(self, owner, name):
        log.append(f"__set_name__ {owner.__name__}.{name}")
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(f"__init_subclass__ {cls.__name__} {kw}")
def deco(cls):
    log.append(f"decorator {cls.__name__}")
    return cls
def kwarg_value():
    log.append("evaluating keyword")
    return 1
@deco
class Child(Base, flag=kwarg_value()):
    log.append("class body start")
    d = D()
    e = D()
    log.append("class body end")
for line in log:
    print(line)
