# Greedy word wrapping, full justification and a boxed layout, all computed by hand.
TEXT = ("Copy-and-patch compilation glues together precompiled machine code templates, "
        "called stencils, and fills in their holes at run time. It trades a little code "
        "quality for very fast compilation, which makes it a good fit for a baseline JIT "
        "that must start quickly and still beat an interpreter by a wide margin.")

def wrap(text, width):
    lines, cur = [], []
    for w in text.split():
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines

def justify(words, width):
    if len(words) == 1:
        return words[0]
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]

for width in (30, 45):
    print(f"--- width {width}, left aligned")
    for ws in wrap(TEXT, width):
        print(" ".join(ws))
    print(f"--- width {width}, justified")
    ls = wrap(TEXT, width)
    for i, ws in enumerate(ls):
        print((" ".join(ws) if i == len(ls) - 1 else justify(ws, width)) + "|")

def box(title, lines):
    w = max(len(title), max(len(l) for l in lines)) + 2
    top = "+" + "-" * w + "+"
    out = [top, "|" + title.center(w) + "|", top]
    out += ["| " + l.ljust(w - 1) + "|" for l in lines]
    out.append(top)
    return "\n".join(out)

print(box("Copy and patch", [" ".join(ws) for ws in wrap(TEXT, 36)]))
print(box("x", ["a"]))
