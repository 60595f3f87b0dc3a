# Uncaught exception whose str() spans several lines and has several args.
raise RuntimeError("first", 2, [3])
