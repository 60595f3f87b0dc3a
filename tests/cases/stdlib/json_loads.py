# json: loads of valid and malformed documents (CPython's JSONDecodeError messages and positions), hooks, bytes input
import json
bad = ['', ' ', '{', '[', '[1,]', '{"a": 1,}', '{"a" 1}', '{"a": }', '{a: 1}', '[1 2]', '{"a": 1 "b": 2}', '"abc', '"a\\x"', '"a\\u12"', '"a\x01b"', '[1] x', 'tru', 'nul', '-', '01', '1.', '1e', '.5', '"\\ud834"', '[1, 2', '{"a": [1, {"b": }]}', 'NaN', '-Infinity', 'Infinityx', '{"a":1}}', '\n\n  [1,\n  x]', '"\\', '"\\u"', '[-]', '1 2', '[" \t"]', 'true false']
for b in bad:
    try:
        print(repr(b), repr(json.loads(b)))
    except json.JSONDecodeError as e:
        print(repr(b), 'JSONDecodeError', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null, "x\\n\\u00e9\\ud834\\udd1e"], "b": {}, "c": []}'))
print(json.loads('  [1, 2]  '), json.loads('"\\/"'), json.loads('123'), json.loads('-0'), json.loads('-0.0'), json.loads('1E400'), json.loads('12345678901234567890'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.5]', parse_float=str), json.loads('[7]', parse_int=float), json.loads('NaN', parse_constant=lambda c: c))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads('"\x7f"'))
try: json.loads(5)
except TypeError as e: print(e)
