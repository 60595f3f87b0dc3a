"""BaseExceptionGroup and ExceptionGroup, written in Python for Mosaic.

The runtime binds these two builtins on first use (vm/vmhelpers.c loads
this module when a global lookup of either name misses). They follow the
Python documentation: the constructor's checks and messages, a
BaseExceptionGroup of only Exceptions becoming an ExceptionGroup,
message/exceptions, str() as "msg (N sub-exceptions)", subgroup(), split()
and derive() (keeping __cause__, __context__, __traceback__ and
__notes__). The `except*` statement is not supported.
"""


def _predicate(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(isinstance(c, type) and issubclass(c, BaseException)
                                            for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError("expected a function, exception type or tuple of exception types")


class BaseExceptionGroup(BaseException):
    def __new__(cls, message, exceptions, *rest):
        if rest:
            raise TypeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)"
                            % (2 + len(rest)))
        if not isinstance(message, str):
            raise TypeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s"
                            % type(message).__name__)
        if not (hasattr(type(exceptions), "__getitem__") and hasattr(type(exceptions), "__len__")) \
                or isinstance(exceptions, (str, bytes, dict)) and not isinstance(exceptions, (list, tuple)):
            raise TypeError("second argument (exceptions) must be a sequence")
        excs = tuple(exceptions)
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError("Item %d of second argument (exceptions) is not an exception" % i)
        all_exceptions = all(isinstance(e, Exception) for e in excs)
        if cls is BaseExceptionGroup:
            if all_exceptions:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and not all_exceptions:
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError("Cannot nest BaseExceptions in '%s'" % cls.__name__)
        self = BaseException.__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = excs
        return self

    def __init__(self, *args, **kwargs):
        BaseException.__init__(self, *args)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return "%s (%d sub-exception%s)" % (self._message, n, "" if n == 1 else "s")

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _derive_keeping(self, excs):
        group = self.derive(excs)
        group.__cause__ = self.__cause__
        group.__context__ = self.__context__
        group.__traceback__ = self.__traceback__
        notes = getattr(self, "__notes__", None)
        if notes is not None:
            group.__notes__ = list(notes)
        return group

    def subgroup(self, condition):
        pred = _predicate(condition)
        if pred(self):
            return self
        kept = []
        modified = False
        for exc in self._exceptions:
            if isinstance(exc, BaseExceptionGroup):
                sub = exc.subgroup(pred)
                if sub is not exc:
                    modified = True
                if sub is not None:
                    kept.append(sub)
            elif pred(exc):
                kept.append(exc)
            else:
                modified = True
        if not modified:
            return self
        if not kept:
            return None
        return self._derive_keeping(kept)

    def split(self, condition):
        pred = _predicate(condition)
        if pred(self):
            return self, None
        match, rest = [], []
        for exc in self._exceptions:
            if isinstance(exc, BaseExceptionGroup):
                m, r = exc.split(pred)
                if m is not None:
                    match.append(m)
                if r is not None:
                    rest.append(r)
            elif pred(exc):
                match.append(exc)
            else:
                rest.append(exc)
        mgroup = self._derive_keeping(match) if match else None
        rgroup = self._derive_keeping(rest) if rest else None
        return mgroup, rgroup

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


BaseExceptionGroup.__module__ = "builtins"
ExceptionGroup.__module__ = "builtins"
