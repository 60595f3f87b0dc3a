# UnboundLocalError when a name is assigned later in the function; exact message.
count = 0
def bad():
    count += 1
    return count
try:
    bad()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def bad2():
    print(y)
    y = 1
try:
    bad2()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def bad3():
    z = 1
    del z
    return z
try:
    bad3()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    v = 5
    return inner()
print(outer())
print(issubclass(UnboundLocalError, NameError))
