# A context manager class wrapping a generator (hand-written contextmanager equivalent).
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        else:
            try:
                self.gen.throw(ev)
            except StopIteration:
                return True
            except BaseException as e:
                if e is ev:
                    return False
                raise
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ValueError as e:
        print("tag saw", e)
    print(f"</{name}>")
with GenCM(tag("html")):
    with GenCM(tag("body")) as n:
        print("content in", n)
with GenCM(tag("p")):
    raise ValueError("handled inside generator")
print("done")
