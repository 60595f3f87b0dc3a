# __hash__ with __eq__: objects as dict keys/set members; __eq__ alone makes a class unhashable.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
d = {Key(1, 2): "one-two"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d, len({Key(0, 0), Key(0, 0), Key(0, 1)}))
class EqOnly:
    def __eq__(self, o):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
print(EqOnly.__hash__)
class Default:
    pass
x = Default()
print(hash(x) == hash(x), {x: 1}[x])
