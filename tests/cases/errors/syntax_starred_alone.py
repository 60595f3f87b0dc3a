# SyntaxError: a lone starred assignment target.
print("this line must not run: the file does not compile")
*a = [1]
