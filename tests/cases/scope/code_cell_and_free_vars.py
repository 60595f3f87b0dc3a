# co_cellvars / co_freevars name a code object's cells and free variables.
def counter():
    n = 0
    step = 1
    def inc():
        nonlocal n
        n += step
        return n
    return inc
inc = counter()
inc(); inc()
print(inc(), counter.__code__.co_cellvars, inc.__code__.co_freevars)
print(len(inc.__closure__), [c.cell_contents for c in inc.__closure__])
def plain(a, b):
    return a + b
print(plain.__code__.co_cellvars, plain.__code__.co_freevars, plain.__code__.co_varnames)
def arg_cell(a):
    return lambda: a
print(arg_cell.__code__.co_cellvars, arg_cell(5).__code__.co_freevars, arg_cell(5)())
print(__file__.startswith("/"), __file__.endswith("code_cell_and_free_vars.py"))
