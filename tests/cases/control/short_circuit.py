# and/or short-circuit evaluation order and returned operands; not; comparisons chain lazily.
log = []
def t(name, v):
    log.append(name)
    return v
print(t("a", 0) and t("b", 1), log); log.clear()
print(t("a", 1) and t("b", 2), log); log.clear()
print(t("a", 0) or t("b", 0), log); log.clear()
print(t("a", "x") or t("b", 1), log); log.clear()
print(t("a", 1) < t("b", 0) < t("c", 5), log); log.clear()
print(t("a", 1) < t("b", 2) < t("c", 3), log); log.clear()
print(not t("a", []), log); log.clear()
print([] or {} or 0 or "last", 1 and [] and 2, None and 1, "a" and "b")
x = None
print(x is not None and x.foo)
