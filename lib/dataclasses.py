"""Data classes (dataclasses): @dataclass writes __init__, __repr__,
__eq__ (and, on request, ordering, hashing, immutability and __slots__)
from the class's annotated fields.

Written for Mosaic from the Python documentation. __init__ is compiled
from source text so that its signature — and its errors ("P.__init__()
missing 1 required positional argument: 'y'") — are the fields'; the other
methods are closures over the field names. Fields come from the class's
annotations in order, after those of dataclass bases; ClassVar annotations
are not fields and InitVar ones are passed to __post_init__.
"""

import copy
import keyword
import sys
import types
from operator import attrgetter as _attrgetter

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar",
           "KW_ONLY", "MISSING", "fields", "asdict", "astuple", "make_dataclass",
           "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"

_EMPTY_METADATA = types.MappingProxyType({})


class InitVar:
    """A pseudo-field type: InitVar[int] fields are __init__ parameters
    passed on to __post_init__, not stored."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return "dataclasses.InitVar[%s]" % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass (what field() returns and fields() lists)."""

    # No __slots__: a slot holding the float 0.0 reads as unset in Mosaic
    # (docs/bugs-found.md).

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field("
                "name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)"
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare, self.metadata,
                   self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)

    @classmethod
    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields.

    default is the default value of the field.  default_factory is a
    0-argument function called to initialize a field's value.  If init
    is true, the field will be a parameter to the class's __init__()
    function.  If repr is true, the field will be included in the
    object's repr().  If hash is true, the field will be included in the
    object's hash().  If compare is true, the field will be used in
    comparison functions.  metadata, if specified, must be a mapping
    which is stored but not otherwise examined by dataclass.  If kw_only
    is true, the field will become a keyword-only parameter to
    __init__().

    It is an error to specify both default and default_factory.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


################################################################ annotations

def _is_classvar(a_type):
    typing = sys.modules.get("typing")
    if typing is not None:
        if a_type is typing.ClassVar:
            return True
        if isinstance(a_type, typing._GenericAlias) and a_type.__origin__ is typing.ClassVar:
            return True
    if isinstance(a_type, str):
        text = a_type.strip()
        for prefix in ("ClassVar", "typing.ClassVar", "t.ClassVar"):
            if text == prefix or text.startswith(prefix + "["):
                return True
    return False


def _is_initvar(a_type):
    if a_type is InitVar or type(a_type) is InitVar:
        return True
    if isinstance(a_type, str):
        text = a_type.strip()
        for prefix in ("InitVar", "dataclasses.InitVar"):
            if text == prefix or text.startswith(prefix + "["):
                return True
    return False


def _is_kw_only(a_type):
    if a_type is KW_ONLY:
        return True
    return isinstance(a_type, str) and a_type.strip() in ("KW_ONLY", "dataclasses.KW_ONLY")


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % f.name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError("field %s is a ClassVar but specifies kw_only" % f.name)
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(f.default), f.name))
    return f


def _set_new_attribute(cls, name, value):
    # Returns True (and changes nothing) when the class defines `name` itself.
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _set_qualname(cls, fn):
    fn.__qualname__ = "%s.%s" % (cls.__qualname__, fn.__name__)
    return fn


################################################################ generated methods

def _init_fn(cls, all_fields, std_fields, kw_only_fields, frozen, has_post_init):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument %r follows default argument" % (f.name,))

    names = {f.name for f in all_fields}
    self_name = "__dataclass_self__" if "self" in names else "self"
    scope = {"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
             "__dataclass_builtins_object__": object}

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default is not MISSING:
            scope["_dflt_" + f.name] = f.default
            return "%s=_dflt_%s" % (f.name, f.name)
        return "%s=_HAS_DEFAULT_FACTORY" % f.name

    def assign(name, value):
        if frozen:
            return "__dataclass_builtins_object__.__setattr__(%s,%r,%s)" % (self_name, name, value)
        return "%s.%s=%s" % (self_name, name, value)

    lines = []
    for f in all_fields:
        if f._field_type is _FIELD_INITVAR:
            continue
        if f.default_factory is not MISSING:
            scope["_dflt_" + f.name] = f.default_factory
            if f.init:
                value = "_dflt_%s() if %s is _HAS_DEFAULT_FACTORY else %s" % (f.name, f.name, f.name)
            else:
                value = "_dflt_%s()" % f.name
        elif f.init:
            value = f.name
        else:
            continue
        lines.append(assign(f.name, value))
    if has_post_init:
        initvars = ",".join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        lines.append("%s.%s(%s)" % (self_name, _POST_INIT_NAME, initvars))
    if not lines:
        lines = ["pass"]

    params = [self_name] + [param(f) for f in std_fields]
    if kw_only_fields:
        params.append("*")
        params.extend(param(f) for f in kw_only_fields)
    source = "def __init__(%s):\n%s\n" % (", ".join(params),
                                           "\n".join("    " + line for line in lines))
    exec(source, scope)
    fn = scope["__init__"]
    annotations = {f.name: f.type for f in std_fields + kw_only_fields}
    annotations["return"] = None
    fn.__annotations__ = annotations
    return _set_qualname(cls, fn)


_repr_running = set()


def _repr_fn(cls, fields):
    names = [f.name for f in fields]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = ["%s=%r" % (name, getattr(self, name)) for name in names]
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (self.__class__.__qualname__, ", ".join(parts))

    # pprint lays out a dataclass field by field only while its __repr__ is
    # this generated one (CPython recognises its own by __wrapped__).
    __repr__._dataclass_generated = True
    return _set_qualname(cls, __repr__)


def _tuple_getter(names):
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        name = names[0]
        return lambda obj: (getattr(obj, name),)
    return _attrgetter(*names)


def _cmp_fn(cls, op_name, op, fields):
    key = _tuple_getter([f.name for f in fields])
    if op == "==":
        def fn(self, other):
            if other.__class__ is self.__class__:
                return key(self) == key(other)
            return NotImplemented
    elif op == "<":
        def fn(self, other):
            if other.__class__ is self.__class__:
                return key(self) < key(other)
            return NotImplemented
    elif op == "<=":
        def fn(self, other):
            if other.__class__ is self.__class__:
                return key(self) <= key(other)
            return NotImplemented
    elif op == ">":
        def fn(self, other):
            if other.__class__ is self.__class__:
                return key(self) > key(other)
            return NotImplemented
    else:
        def fn(self, other):
            if other.__class__ is self.__class__:
                return key(self) >= key(other)
            return NotImplemented
    fn.__name__ = op_name
    return _set_qualname(cls, fn)


def _hash_fn(cls, fields):
    key = _tuple_getter([f.name for f in fields])

    def __hash__(self):
        return hash(key(self))

    return _set_qualname(cls, __hash__)


def _frozen_get_del_attr(cls, fields):
    names = frozenset(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field %r" % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field %r" % (name,))
        super(cls, self).__delattr__(name)

    return _set_qualname(cls, __setattr__), _set_qualname(cls, __delattr__)


def _format_annotation(annotation):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return "%s.%s" % (annotation.__module__, annotation.__qualname__)
    return repr(annotation)


def _signature_text(cls):
    init = cls.__dict__.get("__init__")
    fields = getattr(cls, _FIELDS, {})
    std = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init and not f.kw_only]
    kw = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init and f.kw_only]
    if init is None:
        return "%s()" % cls.__name__

    def one(f):
        text = "%s: %s" % (f.name, _format_annotation(f.type))
        if f.default is not MISSING:
            text += " = %r" % (f.default,)
        elif f.default_factory is not MISSING:
            text += " = <factory>"
        return text

    parts = [one(f) for f in std]
    if kw:
        parts.append("*")
        parts.extend(one(f) for f in kw)
    return "%s(%s)" % (cls.__name__, ", ".join(parts))


################################################################ the decorator

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots, weakref_slot):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    all_frozen_bases = None
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if all_frozen_bases is None:
                all_frozen_bases = True
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True
            else:
                all_frozen_bases = False

    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if _is_kw_only(a_type):
            if kw_only_seen:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified" % (name,))
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError("%r is a field but has no type annotation" % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if all_frozen_bases is False and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, "__init__",
                           _init_fn(cls, all_init_fields, std_init_fields, kw_only_init_fields,
                                    frozen, has_post_init))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, "__repr__", _repr_fn(cls, [f for f in field_list if f.repr]))

    if eq:
        _set_new_attribute(cls, "__eq__", _cmp_fn(cls, "__eq__", "==",
                                                  [f for f in field_list if f.compare]))

    if order:
        compared = [f for f in field_list if f.compare]
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, compared)):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (name, cls.__name__))

    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError("Cannot overwrite attribute %s in class %s"
                                % (fn.__name__, cls.__name__))

    # Whether to add, remove or keep __hash__ (the documented table).
    hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = _hash_fn(cls, hashed)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _hash_fn(cls, hashed)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, "__doc__"):
        # Mosaic cannot assign a class's __doc__ yet (docs/bugs-found.md).
        try:
            cls.__doc__ = _signature_text(cls)
        except (TypeError, ValueError, AttributeError):
            pass

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init_fields))

    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    import abc
    abc.update_abstractmethods(cls)
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get("__slots__", ())
        inherited.update((slots,) if isinstance(slots, str) else slots)
    cls_dict["__slots__"] = tuple(n for n in field_names if n not in inherited) + \
        (("__weakref__",) if weakref_slot else ())
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        names = field_names

        def __getstate__(self):
            return [getattr(self, n) for n in names]

        def __setstate__(self, state):
            for n, v in zip(names, state):
                object.__setattr__(self, n, v)

        new_cls.__getstate__ = __getstate__
        new_cls.__setstate__ = __setstate__
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.

    If init is true, an __init__() method is added to the class. If repr
    is true, a __repr__() method is added. If order is true, rich
    comparison dunder methods are added. If unsafe_hash is true, a
    __hash__() method is added. If frozen is true, fields may not be
    assigned to after instance creation. If match_args is true, the
    __match_args__ tuple is added. If kw_only is true, then by default
    all fields are keyword-only. If slots is true, a new class with a
    __slots__ attribute is returned.
    """
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


################################################################ helpers

def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass.

    Accepts a dataclass or an instance of one. Tuple elements are of
    type Field.
    """
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a
    dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values (recursing into dataclasses, lists, tuples
    and dicts; other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                          for k, v in obj.items()])
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field
    values (recursing as asdict does)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                          for k, v in obj.items()])
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Return a new dynamically created dataclass.

    The dataclass name will be 'cls_name'.  'fields' is an iterable
    of either (name), (name, type) or (name, type, Field) objects.
    """
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if keyword.iskeyword(name):
            raise TypeError("Field names must not be keywords: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = tp

    def exec_body(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns["__annotations__"] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body)
    cls.__module__ = module if module is not None else "__main__"
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values.

    This is especially useful for frozen classes.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
