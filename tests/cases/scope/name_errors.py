# NameError messages for undefined globals, builtins shadowing and deletion.
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
def f():
    return also_undefined
try:
    f()
except NameError as e:
    print("NameError:", e)
len = lambda x: "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))
g = 1
del g
try:
    g
except NameError as e:
    print("NameError:", e)
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
