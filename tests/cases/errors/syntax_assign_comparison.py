# SyntaxError: assignment to a comparison.
print("this line must not run: the file does not compile")
x < y = 1
