# A tiny template engine: {{ var }} and {{ var|filter }} substitution, {% for %} loops and {% if %} blocks.
FILTERS = {"upper": str.upper, "lower": str.lower, "title": str.title, "len": len,
           "money": lambda v: f"${v:,.2f}", "reverse": lambda v: v[::-1]}
def lookup(expr, ctx):
    parts = expr.strip().split("|")
    path = parts[0].strip().split(".")
    value = ctx[path[0]]
    for p in path[1:]:
        value = value[int(p)] if p.isdigit() else value[p]
    for f in parts[1:]:
        value = FILTERS[f.strip()](value)
    return value
def render(tpl, ctx):
    out = []
    i = 0
    while i < len(tpl):
        if tpl.startswith("{{", i):
            j = tpl.index("}}", i)
            out.append(str(lookup(tpl[i + 2:j], ctx)))
            i = j + 2
        elif tpl.startswith("{%", i):
            j = tpl.index("%}", i)
            tag = tpl[i + 2:j].split()
            end_tag = "{% end" + tag[0] + " %}"
            depth, k = 1, j + 2
            while depth:
                nxt_open = tpl.find("{% " + tag[0], k)
                nxt_close = tpl.find(end_tag, k)
                if nxt_open != -1 and nxt_open < nxt_close:
                    depth += 1
                    k = nxt_open + 2
                else:
                    depth -= 1
                    k = nxt_close + (len(end_tag) if depth else 0)
            body = tpl[j + 2:k]
            if tag[0] == "for":
                for item in lookup(tag[3], ctx):
                    out.append(render(body, dict(ctx, **{tag[1]: item})))
            elif tag[0] == "if":
                if lookup(tag[1], ctx):
                    out.append(render(body, ctx))
            i = k + len(end_tag)
        else:
            j = tpl.find("{", i + 1)
            j = len(tpl) if j == -1 else j
            out.append(tpl[i:j])
            i = j
    return "".join(out)
TEMPLATE = """Invoice for {{ customer.name|title }} ({{ customer.email|lower }})
{% for line in lines %}- {{ line.item|upper }}: {{ line.qty }} x {{ line.price|money }}
{% endfor %}{% if discount %}Discount applied: {{ discount }}%
{% endif %}Items: {{ lines|len }}, reversed name: {{ customer.name|reverse }}
{% for t in tags %}[{{ t }}]{% if urgent %}!{% endif %}{% endfor %}
"""
ctx = {"customer": {"name": "ada lovelace", "email": "ADA@Example.org"},
       "lines": [{"item": "widget", "qty": 3, "price": 4.5}, {"item": "gear", "qty": 10, "price": 1234.5}],
       "discount": 15, "tags": ["new", "vip"], "urgent": True}
print(render(TEMPLATE, ctx), end="")
ctx2 = dict(ctx, discount=0, urgent=False, lines=[], tags=["x"])
print(render(TEMPLATE, ctx2), end="")
try:
    render("{{ missing }}", ctx)
except KeyError as e:
    print("KeyError:", e)
