// src/modules/builtins_code.c — built-ins that run code or talk to the
// outside: print, input, exec, eval, compile, __build_class__, __import__.
//
// print() and input() go through sys.stdout / sys.stdin as they are at the
// time of the call (looked up in the sys module's dict), so a program may
// redirect them. When the stream is one of Mosaic's own text files the text
// goes straight into its buffer (mo_fileio_write), otherwise through the
// stream's write()/readline() methods, one call per piece, as CPython does.
//
// __build_class__ follows CPython's order: resolve __mro_entries__, find
// the most derived metaclass ("metaclass conflict" otherwise), call
// __prepare__, run the body in the namespace (mo_call_run_body), call the
// metaclass, and finally fill the __class__ cell the body returned (the
// compiler makes class bodies whose methods use super() or __class__
// return that cell).
//
// Read next: src/vm/call.h (running bodies and code), src/front/compile.h.
#include <string.h>

#include "front/compile.h"
#include "front/parser.h"
#include "modules/builtins.h"
#include "modules/sys.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/fileio.h"
#include "objects/func.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "vm/call.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "vm/state.h"

// ---------------------------------------------------------- print, input

// Writes `s` (a str) to `file`: our text files directly, anything else
// through file.write(s).
static int write_str(Value file, bool fast, Value s) {
    if (fast)
        return mo_fileio_write(file, mo_str_data(s), (size_t)mo_str_size(s));
    Value r = mo_call_method(file, mo_str_intern_cstr("write"), &s, 1, MO_NULL);
    return r == V_ERR ? -1 : 0;
}

static int flush_stream(Value file) {
    if (mo_fileio_check(file))
        return mo_fileio_flush(file);
    Value r = mo_call_method(file, mo_str_intern_cstr("flush"), NULL, 0, MO_NULL);
    return r == V_ERR ? -1 : 0;
}

MO_BUILTIN(print) {
    Value sep = MO_NULL, end = MO_NULL, file = MO_NULL, flush = MO_NULL;
    size_t nkw = mo_args_nkw(kwnames);
    for (size_t i = 0; i < nkw; i++) {
        Value k = mo_tuple_items(kwnames)[i], v = args[nargs + i];
        if (mo_str_eq_cstr(k, "sep"))
            sep = v;
        else if (mo_str_eq_cstr(k, "end"))
            end = v;
        else if (mo_str_eq_cstr(k, "file"))
            file = v;
        else if (mo_str_eq_cstr(k, "flush"))
            flush = v;
        else
            return mo_err_format(&mo_exc_TypeError, "'%U' is an invalid keyword argument for print()", k);
    }
    if (file == MO_NULL || file == MO_NONE) {
        file = mo_sys_get("stdout");
        if (file == V_ERR)
            return V_ERR;
        if (file == MO_NULL)
            return mo_err_format(&mo_exc_RuntimeError, "lost sys.stdout");
        // sys.stdout = None silences print, as in CPython.
        if (file == MO_NONE)
            return MO_NONE;
    }
    if (sep == MO_NONE)
        sep = MO_NULL;
    if (end == MO_NONE)
        end = MO_NULL;
    if (sep != MO_NULL && !mo_is_str(sep))
        return mo_err_format(&mo_exc_TypeError, "sep must be None or a string, not %T", sep);
    if (end != MO_NULL && !mo_is_str(end))
        return mo_err_format(&mo_exc_TypeError, "end must be None or a string, not %T", end);
    bool fast = mo_fileio_is_text(file);
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0) {
            int r = sep == MO_NULL ? (fast ? mo_fileio_write(file, " ", 1)
                                           : write_str(file, false, mo_str_from_codepoint(' ')))
                                   : write_str(file, fast, sep);
            if (r < 0)
                return V_ERR;
        }
        Value s = mo_str(args[i]);
        if (s == V_ERR || write_str(file, fast, s) < 0)
            return V_ERR;
    }
    int r = end == MO_NULL ? (fast ? mo_fileio_write(file, "\n", 1)
                                   : write_str(file, false, mo_str_from_codepoint('\n')))
                           : write_str(file, fast, end);
    if (r < 0)
        return V_ERR;
    if (flush != MO_NULL) {
        int t = mo_truth(flush);
        if (t < 0 || (t && flush_stream(file) < 0))
            return V_ERR;
    }
    return MO_NONE;
}

static Value std_stream(const char *name, const char *lost) {
    Value v = mo_sys_get(name);
    if (v == V_ERR)
        return V_ERR;
    if (v == MO_NULL || v == MO_NONE)
        return mo_err_format(&mo_exc_RuntimeError, "input(): lost sys.%s", lost);
    return v;
}

MO_BUILTIN(input) {
    if (mo_args_check("input", nargs, kwnames, 0, 1) < 0)
        return V_ERR;
    Value in = std_stream("stdin", "stdin");
    if (in == V_ERR)
        return V_ERR;
    Value out = std_stream("stdout", "stdout");
    if (out == V_ERR)
        return V_ERR;
    // What the program wrote to stderr shows before the prompt.
    Value err = mo_sys_get("stderr");
    if (err != V_ERR && err != MO_NULL && err != MO_NONE && flush_stream(err) < 0)
        mo_err_clear();
    if (nargs == 1) {
        Value prompt = mo_str(args[0]);
        if (prompt == V_ERR || write_str(out, mo_fileio_is_text(out), prompt) < 0)
            return V_ERR;
    }
    if (flush_stream(out) < 0)
        return V_ERR;
    Value line;
    if (mo_fileio_is_text(in)) {
        line = mo_fileio_readline(in);
    } else {
        line = mo_call_method(in, mo_str_intern_cstr("readline"), NULL, 0, MO_NULL);
        if (line != V_ERR && !mo_is_str(line))
            return mo_err_format(&mo_exc_TypeError, "object.readline() returned non-string");
    }
    if (line == V_ERR)
        return V_ERR;
    int64_t n = mo_str_len(line);
    if (n == 0)
        return mo_err_format(&mo_exc_EOFError, "EOF when reading a line");
    if (mo_str_data(line)[mo_str_size(line) - 1] == '\n')
        return mo_str_substr(line, 0, n - 1);
    return line;
}

// ------------------------------------------------- exec, eval, compile

// The source text of a str or bytes argument; false if it is neither.
static bool source_text(Value src, const char **text, size_t *len, bool *is_str) {
    if (mo_is_str(src)) {
        *text = mo_str_data(src);
        *len = (size_t)mo_str_size(src);
        *is_str = true;
        return true;
    }
    if (mo_is_bytes(src)) {
        *text = mo_bytes_data(src);
        *len = (size_t)mo_bytes_size(src);
        *is_str = false;
        return true;
    }
    return false;
}

// Resolves the globals and locals of exec/eval: the caller's when both are
// missing, locals = globals when only globals is given; inserts
// __builtins__ into globals that lack it.
static int resolve_namespaces(const char *fname, Value *globals, Value *locals) {
    bool is_exec = strcmp(fname, "exec") == 0;
    if (*globals == MO_NULL || *globals == MO_NONE) {
        *globals = mo_builtins_current_globals();
        if (*globals == V_ERR)
            return -1;
        if (*locals == MO_NULL || *locals == MO_NONE) {
            *locals = mo_builtins_current_locals();
            if (*locals == V_ERR)
                return -1;
        }
    } else {
        if (!mo_is_dict(*globals)) {
            if (is_exec)
                mo_err_format(&mo_exc_TypeError, "exec() globals must be a dict, not %T", *globals);
            else
                mo_err_format(&mo_exc_TypeError, "globals must be a dict");
            return -1;
        }
        if (*locals == MO_NULL || *locals == MO_NONE)
            *locals = *globals;
    }
    if (!mo_type(*locals)->getitem) {
        if (is_exec)
            mo_err_format(&mo_exc_TypeError, "locals must be a mapping or None, not %T", *locals);
        else
            mo_err_format(&mo_exc_TypeError, "locals must be a mapping");
        return -1;
    }
    Value b = mo_dict_get_cstr(*globals, "__builtins__");
    if (b == V_ERR)
        return -1;
    if (b == MO_NULL) {
        Frame *f = mo_ts->frame;
        Value builtins = f ? f->builtins : mo_builtins_dict;
        if (mo_dict_set_cstr(*globals, "__builtins__", builtins) < 0)
            return -1;
    }
    return 0;
}

static Value exec_or_eval(const char *fname, const Value *args, size_t nargs, Value kwnames, bool is_eval) {
    Value src = args[0];
    Value globals = nargs > 1 ? args[1] : MO_NULL;
    Value locals = nargs > 2 ? args[2] : MO_NULL;
    if (resolve_namespaces(fname, &globals, &locals) < 0)
        return V_ERR;
    Value code;
    if (mo_is_exact(src, &mo_code_type)) {
        code = src;
        if (mo_code_obj(code)->nfreevars > 0)
            return mo_err_format(&mo_exc_TypeError, "code object passed to %s() may not contain free variables",
                                 fname);
    } else {
        const char *text;
        size_t len;
        bool is_str;
        if (!source_text(src, &text, &len, &is_str))
            return mo_err_format(&mo_exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
        if (is_eval) {
            // eval() ignores leading spaces and tabs, so an indented
            // expression is not an IndentationError.
            while (len > 0 && (*text == ' ' || *text == '\t')) {
                text++;
                len--;
            }
        }
        int mode = is_eval ? MO_PARSE_EVAL : MO_PARSE_FILE;
        if (is_str)
            mode |= MO_PARSE_FLAG_STRING;
        code = mo_compile_source(text, len, "<string>", mode);
        if (code == V_ERR)
            return V_ERR;
    }
    Value r = mo_call_run_code(code, globals, locals);
    if (r == V_ERR)
        return V_ERR;
    return is_eval ? r : MO_NONE;
}

MO_BUILTIN(eval) {
    if (mo_args_check("eval", nargs, kwnames, 1, 3) < 0)
        return V_ERR;
    return exec_or_eval("eval", args, nargs, kwnames, true);
}

MO_BUILTIN(exec) {
    static const char *const names[] = {"source", "globals", "locals", "closure"};
    Value a[4];
    if (nargs > 3)
        return mo_err_format(&mo_exc_TypeError, "exec expected at most 3 arguments, got %zu", nargs);
    if (mo_args_bind_posonly("exec", args, nargs, kwnames, names, 4, 3, 3, 1, a) < 0)
        return V_ERR;
    if (a[3] != MO_NULL && a[3] != MO_NONE)
        return mo_err_format(&mo_exc_TypeError, "cannot use a closure with this code object");
    size_t n = a[2] != MO_NULL ? 3 : a[1] != MO_NULL ? 2 : 1;
    if (a[2] != MO_NULL && a[1] == MO_NULL)
        a[1] = MO_NONE;
    return exec_or_eval("exec", a, n, MO_NULL, false);
}

MO_BUILTIN(compile) {
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize",
                                        "_feature_version"};
    Value a[7];
    if (mo_args_bind("compile", args, nargs, kwnames, names, 7, 6, 3, a) < 0)
        return V_ERR;
    const char *text;
    size_t len;
    bool is_str;
    if (!source_text(a[0], &text, &len, &is_str))
        return mo_err_format(&mo_exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
    Value filename = a[1];
    if (mo_is_bytes(filename)) {
        filename = mo_str_decode_utf8(mo_bytes_data(filename), (size_t)mo_bytes_size(filename));
        if (filename == V_ERR)
            return V_ERR;
    } else if (!mo_is_str(filename)) {
        return mo_err_format(&mo_exc_TypeError, "expected str, bytes or os.PathLike object, not %T", filename);
    }
    if (!mo_is_str(a[2]))
        return mo_err_format(&mo_exc_TypeError, "compile() argument 'mode' must be str, not %T", a[2]);
    int mode;
    if (mo_str_eq_cstr(a[2], "exec"))
        mode = MO_PARSE_FILE;
    else if (mo_str_eq_cstr(a[2], "eval"))
        mode = MO_PARSE_EVAL;
    else if (mo_str_eq_cstr(a[2], "single"))
        mode = MO_PARSE_SINGLE;
    else
        return mo_err_format(&mo_exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    if (a[3] != MO_NULL) {
        int64_t flags;
        if (mo_index_i64(a[3], &flags) < 0)
            return V_ERR;
        // ast.PyCF_ONLY_AST: there is no ast module to return objects of.
        if (flags & 0x400)
            return mo_err_format(&mo_exc_NotImplementedError, "compile(): ast.PyCF_ONLY_AST is not supported");
    }
    if (is_str)
        mode |= MO_PARSE_FLAG_STRING;
    return mo_compile_source(text, len, mo_str_data(filename), mode);
}

// --------------------------------------------------------- __build_class__

// PEP 560: a base that is not a class may stand for others through
// __mro_entries__. Returns `bases` itself when nothing changes.
static Value update_bases(Value bases) {
    int64_t n = mo_tuple_size(bases);
    Value list = MO_NULL;
    Value name = mo_str_intern_cstr("__mro_entries__");
    for (int64_t i = 0; i < n; i++) {
        Value b = mo_tuple_items(bases)[i];
        Value entries = MO_NULL;
        if (!mo_is_type(b)) {
            Value meth = mo_lookup_attr(b, name);
            if (meth == V_ERR)
                return V_ERR;
            if (meth != MO_NULL) {
                entries = mo_call1(meth, bases);
                if (entries == V_ERR)
                    return V_ERR;
                if (!mo_is_tuple(entries))
                    return mo_err_format(&mo_exc_TypeError, "__mro_entries__ must return a tuple");
            }
        }
        if (entries == MO_NULL) {
            if (list != MO_NULL && mo_list_append(list, b) < 0)
                return V_ERR;
            continue;
        }
        if (list == MO_NULL) {
            list = mo_list_from_array(mo_tuple_items(bases), (size_t)i);
            if (list == V_ERR)
                return V_ERR;
        }
        if (mo_list_extend(list, entries) < 0)
            return V_ERR;
    }
    if (list == MO_NULL)
        return bases;
    return mo_list_as_tuple(list);
}

// The most derived of `meta` and the metaclasses of the bases.
static TypeObject *calculate_metaclass(TypeObject *meta, Value bases) {
    TypeObject *winner = meta;
    for (int64_t i = 0; i < mo_tuple_size(bases); i++) {
        TypeObject *t = mo_type(mo_tuple_items(bases)[i]);
        if (mo_type_is_subtype(winner, t))
            continue;
        if (mo_type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        mo_err_format(&mo_exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                                         "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

MO_BUILTIN(build_class) {
    if (nargs < 2)
        return mo_err_format(&mo_exc_TypeError, "__build_class__: not enough arguments");
    Value func = args[0], name = args[1];
    if (!mo_is_exact(func, &mo_function_type))
        return mo_err_format(&mo_exc_TypeError, "__build_class__: func must be a function");
    if (!mo_is_str(name))
        return mo_err_format(&mo_exc_TypeError, "__build_class__: name is not a string");
    Value orig_bases = mo_tuple_from_array(args + 2, nargs - 2);
    if (orig_bases == V_ERR)
        return V_ERR;
    Value bases = update_bases(orig_bases);
    if (bases == V_ERR)
        return V_ERR;

    // Split metaclass= from the keywords passed on to the metaclass. The
    // argument arrays live in scratch tuples (never seen by Python code):
    // prepare_args = name, bases, kwds…; meta_args = name, bases, ns, kwds….
    size_t nkw = mo_args_nkw(kwnames);
    Value meta = MO_NULL;
    Value prepare_buf = mo_tuple_new(2 + nkw), meta_buf = mo_tuple_new(3 + nkw);
    if (prepare_buf == V_ERR || meta_buf == V_ERR)
        return V_ERR;
    Value *prepare_args = mo_tuple_items(prepare_buf), *meta_args = mo_tuple_items(meta_buf);
    size_t nrest = 0;
    Value rest_names = MO_NULL;
    if (nkw) {
        rest_names = mo_tuple_new(nkw);
        if (rest_names == V_ERR)
            return V_ERR;
        for (size_t i = 0; i < nkw; i++) {
            Value k = mo_tuple_items(kwnames)[i];
            if (mo_str_eq_cstr(k, "metaclass")) {
                meta = args[nargs + i];
                continue;
            }
            mo_tuple_items(rest_names)[nrest] = k;
            prepare_args[2 + nrest] = args[nargs + i];
            meta_args[3 + nrest] = args[nargs + i];
            nrest++;
        }
        if (nrest == 0) {
            rest_names = MO_NULL;
        } else if (nrest < nkw) {
            rest_names = mo_tuple_from_array(mo_tuple_items(rest_names), nrest);
            if (rest_names == V_ERR)
                return V_ERR;
        }
    }
    bool is_class;
    if (meta == MO_NULL) {
        meta = mo_tuple_size(bases) == 0 ? mo_obj(&mo_type_type) : mo_obj(mo_type(mo_tuple_items(bases)[0]));
        is_class = true;
    } else {
        is_class = mo_is_type(meta);
    }
    if (is_class) {
        TypeObject *winner = calculate_metaclass((TypeObject *)mo_ptr(meta), bases);
        if (!winner)
            return V_ERR;
        meta = mo_obj(winner);
    }

    // The namespace: metaclass.__prepare__(name, bases, **kwds), or a dict.
    Value ns;
    Value prepare = mo_lookup_attr(meta, mo_str_intern_cstr("__prepare__"));
    if (prepare == V_ERR)
        return V_ERR;
    prepare_args[0] = name;
    prepare_args[1] = bases;
    if (prepare == MO_NULL) {
        ns = mo_dict_new();
    } else {
        ns = mo_call(prepare, prepare_args, 2, rest_names);
        if (ns != V_ERR && !mo_type(ns)->getitem)
            return mo_err_format(&mo_exc_TypeError, "%s.__prepare__() must return a mapping, not %T",
                                 is_class ? ((TypeObject *)mo_ptr(meta))->name : "<metaclass>", ns);
    }
    if (ns == V_ERR)
        return V_ERR;

    Value cell = mo_call_run_body(func, ns);
    if (cell == V_ERR)
        return V_ERR;
    if (bases != orig_bases && mo_setitem(ns, mo_str_intern_cstr("__orig_bases__"), orig_bases) < 0)
        return V_ERR;

    meta_args[0] = name;
    meta_args[1] = bases;
    meta_args[2] = ns;
    Value cls = mo_call(meta, meta_args, 3, rest_names);
    if (cls == V_ERR)
        return V_ERR;
    if (mo_is_exact(cell, &mo_cell_type) && mo_is_type(cls)) {
        CellObject *c = mo_cell_obj(cell);
        if (c->ref == MO_NULL)
            c->ref = cls;
        else if (c->ref != cls)
            return mo_err_format(&mo_exc_TypeError, "__class__ set to %R defining %R as %R", c->ref, name, cls);
    }
    return cls;
}

// -------------------------------------------------------------- __import__

MO_BUILTIN(import) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    Value a[5];
    if (mo_args_bind("__import__", args, nargs, kwnames, names, 5, 5, 1, a) < 0)
        return V_ERR;
    if (!mo_is_str(a[0]))
        return mo_err_format(&mo_exc_TypeError, "module name must be a string");
    int64_t level = 0;
    if (a[4] != MO_NULL && mo_index_i64(a[4], &level) < 0)
        return V_ERR;
    if (level < 0)
        return mo_err_format(&mo_exc_ValueError, "level must be >= 0");
    if (mo_str_len(a[0]) == 0 && level == 0)
        return mo_err_format(&mo_exc_ValueError, "Empty module name");
    Value globals = a[1];
    if (globals == MO_NULL || globals == MO_NONE) {
        // No package context: an empty namespace.
        globals = mo_dict_new();
        if (globals == V_ERR)
            return V_ERR;
    } else if (!mo_is_dict(globals)) {
        return mo_err_format(&mo_exc_TypeError, "globals must be a dict");
    }
    Value fromlist = a[3] == MO_NULL ? mo_tuple_empty : a[3];
    return mo_import_module(a[0], globals, fromlist, level);
}
