# A round-robin scheduler of generator-based tasks communicating through a shared queue.
log = []
def producer(name, n, queue):
    for i in range(n):
        queue.append(f"{name}{i}")
        log.append(f"{name} produced {i}")
        yield
def consumer(queue, limit):
    got = 0
    while got < limit:
        if queue:
            item = queue.pop(0)
            log.append(f"consumed {item}")
            got += 1
        yield
queue = []
tasks = [producer("a", 3, queue), producer("b", 2, queue), consumer(queue, 5)]
while tasks:
    task = tasks.pop(0)
    try:
        next(task)
        tasks.append(task)
    except StopIteration:
        log.append("task done")
print("\n".join(log))
