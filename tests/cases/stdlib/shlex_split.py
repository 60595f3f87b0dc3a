import shlex
for s in ['ls -l "my file.txt" \'single q\' back\\ slash', 'a "b \\"c\\" d" e', "x # comment here", 'echo "$HOME" \'$HOME\'', 'a=1 b="two words"', "''", 'tab\there', 'unicode é ü', 'esc\\"q', '"a\\\\b"']:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True), shlex.split(s, posix=False))
for bad in ['"unterminated', "trailing\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(e)
print(shlex.quote("simple"), shlex.quote("has space"), shlex.quote("it's"), shlex.quote(""), shlex.join(["echo", "a b", "c'd"]))
lex = shlex.shlex("a && b || (c; d) > out.txt", punctuation_chars=True)
print(list(lex))
lex2 = shlex.shlex("foo = bar + 'baz qux'")
print(list(lex2))
lex3 = shlex.shlex("x=1,y=2", posix=True); lex3.whitespace_split = True; lex3.whitespace = ","
print(list(lex3))
