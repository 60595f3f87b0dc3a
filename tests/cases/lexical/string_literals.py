# String literals: quote styles, triple quotes, implicit concatenation.
print('single')
print("double")
print('''triple single''')
print("""triple double""")
print("it's")
print('say "hi"')
print("""multi
line
string""")
print('''a 'quoted' "mix"''')
print("abc" "def" 'ghi')
print("concat"
      " across"
      " lines")
print('')
print("")
print(len(""""""))
print("tab\there")
print('''x''' "y" """z""")
s = ("one "
     "two "
     "three")
print(s)
