import logging, sys


class Masked:
    # Tracebacks in the log name this file; print it the same wherever the
    # test runs.
    def write(self, s):
        sys.stdout.write(s.replace(__file__, "FILE"))

    def flush(self):
        sys.stdout.flush()


logging.warning("before config %d", 1)
logging.info("not shown")
log = logging.getLogger("app")
log.warning("app warn")
print(log, logging.getLogger(), log.getEffectiveLevel(), logging.getLevelName(20), logging.getLevelName("ERROR"), logging.getLevelName(25))
logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s|%(name)s|%(message)s", stream=Masked(), force=True)
logging.debug("debug %s", "x")
log.info("info with %(key)s", {"key": "dict"})
sub = logging.getLogger("app.db")
sub.setLevel(logging.ERROR)
sub.warning("suppressed"); sub.error("db error: %r", "conn")
print(sub.parent is log, sub.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG), sub.isEnabledFor(logging.WARNING))
h = logging.StreamHandler(Masked())
h.setFormatter(logging.Formatter("{levelname}:{name}:{message}", style="{"))
h.setLevel(logging.WARNING)
log.addHandler(h)
log.warning("twice")
log.propagate = False
log.warning("once")
log.info("info not at handler level")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
class OnlyOdd(logging.Filter):
    def filter(self, record): return record.msg.endswith("odd")
h.addFilter(OnlyOdd())
log.error("is odd"); log.error("is even")
ad = logging.LoggerAdapter(log, {"user": "bob"})
ad.error("adapted odd")
print(logging.getLogger("app") is log, logging.getLogger("app").getChild("x").name, logging.root.name)
logging.disable(logging.ERROR)
log.error("disabled odd"); log.critical("critical odd")
logging.disable(logging.NOTSET)
f = logging.Formatter("%(message)s / %(levelno)d")
r = logging.LogRecord("n", logging.INFO, "p.py", 3, "m %s", ("a",), None)
print(f.format(r), r.getMessage(), r.levelname)
