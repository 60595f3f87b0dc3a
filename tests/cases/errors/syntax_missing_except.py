# SyntaxError: try without except or finally.
print("this line must not run: the file does not compile")
try:
    pass
x = 1
