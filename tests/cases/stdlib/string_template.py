# string: constants, capwords, Template (substitute/safe_substitute, errors, custom delimiter), Formatter
import string
from string import Template, Formatter

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords(" hello   world  "), string.capwords("a-b-c", "-"), string.capwords("ÉCOLE normale"), repr(string.capwords("")))

t = Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"), t.template)
print(Template("$who likes $$ ${what}s and $$$who").substitute({"who": 1, "what": 2}))
print(Template("$a").substitute({"a": 1}, a=2), Template("$a $b").substitute({"a": 1}, b=2))
print(Template("${x}y ${x}_z $x_z").safe_substitute(x="X"))
print(Template("$who ${x} $ $$ ${").safe_substitute(who=1))
print(Template("cost: $$5, $1 each; tail $").safe_substitute())
print(Template("$a$b ${c} $a $$d").get_identifiers(), Template("$a $").is_valid(), Template("$$").is_valid())
for text, kw in [("$who likes", {}), ("abc $ def", {}), ("ab\ncd ${ x}", {}), ("$", {}), ("x $1", {}), ("$é", {}), ("${a", {"a": 1})]:
    try:
        print(Template(text).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)


class Percent(Template):
    delimiter = "%"


print(Percent("%x %% $y %{x}").substitute(x=1))


class Money(Template):
    delimiter = "#$"


print(Money("price #$amount #$#$").substitute(amount=5))

letter = Template("""Dear $name,
Your order #$order ships on ${day}day.
""")
for row in [{"name": "Ann", "order": 17, "day": "Mon"}, {"name": "Bob", "order": 3, "day": "Fri"}]:
    print(letter.substitute(row), end="")

f = Formatter()
print(list(f.parse("a{0}b{x!r:>{w}}c{{}}")))
print(f.format("{0} {x:>5} {1}", 1, 2, x="y"), f.format("{} and {}", "a", "b"))
print(f.format("{0[1]} {k[a]} {p.real}", [1, 2], k={"a": 3}, p=4))
print(f.vformat("{0:{1}} {2!r}", (3.14159, ".2f", "q"), {}))
print(f.format("{:*^{}}", "mid", 11), f.format("{!s:>4}|{!a}", 7, "é"))
for fmt, args in [("{0} {}", (1, 2)), ("{} {0}", (1,)), ("{", (1,)), ("}", (1,)), ("{0!x}", (1,)), ("{5}", (1,)), ("{a.b}", ())]:
    try:
        print(f.format(fmt, *args, a=1))
    except (ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)


class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<%s?>" % key
        return super().get_value(key, args, kwargs)


print(Upper().format("{greet}, {name}! {0:x}", 255, greet="hello"))
