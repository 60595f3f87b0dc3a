data = {"alice": [88, 92, 79], "bob": [75, 64, 90], "carol": [95, 98, 100], "dave": []}
def avg(xs):
    return sum(xs) / len(xs)
for name, scores in data.items():
    try:
        a = avg(scores)
        grade = "A" if a >= 90 else "B" if a >= 80 else "C"
        print(f"{name:<6} {a:6.2f} {grade} {max(scores)} {min(scores)} {sorted(scores, reverse=True)}")
    except ZeroDivisionError as e:
        print(f"{name:<6} no scores ({e})")
best = max((n for n in data if data[n]), key=lambda n: avg(data[n]))
print("best:", best)
everything = [s for v in data.values() for s in v]
print(len(everything), sum(everything), round(avg(everything), 3), sorted(everything)[len(everything) // 2])
hist = {}
for s in everything:
    hist[s // 10 * 10] = hist.get(s // 10 * 10, 0) + 1
for bucket in sorted(hist):
    print(f"{bucket:3d}-{bucket + 9:<3d} {'*' * hist[bucket]}")
print(avg(data["dave"]))
