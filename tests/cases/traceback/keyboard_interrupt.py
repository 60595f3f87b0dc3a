# Uncaught KeyboardInterrupt raised explicitly: CPython kills itself with SIGINT, the final line is the class name.
print("working")
raise KeyboardInterrupt
