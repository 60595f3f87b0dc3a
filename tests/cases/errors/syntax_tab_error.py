# TabError: inconsistent use of tabs and spaces within one block.
print("this line must not run: the file does not compile")
if True:
	x = 1
        y = 2
