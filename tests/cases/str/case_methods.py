# upper/lower/title/capitalize/swapcase/casefold on ASCII and non-ASCII text.
for s in ["hello world", "HELLO", "hElLo WoRlD", "they're bill's friends", "3rd place", "",
          "\u00e9cole fran\u00e7aise", "stra\u00dfe", "\u03b1\u03b2\u03b3", "a1b2 c3"]:
    print(repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
print("Stra\u00dfe".casefold(), "Stra\u00dfe".upper())
