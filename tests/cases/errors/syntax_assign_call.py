# SyntaxError: assignment to a function call.
print("this line must not run: the file does not compile")
f() = 3
