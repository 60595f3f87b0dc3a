g = {}
exec("x = 1\ny = x + 1", g)
print(sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
try:
    exec("print(len('ab'))", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
exec("print(len('abc'))", {"__builtins__": {"len": len, "print": print}})
print(eval("a + b", {"a": 1}, {"b": 2}))
code = compile("z = 10\nprint('compiled', z)", "<mycode>", "exec")
exec(code)
print(z)
e = compile("3 * 7", "<e>", "eval")
print(eval(e), type(e).__name__, e.co_filename, e.co_name)
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as se:
    print("SyntaxError:", se.msg, se.filename, se.lineno, se.offset)
try:
    eval("1 +")
except SyntaxError as se:
    print("SyntaxError:", se)
try:
    eval("x = 1")
except SyntaxError as se:
    print("SyntaxError:", se)
def f():
    a = 1
    locals()["a"] = 99
    exec("a = 50")
    return a
print(f())
def g2():
    exec("newvar = 5")
    try:
        return newvar
    except NameError as e:
        return "NameError: " + str(e)
print(g2())
globals()["dyn"] = "dynamic"
print(dyn)
ns = {}
exec("def fn(v):\n    return v * factor\nfactor = 3", ns)
print(ns["fn"](4))
try:
    exec("raise ValueError('inside exec')")
except ValueError as ve:
    print("caught", ve)
try:
    exec("1/0", {})
except ZeroDivisionError as zd:
    tb = zd.__traceback__
    while tb.tb_next: tb = tb.tb_next
    print("tb in", tb.tb_frame.f_code.co_filename, tb.tb_lineno)
print(eval("[i*i for i in range(4)]"), eval("(lambda q: q + 1)(1)"), eval("__name__"))
src = "def gen():\n    yield 1\n    yield 2\nresult = list(gen())"
d = {}
exec(src, d)
print(d["result"])
exec("class C:\n    attr = 5", d)
print(d["C"].attr, d["C"].__module__)
single = compile("1 + 1", "<s>", "single")
exec(single)
