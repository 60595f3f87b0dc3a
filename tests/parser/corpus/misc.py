# Layout: blank lines, comments, continuation, tabs, semicolons, unicode.
x = 1  # trailing comment

# a comment line
    # an indented comment line
y = (1 +
     2
     # comment inside brackets
     + 3)
z = 1 + \
    2 + \
    3
if x:
	tabbed = 1
	if y:
		more = 2
def f():

    # blank lines and comments inside a block

    return 1
s = [
    1,
    2,
]
d = {
    'a': 1,
    'b': 2,
}
t = (
)
héllo = "wörld"
_private = __dunder__ = ___ = 1
π = 3.14159
变量 = "chinese"
x = 1;y = 2
if True: pass
else: pass
x = [1,
2,
3]
def g(a,
      b):
    return (a,
            b)
class K:

    x = 1



    y = 2
