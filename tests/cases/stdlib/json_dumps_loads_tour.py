import json
data = {"name": "Zoë", "age": 30, "scores": [9.5, 8, 1e20, 1e-7, -0.0, 0.1 + 0.2], "tags": ("a", "b"), "nested": {"ok": True, "none": None, "empty": [], "e2": {}}, "emoji": "😀\n\t\"\\/", 3: "int key", 2.5: "float key", True: "bool key", None: "none key"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", separators=(",", " = ")))
print(json.dumps({"b": 1, "a": [3, 2, {"d": 1, "c": 2}]}, sort_keys=True, indent=4))
print(json.dumps([1, 2, 3], separators=(",", ":")), json.dumps("x"), json.dumps(None), json.dumps(3.0), json.dumps(10**30), json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]))
print(json.dumps({"a": [1, {"b": []}]}, indent=0))
print(json.dumps([[]], indent=3), json.dumps({}, indent=3), json.dumps([{}], indent=2))
for bad in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(set()), lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps(object())]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
l = [1]
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError:", e)
class P:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps([P(1, 2), P(3, 4)], default=lambda o: o.__dict__))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}, "c": 1 + 2j}, cls=Enc), Enc(indent=1).encode([1, {2}]))
try:
    json.dumps(object(), cls=Enc)
except TypeError as e:
    print("TypeError:", e)
s = json.dumps(data, indent=2, sort_keys=False)
back = json.loads(s)
print(back, back == json.loads(json.dumps(data)))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1, 2.5, "x", true, null]'), json.loads(b'{"k": [1]}'), json.loads('"\\u00e9\\n"'))
print(json.loads('{"x": 1.5}', parse_float=lambda s: "F" + s), json.loads("[1, 2]", parse_int=lambda s: int(s) * 10), json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads("[NaN, Infinity]", parse_constant=lambda c: c.lower()))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads('[\n  1,\n  2\n  3\n]')
except ValueError as e:
    print(type(e).__name__, e)
with open("data.json", "w") as f:
    json.dump({"z": [1, 2], "y": "ü"}, f, indent=2)
with open("data.json") as f:
    print(repr(f.read()))
with open("data.json") as f:
    print(json.load(f))
print(json.dumps("\x00\x1f\x7f\u2028"), json.dumps("\ud800"), json.dumps(["é"], ensure_ascii=False))
class MyInt(int):
    def __repr__(self): return "MyInt!"
class MyF(float):
    def __repr__(self): return "MyF!"
class MyD(dict): pass
class MyL(list): pass
print(json.dumps([MyInt(5), MyF(2.5), MyD(a=1), MyL([1]), True, False]))
json.loads("[1,]")
