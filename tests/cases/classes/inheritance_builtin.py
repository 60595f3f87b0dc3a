# Subclassing built-in types: list, dict, int, str, Exception with extra behaviour.
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]
dd = DefaultDict()
dd["a"].append(1)
dd["b"]
print(dd)
class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"
m = Meters(5)
print(m, repr(m), m + 3, type(m + 3).__name__, m * 2)
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u.shout(), u + "x", len(u), u == "hey")
