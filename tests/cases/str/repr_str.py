# repr() of strings: quote choice, escapes for control and non-printable chars.
for s in ["abc", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\x00\x1f\x7f", "\u00e9",
          "\u200b", "\U0001F600", "\\", "\r", "\x80\x9f", "x", "\u2028"]:
    print(repr(s), str(s) == s, len(repr(s)))
print(str("plain"), repr(repr("x")))
print(ascii("caf\u00e9 \u20ac \U0001F600"))
