# SyntaxError: duplicate parameter name.
print("this line must not run: the file does not compile")
def f(a, b, a):
    pass
