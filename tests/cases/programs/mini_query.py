# A mini query engine over lists of dicts: where, select, order by, group by with aggregates, joins, limit.
EMP = [
    {"id": 1, "name": "Ada", "dept": 10, "salary": 120, "city": "London"},
    {"id": 2, "name": "Bob", "dept": 20, "salary": 80, "city": "Paris"},
    {"id": 3, "name": "Cid", "dept": 10, "salary": 95, "city": "Paris"},
    {"id": 4, "name": "Dee", "dept": 30, "salary": 70, "city": "Berlin"},
    {"id": 5, "name": "Eve", "dept": 20, "salary": 105, "city": "London"},
    {"id": 6, "name": "Fox", "dept": 10, "salary": 60, "city": "Berlin"},
]
DEPT = [{"dept": 10, "title": "Engineering"}, {"dept": 20, "title": "Sales"}, {"dept": 40, "title": "Legal"}]
class Query:
    def __init__(self, rows):
        self.rows = list(rows)
    def where(self, pred):
        return Query(r for r in self.rows if pred(r))
    def select(self, *cols, **computed):
        out = []
        for r in self.rows:
            d = {c: r[c] for c in cols}
            for k, f in computed.items():
                d[k] = f(r)
            out.append(d)
        return Query(out)
    def order_by(self, *keys):
        rows = self.rows
        for k in reversed(keys):
            desc = k.startswith("-")
            name = k.lstrip("-")
            rows = sorted(rows, key=lambda r: r[name], reverse=desc)
        return Query(rows)
    def group_by(self, key, **aggs):
        groups = {}
        for r in self.rows:
            groups.setdefault(r[key], []).append(r)
        out = []
        for k, rs in groups.items():
            d = {key: k}
            for name, (fn, col) in aggs.items():
                d[name] = fn([r[col] for r in rs])
            out.append(d)
        return Query(out)
    def join(self, other, on, how="inner"):
        index = {}
        for r in other:
            index.setdefault(r[on], []).append(r)
        out = []
        for r in self.rows:
            matches = index.get(r[on], [])
            if not matches and how == "left":
                out.append(dict(r, title=None))
            for m in matches:
                out.append({**r, **m})
        return Query(out)
    def limit(self, n):
        return Query(self.rows[:n])
    def show(self):
        if not self.rows:
            print("(no rows)")
            return
        cols = list(self.rows[0])
        widths = {c: max(len(str(c)), max(len(str(r[c])) for r in self.rows)) for c in cols}
        print(" | ".join(f"{c:<{widths[c]}}" for c in cols))
        print("-+-".join("-" * widths[c] for c in cols))
        for r in self.rows:
            print(" | ".join(f"{str(r[c]):<{widths[c]}}" for c in cols))
        print()
Q = Query(EMP)
Q.where(lambda r: r["salary"] >= 80).select("name", "salary", bonus=lambda r: r["salary"] // 10).order_by("-salary").show()
Q.order_by("city", "-salary").select("city", "name", "salary").show()
Q.group_by("dept", n=(len, "id"), total=(sum, "salary"), top=(max, "salary")).order_by("dept").show()
Q.join(DEPT, "dept").select("name", "title").order_by("title", "name").show()
Q.join(DEPT, "dept", how="left").where(lambda r: r["title"] is None).select("name", "dept").show()
Q.where(lambda r: r["city"] == "Rome").show()
Q.order_by("-salary").limit(2).select("name").show()
