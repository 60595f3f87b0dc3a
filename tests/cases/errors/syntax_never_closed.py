# SyntaxError: an opening parenthesis is never closed.
print("this line must not run: the file does not compile")
x = (1, 2
y = 3
