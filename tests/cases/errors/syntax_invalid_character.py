# SyntaxError: a character that cannot appear in an identifier.
print("this line must not run: the file does not compile")
price€ = 1
