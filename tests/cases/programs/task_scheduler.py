# A priority scheduler for tasks with dependencies, durations and two workers; prints a Gantt-style timeline.
TASKS = {
    "fetch":   (3, [], 2),
    "parse":   (2, ["fetch"], 3),
    "lint":    (1, ["parse"], 1),
    "typeck":  (4, ["parse"], 3),
    "codegen": (5, ["typeck"], 5),
    "assets":  (6, [], 1),
    "bundle":  (2, ["codegen", "assets", "lint"], 4),
    "docs":    (3, ["parse"], 0),
    "deploy":  (1, ["bundle"], 9),
}
def schedule(tasks, workers):
    done_at = {}
    running = []
    time_ = 0
    timeline = []
    remaining = dict(tasks)
    free = list(range(workers))
    while remaining or running:
        for t, w, end in [r for r in running if r[2] == time_]:
            running.remove((t, w, end))
            free.append(w)
            done_at[t] = end
        free.sort()
        ready = [t for t, (d, deps, p) in remaining.items() if all(x in done_at for x in deps)]
        ready.sort(key=lambda t: (-remaining[t][2], t))
        while free and ready:
            t = ready.pop(0)
            w = free.pop(0)
            dur = remaining.pop(t)[0]
            running.append((t, w, time_ + dur))
            timeline.append((w, t, time_, time_ + dur))
        if not running and remaining:
            raise RuntimeError("deadlock: " + ", ".join(sorted(remaining)))
        time_ = min(end for _, _, end in running) if running else time_
    return timeline, max(done_at.values())
for workers in (1, 2, 3):
    timeline, makespan = schedule(TASKS, workers)
    print(f"{workers} worker(s): makespan {makespan}")
    for w in range(workers):
        row = ["."] * makespan
        for ww, t, s, e in timeline:
            if ww == w:
                for k in range(s, e):
                    row[k] = t[0].upper() if k == s else t[0]
        print(f"  w{w} " + "".join(row))
bad = dict(TASKS)
bad["fetch"] = (3, ["deploy"], 2)
try:
    schedule(bad, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
