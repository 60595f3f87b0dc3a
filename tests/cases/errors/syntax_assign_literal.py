# SyntaxError: assignment to a literal.
print("this line must not run: the file does not compile")
1 = x
