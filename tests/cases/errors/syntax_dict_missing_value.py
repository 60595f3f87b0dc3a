# SyntaxError: dict display with a key but no value.
print("this line must not run: the file does not compile")
d = {"a": }
