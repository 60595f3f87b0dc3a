import atexit, sys
def bye(name, punct="!"):
    print("bye", name + punct)
atexit.register(bye, "world")
atexit.register(bye, "all", punct="?")
@atexit.register
def boom():
    raise ValueError("in atexit")
def never(): print("never")
atexit.register(never)
atexit.unregister(never)
print("main done")
raise KeyError("uncaught")
