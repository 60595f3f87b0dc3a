# SyntaxError: continue outside of a loop.
print("this line must not run: the file does not compile")
if 1:
    continue
