# globals() and locals() contents, vars() of an instance.
g_value = 5
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print("g_value" in globals(), globals()["g_value"], globals().get("missing"))
class P:
    def __init__(self):
        self.x = 1
        self.y = [2]
print(vars(P()))
globals()["made_up"] = "via globals"
print(made_up)
