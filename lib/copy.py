"""Shallow and deep copy operations (copy).

Written for Mosaic from the Python documentation. copy(x) and deepcopy(x)
honour `__copy__` and `__deepcopy__(memo)`, then `__reduce_ex__(4)` or
`__reduce__` when a class defines them. Mosaic's own object.__reduce_ex__
cannot pickle, so for everything else this module builds the reduction
that CPython's default one would give: `cls.__new__(cls, *__getnewargs__())`,
the state from `__getstate__` or the instance `__dict__` and `__slots__`,
and the items of list and dict subclasses.

deepcopy keeps a memo (id -> copy) so shared and cyclic structures are
copied once; the memo also keeps the originals alive under the key
id(memo), as CPython's does.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_NoneType = type(None)
_atomic = {_NoneType, int, float, bool, complex, str, bytes, type, range, slice,
           type(...), type(NotImplemented), type(len), type(lambda: 0),
           property, frozenset, tuple}
_deep_atomic = {_NoneType, int, float, bool, complex, str, bytes, type, range,
                type(...), type(NotImplemented), type(len), type(lambda: 0),
                property}

try:
    _code_type = type((lambda: 0).__code__)
    _atomic.add(_code_type)
    _deep_atomic.add(_code_type)
except AttributeError:
    pass


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _deep_atomic:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A cycle through a mutable member may already have made the copy.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x, cls):
    # The reduction CPython's pickling protocol 4 would give.
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not object.__reduce_ex__:
        return x.__reduce_ex__(4)
    reductor = getattr(cls, "__reduce__", None)
    base_reduce = getattr(object, "__reduce__", None)
    if reductor is not None and reductor is not base_reduce:
        return x.__reduce__()
    return _default_reduce(x, cls)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


_BUILTIN_BASES = (int, float, complex, str, bytes, tuple, frozenset)


def _default_reduce(x, cls):
    if isinstance(x, BaseException):
        return cls, x.args, _default_state(x, cls)
    if isinstance(x, bytearray):
        return cls, (bytes(x),), _default_state(x, cls)
    if cls in (set, frozenset) or (isinstance(x, (set, frozenset)) and cls.__new__ is set.__new__):
        state = _default_state(x, cls)
        return cls, (list(x),), state
    kwargs = None
    getnewargs_ex = getattr(cls, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = x.__getnewargs_ex__()
    elif getattr(cls, "__getnewargs__", None) is not None:
        args = x.__getnewargs__()
    else:
        args = ()
        for base in _BUILTIN_BASES:
            if isinstance(x, base):
                args = (base(x),)
                break
        if isinstance(x, (set, frozenset)) and not args:
            args = (list(x),)
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        state = x.__getstate__()
    else:
        state = _default_state(x, cls)
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return _newobj_ex, (cls, args, kwargs), state, listiter, dictiter
    return _newobj, (cls,) + tuple(args), state, listiter, dictiter


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (c.__name__.lstrip("_"), name)
            names.append(name)
    return names


def _default_state(x, cls):
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    state = dict(d) if d else None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
