"""Heap queue algorithm (heapq): a min-heap kept in a plain list, with
heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2].

Written for Mosaic from the Python documentation. The layout of the list
after every operation is visible to programs, so the sifting is the one
CPython uses: a push moves the new item up towards the root; a pop moves
the hole at the root down to a leaf along the smaller children, puts the
last item there and moves it back up. Only `<` is used to compare.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _check_list(heap, name, what="argument 1"):
    if not isinstance(heap, list):
        raise TypeError("%s() %s must be list, not %s" % (name, what, type(heap).__name__))


# ---------------------------------------------------------------- min-heap

def _siftdown(heap, startpos, pos):
    # Move heap[pos] up towards startpos while it is smaller than its parent.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Move the smaller child up until a leaf is reached, then put the item
    # that was at pos there and sift it back towards pos.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    if type(heap) is not list:
        _check_list(heap, "heappush")
    # _siftdown(heap, 0, len(heap) - 1), inlined: pushes are hot.
    pos = len(heap)
    heap.append(item)
    while pos > 0:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, "heappop", "argument")
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item.

This is more efficient than heappop() followed by heappush(), and can be
more appropriate when using a fixed-size heap.  Note that the value
returned may be larger than item!  That constrains reasonable uses of
this routine unless written as part of a conditional replacement:

    if item > heap[0]:
        item = heapreplace(heap, item)"""
    _check_list(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap.

The combined action runs more efficiently than heappush() followed by
a separate call to heappop()."""
    _check_list(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check_list(heap, "heapify", "argument")
    for i in reversed(range(len(heap) // 2)):
        _siftup(heap, i)


# ---------------------------------------------------------------- max-heap

def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def _heapify_max(heap):
    """Transform list into a maxheap, in-place, in O(len(x)) time."""
    for i in reversed(range(len(heap) // 2)):
        _siftup_max(heap, i)


# ---------------------------------------------------------------- merge, n-best

def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))
    ['dog', 'cat', 'fish', 'horse', 'kangaroo']

    """
    return _merge(iterables, key, reverse)


def _merge(iterables, key, reverse):
    # Each heap entry is [sort value, order, (value,) next]; the order
    # (negated when reversed) breaks ties in favour of earlier inputs and
    # keeps the values themselves from being compared.
    if reverse:
        heapify_, pop_, replace_, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        heapify_, pop_, replace_, direction = heapify, heappop, heapreplace, 1
    h = []
    if key is None:
        for order, it in enumerate(map(iter, iterables)):
            nxt = it.__next__
            try:
                h.append([nxt(), order * direction, nxt])
            except StopIteration:
                pass
        heapify_(h)
        while len(h) > 1:
            try:
                while True:
                    entry = h[0]
                    value, order, nxt = entry
                    yield value
                    entry[0] = nxt()
                    replace_(h, entry)
            except StopIteration:
                pop_(h)
        if h:
            value, order, nxt = h[0]
            yield value
            while True:
                try:
                    value = nxt()
                except StopIteration:
                    return
                yield value
        return

    for order, it in enumerate(map(iter, iterables)):
        nxt = it.__next__
        try:
            value = nxt()
            h.append([key(value), order * direction, value, nxt])
        except StopIteration:
            pass
    heapify_(h)
    while len(h) > 1:
        try:
            while True:
                entry = h[0]
                k, order, value, nxt = entry
                yield value
                value = nxt()
                entry[0] = key(value)
                entry[2] = value
                replace_(h, entry)
        except StopIteration:
            pop_(h)
    if h:
        k, order, value, nxt = h[0]
        yield value
        while True:
            try:
                value = nxt()
            except StopIteration:
                return
            yield value


_NOTHING = object()


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        it = iter(iterable)
        if key is None:
            result = min(it, default=_NOTHING)
        else:
            result = min(it, default=_NOTHING, key=key)
        return [] if result is _NOTHING else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        iter(iterable)
        return []
    # Keep the n best so far in a max-heap of (key, order, value): the
    # order makes earlier items win ties, as a stable sort would.
    it = iter(iterable)
    heap = []
    order = 0
    if key is None:
        for value in it:
            if len(heap) < n:
                heap.append((value, order))
                if len(heap) == n:
                    _heapify_max(heap)
            elif value < heap[0][0]:
                _heapreplace_max(heap, (value, order))
            order += 1
        heap.sort()
        return [v for v, o in heap]
    for value in it:
        k = key(value)
        if len(heap) < n:
            heap.append((k, order, value))
            if len(heap) == n:
                _heapify_max(heap)
        elif k < heap[0][0]:
            _heapreplace_max(heap, (k, order, value))
        order += 1
    heap.sort()
    return [v for k, o, v in heap]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        it = iter(iterable)
        if key is None:
            result = max(it, default=_NOTHING)
        else:
            result = max(it, default=_NOTHING, key=key)
        return [] if result is _NOTHING else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        iter(iterable)
        return []
    # A min-heap of (key, -order, value): earlier items rank higher on ties.
    it = iter(iterable)
    heap = []
    order = 0
    if key is None:
        for value in it:
            if len(heap) < n:
                heap.append((value, order))
                if len(heap) == n:
                    heapify(heap)
            elif heap[0][0] < value:
                heapreplace(heap, (value, order))
            order -= 1
        heap.sort(reverse=True)
        return [v for v, o in heap]
    for value in it:
        k = key(value)
        if len(heap) < n:
            heap.append((k, order, value))
            if len(heap) == n:
                heapify(heap)
        elif heap[0][0] < k:
            heapreplace(heap, (k, order, value))
        order -= 1
    heap.sort(reverse=True)
    return [v for k, o, v in heap]
