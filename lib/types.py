"""Names for built-in types, SimpleNamespace and GenericAlias.

Written for Mosaic from the Python documentation. The type names are taken
from live objects; GenericAlias and UnionType are the core's (list[int],
int | str), with a Python GenericAlias for what the core's cannot do
(being subclassed, by collections.abc.Callable's alias).
"""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
ModuleType = type(sys)
GetSetDescriptorType = type(FunctionType.__dict__["__code__"])
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)



class _S:
    __slots__ = ("a",)


MemberDescriptorType = type(_S.__dict__["a"])

del _f, _g, _C, _S


class SimpleNamespace:
    """An object whose attributes are given as keyword arguments; its repr
    lists them and two namespaces are equal when their attributes are."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return "%s(%s)" % (name, ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


class MappingProxyType:
    """A read-only, live view of a mapping.

    A Python class here: the built-in mappingproxy that Mosaic gives for a
    class's __dict__ is a snapshot, so it cannot serve as a view."""

    __slots__ = ("_mapping",)

    def __new__(cls, mapping):
        if not hasattr(mapping, "__getitem__") or not hasattr(mapping, "keys") \
                or isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not %s"
                            % type(mapping).__name__)
        self = object.__new__(cls)
        object.__setattr__(self, "_mapping", mapping)
        return self

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute %r" % name)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    __hash__ = None


def _type_repr(obj):
    # How an argument of a generic alias is shown: classes by qualified
    # name (no module for builtins), `...` as itself, anything else by repr.
    if isinstance(obj, type) and not isinstance(obj, (_PyGenericAlias, GenericAlias)):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if isinstance(obj, FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return "[%s]" % ", ".join(_type_repr(a) for a in obj)
    return repr(obj)


class _PyGenericAlias:
    """A parameterized generic such as list[int]: remembers the origin class
    and the arguments, shows them, and calls the origin when called. Used
    where the built-in one is missing or cannot be subclassed
    (collections.abc.Callable[[int], str])."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        params = []
        for a in args:
            p = getattr(a, "__parameters__", None) if not isinstance(a, type) else None
            if hasattr(a, "__typing_subst__") and a not in params:
                params.append(a)
            elif isinstance(p, tuple):
                for q in p:
                    if q not in params:
                        params.append(q)
        self.__parameters__ = tuple(params)

    def __repr__(self):
        origin = self.__origin__
        if origin.__module__ == "builtins":
            name = origin.__qualname__
        else:
            name = "%s.%s" % (origin.__module__, origin.__qualname__)
        if not self.__args__:
            return name + "[()]"
        return "%s[%s]" % (name, ", ".join(_type_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, (_PyGenericAlias, GenericAlias)):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __getitem__(self, item):
        if not self.__parameters__:
            raise TypeError("%r is not a generic class" % (self,))
        if not isinstance(item, tuple):
            item = (item,)
        subst = dict(zip(self.__parameters__, item))
        return type(self)(self.__origin__,
                          tuple([subst.get(a, a) for a in self.__args__]))

    def __or__(self, other):
        import typing
        return typing.Union[self, other]

    def __ror__(self, other):
        import typing
        return typing.Union[other, self]


# The built-in types when the core has them (list[int], int | str).
try:
    GenericAlias = type(list[int])
    if GenericAlias is list:
        raise TypeError
except TypeError:
    GenericAlias = _PyGenericAlias
try:
    UnionType = type(int | str)
except TypeError:
    UnionType = None


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class the way a class statement would, with the metaclass
    and keywords in kwds and exec_body(ns) filling in the namespace."""
    kwds = dict(kwds) if kwds else {}
    meta = kwds.pop("metaclass", type)
    for b in bases:
        mt = type(b)
        if issubclass(mt, meta):
            meta = mt
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, bases, ns, **kwds)
