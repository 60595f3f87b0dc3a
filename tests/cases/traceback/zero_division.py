# Uncaught ZeroDivisionError after some output: exit 1, stdout kept, final line checked.
print("before")
def divide(a, b):
    return a / b
print(divide(6, 3))
print(divide(1, 0))
print("never")
