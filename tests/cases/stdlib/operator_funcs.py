# operator: function forms, itemgetter/attrgetter/methodcaller (calls and reprs), in-place forms
import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3.5), operator.inv(5), operator.invert(0))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 5), operator.rshift(64, 2))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"))
print(operator.index(7), operator.index(True), operator.getitem([5, 6], 1), operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(4))), operator.length_hint(5, 9))
d = {}
operator.setitem(d, "k", 1)
operator.setitem(d, "j", 2)
operator.delitem(d, "k")
print(d, operator.call(max, 3, 9, 2))
print(reduce(operator.mul, range(1, 8)), sum(map(operator.mul, [1, 2, 3], [4, 5, 6])))
print(operator.__add__(1, 2), operator.__getitem__("xy", 0))

a = [1]
b = operator.iadd(a, [2])
print(a, b, a is b, operator.iadd(1, 2), operator.imul("ab", 2), operator.iconcat([0], (9,)))
s = {1}
operator.ior(s, {2})
print(s, operator.isub(10, 3), operator.ipow(2, 5), operator.ixor(5, 1), operator.ifloordiv(9, 2), operator.itruediv(9, 2))

rows = [("apple", 3, 1.5), ("pear", 1, 0.5), ("fig", 3, 2.0), ("kiwi", 2, 0.25)]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 2)))
print(list(map(itemgetter(0), rows)), itemgetter(slice(1, 3))("abcd"), itemgetter("a", "b")({"a": 1, "b": 2}))
print(repr(itemgetter(1)), repr(itemgetter(1, "x")), repr(attrgetter("a.b", "c")), repr(methodcaller("split", ",", maxsplit=1)))


class P:
    def __init__(self, name, age, boss=None):
        self.name = name
        self.age = age
        self.boss = boss

    def greet(self, other, punct="!"):
        return "hi %s from %s%s" % (other, self.name, punct)


people = [P("ann", 31), P("bob", 25, P("carl", 50)), P("dee", 28)]
print([p.name for p in sorted(people, key=attrgetter("age"))])
print(attrgetter("name", "age")(people[0]), attrgetter("boss.name")(people[1]))
print(methodcaller("greet", "x")(people[0]), methodcaller("greet", "y", punct="?")(people[2]))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",", maxsplit=1)("a,b,c"))

for f in (lambda: itemgetter(), lambda: attrgetter(1), lambda: methodcaller(), lambda: methodcaller(5),
          lambda: attrgetter("nope")(people[0]), lambda: itemgetter(9)([1]), lambda: operator.index("3"),
          lambda: operator.concat(1, 2), lambda: operator.indexOf([1], 5)):
    try:
        print(f())
    except (TypeError, AttributeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
