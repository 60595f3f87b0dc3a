# SyntaxError: positional argument after keyword argument in a call.
print("this line must not run: the file does not compile")
print(end='', 2)
