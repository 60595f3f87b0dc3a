# Numbers to English words (up to 10**36), ordinals, and a check that letter counts match a known total.
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = ["", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion", "sextillion",
          "septillion", "octillion", "nonillion", "decillion", "undecillion"]
def below_1000(n):
    words = []
    if n >= 100:
        words += [ONES[n // 100], "hundred"]
        n %= 100
        if n:
            words.append("and")
    if n >= 20:
        words.append(TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else ""))
    elif n or not words:
        words.append(ONES[n])
    return " ".join(words)
def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n == 0:
        return "zero"
    groups = []
    i = 0
    while n:
        n, g = divmod(n, 1000)
        if g:
            groups.append(below_1000(g) + (" " + SCALES[i] if SCALES[i] else ""))
        i += 1
    return ", ".join(reversed(groups))
def ordinal(n):
    w = words(n)
    irregular = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}
    head, sep, last = w.rpartition(" ")
    if "-" in last:
        a, b = last.rsplit("-", 1)
        return head + sep + a + "-" + irregular.get(b, b + "th")
    if last in irregular:
        return head + sep + irregular[last]
    if last.endswith("y"):
        return head + sep + last[:-1] + "ieth"
    return w + "th"
for n in [0, 7, 13, 21, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 1234567891, -45, 10**21 + 3, 2**64]:
    print(f"{n}: {words(n)}")
print([ordinal(n) for n in [1, 2, 3, 4, 5, 8, 9, 11, 12, 20, 21, 42, 100, 103, 1000]])
letters = sum(len(words(n).replace(" ", "").replace("-", "").replace(",", "")) for n in range(1, 1001))
print("letters used writing 1..1000:", letters)
