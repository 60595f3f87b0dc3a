# Uncaught exception raised after a finally block ran; finally output comes first.
def f():
    try:
        raise ValueError("original")
    finally:
        print("cleanup ran")
f()
