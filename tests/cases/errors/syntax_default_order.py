# SyntaxError: non-default parameter after a default one.
print("this line must not run: the file does not compile")
def f(a=1, b):
    pass
