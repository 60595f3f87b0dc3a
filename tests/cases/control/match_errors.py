# match: the TypeErrors of class patterns and the duplicate-key SyntaxError.
class A: pass
class B:
    __match_args__ = ("x",)
    x = 1
class C:
    __match_args__ = ["x"]
for subj, f in [(1, lambda: None)]:
    pass
def t(code):
    try:
        exec(code)
    except Exception as e:
        print(type(e).__name__, e)
t("match 1:\n case len(): pass")
t("match A():\n case A(1): pass")
t("match B():\n case B(1, 2): pass")
t("match C():\n case C(1): pass")
t("match 5:\n case int(1, 2): pass")
t("match B():\n case B(1, x=1): pass")
t("match {}:\n case {'a': 1, 'a': 2}: pass")
