# SyntaxError: missing colon after if; nothing before it runs.
print("this line must not run: the file does not compile")
if True
    print(1)
