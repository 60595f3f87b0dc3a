# Uncaught exception without arguments: the final line is only the class name.
class Quiet(Exception):
    pass
print("start")
raise Quiet
