# A spreadsheet with formulas referencing other cells, recursive evaluation with memoisation and cycle detection.
class CycleError(Exception):
    pass

class Sheet:
    def __init__(self):
        self.cells = {}
    def set(self, name, value):
        self.cells[name] = value
    def evaluate(self):
        values, visiting = {}, set()
        def get(name):
            if name in values:
                return values[name]
            if name in visiting:
                raise CycleError(f"cycle through {name}")
            visiting.add(name)
            raw = self.cells.get(name, 0)
            if isinstance(raw, str) and raw.startswith("="):
                v = self.formula(raw[1:], get)
            else:
                v = raw
            visiting.discard(name)
            values[name] = v
            return v
        out = {}
        for name in self.cells:
            try:
                out[name] = get(name)
            except CycleError as e:
                out[name] = f"#CYCLE({e})"
            except ZeroDivisionError:
                out[name] = "#DIV/0"
        return out
    def formula(self, text, get):
        if text.startswith("SUM(") and text.endswith(")"):
            a, b = text[4:-1].split(":")
            col_a, row_a, row_b = a[0], int(a[1:]), int(b[1:])
            cols = [chr(c) for c in range(ord(col_a), ord(b[0]) + 1)]
            return sum(get(f"{c}{r}") for c in cols for r in range(row_a, row_b + 1))
        tokens = text.replace("+", " + ").replace("-", " - ").replace("*", " * ").replace("/", " / ").split()
        def val(t):
            return get(t) if t[0].isalpha() else float(t) if "." in t else int(t)
        result = val(tokens[0])
        for i in range(1, len(tokens), 2):
            op, v = tokens[i], val(tokens[i + 1])
            if op == "+": result += v
            elif op == "-": result -= v
            elif op == "*": result *= v
            else: result /= v
        return result

s = Sheet()
data = {"A1": 10, "A2": 20, "A3": 30, "B1": "=A1*2", "B2": "=A2*2", "B3": "=A3*2",
        "C1": "=SUM(A1:B3)", "C2": "=C1/4", "C3": "=C2-B1+0.5", "D1": "=D2+1", "D2": "=D1+1",
        "D3": "=A1/0", "E1": "=D1*2", "E2": "=Z9+7"}
for k, v in data.items():
    s.set(k, v)
for name, v in s.evaluate().items():
    print(f"{name:<3} {str(data[name]):<12} -> {v}")
s.set("A1", 100)
s.set("D2", 5)
res = s.evaluate()
print({k: res[k] for k in ("B1", "C1", "C2", "D1", "E1")})
