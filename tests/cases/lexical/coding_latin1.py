# A latin-1 source file declared with a coding cookie on line 2.
# -*- coding: latin-1 -*-
s = "café über £"
print(s, len(s), [hex(ord(c)) for c in s[-6:]])
print(s.encode('utf-8'))
