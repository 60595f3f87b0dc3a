# A tiny Markdown-to-HTML converter: headings, paragraphs, lists, emphasis, code spans, links; escaping.
DOC = """# Mosaic notes

Mosaic is a *fast* Python with a **copy-and-patch** JIT.
It compiles `uops` to machine code.

## Tiers

- tier 1: the *specializing* interpreter
- tier 2: traces of `uops`
- the JIT: [stencils](https://example.org/jit) glued together

1. record
2. optimize
3. emit

Escapes: 3 < 4 & 5 > 2, and a literal \\*star\\*.
"""

def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def inline(s):
    out = []
    i = 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append(escape(s[i + 1])); i += 2
        elif s.startswith("**", i) and s.find("**", i + 2) > 0:
            j = s.find("**", i + 2)
            out.append("<strong>" + inline(s[i + 2:j]) + "</strong>"); i = j + 2
        elif s[i] == "*" and s.find("*", i + 1) > 0:
            j = s.find("*", i + 1)
            out.append("<em>" + inline(s[i + 1:j]) + "</em>"); i = j + 1
        elif s[i] == "`" and s.find("`", i + 1) > 0:
            j = s.find("`", i + 1)
            out.append("<code>" + escape(s[i + 1:j]) + "</code>"); i = j + 1
        elif s[i] == "[" and "](" in s[i:]:
            j = s.index("](", i)
            k = s.index(")", j)
            out.append(f'<a href="{s[j + 2:k]}">{inline(s[i + 1:j])}</a>'); i = k + 1
        else:
            out.append(escape(s[i])); i += 1
    return "".join(out)

def convert(text):
    html, para, list_kind = [], [], None
    def flush():
        nonlocal list_kind
        if para:
            html.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
        if list_kind:
            html.append(f"</{list_kind}>")
            list_kind = None
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            flush()
        elif stripped.startswith("#"):
            flush()
            level = len(stripped) - len(stripped.lstrip("#"))
            html.append(f"<h{level}>{inline(stripped[level:].strip())}</h{level}>")
        elif stripped.startswith("- ") or stripped.split(". ")[0].isdigit():
            kind = "ul" if stripped.startswith("- ") else "ol"
            if para or (list_kind and list_kind != kind):
                flush()
            if not list_kind:
                html.append(f"<{kind}>")
                list_kind = kind
            item = stripped[2:] if kind == "ul" else stripped.split(". ", 1)[1]
            html.append(f"  <li>{inline(item)}</li>")
        else:
            para.append(stripped)
    flush()
    return "\n".join(html)

print(convert(DOC))
