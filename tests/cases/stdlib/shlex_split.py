import shlex

cases = [
    'ls -l "my file.txt" \'single quoted\' plain',
    'echo "a \\"quoted\\" word" back\\ slash',
    "a'b'c \"d\"e f\\g",
    'cmd --opt=value -x "" \'\' end',
    "echo 'it'\\''s'",
    '  leading   and trailing  ',
    'x # comment here',
    'one\ttwo\nthree',
    '"esc \\\\ \\$ \\a"',
    "'no \\ escapes in single'",
    'a&&b || c; d > out.txt < in.txt | e',
    'naïve café ßtraße',
]
for c in cases:
    print(repr(c))
    print("  posix:", shlex.split(c))
    print("  comments:", shlex.split(c, comments=True))
    print("  non-posix:", shlex.split(c, posix=False))
for bad in ['unterminated "quote', "x 'y", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)

for s in ["", "simple", "has space", "it's", "semi;colon", "$HOME", "a@b%c+d=e:f,g./h-i", "tab\there", "ünï", "*.py"]:
    print(repr(s), shlex.quote(s))
print(shlex.join(["echo", "hello world", "it's", "", "x"]))
print(shlex.split(shlex.join(["echo", "hello world", "it's", "", "x"])))

lex = shlex.shlex("a = b + c; call(x, 'y z') # tail\nnext line")
print(list(lex), lex.lineno)
lex = shlex.shlex("a && b || c > f; (d)", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("ls -l ~/dir/*.py|wc -l&&echo done", posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("one two three", posix=True)
print(lex.get_token(), lex.get_token())
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.eof)
lex = shlex.shlex("key1=val1,key2=val2", posix=True)
lex.whitespace = ","
lex.whitespace_split = True
print(list(lex), lex.error_leader("f.conf", 3))
lex = shlex.shlex('x "y z"')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
