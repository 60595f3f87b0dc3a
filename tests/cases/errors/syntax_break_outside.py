# SyntaxError: break outside of a loop.
print("this line must not run: the file does not compile")
if True:
    break
