# SyntaxError: a keyword used as an assignment target.
print("this line must not run: the file does not compile")
class = 3
