# Multi-key sorting and grouping of employee records; salary statistics and a department report.
EMP = [
    ("Ada", "Engineering", 128000, 2015), ("Bo", "Sales", 72000, 2019), ("Cy", "Engineering", 99000, 2021),
    ("Di", "Support", 54000, 2018), ("Ed", "Sales", 88000, 2012), ("Flo", "Engineering", 128000, 2011),
    ("Gus", "Support", 61000, 2016), ("Hal", "Marketing", 83000, 2020), ("Ivy", "Sales", 72000, 2014),
    ("Jo", "Engineering", 143000, 2009), ("Kit", "Marketing", 67000, 2022), ("Lu", "Support", 54000, 2023),
]
def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
print("by salary desc, then name:")
for name, dept, sal, year in sorted(EMP, key=lambda e: (-e[2], e[0])):
    print(f"  {name:<4}{dept:<12}{sal:>8,}{year:>6}")
print("by department, seniority (stable sort twice):")
tmp = sorted(EMP, key=lambda e: e[3])
for name, dept, sal, year in sorted(tmp, key=lambda e: e[1]):
    print(f"  {dept:<12}{year} {name}")
depts = {}
for e in EMP:
    depts.setdefault(e[1], []).append(e)
print(f"{'dept':<12}{'n':>3}{'min':>9}{'median':>10}{'mean':>11}{'max':>9}")
for d in sorted(depts, key=lambda d: -sum(e[2] for e in depts[d])):
    sals = [e[2] for e in depts[d]]
    print(f"{d:<12}{len(sals):>3}{min(sals):>9,}{median(sals):>10,}{sum(sals) / len(sals):>11,.1f}{max(sals):>9,}")
overall = [e[2] for e in EMP]
mean = sum(overall) / len(overall)
var = sum((s - mean) ** 2 for s in overall) / len(overall)
print(f"mean {mean:.2f} stdev {var ** 0.5:.2f} median {median(overall)}")
raises = {d: 0.05 if d == "Engineering" else 0.03 for d in depts}
after = [(n, round(s * (1 + raises[d]))) for n, d, s, _ in EMP]
print(after[:4], sum(s for _, s in after) - sum(overall))
cohorts = {}
for n, d, s, y in EMP:
    cohorts.setdefault(y // 5 * 5, []).append(n)
print(sorted(cohorts.items()))
