# An ETL-style transformation written almost entirely with comprehensions: parse, clean, join, pivot, summarise.
RAW = """2024-01-03;alice;coffee;3;2.50
2024-01-03;bob;tea;1;2.00
2024-01-04;alice;cake;2;3.75
2024-01-04;carol;coffee;1;2.50
bad line
2024-01-05;bob;coffee;4;2.40
2024-01-05;alice;tea;2;2.00
2024-01-06;carol;cake;1;3.75
2024-01-06;dave;coffee;0;2.50"""
PEOPLE = {"alice": "London", "bob": "Leeds", "carol": "London"}
rows = [line.split(";") for line in RAW.split("\n")]
good = [r for r in rows if len(r) == 5]
bad = [";".join(r) for r in rows if len(r) != 5]
recs = [{"day": d[-2:], "who": w, "item": i, "qty": int(q), "price": float(p)} for d, w, i, q, p in good if int(q) > 0]
print(len(recs), "records; rejected:", bad)
enriched = [{**r, "city": PEOPLE.get(r["who"], "?"), "total": round(r["qty"] * r["price"], 2)} for r in recs]
print(enriched[0])
items = sorted({r["item"] for r in recs})
people = sorted({r["who"] for r in recs})
pivot = {p: {i: sum(r["qty"] for r in recs if r["who"] == p and r["item"] == i) for i in items} for p in people}
print(f"{'':<7}" + "".join(f"{i:>8}" for i in items))
for p in people:
    print(f"{p:<7}" + "".join(f"{pivot[p][i]:>8}" for i in items))
by_city = {c: round(sum(e["total"] for e in enriched if e["city"] == c), 2) for c in sorted({e["city"] for e in enriched})}
print(by_city)
daily = [(d, sum(e["total"] for e in enriched if e["day"] == d)) for d in sorted({e["day"] for e in enriched})]
print([(d, f"{t:.2f}") for d, t in daily])
best = max(((p, sum(e["total"] for e in enriched if e["who"] == p)) for p in people), key=lambda pt: pt[1])
print("best customer:", best[0], f"{best[1]:.2f}")
flags = [[("x" if pivot[p][i] else ".") for i in items] for p in people]
print(["".join(f) for f in flags], [sum(1 for f in row if f == "x") for row in flags])
