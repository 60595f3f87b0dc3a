// src/modules/builtins.c — the `builtins` module: its table, its exec hook,
// and the built-ins about objects, attributes, iteration and namespaces.
//
// Owns: `mo_builtins_module_def` (the functions of all builtins*.c files)
// and its exec, which adds the built-in types, the constants (None, True,
// False, NotImplemented, Ellipsis, __debug__) and every exception type of
// MO_EXCEPTION_TYPES (plus the aliases EnvironmentError and IOError), then
// publishes the module's dict as `mo_builtins_dict`.
//
// Invariant: built-ins run in the frame of their caller (calling a C
// function pushes no frame), so `mo_ts->frame` is the Python code that
// called globals(), locals(), vars(), dir(), eval() or exec().
//
// Read next: src/modules/builtins.h (how the module is split),
// src/modules/builtins_num.c, src/modules/builtins_code.c.
#include "modules/builtins.h"

#include <stdint.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/code.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/fileio.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "vm/call.h"
#include "vm/frame.h"
#include "vm/state.h"

// ---------------------------------------------------------------- objects

static Value b_len(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("len", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    int64_t n = mo_len(args[0]);
    return n < 0 ? V_ERR : mo_int_from_i64(n);
}

static Value b_repr(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("repr", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return mo_repr(args[0]);
}

static Value b_ascii(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("ascii", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return mo_ascii(args[0]);
}

static Value b_format(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("format", nargs, kwnames, 1, 2) < 0)
        return V_ERR;
    Value spec = nargs == 2 ? args[1] : mo_str_empty;
    if (!mo_is_str(spec))
        return mo_err_format(&mo_exc_TypeError, "format() argument 2 must be str, not %T", spec);
    return mo_format(args[0], spec);
}

static Value b_hash(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("hash", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    int64_t h = mo_hash(args[0]);
    return h == -1 ? V_ERR : mo_int_from_i64(h);
}

// id(): the address for heap objects. An immediate's identity is its bits:
// unique among immediates, and (since addresses are below 2^48 while small
// ints, specials and all but the tiniest doubles are above) never equal to
// an object's address; the few doubles whose bits fall below 2^48 are moved
// above 2^64.
static Value b_id(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("id", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value v = args[0];
    if (mo_is_ptr(v))
        return mo_int_from_u64((uint64_t)(uintptr_t)mo_ptr(v));
    if (!mo_is_float(v) || v >= (UINT64_C(1) << 48))
        return mo_int_from_u64(v);
    Value two64 = mo_binop(mo_smallint(1), mo_smallint(64), MO_OP_LSHIFT);
    if (two64 == V_ERR)
        return V_ERR;
    return mo_binop(two64, mo_int_from_u64(v), MO_OP_ADD);
}

static Value b_callable(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("callable", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return mo_bool(mo_callable(args[0]));
}

static Value b_isinstance(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("isinstance", nargs, kwnames, 2, 2) < 0)
        return V_ERR;
    int r = mo_isinstance(args[0], args[1]);
    return r < 0 ? V_ERR : mo_bool(r);
}

static Value b_issubclass(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("issubclass", nargs, kwnames, 2, 2) < 0)
        return V_ERR;
    // A metaclass may define __subclasscheck__ (abc-style virtual classes).
    Value cls = args[1];
    if (mo_is_type(cls) && mo_type(cls) != &mo_type_type && (mo_type(cls)->flags & MO_TPFLAG_HEAPTYPE)) {
        Value f = mo_type_lookup(mo_type(cls), mo_str_intern_cstr("__subclasscheck__"));
        if (f != MO_NULL && mo_is_exact(f, &mo_function_type)) {
            Value r = mo_call_method(cls, mo_str_intern_cstr("__subclasscheck__"), &args[0], 1, MO_NULL);
            if (r == V_ERR)
                return V_ERR;
            int t = mo_truth(r);
            return t < 0 ? V_ERR : mo_bool(t);
        }
    }
    int r = mo_issubclass(args[0], cls);
    return r < 0 ? V_ERR : mo_bool(r);
}

// ------------------------------------------------------------- attributes

static int check_attr_name(Value name) {
    if (mo_is_str(name))
        return 0;
    mo_err_format(&mo_exc_TypeError, "attribute name must be string, not '%T'", name);
    return -1;
}

static Value b_getattr(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("getattr", nargs, kwnames, 2, 3) < 0 || check_attr_name(args[1]) < 0)
        return V_ERR;
    if (nargs == 2)
        return mo_getattr(args[0], args[1]);
    Value v = mo_lookup_attr(args[0], args[1]);
    return v == MO_NULL ? args[2] : v;
}

static Value b_setattr(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("setattr", nargs, kwnames, 3, 3) < 0 || check_attr_name(args[1]) < 0)
        return V_ERR;
    return mo_setattr(args[0], args[1], args[2]) < 0 ? V_ERR : MO_NONE;
}

static Value b_delattr(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("delattr", nargs, kwnames, 2, 2) < 0 || check_attr_name(args[1]) < 0)
        return V_ERR;
    return mo_setattr(args[0], args[1], MO_NULL) < 0 ? V_ERR : MO_NONE;
}

static Value b_hasattr(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("hasattr", nargs, kwnames, 2, 2) < 0 || check_attr_name(args[1]) < 0)
        return V_ERR;
    int r = mo_hasattr(args[0], args[1]);
    return r < 0 ? V_ERR : mo_bool(r);
}

// -------------------------------------------------------------- iteration

// iter(callable, sentinel): calls `callable` until it returns `sentinel`.
typedef struct CallIterObject {
    Object hdr;
    Value callable;         // MO_NULL once exhausted
    Value sentinel;
} CallIterObject;

static void calliter_trace(Object *o) {
    CallIterObject *it = (CallIterObject *)o;
    mo_gc_mark(it->callable);
    mo_gc_mark(it->sentinel);
}

static Value calliter_iter(Value self) { return self; }

static Value calliter_next(Value self) {
    CallIterObject *it = (CallIterObject *)mo_ptr(self);
    if (it->callable == MO_NULL)
        return MO_NULL;
    Value r = mo_call0(it->callable);
    if (r == V_ERR) {
        if (mo_err_matches(&mo_exc_StopIteration)) {
            mo_err_clear();
            it->callable = MO_NULL;
            return MO_NULL;
        }
        return V_ERR;
    }
    int eq = mo_eq(r, it->sentinel);
    if (eq < 0)
        return V_ERR;
    if (eq) {
        it->callable = MO_NULL;
        return MO_NULL;
    }
    return r;
}

static TypeObject calliter_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "callable_iterator",
    .base = &mo_object_type,
    .basicsize = sizeof(CallIterObject),
    .iter = calliter_iter,
    .iternext = calliter_next,
    .trace = calliter_trace,
};

static Value b_iter(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("iter", nargs, kwnames, 1, 2) < 0)
        return V_ERR;
    if (nargs == 1)
        return mo_iter(args[0]);
    if (!mo_callable(args[0]))
        return mo_err_format(&mo_exc_TypeError, "iter(v, w): v must be callable");
    CallIterObject *it = mo_gc_alloc(&calliter_type, sizeof *it);
    if (!it)
        return V_ERR;
    it->callable = args[0];
    it->sentinel = args[1];
    return mo_obj(it);
}

static Value b_next(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("next", nargs, kwnames, 1, 2) < 0)
        return V_ERR;
    TypeObject *t = mo_type(args[0]);
    if (!t->iternext)
        return mo_err_format(&mo_exc_TypeError, "'%s' object is not an iterator", t->name);
    Value r = t->iternext(args[0]);
    if (r == MO_NULL) {
        if (nargs == 2)
            return args[1];
        return mo_stop_iteration(args[0]);
    }
    if (r == V_ERR && nargs == 2 && mo_err_matches(&mo_exc_StopIteration)) {
        mo_err_clear();
        return args[1];
    }
    return r;
}

// ------------------------------------------------------------ namespaces

Value mo_builtins_current_globals(void) {
    Frame *f = mo_ts->frame;
    if (!f)
        return mo_err_format(&mo_exc_SystemError, "globals(): no current frame");
    return f->globals;
}

Value mo_builtins_current_locals(void) {
    Frame *f = mo_ts->frame;
    if (!f)
        return mo_err_format(&mo_exc_SystemError, "locals(): no current frame");
    if (f->locals != MO_NULL)
        return f->locals;
    CodeObject *co = mo_frame_code(f);
    Value d = mo_dict_new();
    if (d == V_ERR)
        return V_ERR;
    Value *names = mo_tuple_items(co->localsplusnames);
    for (int32_t i = 0; i < co->nlocalsplus; i++) {
        Value v = f->slots[i];
        if (v == MO_NULL)
            continue;
        // Cell and free variables hold their cell; an argument that is also
        // a cell variable shows the cell's (current) value, which comes
        // later in the slots and so wins.
        if (i >= co->nlocals && mo_is_exact(v, &mo_cell_type)) {
            v = mo_cell_obj(v)->ref;
            if (v == MO_NULL)
                continue;
        }
        if (mo_dict_set(d, names[i], v) < 0)
            return V_ERR;
    }
    return d;
}

static Value b_globals(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("globals", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return mo_builtins_current_globals();
}

static Value b_locals(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("locals", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return mo_builtins_current_locals();
}

static Value b_vars(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("vars", nargs, kwnames, 0, 1) < 0)
        return V_ERR;
    if (nargs == 0)
        return mo_builtins_current_locals();
    Value d = mo_lookup_attr(args[0], mo_str_intern_cstr("__dict__"));
    if (d == MO_NULL)
        return mo_err_format(&mo_exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static Value sorted_keys(Value mapping) {
    Value list = mo_is_dict(mapping) ? mo_dict_keys_list(mapping) : mo_list_from_iterable(mapping);
    if (list == V_ERR || mo_list_sort(list, MO_NULL, false) < 0)
        return V_ERR;
    return list;
}

static Value b_dir(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("dir", nargs, kwnames, 0, 1) < 0)
        return V_ERR;
    if (nargs == 0) {
        Value locals = mo_builtins_current_locals();
        return locals == V_ERR ? V_ERR : sorted_keys(locals);
    }
    Value obj = args[0];
    Value dir_name = mo_str_intern_cstr("__dir__");
    // A module lists its namespace (or what its own __dir__ function says).
    if (mo_isinstance_type(obj, &mo_module_type)) {
        Value d = mo_module_dict(obj);
        Value f = mo_dict_get_str(d, dir_name);
        if (f != MO_NULL) {
            Value r = mo_call0(f);
            if (r == V_ERR)
                return V_ERR;
            Value list = mo_list_from_iterable(r);
            if (list == V_ERR || mo_list_sort(list, MO_NULL, false) < 0)
                return V_ERR;
            return list;
        }
        return sorted_keys(d);
    }
    // type(obj).__dir__(obj): looked up on the type, so that dir(SomeClass)
    // asks the metatype, not the class's own (unbound) __dir__.
    Value f = mo_type_lookup(mo_type(obj), dir_name);
    if (f == MO_NULL)
        return mo_err_format(&mo_exc_TypeError, "object does not provide __dir__");
    Value r = mo_call(f, &obj, 1, MO_NULL);
    if (r == V_ERR)
        return V_ERR;
    Value list = mo_list_from_iterable(r);
    if (list == V_ERR || mo_list_sort(list, MO_NULL, false) < 0)
        return V_ERR;
    return list;
}

// ------------------------------------------------------------ exit, quit

// exit and quit, as the `site` module makes them: callables whose repr is
// a hint for the interactive user.
typedef struct QuitterObject {
    Object hdr;
    const char *name;
} QuitterObject;

static Value quitter_repr(Value self) {
    return mo_str_format("Use %s() or Ctrl-D (i.e. EOF) to exit", ((QuitterObject *)mo_ptr(self))->name);
}

static Value quitter_call(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check(((QuitterObject *)mo_ptr(self))->name, nargs, kwnames, 0, 1) < 0)
        return V_ERR;
    return mo_err_set_type(&mo_exc_SystemExit, nargs ? args[0] : MO_NULL);
}

static TypeObject quitter_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "Quitter",
    .base = &mo_object_type,
    .basicsize = sizeof(QuitterObject),
    .repr = quitter_repr,
    .call = quitter_call,
};

static QuitterObject exit_object = {MO_STATIC_HEADER(&quitter_type), "exit"};
static QuitterObject quit_object = {MO_STATIC_HEADER(&quitter_type), "quit"};

// ------------------------------------------------------------------ table

static const MethodDef builtin_methods[] = {
    {"__build_class__", mo_builtins_build_class, 0, "Internal helper used by the class statement."},
    {"__import__", mo_builtins_import, 0, "Import a module."},
    {"abs", mo_builtins_abs, 0, "Return the absolute value of the argument."},
    {"all", mo_builtins_all, 0, "Return True if bool(x) is True for all values x in the iterable."},
    {"any", mo_builtins_any, 0, "Return True if bool(x) is True for any x in the iterable."},
    {"ascii", b_ascii, 0, "Return an ASCII-only representation of an object."},
    {"bin", mo_builtins_bin, 0, "Return the binary representation of an integer."},
    {"callable", b_callable, 0, "Return whether the object is callable."},
    {"chr", mo_builtins_chr, 0, "Return a Unicode string of one character with ordinal i."},
    {"compile", mo_builtins_compile, 0, "Compile source into a code object."},
    {"delattr", b_delattr, 0, "Deletes the named attribute from the given object."},
    {"dir", b_dir, 0, "Show attributes of an object."},
    {"divmod", mo_builtins_divmod, 0, "Return the tuple (x//y, x%y)."},
    {"eval", mo_builtins_eval, 0, "Evaluate the given source in the context of globals and locals."},
    {"exec", mo_builtins_exec, 0, "Execute the given source in the context of globals and locals."},
    {"format", b_format, 0, "Return value.__format__(format_spec)."},
    {"getattr", b_getattr, 0, "Get a named attribute from an object."},
    {"globals", b_globals, 0, "Return the dictionary containing the current scope's global variables."},
    {"hasattr", b_hasattr, 0, "Return whether the object has an attribute with the given name."},
    {"hash", b_hash, 0, "Return the hash value for the given object."},
    {"hex", mo_builtins_hex, 0, "Return the hexadecimal representation of an integer."},
    {"id", b_id, 0, "Return the identity of an object."},
    {"input", mo_builtins_input, 0, "Read a string from standard input."},
    {"isinstance", b_isinstance, 0, "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", b_issubclass, 0, "Return whether 'cls' is derived from another class or is the same class."},
    {"iter", b_iter, 0, "Get an iterator from an object."},
    {"len", b_len, 0, "Return the number of items in a container."},
    {"locals", b_locals, 0, "Return a dictionary containing the current scope's local variables."},
    {"max", mo_builtins_max, 0, "Return the largest item in an iterable or the largest of two or more arguments."},
    {"min", mo_builtins_min, 0, "Return the smallest item in an iterable or the smallest of two or more arguments."},
    {"next", b_next, 0, "Return the next item from the iterator."},
    {"oct", mo_builtins_oct, 0, "Return the octal representation of an integer."},
    {"open", mo_fileio_open, 0, "Open file and return a stream."},
    {"ord", mo_builtins_ord, 0, "Return the Unicode code point for a one-character string."},
    {"pow", mo_builtins_pow, 0, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments."},
    {"print", mo_builtins_print, 0, "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", b_repr, 0, "Return the canonical string representation of the object."},
    {"round", mo_builtins_round, 0, "Round a number to a given precision in decimal digits."},
    {"setattr", b_setattr, 0, "Sets the named attribute on the given object to the specified value."},
    {"sorted", mo_builtins_sorted, 0, "Return a new list containing all items from the iterable in ascending order."},
    {"sum", mo_builtins_sum, 0, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers."},
    {"vars", b_vars, 0, "Show vars."},
    {NULL, NULL, 0, NULL},
};

static int add(Value dict, const char *name, Value v) {
    if (v == V_ERR)
        return -1;
    return mo_dict_set_cstr(dict, name, v);
}

static int builtins_exec(Value m) {
    mo_fileio_init();
    mo_type_ready(&calliter_type);
    mo_type_ready(&quitter_type);
    Value dict = mo_module_dict(m);
    static TypeObject *const types[] = {
        &mo_object_type, &mo_type_type, &mo_int_type, &mo_bool_type, &mo_float_type, &mo_complex_type, &mo_str_type,
        &mo_bytes_type, &mo_bytearray_type, &mo_memoryview_type, &mo_list_type, &mo_tuple_type, &mo_dict_type, &mo_set_type,
        &mo_frozenset_type, &mo_range_type, &mo_slice_type, &mo_enumerate_type, &mo_zip_type, &mo_map_type,
        &mo_filter_type, &mo_reversed_type, &mo_property_type, &mo_staticmethod_type, &mo_classmethod_type,
        &mo_super_type,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (add(dict, types[i]->name, mo_obj(types[i])) < 0)
            return -1;
#define ADD_EXC(name_, base_)                                   \
    if (add(dict, #name_, mo_obj(&mo_exc_##name_)) < 0)         \
        return -1;
    MO_EXCEPTION_TYPES(ADD_EXC)
#undef ADD_EXC
    if (add(dict, "EnvironmentError", mo_obj(&mo_exc_OSError)) < 0 ||
        add(dict, "IOError", mo_obj(&mo_exc_OSError)) < 0 || add(dict, "None", MO_NONE) < 0 ||
        add(dict, "True", MO_TRUE) < 0 || add(dict, "False", MO_FALSE) < 0 ||
        add(dict, "NotImplemented", MO_NOTIMPL) < 0 || add(dict, "Ellipsis", MO_ELLIPSIS) < 0 ||
        add(dict, "__debug__", MO_TRUE) < 0 || add(dict, "__package__", mo_str_empty) < 0 ||
        add(dict, "__spec__", MO_NONE) < 0 || add(dict, "__loader__", MO_NONE) < 0 ||
        add(dict, "exit", mo_obj(&exit_object)) < 0 || add(dict, "quit", mo_obj(&quit_object)) < 0)
        return -1;
    mo_builtins_dict = dict;
    mo_gc_add_root(&mo_builtins_dict);
    return 0;
}

const ModuleDef mo_builtins_module_def = {"builtins", builtin_methods, builtins_exec};
