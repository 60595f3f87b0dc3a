# match: the SyntaxErrors of patterns the grammar accepts but CPython's
# parser or compiler rejects (found by fuzzing: Mosaic compiled them): star
# patterns outside a sequence, f-strings, bare names as mapping keys, names
# bound twice, alternatives binding different names, irrefutable patterns
# before others, repeated class keywords, malformed complex literals. Each
# line is compiled, never run.
CASES = [
    'match 1:\n    case *x:\n        pass\n',
    'match 1:\n    case (*x):\n        pass\n',
    'match 1:\n    case *x | 1:\n        pass\n',
    'match 1:\n    case [(*x)]:\n        pass\n',
    'match 1:\n    case *x as y:\n        pass\n',
    'match 1:\n    case f"x":\n        pass\n',
    'match 1:\n    case "a" f"x":\n        pass\n',
    'match 1:\n    case {x: 1}:\n        pass\n',
    'match 1:\n    case {_: 1}:\n        pass\n',
    'match 1:\n    case {(1): 1}:\n        pass\n',
    'match 1:\n    case {1|2: 1}:\n        pass\n',
    'match 1:\n    case {f"x": 1}:\n        pass\n',
    'match 1:\n    case {1: 1, 1: 2}:\n        pass\n',
    'match 1:\n    case {"a": 1, "a": 2}:\n        pass\n',
    'match 1:\n    case C(a=1, a=2):\n        pass\n',
    'match 1:\n    case [x, x]:\n        pass\n',
    'match 1:\n    case [x, *x]:\n        pass\n',
    'match 1:\n    case [*x, (*x,)]:\n        pass\n',
    'match 1:\n    case {1: x, **x}:\n        pass\n',
    'match 1:\n    case C(x, a=x):\n        pass\n',
    'match 1:\n    case x as x:\n        pass\n',
    'match 1:\n    case [*a, *b]:\n        pass\n',
    'match 1:\n    case {**r, 1: 2}:\n        pass\n',
    'match 1:\n    case {**_}:\n        pass\n',
    'match 1:\n    case C(a=1, 2):\n        pass\n',
    'match 1:\n    case x | 1:\n        pass\n',
    'match 1:\n    case _ | 1:\n        pass\n',
    'match 1:\n    case x:\n        pass\n    case 1:\n        pass\n',
    'match 1:\n    case [x] | [y]:\n        pass\n',
    'match 1:\n    case 1 + 1:\n        pass\n',
    'match 1:\n    case -1j:\n        pass\n',
    'match 1:\n    case 1 - 1:\n        pass\n',
    'match 1:\n    case 1j + 1:\n        pass\n',
    'match 1:\n    case -(1):\n        pass\n',
    'match 1:\n    case a.b():\n        pass\n',
    'match 1:\n    case a.b(1)(2):\n        pass\n',
    'match 1:\n    case 1 as _:\n        pass\n',
    'match 1:\n    case 1 as a.b:\n        pass\n',
    'match 1:\n    case b"x" "y":\n        pass\n',
    'match 1:\n    case "x" b"y":\n        pass\n',
    'match 1:\n    case {**r, **s}:\n        pass\n',
    'match 1:\n    case {**r,}:\n        pass\n',
    'match 1:\n    case C(**r):\n        pass\n',
    'match 1:\n    case C(*r):\n        pass\n',
    'match 1:\n    case [a, b as a]:\n        pass\n',
    'match 1:\n    case (x | y) as z:\n        pass\n',
    'match 1:\n    case ((1 | x) | 2):\n        pass\n',
    'match 1:\n    case [1, 2] | x:\n        pass\n',
    'match 1:\n    case __debug__:\n        pass\n',
    'match 1:\n    case None as None:\n        pass\n',
    'match 1:\n    case 1 if x := 1:\n        pass\n',
    'match 1:\n    case 1, *_, 2, *_:\n        pass\n',
    'match 1:\n    case 1,:\n        pass\n',
    'match 1:\n    case C(1)(2):\n        pass\n',
]
for src in CASES:
    pattern = src.split("\n")[1].strip()
    try:
        compile(src, "<case>", "exec")
        print("ok ", pattern)
    except SyntaxError as e:
        print("SyntaxError", pattern, e.msg, e.lineno)
