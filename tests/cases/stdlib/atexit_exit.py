# atexit functions also run after sys.exit, after the finally blocks.
import atexit, sys
atexit.register(print, "registered print", 1, sep="-")
atexit.register(lambda: print("lambda ran"))
print("registered")
def f():
    try:
        sys.exit("bye message")
    finally:
        print("finally on exit")
f()
