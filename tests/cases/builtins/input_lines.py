# input() reads lines from stdin (given by the .in file); EOFError at the end.
name = input()
print("hello,", name)
n = int(input())
total = 0
for _ in range(n):
    total += int(input())
print("sum:", total)
line = input("prompt> ")
print(repr(line))
rest = []
while True:
    try:
        rest.append(input())
    except EOFError:
        break
print(rest)
