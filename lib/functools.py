"""Higher-order functions and operations on callables (functools).

Written for Mosaic from the Python documentation: reduce, partial,
partialmethod, update_wrapper/wraps, lru_cache/cache, cmp_to_key,
total_ordering, cached_property, singledispatch and singledispatchmethod.

lru_cache builds cache keys the way CPython does (a lone int or str
argument is its own key; otherwise a tuple of the positional arguments,
then a marker and the keyword items, then the types when typed=True), so
which calls hit and which miss, and so cache_info(), are the same.
"""

from collections import namedtuple as _namedtuple

__all__ = ["update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
           "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce",
           "partial", "partialmethod", "singledispatch", "singledispatchmethod",
           "cached_property"]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__",
                       "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

_MISSING = object()


################################################################ wrappers

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function: copy the
    attributes named in `assigned`, merge the dicts named in `updated`, and
    set `__wrapped__` to the wrapped function. Returns the wrapper."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory: apply update_wrapper() to the decorated function,
    with `wrapped` as the function it wraps."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


################################################################ reduce

def reduce(*args):
    """reduce(function, iterable[, initial]) -> value

Apply a function of two arguments cumulatively to the items of an iterable,
from left to right, so as to reduce the iterable to a single value.
For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates
((((1+2)+3)+4)+5).  If initial is present, it is placed before the items
of the iterable in the calculation, and serves as a default when the
iterable is empty."""
    n = len(args)
    if n < 2:
        raise TypeError("reduce expected at least 2 arguments, got %d" % n)
    if n > 3:
        raise TypeError("reduce expected at most 3 arguments, got %d" % n)
    function = args[0]
    try:
        it = iter(args[1])
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if n == 3:
        value = args[2]
    else:
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for element in it:
        value = function(value, element)
    return value


################################################################ partial

class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
"""

    __slots__ = ("_func", "_args", "_keywords", "__dict__")

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not object.__getattribute__(func, "__dict__")):
            # Flatten partial(partial(f, a), b) into partial(f, a, b).
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = object.__new__(cls)
        setattr_ = object.__setattr__
        setattr_(self, "_func", func)
        setattr_(self, "_args", tuple(args))
        setattr_(self, "_keywords", keywords)
        return self

    def __call__(self, /, *args, **keywords):
        if self._keywords:
            keywords = {**self._keywords, **keywords}
        return self._func(*self._args, *args, **keywords)

    @property
    def func(self):
        """function object to use in future partial calls"""
        return self._func

    @property
    def args(self):
        """tuple of arguments to future partial calls"""
        return self._args

    @property
    def keywords(self):
        """dictionary of keyword arguments to future partial calls"""
        return self._keywords

    def __setattr__(self, name, value):
        if name in ("func", "args", "keywords"):
            raise AttributeError("readonly attribute")
        object.__setattr__(self, name, value)

    def __repr__(self):
        parts = [repr(self._func)]
        parts.extend(repr(a) for a in self._args)
        parts.extend("%s=%r" % (k, v) for k, v in self._keywords.items())
        cls = type(self)
        name = cls.__qualname__
        if cls is partial:
            name = "functools.partial"
        return "%s(%s)" % (name, ", ".join(parts))

    def __reduce__(self):
        return (type(self), (self._func,),
                (self._func, self._args, self._keywords or None, None))

    @classmethod
    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords. Supports wrapping existing descriptors and handles
    non-descriptor callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        return "%s.%s(%s)" % (type(self).__module__, type(self).__qualname__, ", ".join(parts))

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None and not isinstance(self.func, partial):
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


################################################################ caches

_CacheInfo = _namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"],
                         module="functools")

_KEYWORD_MARK = (object(),)
_FAST_TYPES = (int, str)


def _make_key(args, kwds, typed):
    # One lone int or str argument is its own key (type must match exactly:
    # True and 1.0 get tuple keys, which is observable through hits).
    if not kwds and not typed and len(args) == 1 and type(args[0]) in _FAST_TYPES:
        return args[0]
    key = args
    if kwds:
        key += _KEYWORD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    elif len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.

    If *typed* is True, arguments of different types will be cached separately.
    For example, f(3.0) and f(3) will be treated as distinct calls with
    distinct results.

    Arguments to the cached function must be hashable.

    View the cache statistics named tuple (hits, misses, maxsize, currsize)
    with f.cache_info().  Clear the cache and statistics with f.cache_clear().
    Access the underlying function with f.__wrapped__.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]          # hits, misses

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        # A dict keeps insertion order: a hit moves its key to the end, and
        # the first key is the least recently used.
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.pop(key, _MISSING)
            if result is not _MISSING:
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call already cached this key.
                return result
            cache[key] = result
            if len(cache) > maxsize:
                del cache[next(iter(cache))]
            return result

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


################################################################ ordering

def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""

    class K:

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            if not isinstance(other, K):
                raise TypeError("other argument must be K instance")
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            if not isinstance(other, K):
                raise TypeError("other argument must be K instance")
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            if not isinstance(other, K):
                raise TypeError("other argument must be K instance")
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            if not isinstance(other, K):
                raise TypeError("other argument must be K instance")
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            if not isinstance(other, K):
                raise TypeError("other argument must be K instance")
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K


# The derived comparisons, named as CPython names them; each calls the root
# comparison through the type so that NotImplemented propagates.

def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


_DERIVED = {
    "__lt__": [("__gt__", _gt_from_lt, "(not a < b) and (a != b)"),
               ("__le__", _le_from_lt, "(a < b) or (a == b)"),
               ("__ge__", _ge_from_lt, "(not a < b)")],
    "__le__": [("__ge__", _ge_from_le, "(not a <= b) or (a == b)"),
               ("__lt__", _lt_from_le, "(a <= b) and (a != b)"),
               ("__gt__", _gt_from_le, "(not a <= b)")],
    "__gt__": [("__lt__", _lt_from_gt, "(not a > b) and (a != b)"),
               ("__ge__", _ge_from_gt, "(a > b) or (a == b)"),
               ("__le__", _le_from_gt, "(not a > b)")],
    "__ge__": [("__le__", _le_from_ge, "(not a >= b) or (a == b)"),
               ("__gt__", _gt_from_ge, "(a >= b) and (a != b)"),
               ("__lt__", _lt_from_ge, "(not a >= b)")],
}

_SYMBOL = {"__lt__": "<", "__le__": "<=", "__gt__": ">", "__ge__": ">="}

for _root, _ops in _DERIVED.items():
    for _name, _func, _how in _ops:
        _func.__name__ = _name
        _func.__doc__ = "Return a %s b.  Computed by @total_ordering from %s." % (
            _SYMBOL[_name], _how)
del _root, _ops, _name, _func, _how


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = [op for op in ("__lt__", "__le__", "__gt__", "__ge__")
             if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)   # prefer __lt__, then __le__, __gt__, __ge__
    for name, func, _ in _DERIVED[root]:
        if name not in roots:
            setattr(cls, name, func)
    return cls


################################################################ cached_property

class cached_property:
    """A property computed once per instance and then kept in the
    instance's __dict__ (which takes precedence afterwards)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = getattr(func, "__module__", None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                "(%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                "No '__dict__' attribute on %r instance to cache %r property."
                % (type(instance).__name__, self.attrname)) from None
        value = cache.get(self.attrname, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                cache[self.attrname] = value
            except TypeError:
                raise TypeError(
                    "The '__dict__' attribute on %r instance does not support item "
                    "assignment for caching %r property."
                    % (type(instance).__name__, self.attrname)) from None
        return value

    @classmethod
    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


################################################################ singledispatch

def _is_registrable(cls):
    return isinstance(cls, type)


def _find_impl(cls, registry):
    # The first class on the MRO with an implementation wins; classes in the
    # registry that are not on the MRO (ABCs, virtual bases) are considered
    # where they would fall: just before the first MRO entry that is not
    # one of their subclasses.
    mro = cls.__mro__
    for base in mro:
        if base in registry:
            best = base
            break
    else:
        best = None
    abstract = [k for k in registry if k not in mro and issubclass(cls, k)]
    if abstract:
        best_pos = mro.index(best) if best is not None else len(mro)
        for k in abstract:
            # Position of k: after the last MRO class that is a subclass of k.
            pos = 0
            for i, base in enumerate(mro):
                if issubclass(base, k):
                    pos = i + 1
            if pos < best_pos or (pos == best_pos and best in mro and
                                  not issubclass(best, k)):
                best, best_pos = k, pos
    return registry.get(best)


def singledispatch(func):
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different
    behaviours depending upon the type of its first argument. The decorated
    function acts as the default implementation, and additional
    implementations can be registered using the register() attribute of the
    generic function.
    """
    registry = {object: func}
    dispatch_cache = {}

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available implementation
        for the given *cls* registered on *generic_func*.
        """
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def _union_args(cls):
        args = getattr(cls, "__args__", None)
        if args is not None and type(cls).__name__ in ("UnionType", "_UnionGenericAlias"):
            return args
        return None

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_func*.
        """
        if _is_registrable(cls) or _union_args(cls) is not None:
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. "
                                "%r is not a class or union type." % (cls,))
            ann = getattr(cls, "__annotations__", {})
            if not ann:
                raise TypeError(
                    "Invalid first argument to `register()`: %r. "
                    "Use either `@register(some_class)` or plain `@register` "
                    "on an annotated function." % (cls,))
            func = cls
            argname, cls = next(iter(ann.items()))
            if isinstance(cls, str):
                cls = eval(cls, getattr(func, "__globals__", {}))
            if not _is_registrable(cls) and _union_args(cls) is None:
                raise TypeError("Invalid annotation for %r. %r is not a class." % (argname, cls))
        union = _union_args(cls)
        if union is not None:
            for arg in union:
                registry[arg] = func
        else:
            registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    from types import MappingProxyType
    registry_view = MappingProxyType(registry)
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry_view
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_method*.
        """
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
