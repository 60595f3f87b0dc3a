# AttributeError messages for modules, instances, classes, None, and setting on builtins.
import sys
class C:
    def __init__(self):
        self.a = 1
def show(f):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
show(lambda: C().b)
show(lambda: C.b)
show(lambda: None.x)
show(lambda: (1).x)
show(lambda: [].push)
show(lambda: "s".lenght)
show(lambda: sys.nonexistent)
def set_int():
    (5).real = 3
show(set_int)
def set_list():
    [].x = 1
show(set_list)
def del_missing():
    c = C()
    del c.zz
show(del_missing)
