from graphlib import TopologicalSorter, CycleError
graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
print(list(TopologicalSorter({"D": ["B", "C"], "C": ["A"], "B": ["A"]}).static_order()))
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": [], "tests": ["app"]}
print(list(TopologicalSorter(deps).static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1); ts.add(1, 0); ts.add(2, 0); ts.add(5)
ts.prepare()
while ts.is_active():
    ready = ts.get_ready(); print("ready", ready)
    ts.done(*ready)
try:
    list(TopologicalSorter({1: [2], 2: [3], 3: [1], 0: [1]}).static_order())
except CycleError as e:
    print("cycle", e.args)
t2 = TopologicalSorter({"a": ["b"]}); t2.prepare()
for bad in [lambda: t2.prepare(), lambda: t2.add("x"), lambda: t2.done("a"), lambda: t2.done("zz")]:
    try:
        bad()
    except ValueError as e:
        print(e)
r = t2.get_ready(); t2.done(*r)
try:
    t2.done(*r)
except ValueError as e:
    print(e)
try:
    TopologicalSorter().get_ready()
except ValueError as e:
    print(e)
print(bool(t2), TopologicalSorter[int])
