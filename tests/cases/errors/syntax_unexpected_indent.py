# IndentationError: unexpected indent at module level.
print("this line must not run: the file does not compile")
x = 1
    y = 2
