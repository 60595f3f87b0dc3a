"""Functions run when the interpreter exits (atexit).

Written for Mosaic from the Python documentation. The runtime calls
_run_exitfuncs() once the main program has finished (normally, by an
uncaught exception or by sys.exit), if this module was imported. Functions
run last-registered first; one that raises is reported on stderr as
"Exception ignored in atexit callback" and the others still run, like
CPython.
"""

_callbacks = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    # Compared with ==, as CPython does, so bound methods match too.
    _callbacks[:] = [c for c in _callbacks if not (c[0] == func)]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    import sys
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            try:
                sys.stdout.flush()
            except Exception:
                pass
            print("Exception ignored in atexit callback:", repr(func), file=sys.stderr)
            import traceback
            # The frame of this loop is not part of what went wrong.
            tb = exc.__traceback__
            traceback.print_exception(type(exc), exc, tb.tb_next if tb is not None else None)
