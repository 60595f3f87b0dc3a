# SyntaxError: closing bracket does not match the opening one.
print("this line must not run: the file does not compile")
x = (1, 2]
