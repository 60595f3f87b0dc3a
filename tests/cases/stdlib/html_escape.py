import html
from html.entities import name2codepoint, codepoint2name, html5
print(html.escape("<a href=\"x\">Tom & Jerry's</a>"), html.escape("<'\">", quote=False))
for s in ["&lt;p&gt;", "&amp;amp;", "&eacute;t&eacute;", "&#233;&#xE9;&#X41;", "&notin; &notit; &not", "&#0; &#128; &#x80; &#150; &#xD800; &#1114112;", "&#1; &#11; &#x7f;", "&bogus; & alone", "&copy2024", "&AMP &lt &GT;", "no refs", "&#65"]:
    print(repr(s), repr(html.unescape(s)))
print(name2codepoint["eacute"], codepoint2name[0x3b1], html5["lt;"], len(html5))
