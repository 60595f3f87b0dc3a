# `match`, `case` and `_` are ordinary names outside a match statement.
match = 1
case = 2
_ = 3
match(x)
match[0]
match.attr = 4
print(match, case, _)
def match(case): return case
class case: pass
match = [match for match in case]
x = match if case else _
match, case = case, match
match: int = 5
case: str
