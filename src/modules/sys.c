// src/modules/sys.c — the `sys` module.
//
// Owns: sys.argv and sys.path[0] (set by the driver through
// mo_sys_set_argv), the std stream attributes (objects from
// src/objects/fileio.c), the interpreter's limits and descriptions
// (version_info, float_info, … as struct sequences) and the handful of
// functions programs use: exit, exc_info, exception, getrecursionlimit,
// setrecursionlimit, getsizeof, intern, get/set_int_max_str_digits.
//
// Invariants: sys.modules is the runtime's module table (`mo_modules`), the
// very dict, so imports and programs see the same thing. The module's dict
// is the only place sys.stdout & co live: print() looks them up there on
// every call (mo_sys_get), so assigning sys.stdout redirects output.
//
// Read next: src/modules/structseq.c (the named tuples), src/objects/fileio.c.
#define _GNU_SOURCE
#include "modules/sys.h"

#include <float.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "modules/structseq.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/memoryview.h"
#include "objects/complex.h"
#include "objects/exceptions.h"
#include "objects/fileio.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/strbuf.h"
#include "vm/call.h"
#include "vm/state.h"

#define MO_VERSION_STRING "3.11.7 (Mosaic, " __DATE__ ", " __TIME__ ") [C, copy-and-patch JIT]"
#define MO_HEXVERSION 0x030B07F0

static Value sys_module = MO_NULL;

// The arguments given before the module existed (mo_sys_set_argv).
static char **saved_argv;
static int saved_argc = -1;

Value mo_sys_get(const char *name) {
    if (sys_module == MO_NULL) {
        Value m = mo_module_builtin("sys");
        if (m == V_ERR)
            return V_ERR;
    }
    return mo_dict_get_cstr(mo_module_dict(sys_module), name);
}

// ----------------------------------------------------------- argv, path

// The directory of the script, absolute with symlinks resolved; "" when
// there is no script file.
static Value script_dir(const char *script) {
    if (!script || !*script || strcmp(script, "-c") == 0 || strcmp(script, "-m") == 0 ||
        strcmp(script, "-") == 0)
        return mo_str_empty;
    char *real = realpath(script, NULL);
    if (!real)
        return mo_str_empty;
    char *slash = strrchr(real, '/');
    Value dir;
    if (slash == real)
        dir = mo_str_from_cstr("/");
    else if (slash)
        dir = mo_str_new(real, (size_t)(slash - real));
    else
        dir = mo_str_empty;
    free(real);
    return dir;
}

// A str from command-line bytes: UTF-8, or each byte as itself when the
// bytes are not valid UTF-8 (a rough surrogateescape).
static Value arg_str(const char *s) {
    size_t n = strlen(s);
    bool ascii;
    if (mo_utf8_count(s, n, &ascii) >= 0)
        return mo_str_new(s, n);
    return mo_str_from_latin1(s, n);
}

static int install_argv(Value dict) {
    int argc = saved_argc < 0 ? 0 : saved_argc;
    Value argv = mo_list_new(0);
    if (argv == V_ERR)
        return -1;
    if (argc == 0 && mo_list_append(argv, mo_str_empty) < 0)
        return -1;
    for (int i = 0; i < argc; i++) {
        Value a = arg_str(saved_argv[i]);
        if (a == V_ERR || mo_list_append(argv, a) < 0)
            return -1;
    }
    if (mo_dict_set_cstr(dict, "argv", argv) < 0)
        return -1;
    Value dir = script_dir(argc > 0 ? saved_argv[0] : NULL);
    if (dir == V_ERR)
        return -1;
    Value path = mo_dict_get_cstr(dict, "path");
    if (path == MO_NULL || !mo_is_list(path)) {
        path = mo_list_new(0);
        if (path == V_ERR || mo_dict_set_cstr(dict, "path", path) < 0)
            return -1;
    }
    if (mo_list_size(path) == 0)
        return mo_list_append(path, dir);
    mo_list_items(path)[0] = dir;
    return 0;
}

void mo_sys_set_argv(int argc, char **argv) {
    for (int i = 0; i < saved_argc; i++)
        free(saved_argv[i]);
    free(saved_argv);
    saved_argv = calloc((size_t)(argc > 0 ? argc : 1), sizeof(char *));
    if (!saved_argv)
        mo_fatal("sys: out of memory");
    for (int i = 0; i < argc; i++) {
        saved_argv[i] = strdup(argv[i]);
        if (!saved_argv[i])
            mo_fatal("sys: out of memory");
    }
    saved_argc = argc;
    if (sys_module != MO_NULL && install_argv(mo_module_dict(sys_module)) < 0)
        mo_fatal("sys: cannot set argv");
}

// ---------------------------------------------------- SimpleNamespace

// types.SimpleNamespace, for sys.implementation: attributes in a __dict__,
// a repr listing them.
typedef struct NamespaceObject {
    Object hdr;
    Value dict;
} NamespaceObject;

static TypeObject namespace_type;

static void namespace_trace(Object *o) { mo_gc_mark(((NamespaceObject *)o)->dict); }

static Value namespace_make(Value dict) {
    NamespaceObject *ns = mo_gc_alloc(&namespace_type, sizeof *ns);
    if (!ns)
        return V_ERR;
    ns->dict = dict;
    return mo_obj(ns);
}

static Value namespace_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (nargs)
        return mo_err_format(&mo_exc_TypeError, "no positional arguments expected");
    Value d = mo_dict_new();
    if (d == V_ERR)
        return V_ERR;
    size_t nkw = mo_args_nkw(kwnames);
    for (size_t i = 0; i < nkw; i++)
        if (mo_dict_set(d, mo_tuple_items(kwnames)[i], args[i]) < 0)
            return V_ERR;
    return namespace_make(d);
}

static Value namespace_repr(Value self) {
    Value d = ((NamespaceObject *)mo_ptr(self))->dict;
    int r = mo_misc_repr_enter(self);
    if (r < 0)
        return V_ERR;
    if (r > 0)
        return mo_str_from_cstr("namespace(...)");
    StrBuf b = STRBUF_INIT;
    mo_strbuf_puts(&b, "namespace(");
    int64_t pos = 0;
    Value k, v;
    bool first = true;
    while (mo_dict_next(d, &pos, &k, &v)) {
        Value rv = mo_repr(v);
        if (rv == V_ERR) {
            mo_misc_repr_leave(self);
            mo_strbuf_free(&b);
            return V_ERR;
        }
        if (!first)
            mo_strbuf_puts(&b, ", ");
        first = false;
        if (mo_is_str(k))
            mo_strbuf_append(&b, mo_str_data(k), (size_t)mo_str_size(k));
        mo_strbuf_putc(&b, '=');
        mo_strbuf_append(&b, mo_str_data(rv), (size_t)mo_str_size(rv));
    }
    mo_strbuf_putc(&b, ')');
    mo_misc_repr_leave(self);
    return mo_str_from_strbuf(&b);
}

static Value namespace_richcompare(Value a, Value b, int op) {
    if ((op != MO_CMP_EQ && op != MO_CMP_NE) || !mo_isinstance_type(b, &namespace_type))
        return MO_NOTIMPL;
    return mo_richcompare(((NamespaceObject *)mo_ptr(a))->dict, ((NamespaceObject *)mo_ptr(b))->dict, op);
}

static TypeObject namespace_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "SimpleNamespace",
    .base = &mo_object_type,
    .flags = MO_TPFLAG_BASETYPE | MO_TPFLAG_HAS_DICT,
    .basicsize = sizeof(NamespaceObject),
    .dictoffset = offsetof(NamespaceObject, dict),
    .repr = namespace_repr,
    .richcompare = namespace_richcompare,
    .getattr = mo_generic_getattr,
    .setattr = mo_generic_setattr,
    .new_ = namespace_new,
    .trace = namespace_trace,
};

// ------------------------------------------------------ struct sequences

static const char *const version_info_fields[] = {"major", "minor", "micro", "releaselevel", "serial", NULL};
static MO_STRUCTSEQ_TYPE(version_info_type, "version_info", "sys", version_info_fields, 5);

static const char *const float_info_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                                "dig", "mant_dig", "epsilon", "radix", "rounds", NULL};
static MO_STRUCTSEQ_TYPE(float_info_type, "float_info", "sys", float_info_fields, 11);

static const char *const int_info_fields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                              "str_digits_check_threshold", NULL};
static MO_STRUCTSEQ_TYPE(int_info_type, "int_info", "sys", int_info_fields, 4);

static const char *const hash_info_fields[] = {"width", "modulus", "inf", "nan", "imag", "algorithm",
                                               "hash_bits", "seed_bits", "cutoff", NULL};
static MO_STRUCTSEQ_TYPE(hash_info_type, "hash_info", "sys", hash_info_fields, 9);

static const char *const flags_fields[] = {
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
    "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
    "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits", NULL};
static MO_STRUCTSEQ_TYPE(flags_type, "flags", "sys", flags_fields, 18);

#define I(x) mo_smallint(x)
#define S(x) mo_str_from_cstr(x)

static Value make_version_info(void) {
    Value items[] = {I(3), I(11), I(7), S("final"), I(0)};
    if (items[3] == V_ERR)
        return V_ERR;
    return mo_structseq_new(&version_info_type, items);
}

static Value make_float_info(void) {
    Value items[] = {mo_float(DBL_MAX), I(DBL_MAX_EXP), I(DBL_MAX_10_EXP), mo_float(DBL_MIN), I(DBL_MIN_EXP),
                     I(DBL_MIN_10_EXP), I(DBL_DIG), I(DBL_MANT_DIG), mo_float(DBL_EPSILON), I(FLT_RADIX),
                     I(1)};
    return mo_structseq_new(&float_info_type, items);
}

static Value make_int_info(void) {
    Value items[] = {I(30), I(4), I(MO_INT_DEFAULT_MAX_STR_DIGITS), I(MO_INT_MAX_STR_DIGITS_THRESHOLD)};
    return mo_structseq_new(&int_info_type, items);
}

static Value make_hash_info(void) {
    Value items[] = {I(64), mo_int_from_i64((INT64_C(1) << 61) - 1), I(314159), I(0), I(1000003),
                     S("siphash13"), I(64), I(128), I(0)};
    if (items[1] == V_ERR || items[5] == V_ERR)
        return V_ERR;
    return mo_structseq_new(&hash_info_type, items);
}

static Value make_flags(void) {
    Value items[18];
    for (int i = 0; i < 18; i++)
        items[i] = I(0);
    items[11] = I(1);           // hash_randomization
    items[13] = MO_FALSE;       // dev_mode
    items[16] = MO_FALSE;       // safe_path
    items[17] = I(-1);          // int_max_str_digits
    return mo_structseq_new(&flags_type, items);
}

static Value make_implementation(Value version_info) {
    Value d = mo_dict_new();
    if (d == V_ERR)
        return V_ERR;
    if (mo_dict_set_cstr(d, "name", S("mosaic")) < 0 || mo_dict_set_cstr(d, "cache_tag", MO_NONE) < 0 ||
        mo_dict_set_cstr(d, "version", version_info) < 0 ||
        mo_dict_set_cstr(d, "hexversion", I(MO_HEXVERSION)) < 0 ||
        mo_dict_set_cstr(d, "_multiarch", S(
#if defined(__x86_64__)
                                              "x86_64-linux-gnu"
#elif defined(__aarch64__)
                                              "aarch64-linux-gnu"
#elif defined(__riscv)
                                              "riscv64-linux-gnu"
#else
                                              "unknown"
#endif
                                              )) < 0)
        return V_ERR;
    return namespace_make(d);
}

// ---------------------------------------------------------------- functions

static Value sys_exit(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("exit", nargs, kwnames, 0, 1) < 0)
        return V_ERR;
    return mo_err_set_type(&mo_exc_SystemExit, nargs ? args[0] : MO_NULL);
}

static Value sys_getrecursionlimit(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("getrecursionlimit", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return mo_smallint(mo_ts->recursion_limit);
}

static Value sys_setrecursionlimit(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("setrecursionlimit", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    if (mo_is_float(args[0]))
        return mo_err_format(&mo_exc_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t limit;
    if (mo_index_i64(args[0], &limit) < 0) {
        if (mo_err_matches(&mo_exc_IndexError)) {
            mo_err_clear();
            return mo_err_format(&mo_exc_OverflowError, "Python int too large to convert to C int");
        }
        return V_ERR;
    }
    if (limit > INT_MAX)
        return mo_err_format(&mo_exc_OverflowError, "Python int too large to convert to C int");
    if (limit < 1)
        return mo_err_format(&mo_exc_ValueError, "recursion limit must be greater or equal than 1");
    if (mo_ts->depth >= limit)
        return mo_err_format(&mo_exc_RecursionError,
                             "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                             (int)limit, mo_ts->depth);
    mo_ts->recursion_limit = (int)limit;
    return MO_NONE;
}

// What sys.getsizeof says for a str in CPython: the compact layouts of PEP
// 393 by the widest character.
static int64_t str_size(Value s) {
    int64_t len = mo_str_len(s);
    if (mo_str_is_ascii(s))
        return 49 + len;
    uint32_t widest = 0;
    const char *d = mo_str_data(s);
    int64_t pos = 0, n = mo_str_size(s);
    while (pos < n) {
        uint32_t cp = mo_utf8_decode(d, &pos);
        if (cp > widest)
            widest = cp;
    }
    if (widest < 0x100)
        return 73 + len;
    if (widest < 0x10000)
        return 74 + 2 * len;
    return 76 + 4 * len;
}

// An estimate of what CPython 3.11 on a 64-bit machine reports, so that
// programs comparing sizes see familiar magnitudes.
static Value size_estimate(Value v) {
    TypeObject *t = mo_type(v);
    if (mo_is_int(v)) {
        Value bits = mo_call_method_cstr(v, "bit_length", NULL, 0);
        int64_t nbits;
        if (bits == V_ERR || mo_int_to_i64(bits, &nbits) < 0)
            return V_ERR;
        int64_t digits = nbits == 0 ? 1 : (nbits + 29) / 30;
        return mo_int_from_i64(24 + 4 * digits);
    }
    if (mo_is_float(v))
        return I(24);
    if (v == MO_NONE)
        return I(16);
    if (mo_is_str(v))
        return mo_int_from_i64(str_size(v));
    if (mo_is_bytes(v))
        return mo_int_from_i64(33 + mo_bytes_size(v));
    if (mo_is_list(v))
        return mo_int_from_i64(56 + 8 * mo_list_obj(v)->capacity);
    if (mo_is_tuple(v))
        return mo_int_from_i64(40 + 8 * mo_tuple_size(v));
    if (mo_is_dict(v)) {
        DictObject *d = mo_dict_obj(v);
        if (d->used == 0 && d->index_size <= 8)
            return I(64);
        int64_t size = d->index_size < 8 ? 8 : d->index_size;
        int64_t width = size <= 128 ? 1 : size <= 0x8000 ? 2 : size <= 0x80000000LL ? 4 : 8;
        bool str_keys = true;
        int64_t pos = 0;
        Value k;
        while (str_keys && mo_dict_next(v, &pos, &k, NULL))
            str_keys = mo_is_str(k);
        return mo_int_from_i64(64 + 32 + size * width + (size * 2 / 3) * (str_keys ? 16 : 24));
    }
    if (t == &mo_set_type || t == &mo_frozenset_type) {
        SetObject *s = (SetObject *)mo_ptr(v);
        return mo_int_from_i64(216 + (s->table == s->smalltable ? 0 : 16 * (s->mask + 1)));
    }
    if (mo_is_type(v))
        return I((t->flags & MO_TPFLAG_HEAPTYPE) || (((TypeObject *)mo_ptr(v))->flags & MO_TPFLAG_HEAPTYPE)
                     ? 1688 : 424);
    if (v == MO_ELLIPSIS || v == MO_NOTIMPL)
        return I(16);
    if (t == &mo_complex_type)
        return I(32);
    if (t == &mo_slice_type)
        return I(56);
    if (t == &mo_function_type)
        return I(152);
    if (t == &mo_memoryview_type)
        return I(184);
    if (t == &mo_cfunction_type)
        return I(72);
    if (t == &mo_object_type)
        return I(16);
    if (t->flags & MO_TPFLAG_HEAPTYPE)
        return I(56);
    return I(48);
}

static Value sys_getsizeof(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"object", "default"};
    Value a[2];
    if (mo_args_bind("getsizeof", args, nargs, kwnames, names, 2, 2, 1, a) < 0)
        return V_ERR;
    Value v = a[0];
    TypeObject *t = mo_type(v);
    // A class may say how big it is, as in CPython (which adds the GC header
    // and the managed-dict pointers of a class instance).
    if (t->flags & MO_TPFLAG_HEAPTYPE) {
        Value f = mo_type_lookup(t, mo_str_intern_cstr("__sizeof__"));
        if (f != MO_NULL && mo_is_exact(f, &mo_function_type)) {
            Value r = mo_call_method_cstr(v, "__sizeof__", NULL, 0);
            if (r == V_ERR) {
                if (a[1] != MO_NULL && mo_err_matches(&mo_exc_TypeError)) {
                    mo_err_clear();
                    return a[1];
                }
                return V_ERR;
            }
            if (!mo_is_int(r))
                return mo_err_format(&mo_exc_TypeError, "an integer is required");
            if (mo_int_sign(r) < 0)
                return mo_err_format(&mo_exc_ValueError, "__sizeof__() should return >= 0");
            return mo_binop(r, I(32), MO_OP_ADD);
        }
    }
    return size_estimate(v);
}

static Value sys_intern(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("intern", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    if (!mo_is_exact(args[0], &mo_str_type))
        return mo_err_format(&mo_exc_TypeError, "intern() argument must be str, not %T", args[0]);
    return mo_str_intern(args[0]);
}

static Value sys_exc_info(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("exc_info", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    Value exc = mo_ts->handled;
    if (exc == MO_NULL || exc == MO_NONE)
        return mo_tuple_pack(3, MO_NONE, MO_NONE, MO_NONE);
    Value tb = mo_is_exception(exc) ? mo_exc_obj(exc)->traceback : MO_NONE;
    return mo_tuple_pack(3, mo_obj(mo_type(exc)), exc, tb);
}

static Value sys_exception(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("exception", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    Value exc = mo_ts->handled;
    return exc == MO_NULL ? MO_NONE : exc;
}

static Value sys_get_int_max_str_digits(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("get_int_max_str_digits", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return mo_int_from_i64(mo_int_max_str_digits);
}

static Value sys_set_int_max_str_digits(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"maxdigits"};
    Value a[1];
    if (mo_args_bind("set_int_max_str_digits", args, nargs, kwnames, names, 1, 1, 1, a) < 0)
        return V_ERR;
    int64_t n;
    if (mo_index_i64(a[0], &n) < 0)
        return V_ERR;
    if (n != 0 && n < MO_INT_MAX_STR_DIGITS_THRESHOLD)
        return mo_err_format(&mo_exc_ValueError, "maxdigits must be 0 or larger than %d",
                             MO_INT_MAX_STR_DIGITS_THRESHOLD);
    mo_int_max_str_digits = n;
    return MO_NONE;
}

static Value sys_getdefaultencoding(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("getdefaultencoding", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return S("utf-8");
}

static Value sys_getfilesystemencoding(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("getfilesystemencoding", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return S("utf-8");
}

static Value sys_is_finalizing(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("is_finalizing", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return MO_FALSE;
}

// sys.displayhook (and sys.__displayhook__): how the REPL and code compiled
// in 'single' mode show an expression's value: repr() and a newline to
// sys.stdout, remembered as builtins._ (None is not shown).
static Value sys_displayhook(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("displayhook", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value v = args[0];
    if (v == MO_NONE)
        return MO_NONE;
    if (mo_dict_set_cstr(mo_builtins_dict, "_", MO_NONE) < 0)
        return V_ERR;
    Value out = mo_sys_get("stdout");
    if (out == V_ERR)
        return V_ERR;
    if (out == MO_NULL || out == MO_NONE)
        return mo_err_format(&mo_exc_RuntimeError, "lost sys.stdout");
    Value text = mo_repr(v);
    if (text == V_ERR)
        return V_ERR;
    if (mo_fileio_is_text(out)) {
        if (mo_fileio_write(out, mo_str_data(text), (size_t)mo_str_size(text)) < 0 ||
            mo_fileio_write(out, "\n", 1) < 0)
            return V_ERR;
    } else {
        Value write = mo_str_intern_cstr("write");
        Value nl = mo_str_from_codepoint('\n');
        if (mo_call_method(out, write, &text, 1, MO_NULL) == V_ERR ||
            mo_call_method(out, write, &nl, 1, MO_NULL) == V_ERR)
            return V_ERR;
    }
    if (mo_dict_set_cstr(mo_builtins_dict, "_", v) < 0)
        return V_ERR;
    return MO_NONE;
}

int mo_sys_displayhook(Value v) {
    Value hook = mo_sys_get("displayhook");
    if (hook == V_ERR)
        return -1;
    if (hook == MO_NULL) {
        mo_err_format(&mo_exc_RuntimeError, "lost sys.displayhook");
        return -1;
    }
    return mo_call1(hook, v) == V_ERR ? -1 : 0;
}

// sys._caret_line(tb, line): the `^^^` line (with its newline) that the
// interpreter's own traceback prints under `line`, the source line of the
// traceback entry `tb`, or None. For lib/traceback.py, so both kinds of
// traceback print the same marks from one piece of code.
static Value sys_caret_line(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("_caret_line", nargs, kwnames, 2, 2) < 0)
        return V_ERR;
    if (!mo_is_exact(args[0], &mo_traceback_type) || !mo_is_str(args[1]))
        return mo_err_format(&mo_exc_TypeError, "_caret_line() takes a traceback and a str");
    TracebackObject *tb = (TracebackObject *)mo_ptr(args[0]);
    size_t n = (size_t)mo_str_size(args[1]);
    const char *data = mo_str_data(args[1]);
    while (n && (data[n - 1] == '\n' || data[n - 1] == '\r'))
        n--;
    char *line = malloc(n + 1);
    if (!line)
        return mo_err_no_memory();
    memcpy(line, data, n);
    line[n] = '\0';
    StrBuf b = STRBUF_INIT;
    bool any = mo_tb_caret_line(mo_code_obj(tb->code), tb->lasti, line, false, &b);
    free(line);
    if (!any || b.failed) {
        bool failed = b.failed;
        mo_strbuf_free(&b);
        return failed ? mo_err_no_memory() : MO_NONE;
    }
    return mo_str_from_strbuf(&b);
}

// sys._set_type_cname(cls, name): the name the core's own messages give a
// class made by a `class` statement ("unsupported operand type(s)...",
// "'<' not supported between instances of..."), leaving its __name__ alone.
// CPython's C-implemented stdlib types carry dotted names there
// ("datetime.date"); lib/ modules that stand in for them call this so the
// messages match. The name is interned, and interned strings live as long
// as the interpreter, so the type may keep a pointer into it.
static Value sys_set_type_cname(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("_set_type_cname", nargs, kwnames, 2, 2) < 0)
        return V_ERR;
    if (!mo_is_type(args[0]) || !mo_is_str(args[1]))
        return mo_err_format(&mo_exc_TypeError, "_set_type_cname() takes a class and a str");
    TypeObject *t = (TypeObject *)mo_ptr(args[0]);
    if (!(t->flags & MO_TPFLAG_HEAPTYPE))
        return mo_err_format(&mo_exc_TypeError, "_set_type_cname() cannot rename built-in type '%s'",
                             t->name);
    Value name = mo_str_intern(args[1]);
    if (name == V_ERR)
        return V_ERR;
    t->name = mo_str_data(name);
    return MO_NONE;
}

static const MethodDef sys_methods[] = {
    {"_caret_line", sys_caret_line, 0, NULL},
    {"_set_type_cname", sys_set_type_cname, 0, NULL},
    {"displayhook", sys_displayhook, 0, "Print an object to sys.stdout and also save it in builtins._"},
    {"exit", sys_exit, 0, "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", sys_getrecursionlimit, 0, "Return the current value of the recursion limit."},
    {"setrecursionlimit", sys_setrecursionlimit, 0, "Set the maximum depth of the Python interpreter stack."},
    {"getsizeof", sys_getsizeof, 0, "Return the size of an object in bytes (an estimate)."},
    {"intern", sys_intern, 0, "Intern the given string."},
    {"exc_info", sys_exc_info, 0, "Return (type, value, traceback) of the exception being handled."},
    {"exception", sys_exception, 0, "Return the exception being handled, or None."},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, NULL},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, NULL},
    {"getdefaultencoding", sys_getdefaultencoding, 0, NULL},
    {"getfilesystemencoding", sys_getfilesystemencoding, 0, NULL},
    {"is_finalizing", sys_is_finalizing, 0, NULL},
    {NULL, NULL, 0, NULL},
};

// ---------------------------------------------------------------- exec

static Value executable_path(void) {
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return mo_str_empty;
    return arg_str((buf[n] = '\0', buf));
}

static Value builtin_module_names(void) {
    static const char *const names[] = {"builtins", "math", "posix", "sys", "time"};
    Value t = mo_tuple_new(5);
    if (t == V_ERR)
        return V_ERR;
    for (int i = 0; i < 5; i++) {
        Value s = S(names[i]);
        if (s == V_ERR)
            return V_ERR;
        mo_tuple_items(t)[i] = s;
    }
    return t;
}

static int sys_exec(Value m) {
    mo_fileio_init();
    mo_structseq_ready(&version_info_type);
    mo_structseq_ready(&float_info_type);
    mo_structseq_ready(&int_info_type);
    mo_structseq_ready(&hash_info_type);
    mo_structseq_ready(&flags_type);
    if (namespace_type.dict == 0 || namespace_type.dict == MO_NULL) {
        mo_type_ready(&namespace_type);
        namespace_type.module = mo_str_intern_cstr("types");
    }
    sys_module = m;
    mo_gc_add_root(&sys_module);
    Value dict = mo_module_dict(m);
    Value version_info = make_version_info();
    if (version_info == V_ERR)
        return -1;
    Value prefix = S("/usr/local");
    struct {
        const char *name;
        Value v;
    } values[] = {
        {"modules", mo_modules},
        {"stdin", mo_fileio_stdin},
        {"stdout", mo_fileio_stdout},
        {"stderr", mo_fileio_stderr},
        {"__stdin__", mo_fileio_stdin},
        {"__stdout__", mo_fileio_stdout},
        {"__stderr__", mo_fileio_stderr},
        {"maxsize", mo_int_from_i64(INT64_MAX)},
        {"maxunicode", I(0x10FFFF)},
        {"version", S(MO_VERSION_STRING)},
        {"version_info", version_info},
        {"hexversion", I(MO_HEXVERSION)},
        {"api_version", I(1013)},
        {"implementation", make_implementation(version_info)},
        {"platform", S("linux")},
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        {"byteorder", S("little")},
#else
        {"byteorder", S("big")},
#endif
        {"executable", executable_path()},
        {"_base_executable", executable_path()},
        {"prefix", prefix},
        {"base_prefix", prefix},
        {"exec_prefix", prefix},
        {"base_exec_prefix", prefix},
        {"platlibdir", S("lib")},
        {"flags", make_flags()},
        {"float_info", make_float_info()},
        {"int_info", make_int_info()},
        {"hash_info", make_hash_info()},
        {"float_repr_style", S("short")},
        {"builtin_module_names", builtin_module_names()},
        {"dont_write_bytecode", MO_TRUE},
        {"pycache_prefix", MO_NONE},
        {"warnoptions", mo_list_new(0)},
        {"_xoptions", mo_dict_new()},
        {"copyright", S("Mosaic: a Python 3 implementation with a copy-and-patch JIT.")},
    };
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        if (values[i].v == V_ERR || mo_dict_set_cstr(dict, values[i].name, values[i].v) < 0)
            return -1;
    }
    Value hook = mo_dict_get_cstr(dict, "displayhook");
    if (hook == MO_NULL || mo_dict_set_cstr(dict, "__displayhook__", hook) < 0)
        return -1;
    return install_argv(dict);
}

#undef I
#undef S

const ModuleDef mo_sys_module_def = {"sys", sys_methods, sys_exec};
