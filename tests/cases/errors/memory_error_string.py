# A string of 10**15 characters cannot be allocated: uncaught MemoryError.
x = 'x' * (10**15)
print(len(x))
