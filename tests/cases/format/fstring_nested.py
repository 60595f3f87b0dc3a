# f-strings with nested replacement fields in the format spec, and the = specifier.
width, prec = 12, 3
value = 2 / 3
print(f"{value:{width}.{prec}f}|")
print(f"{value:>{width}}|")
print(f"{'x':{'^'}{width}}|")
for w in range(3, 8, 2):
    print(f"[{w:{w}}]")
x = 7
y = "text"
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{y=!s} {y=}")
print(f"{value=:.2f}")
fmt = ".1%"
print(f"{value:{fmt}}")
print(f"{f'{x}'}")
print(f"{'nested ' + f'{y!r}'}")
