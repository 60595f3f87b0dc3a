"""Container datatypes: deque, Counter, defaultdict, OrderedDict,
namedtuple, ChainMap, UserDict, UserList and UserString.

Written for Mosaic from the Python documentation; CPython's versions of
deque and defaultdict are in C, here everything is Python:

- `deque` keeps its items in a list from index `_head` on: popping on the
  left moves `_head` forward (the dead prefix is dropped once it outgrows
  the live part) and pushing on the left uses the slack before `_head`,
  growing it in proportion to the size, so both ends are amortized O(1).
- `Counter`, `defaultdict` and `OrderedDict` are dict subclasses; a dict
  already keeps insertion order, so OrderedDict only adds the order-aware
  operations (move_to_end, popitem(last=False), order-sensitive ==).
- `namedtuple` builds a tuple subclass whose `__new__` is compiled from
  source text, so its signature (and its errors) are the fields'.
"""

import sys
from keyword import iskeyword as _iskeyword
from types import GenericAlias as _GenericAlias
import collections.abc as _abc

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList",
           "UserString", "defaultdict", "deque", "namedtuple"]

_generic = classmethod(_GenericAlias)

# Ids of containers whose repr is being built, so a container that holds
# itself shows "..." instead of recursing forever.
_repr_running = set()


def _guarded_repr(obj, build, recursive):
    key = id(obj)
    if key in _repr_running:
        return recursive
    _repr_running.add(key)
    try:
        return build()
    finally:
        _repr_running.discard(key)


def _as_index(i):
    if isinstance(i, int):
        return i
    try:
        method = type(i).__index__
    except AttributeError:
        raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__) from None
    return method(i)


################################################################ deque

def _deque_iter(d, state, n):
    # `state` and `n` are taken when iter() is called, as CPython does:
    # any change of size before the next item is fetched is an error.
    for k in range(n):
        if d._state != state:
            raise RuntimeError("deque mutated during iteration")
        yield d._items[d._head + k]
    if d._state != state:
        raise RuntimeError("deque mutated during iteration")


def _deque_reversed(d, state, n):
    for k in range(n - 1, -1, -1):
        if d._state != state:
            raise RuntimeError("deque mutated during iteration")
        yield d._items[d._head + k]
    if d._state != state:
        raise RuntimeError("deque mutated during iteration")


class deque:
    """deque([iterable[, maxlen]]) --> deque object

A list-like sequence optimized for data accesses near its endpoints."""

    __slots__ = ("_items", "_head", "_maxlen", "_state")

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
            if maxlen > sys.maxsize:
                raise OverflowError("Python int too large to convert to C ssize_t")
        self._maxlen = maxlen
        self._items = []
        self._head = 0
        try:
            self._state += 1
        except AttributeError:
            self._state = 0
        if iterable is not ():
            self.extend(iterable)

    # ---------------------------------------------------------- ends

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        items = self._items
        items.append(x)
        m = self._maxlen
        if m is not None and len(items) - self._head > m:
            self._drop_left()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        h = self._head
        items = self._items
        if h == 0:
            if not items:
                items.append(x)
                h = 1
            else:
                h = len(items) + 8
                items[0:0] = [None] * h
        h -= 1
        items[h] = x
        self._head = h
        m = self._maxlen
        if m is not None and len(items) - h > m:
            self._drop_right()

    def pop(self):
        """Remove and return the rightmost element."""
        items = self._items
        if len(items) <= self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = items.pop()
        if len(items) == self._head:
            items.clear()
            self._head = 0
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        items = self._items
        h = self._head
        if len(items) <= h:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = items[h]
        items[h] = None
        h += 1
        if h == len(items):
            items.clear()
            h = 0
        elif h > 64 and h > 2 * (len(items) - h) + 64:
            del items[:h]
            h = 0
        self._head = h
        return x

    def _drop_left(self):
        items = self._items
        h = self._head
        items[h] = None
        h += 1
        if h == len(items):
            items.clear()
            h = 0
        elif h > 64 and h > 2 * (len(items) - h) + 64:
            del items[:h]
            h = 0
        self._head = h

    def _drop_right(self):
        items = self._items
        items.pop()
        if len(items) == self._head:
            items.clear()
            self._head = 0

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        self._state += 1
        items = self._items
        m = self._maxlen
        if m is None:
            items.extend(iterable)
            return
        if m == 0:
            for _ in iterable:
                pass
            return
        items.extend(iterable)
        excess = len(items) - self._head - m
        if excess > 0:
            del items[:self._head + excess]
            self._head = 0

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        values = list(iterable)
        self._state += 1
        values.reverse()
        items = self._items
        h = self._head
        n = len(values)
        if n <= h:
            items[h - n:h] = values
            self._head = h - n
        else:
            values.extend(items[h:])
            self._items = items = values
            self._head = 0
        m = self._maxlen
        if m is not None and len(items) - self._head > m:
            del items[self._head + m:]
            if len(items) == self._head:
                items.clear()
                self._head = 0

    # ---------------------------------------------------------- whole

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._items = []
        self._head = 0

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            d = deque.__new__(deque)
            d._items = self._items[self._head:]
            d._head = 0
            d._maxlen = self._maxlen
            d._state = 0
            return d
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        return self._items[self._head:].count(value)

    def index(self, value, start=0, stop=sys.maxsize):
        """Return first index of value.

Raises ValueError if the value is not present."""
        try:
            return self._items[self._head:].index(value, start, stop)
        except ValueError:
            raise ValueError("%r is not in deque" % (value,)) from None

    def insert(self, index, value):
        """Insert value before index."""
        index = _as_index(index)
        n = len(self._items) - self._head
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        if index < 0:
            index += n
            if index < 0:
                index = 0
        elif index > n:
            index = n
        self._state += 1
        self._items.insert(self._head + index, value)

    def remove(self, value):
        """Remove first occurrence of value."""
        live = self._items[self._head:]
        try:
            i = live.index(value)
        except ValueError:
            raise ValueError("%r is not in deque" % (value,)) from None
        if len(self._items) - self._head != len(live):
            raise IndexError("deque mutated during remove().")
        self._state += 1
        del self._items[self._head + i]
        if len(self._items) == self._head:
            self._items.clear()
            self._head = 0

    def reverse(self):
        """Reverse *IN PLACE*."""
        live = self._items[self._head:]
        live.reverse()
        self._items = live
        self._head = 0

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        if not isinstance(n, int):
            try:
                n = type(n).__index__(n)
            except AttributeError:
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(n).__name__) from None
        size = len(self._items) - self._head
        if size <= 1:
            return
        self._state += 1
        n %= size
        if n == 0:
            return
        left = size - n
        if n <= left:
            if n <= 32 or n * 16 <= size:
                for _ in range(n):
                    x = self._items.pop()
                    self._push_left_raw(x)
                return
        elif left <= 32 or left * 16 <= size:
            for _ in range(left):
                x = self.popleft()
                self._items.append(x)
            return
        live = self._items[self._head:]
        self._items = live[-n:] + live[:-n]
        self._head = 0

    def _push_left_raw(self, x):
        h = self._head
        items = self._items
        if h == 0:
            h = len(items) + 8
            items[0:0] = [None] * h
        h -= 1
        items[h] = x
        self._head = h

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # ---------------------------------------------------------- sequence

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return _deque_iter(self, self._state, len(self._items) - self._head)

    def __reversed__(self):
        return _deque_reversed(self, self._state, len(self._items) - self._head)

    def __contains__(self, value):
        return value in self._items[self._head:]

    def _position(self, index):
        index = _as_index(index)
        n = len(self._items) - self._head
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError("deque index out of range")
        return self._head + index

    def __getitem__(self, index):
        return self._items[self._position(index)]

    def __setitem__(self, index, value):
        self._items[self._position(index)] = value

    def __delitem__(self, index):
        i = self._position(index)
        self._state += 1
        del self._items[i]
        if len(self._items) == self._head:
            self._items.clear()
            self._head = 0

    def __repr__(self):
        body = _guarded_repr(self, lambda: repr(self._items[self._head:]), None)
        if body is None:
            return "[...]"
        if self._maxlen is None:
            return "%s(%s)" % (type(self).__name__, body)
        return "%s(%s, maxlen=%d)" % (type(self).__name__, body, self._maxlen)

    # ---------------------------------------------------------- operators

    def _compare(self, other, op):
        if not isinstance(other, deque):
            if type(other).__module__ == "builtins" and op not in ("==", "!="):
                raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                                % (op, "collections.deque" if type(self) is deque
                                   else type(self).__name__, type(other).__name__))
            return NotImplemented
        a = self._items[self._head:]
        b = other._items[other._head:]
        if op == "==":
            return a == b
        if op == "!=":
            return a != b
        if op == "<":
            return a < b
        if op == "<=":
            return a <= b
        if op == ">":
            return a > b
        return a >= b

    def __eq__(self, other):
        return self._compare(other, "==")

    def __ne__(self, other):
        return self._compare(other, "!=")

    def __lt__(self, other):
        return self._compare(other, "<")

    def __le__(self, other):
        return self._compare(other, "<=")

    def __gt__(self, other):
        return self._compare(other, ">")

    def __ge__(self, other):
        return self._compare(other, ">=")

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not (isinstance(n, int) or hasattr(type(n), "__index__")):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        result = self.copy()
        result.__imul__(n)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        if not (isinstance(n, int) or hasattr(type(n), "__index__")):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        n = _as_index(n)
        live = self._items[self._head:]
        self._state += 1
        if n <= 0 or not live:
            self._items = []
        else:
            m = self._maxlen
            if m is not None and len(live) * n > m:
                # Only the last `m` items of the repetition survive.
                reps = -(-m // len(live)) + 1
                live = (live * min(n, reps))[-m:]
            else:
                live = live * n
            self._items = live
        self._head = 0
        return self

    def __reduce__(self):
        if self._maxlen is None:
            return type(self), ((),), None, iter(self)
        return type(self), ((), self._maxlen), None, iter(self)

    __class_getitem__ = _generic


_abc.MutableSequence.register(deque)


################################################################ defaultdict

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
"""

    __slots__ = ("default_factory",)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = _guarded_repr(self, lambda: repr(self.default_factory), "...")
        return "%s(%s, %s)" % (type(self).__name__, factory, dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        factory = self.default_factory
        return type(self), (factory,) if factory is not None else (), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = _generic


################################################################ OrderedDict

class _OrderedDictView:
    __slots__ = ()

    def __repr__(self):
        return "%s(%r)" % (self._view_name, list(self))


class _OrderedDictKeys(_OrderedDictView, _abc.KeysView):
    __slots__ = ()
    _view_name = "odict_keys"

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))

    def __contains__(self, key):
        return key in dict.keys(self._mapping)


class _OrderedDictValues(_OrderedDictView, _abc.ValuesView):
    __slots__ = ()
    _view_name = "odict_values"

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(dict.values(self._mapping))


class _OrderedDictItems(_OrderedDictView, _abc.ItemsView):
    __slots__ = ()
    _view_name = "odict_items"

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(dict.items(self._mapping))

    def __contains__(self, item):
        return item in dict.items(self._mapping)


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError("expected at most 1 arguments, got %d" % len(args))
        self.update(*args, **kwds)

    def update(self, other=(), /, **kwds):
        """Update from a mapping, an object with keys(), or an iterable of
        pairs, then from the keyword arguments."""
        if type(self).__setitem__ is dict.__setitem__:
            dict.update(self, other, **kwds)
        else:
            _abc.MutableMapping.update(self, other, **kwds)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

Pairs are returned in LIFO order if last is true or FIFO order if false."""
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

Raise KeyError if the element does not exist."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def keys(self):
        """D.keys() -> a set-like object providing a view on D's keys"""
        return _OrderedDictKeys(self)

    def values(self):
        """D.values() -> an object providing a view on D's values"""
        return _OrderedDictValues(self)

    def items(self):
        """D.items() -> a set-like object providing a view on D's items"""
        return _OrderedDictItems(self)

    def __repr__(self):
        if not self:
            return "%s()" % (type(self).__name__,)
        body = _guarded_repr(self, lambda: repr(list(dict.items(self))), None)
        if body is None:
            return "..."
        return "%s(%s)" % (type(self).__name__, body)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(dict.keys(self), dict.keys(other)):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        state = dict(vars(self)) if hasattr(self, "__dict__") else None
        return type(self), (), state or None, None, iter(dict.items(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = _generic


################################################################ Counter

class Counter(dict):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.
    """

    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        Elements with equal counts keep the order they were first met in.
        """
        ordered = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return ordered
        return ordered[:max(n, 0)]

    def elements(self):
        """Iterator over elements repeating each as many times as its count.
        Elements with a count below one are left out."""
        return _elements(list(self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them.

Source can be an iterable, a dictionary, or another Counter instance."""
        if iterable is not None:
            if isinstance(iterable, dict) or isinstance(iterable, _abc.Mapping):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them.
Counts can be reduced below zero."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, dict) or isinstance(iterable, _abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return "%s()" % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return "%s(%r)" % (self.__class__.__name__, d)

    # Comparisons treat a missing element as a count of zero.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if self[e] != other[e]:
                    return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] <= other[e]:
                    return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] >= other[e]:
                    return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Binary operators make a new Counter holding only positive counts.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            total = count + other[elem]
            if total > 0:
                result[elem] = total
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            diff = count - other[elem]
            if diff > 0:
                result[elem] = diff
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            theirs = other[elem]
            best = theirs if count < theirs else count
            if best > 0:
                result[elem] = best
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            theirs = other[elem]
            least = count if count < theirs else theirs
            if least > 0:
                result[elem] = least
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, theirs in other.items():
            if theirs > self[elem]:
                self[elem] = theirs
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            theirs = other[elem]
            if theirs < count:
                self[elem] = theirs
        return self._keep_positive()

    __class_getitem__ = _generic


def _second(pair):
    return pair[1]


def _elements(pairs):
    for elem, count in pairs:
        if count > 0:
            for _ in range(count):
                yield elem


################################################################ namedtuple

def _caller_module():
    getframe = getattr(sys, "_getframe", None)
    if getframe is not None:
        try:
            return getframe(2).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass
    return "__main__"


class _tuplegetter:
    """A read-only field of a named tuple: the item at a fixed index."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    names = [str(name) for name in field_names]
    typename = str(typename)

    if rename:
        used = set()
        for i, name in enumerate(names):
            bad = (not name.isidentifier() or _iskeyword(name)
                   or name.startswith("_") or name in used)
            if bad:
                names[i] = "_%d" % i
            used.add(name)

    for name in [typename] + names:
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r" % (name,))
        if _iskeyword(name):
            raise ValueError("Type names and field names cannot be a keyword: %r" % (name,))
    used = set()
    for name in names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % (name,))
        if name in used:
            raise ValueError("Encountered duplicate field name: %r" % (name,))
        used.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(names):
            raise TypeError("Got more default values than field names")
        for name, value in zip(names[len(names) - len(defaults):], defaults):
            field_defaults[name] = value

    fields = tuple(names)
    nfields = len(fields)
    arglist = ", ".join(fields)
    if nfields == 1:
        arglist += ","
    tuple_new = tuple.__new__

    source = "def __new__(_cls, %s): return _tuple_new(_cls, (%s))" % (
        ", ".join(fields), arglist)
    if not fields:
        source = "def __new__(_cls): return _tuple_new(_cls, ())"
    scope = {"_tuple_new": tuple_new, "__name__": "namedtuple_%s" % typename}
    exec(source, scope)
    __new__ = scope["__new__"]
    __new__.__doc__ = "Create new instance of %s(%s)" % (typename, ", ".join(fields))
    if defaults:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != nfields:
            raise TypeError("Expected %d arguments, got %d" % (nfields, len(result)))
        return result

    _make.__func__.__doc__ = "Make a new %s object from a sequence or iterable" % typename

    def _replace(self, /, **kwds):
        values = []
        for name, value in zip(fields, self):
            values.append(kwds.pop(name, value))
        if kwds:
            raise ValueError("Got unexpected field names: %r" % (list(kwds),))
        return self._make(values)

    _replace.__doc__ = "Return a new %s object replacing specified fields with new values" % typename

    shape = "(" + ", ".join("%s=%%r" % name for name in fields) + ")"

    def __repr__(self):
        "Return a nicely formatted representation string"
        return self.__class__.__name__ + shape % self

    def _asdict(self):
        "Return a new dict which maps field names to their values."
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        "Return self as a plain tuple.  Used by copy and pickle."
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = "%s.%s" % (typename, method.__name__)

    namespace = {
        "__doc__": "%s(%s)" % (typename, ", ".join(fields)),
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, "Alias for field number %d" % index)

    result = type(typename, (tuple,), namespace)
    if module is None:
        module = _caller_module()
    result.__module__ = module
    return result


################################################################ ChainMap

class ChainMap(_abc.MutableMapping):
    """A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.

    Lookups search the underlying mappings in order; writes, updates and
    deletions only touch the first one.
    """

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        seen = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                seen[key] = None
        return iter(seen)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def __repr__(self):
        return _guarded_repr(
            self,
            lambda: "%s(%s)" % (self.__class__.__name__, ", ".join(map(repr, self.maps))),
            "...")

    @classmethod
    def fromkeys(cls, iterable, *args):
        """Create a ChainMap with a single dict created from the iterable."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict.
        """
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def popitem(self):
        """Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *args):
        """Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0]."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


################################################################ UserDict, UserList, UserString

class UserDict(_abc.MutableMapping):
    """A dict-like class whose contents live in the real dict `data`;
    subclass it to customise a dictionary's behaviour."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_abc.MutableSequence):
    """A list-like class whose contents live in the real list `data`;
    subclass it to customise a list's behaviour."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_abc.Sequence):
    """A str-like class whose text lives in the real str `data`; string
    methods return instances of the class."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, string):
        return self.data == self._cast(string)

    def __lt__(self, string):
        return self.data < self._cast(string)

    def __le__(self, string):
        return self.data <= self._cast(string)

    def __gt__(self, string):
        return self.data > self._cast(string)

    def __ge__(self, string):
        return self.data >= self._cast(string)

    def __contains__(self, char):
        return self._cast(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=sys.maxsize):
        return self.data.count(self._cast(sub), start, end)

    def endswith(self, suffix, start=0, end=sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def find(self, sub, start=0, end=sys.maxsize):
        return self.data.find(self._cast(sub), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def index(self, sub, start=0, end=sys.maxsize):
        return self.data.index(self._cast(sub), start, end)

    def isalnum(self):
        return self.data.isalnum()

    def isalpha(self):
        return self.data.isalpha()

    def isdigit(self):
        return self.data.isdigit()

    def islower(self):
        return self.data.islower()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(self._cast(old), self._cast(new), maxsplit))

    def rfind(self, sub, start=0, end=sys.maxsize):
        return self.data.rfind(self._cast(sub), start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))
