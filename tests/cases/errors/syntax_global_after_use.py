# SyntaxError: global declaration after the name was assigned.
print("this line must not run: the file does not compile")
def f():
    x = 1
    global x
