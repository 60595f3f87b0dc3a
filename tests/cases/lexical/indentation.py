# Indentation: tabs, mixed block depths, dedent to several levels at once.
def f(n):
    if n > 0:
        for i in range(n):
            if i % 2:
                print("odd", i)
            else:
                print("even", i)
    else:
        print("none")
    return n
f(3)
f(0)
if True:
	print("tab indented")
	if True:
		print("two tabs")
print("back")
class K:
        def m(self):
                return "deep spaces"
print(K().m())
