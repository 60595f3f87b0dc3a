"""Warning control (warnings).

Written for Mosaic from the Python documentation. warn() reports on
stderr as CPython does: "<file>:<line>: <Category>: <message>" and then the
source line, once per (message, category, module, line) under the default
filter; the filters ("default", "error", "ignore", "always", "module",
"once") and catch_warnings(record=True) are honoured. An "error" action
raises the warning instead.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

filters = []
_onceregistry = {}
_registry = {}


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        try:
            import linecache
            line = linecache.getline(filename, lineno)
        except Exception:
            line = None
    if line:
        s += "  %s\n" % line.strip()
    return s


def _showwarnmsg_impl(msg):
    file = msg.file if msg.file is not None else sys.stderr
    if file is None:
        return
    try:
        file.write(formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line))
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    # A program (or catch_warnings) may have replaced showwarning.
    sw = globals()["showwarning"]
    if sw is not _showwarning_orig:
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in ("error", "ignore", "always", "default", "module", "once"):
        raise ValueError("invalid action: %r" % (action,))
    import re
    item = (action, re.compile(message, re.I) if message else None, category,
            re.compile(module) if module else None, lineno)
    _add_filter(item, append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in ("error", "ignore", "always", "default", "module", "once"):
        raise ValueError("invalid action: %r" % (action,))
    _add_filter((action, None, category, None, lineno), append)


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _registry.clear()


def resetwarnings():
    filters[:] = []
    _registry.clear()


def _caller(stacklevel):
    # Without sys._getframe the caller is unknown: the warning is
    # attributed to __main__ (so __main__'s default filters apply), under
    # the name CPython uses when the stack is too shallow.
    try:
        f = sys._getframe(stacklevel + 1)
    except (AttributeError, ValueError):
        return "sys", 1, "__main__"
    g = f.f_globals
    return g.get("__file__", "sys"), f.f_lineno, g.get("__name__", "sys")


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    filename, lineno, module = _caller(stacklevel)
    warn_explicit(message, category, filename, lineno, module, None, None, source)


def _default_action(category):
    # CPython's default filters: these are ignored unless in __main__.
    if issubclass(category, (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)):
        return "ignore"
    return "default"


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno, filename)
    action = None
    for act, msg, cat, mod, ln in filters:
        if ((msg is None or msg.match(text)) and issubclass(category, cat) and
                (mod is None or mod.match(module)) and (ln == 0 or lineno == ln)):
            action = act
            break
    if action is None:
        action = "default"
        if module != "__main__":
            action = _default_action(category)
        elif issubclass(category, (PendingDeprecationWarning, ImportWarning, ResourceWarning)):
            action = "ignore"
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        okey = (text, category)
        if _onceregistry.get(okey):
            return
        _onceregistry[okey] = 1
    elif action == "module":
        mkey = (text, category, 0, filename)
        if _registry.get(mkey):
            return
        _registry[mkey] = 1
    elif action == "default":
        if _registry.get(key):
            return
        _registry[key] = 1
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = (action, category, lineno, append) if action else None

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        g = globals()
        self._filters = filters[:]
        self._showwarning = g["showwarning"]
        self._registry = dict(_registry)
        self._once = dict(_onceregistry)
        _registry.clear()
        if self._filter:
            simplefilter(*self._filter)
        if self._record:
            log = []
            g["showwarning"] = lambda *a: log.append(WarningMessage(*a))
            return log
        return None

    def __exit__(self, *exc_info):
        g = globals()
        filters[:] = self._filters
        g["showwarning"] = self._showwarning
        _registry.clear()
        _registry.update(self._registry)
        _onceregistry.clear()
        _onceregistry.update(self._once)
