# SyntaxError: plain invalid syntax (x = = 2).
print("this line must not run: the file does not compile")
x = = 2
