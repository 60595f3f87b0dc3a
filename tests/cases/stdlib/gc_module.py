import gc
print(gc.collect(), gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(gc.get_threshold(), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.garbage)
x = [[i] for i in range(100000)]
del x
print(gc.collect(2) >= 0)
try:
    gc.collect(5)
except ValueError as e:
    print(e)
