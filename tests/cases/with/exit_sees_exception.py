# __exit__ receives type, value and traceback; traceback object is not None; state restored.
class Guard:
    depth = 0
    def __enter__(self):
        Guard.depth += 1
        return Guard.depth
    def __exit__(self, et, ev, tb):
        Guard.depth -= 1
        print("exit sees", et and et.__name__, ev and ev.args, tb is not None)
        return et is KeyError
for exc in [None, KeyError("k"), ValueError("v")]:
    try:
        with Guard() as d:
            print("depth", d)
            if exc:
                raise exc
        print("completed")
    except ValueError:
        print("value error escaped")
print("final depth", Guard.depth)
