# Execution order through try/except/else/finally in every combination.
def run(raise_it, catch_it):
    log = []
    try:
        try:
            log.append("try")
            if raise_it:
                raise ValueError("boom")
            log.append("after raise")
        except (ValueError if catch_it else TypeError):
            log.append("except")
        else:
            log.append("else")
        finally:
            log.append("finally")
        log.append("after")
    except ValueError:
        log.append("outer")
    return log
for r in (False, True):
    for c in (False, True):
        print(r, c, run(r, c))
