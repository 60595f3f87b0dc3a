# A loop whose operand types change mid-way (int -> float -> big int -> str) to force deopts.
vals = [1, 2, 3] * 10 + [1.5, 2.5] * 10 + [2**70, 3**50] * 10 + ["a", "b"] * 5
acc_num = 0
acc_str = ""
for v in vals:
    if isinstance(v, str):
        acc_str += v
    else:
        acc_num = acc_num + v
print(acc_num, acc_str)
def add(a, b):
    return a + b
res = []
for a, b in [(1, 2)] * 50 + [(1.0, 2)] * 50 + [("x", "y")] * 3 + [([1], [2])] * 2 + [(2**64, 1)] * 50:
    res.append(add(a, b))
print(res[0], res[50], res[100], res[103], res[-1], len(res))
