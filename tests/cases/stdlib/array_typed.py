from array import array
import array as arraymod
for tc, v in [('b', 200), ('b', -200), ('B', 300), ('B', -1), ('h', 40000), ('h', -40000), ('H', 70000), ('H', -1), ('i', 2**31), ('i', -2**31 - 1), ('I', 2**32), ('I', -1), ('l', 2**63), ('L', 2**64), ('L', -1), ('q', 2**63), ('Q', -1), ('Q', 2**64)]:
    try:
        array(tc, [v])
    except Exception as e:
        print(tc, v, type(e).__name__, e)
for args in [('i', [1.5]), ('d', ['x']), ('u', 'ab'), ('z', []), ('b', 'x')]:
    try:
        print(array(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
a = array('f', [0.1, 1e40]); print(a, a.itemsize, array('u', 'hé'), array('d'), repr(array('b', b'ab')))
print(array('i', [3, 1]) < array('i', [3, 2]), array('i', [1]) + array('i', [2]), array('i', [1, 2]) * 2, array('h', [1, 2]).tobytes(), array('d', [1.5]).tobytes())
try:
    array('i', [1]) + array('d', [1])
except Exception as e:
    print(type(e).__name__, e)
a = array('i', [1, 2, 3]); a[1:2] = array('i', [7, 8]); print(a, a[::2], a[-1], len(a), list(reversed(a)), 7 in a)
for bad in [lambda: a.__setitem__(0, 'x'), lambda: a.remove(99), lambda: a.index(99), lambda: array('i').pop(), lambda: a[10]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a, a.pop(), a.pop(0), a.count(7), a.index(8), a.tolist(), a.typecode)
b = array('h'); b.frombytes(b'\x01\x00\x02\x00'); print(b); b.byteswap(); print(b); b.fromlist([3]); print(b, b == array('h', [256, 512, 3]))
print(arraymod.typecodes, sum(array('d', [0.5, 0.25])), max(array('b', [3, -1])), sorted(array('i', [3, 1, 2])))
u = array('u', 'abc'); print(u.tounicode(), u[1])
