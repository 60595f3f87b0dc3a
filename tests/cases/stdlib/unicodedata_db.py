import unicodedata as ud
chars = "aZ5 é\u0301ñßΩж中한😀½²٣\u200b\t€-_!\u00a0ﬁ\u2460\u3042\uac00\ud55c\U00020000\U0001F1E6"
for c in chars:
    print(repr(c), ud.category(c), ud.bidirectional(c), ud.combining(c), ud.east_asian_width(c), ud.mirrored(c), repr(ud.decomposition(c)), ud.name(c, "?"), ud.numeric(c, None), ud.digit(c, None), ud.decimal(c, None))
print(ud.lookup("LATIN SMALL LETTER E WITH ACUTE"), ud.lookup("snowman"), ud.lookup("HANGUL SYLLABLE HAN"), ud.lookup("CJK UNIFIED IDEOGRAPH-4E2D"), ud.unidata_version)
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    for s in ["café", "cafe\u0301", "ﬁne", "①②", "한국어", "\u1100\u1161\u11a8", "Å", "A\u030a\u0323", "ẛ̣", "Straße", "x\u0327\u0301", "\u0958"]:
        r = ud.normalize(form, s)
        print(form, repr(s), repr(r), ud.is_normalized(form, s))
print("".join(c for c in ud.normalize("NFD", "Crème Brûlée à la façon") if not ud.combining(c)))
for bad in [lambda: ud.name("\ue000"), lambda: ud.lookup("NOT A REAL NAME"), lambda: ud.numeric("a"), lambda: ud.category("ab"), lambda: ud.normalize("XYZ", "a"), lambda: ud.decimal("½")]:
    try:
        print(bad())
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
import random
random.seed(3)
cps = [random.randrange(0, 0x30000) for _ in range(3000)]
print(sum(1 for cp in cps if ud.category(chr(cp)) == "Lo"), [ud.name(chr(cp), "") for cp in cps[:20]])
text = "".join(chr(random.choice([0x41, 0x301, 0x323, 0x1e0a, 0xc5, 0x212b, 0xfb01, 0xac01, 0x1100, 0x1161, 0x11a8, 0x3b1, 0x345, 0x308])) for _ in range(400))
print([hash(ud.normalize(f, text)) == hash(ud.normalize(f, ud.normalize(f, text))) for f in ("NFC", "NFD", "NFKC", "NFKD")], [len(ud.normalize(f, text)) for f in ("NFC", "NFD", "NFKC", "NFKD")], ud.normalize("NFC", text)[:40] == ud.normalize("NFC", text[:40])[:40] or True)
print(ascii(ud.normalize("NFC", text)[:60]), ascii(ud.normalize("NFKD", text)[:60]))
