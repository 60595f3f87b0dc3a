#!/usr/bin/env python3
"""tools/html_entities_gen.py — writes lib/html/entities.py from the oracle.

The HTML entity tables are data of the HTML specifications; they are read
off the running CPython (the test oracle) so Mosaic's match it:

    python3 tools/html_entities_gen.py > lib/html/entities.py
"""

import html.entities as e

lines = ['"""HTML character entity tables (html.entities).', '',
         'Generated for Mosaic from the oracle CPython\'s tables (the data of the',
         'HTML 4 and HTML5 specifications) by tools/html_entities_gen.py.', '"""', '',
         '__all__ = ["html5", "name2codepoint", "codepoint2name", "entitydefs"]', '']
lines.append("name2codepoint = {")
for k, v in e.name2codepoint.items():
    lines.append("    %r: %#x," % (k, v))
lines.append("}")
lines.append("")
lines.append("html5 = {")
for k, v in e.html5.items():
    lines.append("    %r: %s," % (k, ascii(v)))
lines.append("}")
lines.append("")
lines.append("codepoint2name = {}")
lines.append("entitydefs = {}")
lines.append("for _name, _codepoint in name2codepoint.items():")
lines.append("    codepoint2name[_codepoint] = _name")
lines.append("    entitydefs[_name] = chr(_codepoint)")
lines.append("del _name, _codepoint")
print("\n".join(lines))
