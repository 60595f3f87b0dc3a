# int() and float() accept non-ASCII Unicode decimal digits and Unicode spaces.
print(int("١٢٣"))
print(int("\u0663\u0664", 10))
print(int("\u2003 42 \u3000"))
print(float("١.٥"))
print(int("１２"))
