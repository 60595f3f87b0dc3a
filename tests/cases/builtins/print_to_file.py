# print(file=...) into a file object, then read back; print of objects with __str__.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
with open("out.txt", "w") as f:
    print("header", file=f)
    print(Money(1234), Money(5), sep=" and ", file=f)
    print(*range(3), sep=",", end="!\n", file=f)
with open("out.txt") as f:
    print(f.read(), end="")
print(Money(99999))
