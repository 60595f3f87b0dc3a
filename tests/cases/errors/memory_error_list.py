# A list of 10**12 elements cannot be allocated: uncaught MemoryError, exit 1.
print("before")
x = [0] * (10**12)
print("never")
