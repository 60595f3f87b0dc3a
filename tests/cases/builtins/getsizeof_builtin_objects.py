import sys
class A:
    pass
vals = [0, 1, 2**30, 2**100, -5, True, 1.5, "", "abc", "é", "日本", "😀", "a" * 100, b"", b"abc", [], [1, 2, 3], (), (1, 2, 3),
        {}, {1: 2}, set(), {1, 2, 3}, frozenset(), range(10), None, 1j, slice(1, 2), object(), int, type, A, lambda: 0,
        memoryview(b"ab"), Ellipsis, NotImplemented, A()]
for v in vals:
    print(type(v).__name__, sys.getsizeof(v))
print(sys.getsizeof([1, 2, 3]) > sys.getsizeof((1, 2, 3)), sys.getsizeof(1, "dflt"))
