"""linecache — lines of source files, read once and cached.

Written for Mosaic from the Python documentation. Only files on disk are
served (there is no import loader to ask for the source of a module in an
archive).
"""

__all__ = ["getline", "getlines", "clearcache", "checkcache", "updatecache", "lazycache"]

# filename -> list of lines (each ending in "\n", as readlines() gives them)
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of `filename`, or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """Every line of `filename`; [] when it cannot be read."""
    if filename in cache:
        return cache[filename]
    return updatecache(filename, module_globals)


def checkcache(filename=None):
    """Kept for compatibility: files are not watched for changes here, so
    this forgets `filename` (or everything) and the next read is fresh."""
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    """Reads `filename` again and caches its lines."""
    cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    try:
        with open(filename, encoding="utf-8", errors="replace") as f:
            lines = f.readlines()
    except (OSError, UnicodeError, ValueError):
        return []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    cache[filename] = lines
    return lines


def lazycache(filename, module_globals):
    """No lazy loaders here: False, as CPython answers for a plain file."""
    return False
