# Source with CRLF line endings: statements, continuation lines and triple-quoted strings normalise to \n.
x = 1 + \
    2
print(x)
s = """line1
line2"""
print(repr(s))
def f():
    return "crlf ok"
print(f())
