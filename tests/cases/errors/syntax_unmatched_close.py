# SyntaxError: unmatched closing parenthesis.
print("this line must not run: the file does not compile")
x = 1)
