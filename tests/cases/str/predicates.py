# is* predicates on a table of strings.
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", " ", "\t\n", "Hello World", "hello World",
           "\u00e9", "\u0663", "\u00bd", "_", "a b", "Title Case Here", "X", "x1", "\u2003"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii(), s.isprintable())
