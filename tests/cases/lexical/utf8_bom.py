# A UTF-8 source file that starts with a byte-order mark.
s = "été"
print(s, len(s))
