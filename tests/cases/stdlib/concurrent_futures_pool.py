from concurrent.futures import ThreadPoolExecutor, as_completed, wait, ProcessPoolExecutor
import concurrent.futures
def square(x):
    if x == 3: raise ValueError("three")
    return x * x
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(lambda v: v + 1, range(5))))
    futs = {ex.submit(square, i): i for i in range(5)}
    for f in as_completed(futs):
        i = futs[f]
        try:
            print(i, f.result())
        except ValueError as e:
            print(i, "error", e, f.exception())
    done, not_done = wait(list(futs))
    print(len(done), len(not_done))
f = ThreadPoolExecutor().submit(sum, [1, 2, 3])
print(f.done(), f.result(), f.cancelled(), f.cancel())
calls = []
f.add_done_callback(lambda fut: calls.append(fut.result()))
print(calls)
with ProcessPoolExecutor() as pe:
    print(sorted(pe.map(pow, [2, 3], [5, 2])))
try:
    ex.submit(print, "x")
except RuntimeError as e:
    print(e)
