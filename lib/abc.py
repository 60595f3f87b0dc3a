"""Abstract base classes: ABCMeta, ABC and the abstractmethod decorator.

Written for Mosaic from the Python documentation. A class whose metaclass is
ABCMeta records the names of its abstract methods in `__abstractmethods__`
and cannot be instantiated while that set is not empty; other classes can
be declared its "virtual subclasses" with `register`, and `__subclasshook__`
lets an ABC recognise classes by their methods (collections.abc does).
"""


def abstractmethod(funcobj):
    """Mark a method abstract: a class with ABCMeta as its metaclass cannot
    be instantiated until every abstract method has been overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A classmethod that is also abstract (deprecated: stack @classmethod
    on @abstractmethod instead)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A staticmethod that is also abstract (deprecated: stack
    @staticmethod on @abstractmethod instead)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A property that is also abstract (deprecated: stack @property on
    @abstractmethod instead)."""
    __isabstractmethod__ = True


def _is_abstract(value):
    # Properties are checked through their accessors as well, since a
    # property built on an abstract getter is itself abstract.
    try:
        if getattr(value, "__isabstractmethod__", False):
            return True
    except Exception:
        return False
    if isinstance(value, property):
        for f in (value.fget, value.fset, value.fdel):
            if f is not None and getattr(f, "__isabstractmethod__", False):
                return True
    return False


# Bumped by every register() call, so negative caches everywhere go stale.
_invalidation_counter = 0


def get_cache_token():
    """Return a token that changes whenever an ABC's registry changes."""
    return _invalidation_counter


class _abc_data:
    """Per-class bookkeeping: registered virtual subclasses, positive and
    negative subclass-check caches, and the real subclasses made so far."""
    __slots__ = ("registry", "cache", "negative_cache",
                 "negative_cache_version", "subclasses")

    def __init__(self):
        self.registry = []
        self.cache = []
        self.negative_cache = []
        self.negative_cache_version = _invalidation_counter
        self.subclasses = []


def _contains(seq, cls):
    for c in seq:
        if c is cls:
            return True
    return False


def _compute_abstracts(cls, namespace, bases):
    abstracts = set()
    for name, value in namespace.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for abstract base classes.

    Classes made with it may declare abstract methods, may be given virtual
    subclasses with `register`, and may override `__subclasshook__` to
    decide `issubclass` for classes that do not inherit from them.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace, bases)
        cls._abc_impl = _abc_data()
        for base in bases:
            impl = base.__dict__.get("_abc_impl") if isinstance(base, ABCMeta) else None
            if impl is not None:
                impl.subclasses.append(cls)
        return cls

    def __call__(cls, /, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of this ABC and return it (so this
        can be used as a class decorator)."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        impl = cls._abc_impl
        if _contains(impl.cache, subclass):
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_cache_version == _invalidation_counter
                    and _contains(impl.negative_cache, subclass)):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if _contains(impl.cache, subclass):
            return True
        if impl.negative_cache_version < _invalidation_counter:
            impl.negative_cache = []
            impl.negative_cache_version = _invalidation_counter
        elif _contains(impl.negative_cache, subclass):
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            if ok:
                impl.cache.append(subclass)
            else:
                impl.negative_cache.append(subclass)
            return ok
        if _contains(getattr(subclass, "__mro__", ()), cls):
            impl.cache.append(subclass)
            return True
        for rcls in impl.registry:
            if issubclass(subclass, rcls):
                impl.cache.append(subclass)
                return True
        for scls in impl.subclasses:
            if issubclass(subclass, scls):
                impl.cache.append(subclass)
                return True
        impl.negative_cache.append(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper: print the ABC's registry and caches."""
        impl = cls._abc_impl
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: %s" % get_cache_token(), file=file)
        print("_abc_registry: %r" % (impl.registry,), file=file)
        print("_abc_cache: %r" % (impl.cache,), file=file)
        print("_abc_negative_cache: %r" % (impl.negative_cache,), file=file)
        print("_abc_negative_cache_version: %r" % impl.negative_cache_version, file=file)

    def _abc_registry_clear(cls):
        """Forget every registered virtual subclass."""
        cls._abc_impl.registry = []

    def _abc_caches_clear(cls):
        """Empty both subclass-check caches."""
        cls._abc_impl.cache = []
        cls._abc_impl.negative_cache = []


def update_abstractmethods(cls):
    """Recompute `__abstractmethods__` of an ABC after methods were added or
    overridden on it once it had been created; returns cls."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Inherit from this class to make an abstract base class (it only sets
    the metaclass to ABCMeta)."""
    __slots__ = ()
