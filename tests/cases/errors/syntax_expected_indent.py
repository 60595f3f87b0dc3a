# IndentationError: function body not indented.
print("this line must not run: the file does not compile")
def f():
print(1)
