# dict error messages: unhashable keys, KeyError with various key reprs.
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: {[1]: 2})
show(lambda: {}[[1]])
show(lambda: {}["a'b"])
show(lambda: {}[None])
show(lambda: {}[1.5])
show(lambda: {}[""])
show(lambda: dict([1, 2]))
show(lambda: dict([(1, 2, 3)]))
show(lambda: {1: 2} + {3: 4})
show(lambda: {}.nosuch)
show(lambda: {{}: 1})
