# Log analysis with generator pipelines: parse lines, filter by level, aggregate per hour and per endpoint.
LOG = """2024-05-01 09:15:02 INFO  GET /api/users 200 12ms
2024-05-01 09:15:09 INFO  GET /api/users/7 200 8ms
2024-05-01 09:47:33 WARN  GET /api/orders 429 1ms
2024-05-01 10:02:11 INFO  POST /api/orders 201 45ms
2024-05-01 10:02:12 ERROR POST /api/orders 500 120ms
2024-05-01 10:30:00 INFO  GET /health 200 1ms
malformed line here
2024-05-01 11:05:42 INFO  GET /api/users 200 15ms
2024-05-01 11:06:01 ERROR GET /api/users/99 404 3ms
2024-05-01 11:59:59 INFO  DELETE /api/users/7 204 30ms
2024-05-01 12:00:00 WARN  GET /api/orders 429 2ms
2024-05-01 12:10:10 INFO  GET /api/orders 200 22ms"""
def lines(text):
    for n, line in enumerate(text.split("\n"), 1):
        yield n, line
def parse(src, errors):
    for n, line in src:
        parts = line.split()
        if len(parts) != 7 or not parts[6].endswith("ms"):
            errors.append(n)
            continue
        date, time_, level, method, path, status, dur = parts
        yield {"hour": int(time_[:2]), "level": level, "method": method, "path": path,
               "status": int(status), "ms": int(dur[:-2])}
def endpoint(path):
    return "/".join("{id}" if p.isdigit() else p for p in path.split("/"))
errors = []
records = list(parse(lines(LOG), errors))
print("parsed", len(records), "bad lines", errors)
by_level = {}
for r in records:
    by_level[r["level"]] = by_level.get(r["level"], 0) + 1
print(by_level)
per_hour = {}
for r in records:
    h = per_hour.setdefault(r["hour"], [0, 0])
    h[0] += 1
    h[1] += r["ms"]
for hour in sorted(per_hour):
    n, ms = per_hour[hour]
    print(f"{hour:02}:00  {n:>2} requests  {'*' * n:<5} avg {ms / n:6.1f} ms")
stats = {}
for r in records:
    key = (r["method"], endpoint(r["path"]))
    s = stats.setdefault(key, {"n": 0, "errors": 0, "max": 0})
    s["n"] += 1
    s["errors"] += r["status"] >= 400
    s["max"] = max(s["max"], r["ms"])
for (m, p), s in sorted(stats.items(), key=lambda kv: (-kv[1]["n"], kv[0])):
    print(f"{m:<7}{p:<22}{s['n']:>3}{s['errors']:>3}{s['max']:>5}ms")
slow = (r for r in records if r["ms"] > 20)
print([(r["method"], r["path"]) for r in slow])
print("error rate: %.1f%%" % (100 * sum(r["status"] >= 400 for r in records) / len(records)))
