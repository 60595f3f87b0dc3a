import sys
a = input()
b = input("prompt> ")
c = input()
print(repr(a), repr(b), repr(c))
rest = sys.stdin.read()
print(repr(rest))
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e)
print(sys.stdin.read() == "", repr(sys.stdin.readline()))
