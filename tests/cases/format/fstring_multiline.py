# f-strings across multiple lines, in triple quotes, with expressions that span lines.
a, b = 3, 4
msg = (f"a={a}, "
       f"b={b}, "
       f"sum={a + b}")
print(msg)
text = f"""
Report
  a squared: {a ** 2}
  b squared: {b ** 2}
  hyp: {(a ** 2 + b ** 2) ** 0.5:.1f}
"""
print(text)
print(f"{a:>{b}}{b:<{a}}|")
print(f"{[i * i for i in range(a + b)]}")
print(f"{ {'k': a}['k'] }")
print(f"{(lambda x: x * 10)(a)}")
print(f"{a!r:^7}|")
