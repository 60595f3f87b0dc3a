# Sizes beyond the index range are OverflowError, not MemoryError.
for make in [lambda: [0] * (10**19), lambda: 'ab' * (2**63), lambda: bytearray(2**64)]:
    try:
        make()
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__ + ':', e)
