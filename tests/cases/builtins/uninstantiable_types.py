# Built-in types that only the runtime makes (found by fuzzing the types
# module: calling them gave objects whose fields were NULL, and repr() or
# attribute access crashed). Calling them, or object.__new__ on them, is a
# TypeError; what can be made still can.
import sys
import types


def gen():
    yield 1


try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__

makers = [
    ("generator", lambda: types.GeneratorType()),
    ("code", lambda: types.CodeType()),
    ("function", lambda: types.FunctionType()),
    ("getset_descriptor", lambda: types.GetSetDescriptorType()),
    ("builtin_function_or_method", lambda: types.BuiltinFunctionType()),
    ("classmethod_descriptor", lambda: types.ClassMethodDescriptorType()),
    ("member_descriptor", lambda: types.MemberDescriptorType()),
    ("method_descriptor", lambda: types.MethodDescriptorType()),
    ("union", lambda: types.UnionType()),
    ("list_iterator", lambda: type(iter([]))()),
    ("range_iterator", lambda: type(iter(range(3)))()),
    ("dict_keyiterator", lambda: type(iter({}))()),
    ("dict_keys", lambda: type({}.keys())()),
    ("str_iterator", lambda: type(iter(""))()),
    ("traceback", lambda: type(tb)()),
    ("object.__new__(generator)", lambda: object.__new__(types.GeneratorType)),
    ("object.__new__(int)", lambda: object.__new__(int)),
]
for name, make in makers:
    try:
        o = make()
        print(name, "made", type(o).__name__)
    except TypeError:
        print(name, "TypeError")
print(type(gen()).__name__, list(gen()))
print(types.SimpleNamespace(a=1), type(zip())().__class__.__name__)
