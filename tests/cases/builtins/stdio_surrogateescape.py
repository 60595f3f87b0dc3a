import sys
data = sys.stdin.read()
print(repr(data), len(data))
print(data)
print("\udcff\udc80ok")
try:
    print("\ud800")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, file=sys.stderr)
print(sys.stdout.errors, sys.stdin.errors)
print(data.encode("utf-8", "surrogateescape"))
