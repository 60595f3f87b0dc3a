# SyntaxError: trailing underscore in a number.
print("this line must not run: the file does not compile")
x = 1_
