# Uncaught exception whose message contains non-ASCII text.
raise ValueError("caf\u00e9 \u2014 \u65e5\u672c")
