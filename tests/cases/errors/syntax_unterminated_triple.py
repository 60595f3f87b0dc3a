# SyntaxError: unterminated triple-quoted string running to end of file.
print("this line must not run: the file does not compile")
x = """abc

more text
