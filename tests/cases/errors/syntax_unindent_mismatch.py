# IndentationError: dedent to a level that matches no outer block.
print("this line must not run: the file does not compile")
if True:
        x = 1
    y = 2
