# SyntaxError: unterminated single-quoted string literal.
print("this line must not run: the file does not compile")
print("hello)
