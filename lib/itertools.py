"""Iterator building blocks (itertools).

Written for Mosaic from the Python documentation. count, cycle, repeat,
groupby and tee are classes (their objects have state worth showing or
copying); the others are functions that check their arguments at once, as
CPython's do, and return a generator doing the work.

What each consumes from its input matches CPython: islice reads exactly up
to its stop, takewhile reads the first failing item, groupby's groups share
the one underlying iterator (advancing the groupby empties the previous
group), and tee buffers only what its slowest copy has not read yet.
"""

import sys

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement",
           "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby",
           "islice", "pairwise", "permutations", "product", "repeat", "starmap",
           "takewhile", "tee", "zip_longest"]


def _is_number(x):
    try:
        x + 0
    except TypeError:
        return False
    return True


def _as_int(x):
    if isinstance(x, int):
        return x
    try:
        method = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None
    return method(x)


################################################################ infinite

class count:
    """Return a count object whose .__next__() method returns consecutive values.

Equivalent to:
    def count(firstval=0, step=1):
        x = firstval
        while 1:
            yield x
            x += step"""

    # No __slots__: a slot holding the float 0.0 reads as unset in Mosaic
    # (docs/bugs-found.md).

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return "%s(%r)" % (type(self).__name__, self._value)
        return "%s(%r, %r)" % (type(self).__name__, self._value, step)

    def __reduce__(self):
        return type(self), (self._value, self._step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    __slots__ = ("_it", "_saved", "_index", "_first_pass")

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._first_pass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first_pass:
            for item in self._it:
                self._saved.append(item)
                return item
            self._first_pass = False
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        i = self._index
        item = saved[i]
        i += 1
        self._index = 0 if i == len(saved) else i
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    # No __slots__: a slot holding the float 0.0 reads as unset in Mosaic
    # (docs/bugs-found.md).

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            times = _as_int(times)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "%s(%r)" % (type(self).__name__, self._object)
        return "%s(%r, %d)" % (type(self).__name__, self._object, self._times)

    def __reduce__(self):
        if self._times is None:
            return type(self), (self._object,)
        return type(self), (self._object, self._times)


################################################################ terminating

def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is not None:
        yield total
    else:
        for total in it:
            yield total
            break
        else:
            return
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables):
    """chain(*iterables) --> chain object

Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""
    return _chain(iterables)


def _chain(iterables):
    for it in iterables:
        yield from it


def _from_iterable(iterable):
    """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
    return _chain(iter(iterable))


chain.from_iterable = _from_iterable


def compress(data, selectors):
    """Return data elements corresponding to true selector elements.

Forms a shorter iterator from selected data elements using the selectors to
choose the data elements."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true.

Afterwards, return every element until the iterable is exhausted."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false.

If function is None, return the items that are false."""
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not function(x):
                yield x


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable

  iterable
    Elements to divide into groups according to the key function.
  key
    A function for computing the group category for each element.
    If the key function is not specified or is None, the element itself
    is used for grouping."""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._have = False        # whether _currkey/_currvalue hold an item
        self._tgtkey = None
        self._has_target = False
        self._currkey = None
        self._currvalue = None
        self._token = None

    def __iter__(self):
        return self

    def _advance(self):
        # Read the next item; StopIteration propagates.
        try:
            value = next(self._it)
        except StopIteration:
            self._it = iter(())
            raise
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._have = True

    def __next__(self):
        # A new token makes every earlier group iterator stop.
        self._token = token = object()
        while True:
            if not self._have:
                self._advance()
            if not self._has_target or not (self._tgtkey == self._currkey):
                break
            self._have = False
        self._tgtkey = self._currkey
        self._has_target = True
        return (self._currkey, self._grouper(self._tgtkey, token))

    def _grouper(self, tgtkey, token):
        while self._token is token:
            if not self._have:
                try:
                    self._advance()
                except StopIteration:
                    return
            if not (tgtkey == self._currkey):
                return
            self._have = False
            yield self._currvalue


def islice(iterable, *args):
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object

Return an iterator whose next() method returns selected values from an
iterable.  If start is specified, will skip all preceding elements;
otherwise, start defaults to zero.  Step defaults to one.  If
specified as another value, step determines how many values are
skipped between successive calls.  Works like a slice() on a list
but returns an iterator."""
    n = len(args)
    if n == 0:
        raise TypeError("islice expected at least 2 arguments, got 1")
    if n > 3:
        raise TypeError("islice expected at most 4 arguments, got %d" % (n + 1))
    it = iter(iterable)
    start, step = 0, 1
    if n == 1:
        stop = args[0]
    else:
        start, stop = args[0], args[1]
        if n == 3:
            step = args[2]
    if stop is not None:
        try:
            stop = _as_int(stop)
        except TypeError:
            stop = -1
        if not 0 <= stop <= sys.maxsize:
            raise ValueError("Stop argument for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
    if start is None:
        start = 0
    else:
        try:
            start = _as_int(start)
        except TypeError:
            start = -1
        if not 0 <= start <= sys.maxsize:
            raise ValueError("Indices for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
    if step is None:
        step = 1
    else:
        try:
            step = _as_int(step)
        except TypeError:
            step = 0
        if not 1 <= step <= sys.maxsize:
            raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(it, start, stop, step)


def _islice(it, start, stop, step):
    # Items are read one at a time; nothing past index stop-1 is read.
    i = 0
    nexti = start
    if stop is not None and nexti >= stop:
        for _ in range(start):
            try:
                next(it)
            except StopIteration:
                return
        return
    while True:
        try:
            item = next(it)
        except StopIteration:
            return
        if i == nexti:
            yield item
            nexti += step
            if stop is not None and nexti >= stop:
                # Read up to stop, then stop.
                for _ in range(stop - i - 1):
                    try:
                        next(it)
                    except StopIteration:
                        return
                return
        i += 1


def starmap(function, iterable):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


class _tee_link:
    # No __slots__: a slot holding the float 0.0 reads as unset in Mosaic
    # (docs/bugs-found.md).

    def __init__(self):
        self.next = None


class _tee:
    """Iterator wrapped to make it copyable."""

    __slots__ = ("_it", "_link")

    def __init__(self, it, link):
        self._it = it
        self._link = link       # the next node to read; filled on demand

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._it)
            link.value = value
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    n = _as_int(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    if n == 0:
        return ()
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _tee_link())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


def zip_longest(*iterables, fillvalue=None):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument.  The .__next__()
method continues until the longest iterable in the argument sequence
is exhausted and then it raises StopIteration.  When the shorter iterables
are exhausted, the fillvalue is substituted in their place.  The fillvalue
defaults to None or can be specified by a keyword argument."""
    its = [iter(x) for x in iterables]
    return _zip_longest(its, fillvalue)


def _zip_longest(its, fillvalue):
    active = len(its)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(its):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                its[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


def pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input iterator.

    s -> (s0, s1), (s1, s2), (s2, s3), ..."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield (a, b)
        a = b


################################################################ combinatoric

def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    repeat = _as_int(repeat)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    # An odometer of indices, rightmost fastest.
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    current = [pool[0] for pool in pools]
    yield tuple(current)
    while True:
        i = n - 1
        while i >= 0:
            pool = pools[i]
            k = indices[i] + 1
            if k < len(pool):
                indices[i] = k
                current[i] = pool[k]
                break
            indices[i] = 0
            current[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(current)


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable.

permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        r = _as_int(r)
        if r < 0:
            raise ValueError("r must be non-negative")
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    # Lexicographic order of index tuples. `indices` is a permutation of
    # range(n) whose first r entries are the current output; cycles[i]
    # counts the choices left for position i: swapping position i with the
    # cycles[i]-th from the end gives the next candidate, and when a
    # position runs out, its index rotates to the end and it starts over.
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    getitem = pool.__getitem__
    yield tuple(map(getitem, indices[:r]))
    if not n:
        return
    while True:
        i = r - 1
        while i >= 0:
            c = cycles[i] - 1
            if c == 0:
                moved = indices[i]
                del indices[i]
                indices.append(moved)
                cycles[i] = n - i
                i -= 1
            else:
                cycles[i] = c
                indices[i], indices[-c] = indices[-c], indices[i]
                yield tuple(map(getitem, indices[:r]))
                break
        if i < 0:
            return


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable.

combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""
    r = _as_int(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    pool = tuple(iterable)
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    idx = list(range(r))
    current = list(pool[:r])
    yield tuple(current)
    while True:
        # The rightmost index that can still move right.
        i = r - 1
        while i >= 0 and idx[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        idx[i] += 1
        current[i] = pool[idx[i]]
        for j in range(i + 1, r):
            idx[j] = idx[j - 1] + 1
            current[j] = pool[idx[j]]
        yield tuple(current)


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.

combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"""
    r = _as_int(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    pool = tuple(iterable)
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    idx = [0] * r
    current = [pool[0]] * r if r else []
    yield tuple(current)
    while True:
        i = r - 1
        while i >= 0 and idx[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = idx[i] + 1
        item = pool[v]
        for j in range(i, r):
            idx[j] = v
            current[j] = item
        yield tuple(current)
