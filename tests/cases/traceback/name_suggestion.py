# Uncaught NameError/AttributeError: CPython 3.11 appends "Did you mean: ...?" to the final line.
values = [1, 2, 3]
class Account:
    def __init__(self):
        self.balance = 10
a = Account()
try:
    a.balanse
except AttributeError as e:
    print("str() has no suggestion:", e)
print(sum(valeus))
