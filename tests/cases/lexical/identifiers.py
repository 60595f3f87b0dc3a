# Identifiers: unicode names, underscores, soft keywords as names.
_x = 1
__y = 2
x_1 = 3
café = 4
π = 3.14
变量 = "chinese"
print(_x, __y, x_1, café, π, 变量)
match = 5
case = 6
_ = 7
type = 8
print(match, case, _, type)
Ω = [1, 2]
print(len(Ω))
