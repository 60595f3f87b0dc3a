# textwrap: wrap/fill/shorten over many texts and widths (hyphens, em-dashes, long words, max_lines), dedent, indent
import textwrap
texts = [
    "The quick brown fox jumps over the lazy dog. " * 5,
    "Hello there, this is a well-known look-ahead example with hyphen-ated words and a very-very-long-hyphenated-compound-word-here.",
    "em-dashes--like this--and this---one, plus x--y and --start and end--",
    "A reallyreallyreallyreallyreallylongwordthatcannotfitanywhere in a line.",
    "tabs\there\tand\nnewlines\r\nand  double  spaces.  Sentence one. Sentence two! Is it? \"Quoted.\" ok",
    "  leading and trailing spaces   ",
    "",
    "short",
    "numbers-123 abc-def 1-2-3 a-b-c-d ab-cd-ef x-y _a-_b éa-éb",
    "self-explanatory, state-of-the-art, co-operate, e-mail, re-enter, X-ray, 3D-print",
]
for t in texts:
    for w in (1, 5, 12, 20, 35, 70):
        try:
            print(w, textwrap.wrap(t, w))
        except ValueError as e:
            print(w, "ValueError", e)
    print(textwrap.wrap(t, 15, break_on_hyphens=False))
    print(textwrap.wrap(t, 15, break_long_words=False))
    print(textwrap.wrap(t, 15, drop_whitespace=False))
    print(textwrap.wrap(t, 20, fix_sentence_endings=True))
    print(textwrap.wrap(t, 20, initial_indent="* ", subsequent_indent="  "))
    print(textwrap.wrap(t, 18, max_lines=2), textwrap.wrap(t, 18, max_lines=1, placeholder="..."))
    print(repr(textwrap.fill(t, 25)))
    print(repr(textwrap.shorten(t, 30)), repr(textwrap.shorten(t, 12, placeholder=" ~")))
    print(textwrap.wrap(t, 10, expand_tabs=False), textwrap.wrap(t, 10, replace_whitespace=False), textwrap.wrap(t, 10, tabsize=4))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.dedent("\ta\n  b")), repr(textwrap.dedent("  x\n   \n  y  \n")), repr(textwrap.dedent("  a\r\n   \r\n  b")))
print(repr(textwrap.dedent("""
        def f():
            return 1
        """)))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")), repr(textwrap.indent("a\nb\r\nc", "+", lambda l: True)), repr(textwrap.indent("x\n", "  ")))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.wrap("abc def", 4, max_lines=1, placeholder=" [......]")
except ValueError as e:
    print("ValueError", e)
w = textwrap.TextWrapper(width=30, initial_indent="- ")
print(w.wrap("one two three four five six seven eight nine ten"), w.fill("x"))
