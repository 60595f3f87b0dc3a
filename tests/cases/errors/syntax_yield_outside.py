# SyntaxError: yield outside of a function.
print("this line must not run: the file does not compile")
yield 1
