# The last line of this file has no newline character after it.
print("first")
if True:
    print("last line without newline")