# Uncaught user-defined exception with a message: final line is "ClassName: message".
class BankError(Exception):
    pass
def withdraw(balance, amount):
    if amount > balance:
        raise BankError(f"insufficient funds: balance {balance}, requested {amount}")
    return balance - amount
b = withdraw(100, 30)
print(b)
withdraw(b, 500)
