# json: dump/load through files, round trips of nested data, a config file with defaults, streaming chunks
import json

config = {
    "server": {"host": "localhost", "port": 8080, "tls": False},
    "users": [{"name": "ann", "roles": ["admin", "dev"], "quota": 1.5e9},
              {"name": "bob", "roles": [], "quota": None}],
    "motd": "Welcome \u2603 \"friends\"\n",
    "ratios": [0.1, 1 / 3, 2.0, -0.0, 1e-300],
}
with open("config.json", "w") as f:
    json.dump(config, f, indent=2, sort_keys=True)
with open("config.json") as f:
    text = f.read()
print(text)
with open("config.json") as f:
    back = json.load(f)
print(back == config, back["users"][0]["roles"], back["ratios"])

defaults = {"debug": False, "workers": 4, "server": {"port": 80}}
merged = {**defaults, **json.loads('{"workers": 8, "extra": [1, 2, {"deep": true}]}')}
print(json.dumps(merged, separators=(",", ":")))

nested = [1]
for i in range(30):
    nested = [nested, {"level": i}]
s = json.dumps(nested)
print(len(s), json.loads(s) == nested, s[:60])

records = [{"id": i, "name": "item%d" % i, "price": round(i * 1.1, 2), "tags": ["t%d" % (i % 3)]} for i in range(200)]
s = json.dumps(records)
again = json.loads(s)
print(len(s), again == records, again[123], json.dumps(again[199], sort_keys=True))
print(json.dumps(json.loads(json.dumps(config, ensure_ascii=False)), ensure_ascii=False) == json.dumps(config, ensure_ascii=False))

chunks = list(json.JSONEncoder(indent=1).iterencode({"a": [1, {"b": None}], "c": "x"}))
print(len(chunks), chunks[:6])


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode_point(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    raise TypeError("not serializable: %r" % type(o).__name__)


def decode_point(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


text = json.dumps({"start": Point(1, 2), "path": [Point(3, 4)]}, default=encode_point)
print(text)
obj = json.loads(text, object_hook=decode_point)
print(type(obj["start"]).__name__, obj["start"].x, obj["path"][0].y)
try:
    json.dumps({"p": object()}, default=encode_point)
except TypeError as e:
    print("TypeError", e)
