# Uncaught exception from a deep call stack (50 frames).
def descend(n):
    if n == 0:
        raise ValueError("bottom reached")
    return descend(n - 1) + 1
print("descending")
descend(50)
