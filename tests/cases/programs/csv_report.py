# Parse CSV text with quoted fields by hand, aggregate sales by region and month, print a pivot table.
DATA = '''region,month,product,units,price
North,2024-01,"Widget, large",12,19.99
North,2024-01,Gadget,5,49.50
South,2024-01,Widget,30,9.99
South,2024-02,"Gadget ""Pro""",2,99.00
East,2024-02,Widget,17,9.99
North,2024-02,Widget,8,9.99
East,2024-01,"Widget, large",4,19.99
South,2024-03,Gadget,11,49.50
East,2024-03,Gizmo,40,2.25
North,2024-03,Gizmo,25,2.25
West,2024-03,Widget,1,9.99'''

def parse_line(line):
    fields, cur, i, quoted = [], [], 0, False
    while i < len(line):
        c = line[i]
        if quoted:
            if c == '"' and i + 1 < len(line) and line[i + 1] == '"':
                cur.append('"'); i += 1
            elif c == '"':
                quoted = False
            else:
                cur.append(c)
        elif c == '"':
            quoted = True
        elif c == ",":
            fields.append("".join(cur)); cur = []
        else:
            cur.append(c)
        i += 1
    fields.append("".join(cur))
    return fields

lines = DATA.split("\n")
header = parse_line(lines[0])
rows = [dict(zip(header, parse_line(l))) for l in lines[1:]]
for r in rows:
    r["units"] = int(r["units"])
    r["cents"] = round(float(r["price"]) * 100)
    r["revenue"] = r["units"] * r["cents"]
print(len(rows), "rows;", [r["product"] for r in rows[:4]])
regions = sorted({r["region"] for r in rows})
months = sorted({r["month"] for r in rows})
pivot = {}
for r in rows:
    key = (r["region"], r["month"])
    pivot[key] = pivot.get(key, 0) + r["revenue"]
def fmt(c):
    return f"{c / 100:,.2f}" if c else "-"
print(f"{'region':<8}" + "".join(f"{m:>11}" for m in months) + f"{'total':>11}")
for reg in regions:
    vals = [pivot.get((reg, m), 0) for m in months]
    print(f"{reg:<8}" + "".join(f"{fmt(v):>11}" for v in vals) + f"{fmt(sum(vals)):>11}")
col_totals = [sum(pivot.get((reg, m), 0) for reg in regions) for m in months]
print(f"{'total':<8}" + "".join(f"{fmt(v):>11}" for v in col_totals) + f"{fmt(sum(col_totals)):>11}")
by_product = {}
for r in rows:
    p = r["product"].split(",")[0].split(" ")[0]
    u, rev = by_product.get(p, (0, 0))
    by_product[p] = (u + r["units"], rev + r["revenue"])
for p, (u, rev) in sorted(by_product.items(), key=lambda kv: -kv[1][1]):
    print(f"{p:<8}{u:>5} units {fmt(rev):>10}  avg {rev / u / 100:.3f}")
print(parse_line('a,"b,c",,"d""e",'))
