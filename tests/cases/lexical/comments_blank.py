# Comments and blank lines in odd places; semicolons.
# a comment

x = 1  # trailing comment
   # indented comment

if x:  # comment after colon
    # comment inside block

    y = 2   # more
    print(y)
a = 1; b = 2; c = a + b; print(c)
for i in range(2): print(i)
if True: print("one-liner")
while False: pass
print("#not a comment")
print('''
# inside a string
''')
