# Walk __context__/__cause__ chains manually and print each link.
def chain(e):
    out = []
    while e is not None:
        out.append(f"{type(e).__name__}({', '.join(map(repr, e.args))})")
        e = e.__cause__ or e.__context__
    return " <- ".join(out)
try:
    try:
        try:
            int("x")
        except ValueError as a:
            raise KeyError("mid") from a
    except KeyError:
        raise RuntimeError("top")
except RuntimeError as r:
    print(chain(r))
def deep(n):
    if n == 0:
        raise ValueError(0)
    try:
        deep(n - 1)
    except ValueError as e:
        raise ValueError(n) from e
try:
    deep(5)
except ValueError as e:
    print(chain(e))
