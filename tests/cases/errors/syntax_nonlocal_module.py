# SyntaxError: nonlocal at module level.
print("this line must not run: the file does not compile")
nonlocal x
