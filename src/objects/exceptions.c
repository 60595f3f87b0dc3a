// src/objects/exceptions.c — the built-in exception types, tracebacks, and
// printing an uncaught exception the way CPython does.
//
// The types come from one list, MO_EXCEPTION_TYPES in runtime/error.h. They
// share the ExceptionObject layout; the few with extra behaviour (KeyError's
// str, StopIteration.value, SystemExit.code, OSError's errno fields,
// SyntaxError's location) get it from small overrides below.
#include "objects/exceptions.h"

#include <stddef.h>
#include <stdlib.h>
#include <errno.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/gc.h"

// ---------------------------------------------------------------- objects

static void exc_trace(Object *o) {
    ExceptionObject *e = (ExceptionObject *)o;
    mo_gc_mark(e->dict);
    mo_gc_mark(e->args);
    mo_gc_mark(e->traceback);
    mo_gc_mark(e->cause);
    mo_gc_mark(e->context);
}

Value mo_exc_new(TypeObject *type, Value args_tuple) {
    ExceptionObject *e = mo_gc_alloc(type, type->basicsize);
    if (!e)
        return V_ERR;
    e->args = args_tuple;
    e->traceback = MO_NONE;
    e->cause = MO_NONE;
    e->context = MO_NONE;
    e->dict = mo_dict_new();
    if (e->dict == V_ERR)
        return V_ERR;
    return mo_obj(e);
}

static Value exc_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    Value t = mo_tuple_from_array(args, nargs);
    if (t == V_ERR)
        return V_ERR;
    return mo_exc_new(type, t);
}

static Value exc_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_nkw(kwnames))
        return mo_err_format(&mo_exc_TypeError, "%s() takes no keyword arguments", mo_type_name(self));
    Value t = mo_tuple_from_array(args, nargs);
    if (t == V_ERR)
        return V_ERR;
    mo_exc_obj(self)->args = t;
    return MO_NONE;
}

static Value exc_str(Value self) {
    Value args = mo_exc_obj(self)->args;
    int64_t n = mo_tuple_size(args);
    if (n == 0)
        return mo_str_empty;
    if (n == 1)
        return mo_str(mo_tuple_items(args)[0]);
    return mo_str(args);
}

static Value exc_repr(Value self) {
    Value args = mo_exc_obj(self)->args;
    const char *name = mo_type_name(self);
    int64_t n = mo_tuple_size(args);
    if (n == 1)
        return mo_str_format("%s(%R)", name, mo_tuple_items(args)[0]);
    if (n == 0)
        return mo_str_format("%s()", name);
    return mo_str_format("%s%R", name, args);
}

static Value keyerror_str(Value self) {
    Value args = mo_exc_obj(self)->args;
    if (mo_tuple_size(args) == 1)
        return mo_repr(mo_tuple_items(args)[0]);
    return exc_str(self);
}

static Value get_args(Value self) { return mo_exc_obj(self)->args; }
static int set_args(Value self, Value v) {
    if (v == MO_NULL)
        return mo_err_format(&mo_exc_TypeError, "args may not be deleted"), -1;
    Value t = mo_tuple_from_iterable(v);
    if (t == V_ERR)
        return -1;
    mo_exc_obj(self)->args = t;
    return 0;
}
static Value get_tb(Value self) { return mo_exc_obj(self)->traceback; }
static int set_tb(Value self, Value v) {
    if (v != MO_NONE && !mo_is_exact(v, &mo_traceback_type))
        return mo_err_format(&mo_exc_TypeError, "__traceback__ must be a traceback or None"), -1;
    mo_exc_obj(self)->traceback = v;
    return 0;
}
static Value get_cause(Value self) { return mo_exc_obj(self)->cause; }
static int set_cause(Value self, Value v) {
    if (v != MO_NONE && !mo_is_exception(v))
        return mo_err_format(&mo_exc_TypeError, "exception cause must be None or derive from BaseException"), -1;
    mo_exc_obj(self)->cause = v;
    mo_exc_obj(self)->suppress_context = true;
    return 0;
}
static Value get_context(Value self) { return mo_exc_obj(self)->context; }
static int set_context(Value self, Value v) {
    if (v != MO_NONE && !mo_is_exception(v))
        return mo_err_format(&mo_exc_TypeError, "exception context must be None or derive from BaseException"), -1;
    mo_exc_obj(self)->context = v;
    return 0;
}
static Value get_suppress(Value self) { return mo_bool(mo_exc_obj(self)->suppress_context); }
static int set_suppress(Value self, Value v) {
    int t = mo_truth(v);
    if (t < 0)
        return -1;
    mo_exc_obj(self)->suppress_context = t;
    return 0;
}

static const GetSetDef exc_getsets[] = {
    {"args", get_args, set_args},
    {"__traceback__", get_tb, set_tb},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__suppress_context__", get_suppress, set_suppress},
    {NULL, NULL, NULL},
};

static Value exc_with_traceback(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("with_traceback", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    if (set_tb(self, args[0]) < 0)
        return V_ERR;
    return self;
}

static Value exc_add_note(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("add_note", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    if (!mo_is_str(args[0]))
        return mo_err_format(&mo_exc_TypeError, "note must be a str, not '%T'", args[0]);
    Value dict = mo_exc_obj(self)->dict;
    Value notes = mo_dict_get_cstr(dict, "__notes__");
    if (notes == MO_NULL) {
        notes = mo_list_from_iterable(mo_tuple_empty);
        if (notes == V_ERR || mo_dict_set_cstr(dict, "__notes__", notes) < 0)
            return V_ERR;
    }
    Value r = mo_call_method_cstr(notes, "append", args, 1);
    return r == V_ERR ? V_ERR : MO_NONE;
}

static const MethodDef exc_methods[] = {
    {"with_traceback", exc_with_traceback, 0, NULL},
    {"add_note", exc_add_note, 0, NULL},
    {NULL, NULL, 0, NULL},
};

// The first argument, or None: StopIteration.value and SystemExit.code.
static Value first_arg_or_none(Value self) {
    Value args = mo_exc_obj(self)->args;
    if (mo_tuple_size(args) == 0)
        return MO_NONE;
    return mo_tuple_items(args)[0];
}
static Value get_code(Value self) {
    Value args = mo_exc_obj(self)->args;
    if (mo_tuple_size(args) > 1)
        return args;
    return first_arg_or_none(self);
}
static const GetSetDef stopiteration_getsets[] = {
    {"value", first_arg_or_none, NULL},
    {NULL, NULL, NULL},
};
static const GetSetDef systemexit_getsets[] = {
    {"code", get_code, NULL},
    {NULL, NULL, NULL},
};

// NameError(name=), AttributeError(name=, obj=) and ImportError(name=,
// path=) take these keywords; the attributes live in the instance dict
// (where the interpreter's own raise sites put them) and read as None when
// absent. ImportError.msg is its one positional argument, if exactly one.
static Value dict_attr(Value self, const char *name) {
    Value v = mo_dict_get_cstr(mo_exc_obj(self)->dict, name);
    return v == MO_NULL ? MO_NONE : v;
}
static Value get_name(Value self) { return dict_attr(self, "name"); }
static Value get_obj(Value self) { return dict_attr(self, "obj"); }
static Value get_path(Value self) { return dict_attr(self, "path"); }
static Value get_msg(Value self) {
    // Exceptions the interpreter raises skip __init__: msg is their message.
    Value v = mo_dict_get_cstr(mo_exc_obj(self)->dict, "msg");
    Value args = mo_exc_obj(self)->args;
    if (v == MO_NULL)
        return mo_tuple_size(args) == 1 ? mo_tuple_items(args)[0] : MO_NONE;
    return v;
}
static int set_name(Value self, Value v) { return mo_dict_set_cstr(mo_exc_obj(self)->dict, "name", v); }
static int set_obj(Value self, Value v) { return mo_dict_set_cstr(mo_exc_obj(self)->dict, "obj", v); }
static int set_path(Value self, Value v) { return mo_dict_set_cstr(mo_exc_obj(self)->dict, "path", v); }
static int set_msg(Value self, Value v) { return mo_dict_set_cstr(mo_exc_obj(self)->dict, "msg", v); }
static const GetSetDef nameerror_getsets[] = {
    {"name", get_name, set_name},
    {NULL, NULL, NULL},
};
static const GetSetDef attributeerror_getsets[] = {
    {"name", get_name, set_name},
    {"obj", get_obj, set_obj},
    {NULL, NULL, NULL},
};
static const GetSetDef importerror_getsets[] = {
    {"name", get_name, set_name},
    {"path", get_path, set_path},
    {"msg", get_msg, set_msg},
    {NULL, NULL, NULL},
};

// Runs BaseException's init on the positional arguments and stores the
// keywords named in `allowed` (a NULL-terminated list) in the dict.
static Value init_with_keywords(Value self, const Value *args, size_t nargs, Value kwnames,
                                const char *const *allowed) {
    size_t nkw = mo_args_nkw(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        Value key = mo_tuple_items(kwnames)[k];
        bool ok = false;
        for (const char *const *a = allowed; *a; a++)
            ok |= mo_str_eq_cstr(key, *a);
        if (!ok)
            return mo_err_format(&mo_exc_TypeError, "'%U' is an invalid keyword argument for %s()", key,
                                 mo_type_name(self));
    }
    if (exc_init(self, args, nargs, MO_NULL) == V_ERR)
        return V_ERR;
    for (size_t k = 0; k < nkw; k++)
        if (mo_dict_set(mo_exc_obj(self)->dict, mo_tuple_items(kwnames)[k], args[nargs + k]) < 0)
            return V_ERR;
    return MO_NONE;
}
static Value nameerror_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const allowed[] = {"name", NULL};
    return init_with_keywords(self, args, nargs, kwnames, allowed);
}
static Value attributeerror_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const allowed[] = {"name", "obj", NULL};
    return init_with_keywords(self, args, nargs, kwnames, allowed);
}
static Value importerror_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const allowed[] = {"name", "path", NULL};
    if (init_with_keywords(self, args, nargs, kwnames, allowed) == V_ERR)
        return V_ERR;
    return set_msg(self, nargs == 1 ? args[0] : MO_NONE) < 0 ? V_ERR : MO_NONE;
}
static Value importerror_str(Value self) {
    Value msg = mo_dict_get_cstr(mo_exc_obj(self)->dict, "msg");
    if (msg != MO_NULL && mo_is_str(msg))
        return msg;
    return exc_str(self);
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]) exposes its
// parts as attributes and prints as "[Errno 2] No such file or directory:
// 'x'", or "… 'x' -> 'y'" with a second file name (os.rename).
static Value oserror_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (exc_init(self, args, nargs, kwnames) == V_ERR)
        return V_ERR;
    Value dict = mo_exc_obj(self)->dict;
    Value errnum = MO_NONE, strerr = MO_NONE, filename = MO_NONE, filename2 = MO_NONE;
    if (nargs >= 2 && nargs <= 5) {
        errnum = args[0];
        strerr = args[1];
        if (nargs >= 3)
            filename = args[2];
        if (nargs == 5)
            filename2 = args[4];
    }
    if (mo_dict_set_cstr(dict, "errno", errnum) < 0 || mo_dict_set_cstr(dict, "strerror", strerr) < 0 ||
        mo_dict_set_cstr(dict, "filename", filename) < 0 || mo_dict_set_cstr(dict, "filename2", filename2) < 0)
        return V_ERR;
    if (nargs >= 3) {
        // Like CPython, args keeps only (errno, strerror).
        Value t = mo_tuple_from_array(args, 2);
        if (t == V_ERR)
            return V_ERR;
        mo_exc_obj(self)->args = t;
    }
    return MO_NONE;
}

// OSError(errno, strerror) makes the subclass that errno stands for
// (OSError(2, "x") is a FileNotFoundError), as CPython does.
static TypeObject *oserror_subclass(Value errnum) {
    if (!mo_is_smallint(errnum))
        return NULL;
    switch (mo_smallint_val(errnum)) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return &mo_exc_BlockingIOError;
    case ECHILD: return &mo_exc_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &mo_exc_BrokenPipeError;
    case ECONNABORTED: return &mo_exc_ConnectionAbortedError;
    case ECONNREFUSED: return &mo_exc_ConnectionRefusedError;
    case ECONNRESET: return &mo_exc_ConnectionResetError;
    case EEXIST: return &mo_exc_FileExistsError;
    case ENOENT: return &mo_exc_FileNotFoundError;
    case EISDIR: return &mo_exc_IsADirectoryError;
    case ENOTDIR: return &mo_exc_NotADirectoryError;
    case EINTR: return &mo_exc_InterruptedError;
    case EACCES: case EPERM: return &mo_exc_PermissionError;
    case ESRCH: return &mo_exc_ProcessLookupError;
    case ETIMEDOUT: return &mo_exc_TimeoutError;
    default: return NULL;
    }
}

static Value oserror_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (type == &mo_exc_OSError && nargs >= 2) {
        TypeObject *sub = oserror_subclass(args[0]);
        if (sub)
            type = sub;
    }
    Value self = exc_new(type, args, nargs, kwnames);
    if (self == V_ERR)
        return V_ERR;
    if (oserror_init(self, args, nargs, MO_NULL) == V_ERR)
        return V_ERR;
    return self;
}

Value mo_err_oserror(int err, Value filename, Value filename2) {
    Value msg = mo_str_from_cstr(strerror(err));
    if (msg == V_ERR)
        return V_ERR;
    Value args[5] = {mo_smallint(err), msg, filename, MO_NONE, filename2};
    size_t n = filename2 != MO_NULL ? 5 : filename != MO_NULL ? 3 : 2;
    // OSError's constructor picks the subclass the errno stands for.
    Value exc = mo_call(mo_obj(&mo_exc_OSError), args, n, MO_NULL);
    if (exc == V_ERR)
        return V_ERR;
    return mo_err_set(exc);
}

static Value oserror_str(Value self) {
    Value dict = mo_exc_obj(self)->dict;
    Value errnum = mo_dict_get_cstr(dict, "errno");
    Value strerr = mo_dict_get_cstr(dict, "strerror");
    Value filename = mo_dict_get_cstr(dict, "filename");
    Value filename2 = mo_dict_get_cstr(dict, "filename2");
    if (filename != MO_NULL && filename != MO_NONE && filename2 != MO_NULL && filename2 != MO_NONE)
        return mo_str_format("[Errno %S] %S: %R -> %R", errnum, strerr, filename, filename2);
    if (filename != MO_NULL && filename != MO_NONE)
        return mo_str_format("[Errno %S] %S: %R", errnum, strerr, filename);
    if (errnum != MO_NULL && errnum != MO_NONE && strerr != MO_NULL && strerr != MO_NONE)
        return mo_str_format("[Errno %S] %S", errnum, strerr);
    return exc_str(self);
}

// SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)).
static Value syntaxerror_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (exc_init(self, args, nargs, kwnames) == V_ERR)
        return V_ERR;
    Value dict = mo_exc_obj(self)->dict;
    static const char *const fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    if (mo_dict_set_cstr(dict, "msg", nargs >= 1 ? args[0] : MO_NONE) < 0)
        return V_ERR;
    Value info = nargs >= 2 ? args[1] : MO_NULL;
    if (info != MO_NULL && !mo_is_tuple(info))
        return mo_err_format(&mo_exc_TypeError, "SyntaxError details must be a tuple");
    for (int i = 0; i < 6; i++) {
        Value v = MO_NONE;
        if (info != MO_NULL && i < mo_tuple_size(info))
            v = mo_tuple_items(info)[i];
        if (mo_dict_set_cstr(dict, fields[i], v) < 0)
            return V_ERR;
    }
    mo_dict_set_cstr(dict, "print_file_and_line", MO_NONE);
    return MO_NONE;
}

static Value syntaxerror_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    Value self = exc_new(type, args, nargs, kwnames);
    if (self == V_ERR)
        return V_ERR;
    if (syntaxerror_init(self, args, nargs, MO_NULL) == V_ERR)
        return V_ERR;
    return self;
}

static Value syntaxerror_str(Value self) {
    Value dict = mo_exc_obj(self)->dict;
    Value msg = mo_dict_get_cstr(dict, "msg");
    Value filename = mo_dict_get_cstr(dict, "filename");
    Value lineno = mo_dict_get_cstr(dict, "lineno");
    if (msg == MO_NULL || msg == MO_NONE)
        return mo_tuple_size(mo_exc_obj(self)->args) == 0 ? mo_str_from_cstr("None") : exc_str(self);
    bool has_file = filename != MO_NULL && mo_is_str(filename);
    bool has_line = lineno != MO_NULL && mo_is_int(lineno);
    if (has_file) {
        // CPython shows only the file's base name here.
        const char *f = mo_str_data(filename);
        const char *slash = strrchr(f, '/');
        Value base = mo_str_from_cstr(slash ? slash + 1 : f);
        if (base == V_ERR)
            return V_ERR;
        if (has_line)
            return mo_str_format("%S (%U, line %S)", msg, base, lineno);
        return mo_str_format("%S (%U)", msg, base);
    }
    if (has_line)
        return mo_str_format("%S (line %S)", msg, lineno);
    return mo_str(msg);
}

// ------------------------------------------------------------------ types

#define mo_exc_NULL mo_object_type
#define EXC_FLAGS (MO_TPFLAG_BASETYPE | MO_TPFLAG_HAS_DICT | MO_TPFLAG_EXC_SUBCLASS)
#define DEFINE_EXC(name_, base_)                                           \
    TypeObject mo_exc_##name_ = {                                          \
        .hdr = MO_STATIC_HEADER(&mo_type_type),                            \
        .name = #name_,                                                    \
        .base = &mo_exc_##base_,                                           \
        .flags = EXC_FLAGS,                                                \
        .basicsize = sizeof(ExceptionObject),                              \
        .dictoffset = offsetof(ExceptionObject, dict),                     \
    };
MO_EXCEPTION_TYPES(DEFINE_EXC)
#undef DEFINE_EXC

static Value tb_get_next(Value self) { return ((TracebackObject *)mo_ptr(self))->next; }
int mo_tb_lineno(const TracebackObject *t) { return mo_code_line(mo_code_obj(t->code), (uint32_t)t->lasti); }

static Value tb_get_lineno(Value self) { return mo_smallint(mo_tb_lineno((TracebackObject *)mo_ptr(self))); }
// CPython's tb_lasti is a byte offset into 2-byte code units; here it is
// twice the word index, so code.co_positions()[tb_lasti // 2] is the entry.
static Value tb_get_lasti(Value self) { return mo_smallint(2 * (int64_t)((TracebackObject *)mo_ptr(self))->lasti); }
static Value tb_get_frame(Value self) {
    TracebackObject *t = (TracebackObject *)mo_ptr(self);
    if (t->frame == MO_NULL || !t->frame) {
        Value f = mo_frame_object_new(t->code, mo_tb_lineno(t), t->globals, t->locals, MO_NULL);
        if (f == V_ERR)
            return V_ERR;
        t->frame = f;
    }
    return t->frame;
}
static const GetSetDef tb_getsets[] = {
    {"tb_next", tb_get_next, NULL},
    {"tb_lineno", tb_get_lineno, NULL},
    {"tb_lasti", tb_get_lasti, NULL},
    {"tb_frame", tb_get_frame, NULL},
    {NULL, NULL, NULL},
};

static void tb_trace(Object *o) {
    TracebackObject *t = (TracebackObject *)o;
    mo_gc_mark(t->next);
    mo_gc_mark(t->code);
    mo_gc_mark(t->globals);
    mo_gc_mark(t->locals);
    mo_gc_mark(t->frame);
}

TypeObject mo_traceback_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "traceback",
    .base = &mo_object_type,
    .basicsize = sizeof(TracebackObject),
    .trace = tb_trace,
    .getsets = tb_getsets,
};

int mo_exc_add_traceback(Value exc, Value code, int lasti, Value globals, Value locals) {
    if (!mo_is_exception(exc))
        return 0;
    TracebackObject *t = mo_gc_alloc(&mo_traceback_type, sizeof *t);
    if (!t)
        return -1;
    ExceptionObject *e = mo_exc_obj(exc);
    t->next = e->traceback;
    t->code = code;
    t->lasti = lasti;
    t->globals = globals;
    t->locals = locals;
    t->frame = MO_NULL;
    e->traceback = mo_obj(t);
    return 0;
}

// ------------------------------------------------------------- frames

static void frame_obj_trace(Object *o) {
    FrameObject *f = (FrameObject *)o;
    mo_gc_mark(f->code);
    mo_gc_mark(f->globals);
    mo_gc_mark(f->locals);
    mo_gc_mark(f->gen);
}

Value mo_frame_object_new(Value code, int lineno, Value globals, Value locals, Value gen) {
    FrameObject *f = mo_gc_alloc(&mo_frame_object_type, sizeof *f);
    if (!f)
        return V_ERR;
    f->code = code;
    f->lineno = lineno;
    f->globals = globals;
    f->locals = locals;
    f->gen = gen;
    return mo_obj(f);
}

static Value frame_get_code(Value self) { return ((FrameObject *)mo_ptr(self))->code; }
static Value frame_get_lineno(Value self) { return mo_smallint(((FrameObject *)mo_ptr(self))->lineno); }
static Value frame_get_globals(Value self) {
    Value g = ((FrameObject *)mo_ptr(self))->globals;
    return g == MO_NULL || !g ? mo_dict_new() : g;
}
static Value frame_get_locals(Value self) {
    Value l = ((FrameObject *)mo_ptr(self))->locals;
    return l == MO_NULL || !l ? mo_dict_new() : l;
}
static Value frame_get_none(Value self) { return MO_NONE; }
static const GetSetDef frame_getsets[] = {
    {"f_code", frame_get_code, NULL},
    {"f_lineno", frame_get_lineno, NULL},
    {"f_globals", frame_get_globals, NULL},
    {"f_locals", frame_get_locals, NULL},
    {"f_back", frame_get_none, NULL},
    {NULL, NULL, NULL},
};

static Value frame_repr(Value self) {
    FrameObject *f = (FrameObject *)mo_ptr(self);
    CodeObject *c = mo_code_obj(f->code);
    return mo_str_format("<frame at %p, file %R, line %d, code %U>", (void *)f, c->filename, f->lineno, c->name);
}

TypeObject mo_frame_object_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "frame",
    .base = &mo_object_type,
    .basicsize = sizeof(FrameObject),
    .repr = frame_repr,
    .trace = frame_obj_trace,
    .getsets = frame_getsets,
};

void mo_exceptions_init(void) {
    // Defaults shared by every exception type; readying copies them into
    // subclasses that leave them NULL.
    mo_exc_BaseException.new_ = exc_new;
    mo_exc_BaseException.init = exc_init;
    mo_exc_BaseException.str = exc_str;
    mo_exc_BaseException.repr = exc_repr;
    mo_exc_BaseException.trace = exc_trace;
    mo_exc_BaseException.getsets = exc_getsets;
    mo_exc_BaseException.methods = exc_methods;
    mo_exc_KeyError.str = keyerror_str;
    mo_exc_StopIteration.getsets = stopiteration_getsets;
    mo_exc_SystemExit.getsets = systemexit_getsets;
    mo_exc_NameError.init = nameerror_init;
    mo_exc_NameError.getsets = nameerror_getsets;
    mo_exc_AttributeError.init = attributeerror_init;
    mo_exc_AttributeError.getsets = attributeerror_getsets;
    mo_exc_ImportError.init = importerror_init;
    mo_exc_ImportError.getsets = importerror_getsets;
    mo_exc_ImportError.str = importerror_str;
    mo_exc_OSError.new_ = oserror_new;
    mo_exc_OSError.init = oserror_init;
    mo_exc_OSError.str = oserror_str;
    mo_exc_SyntaxError.new_ = syntaxerror_new;
    mo_exc_SyntaxError.init = syntaxerror_init;
    mo_exc_SyntaxError.str = syntaxerror_str;
#define READY(name_, base_) mo_type_ready(&mo_exc_##name_);
    MO_EXCEPTION_TYPES(READY)
#undef READY
    mo_type_ready(&mo_traceback_type);
    mo_type_ready(&mo_frame_object_type);
}
