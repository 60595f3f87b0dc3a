# SyntaxError: augmented assignment to a tuple target.
print("this line must not run: the file does not compile")
a, b += 1
