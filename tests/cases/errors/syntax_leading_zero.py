# SyntaxError: leading zeros in a decimal literal.
print("this line must not run: the file does not compile")
x = 0123
