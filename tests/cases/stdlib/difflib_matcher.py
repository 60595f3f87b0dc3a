import difflib, random
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.get_close_matches("wheel", ["while", "wheal", "whale", "hello"], n=2, cutoff=0.5))
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_matching_blocks(), s.get_opcodes(), s.find_longest_match(0, 5, 0, 4))
s2 = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s2.ratio(), 3), s2.get_opcodes())
a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n"]
b = ["zero\n", "one\n", "tree\n", "four\n", "five\n", "6\n", "seven\n", "eight\n", "nine\n"]
print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt")))
print("".join(difflib.context_diff(a, b, fromfile="a.txt", tofile="b.txt", n=1)))
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])))
diff = list(difflib.ndiff(a, b)); print("".join(difflib.restore(diff, 2)) == "".join(b))
print(list(difflib.unified_diff("abc", "abd", lineterm="")))
random.seed(5)
for _ in range(30):
    x = "".join(random.choice("abcde ") for _ in range(random.randint(0, 40)))
    y = "".join(random.choice("abcde ") for _ in range(random.randint(0, 40)))
    sm = difflib.SequenceMatcher(None, x, y)
    print(round(sm.ratio(), 6), sm.get_opcodes()[:4])
big_a = [random.choice("abc") for _ in range(300)]
big_b = [random.choice("abc") for _ in range(300)]
sm = difflib.SequenceMatcher(None, big_a, big_b)
print(sm.ratio(), len(sm.get_opcodes()), sorted(sm.bpopular))
words = ["apple", "apply", "ample", "maple", "applet", "pale", "peal"]
print([difflib.get_close_matches(w, words, cutoff=0.3) for w in ["appl", "mapel", "xyz"]])
