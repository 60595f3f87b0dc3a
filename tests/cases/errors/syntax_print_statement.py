# SyntaxError: Python 2 print statement.
print("this line must not run: the file does not compile")
print "hello"
