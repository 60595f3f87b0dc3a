// src/vm/import.c — finding, compiling and running modules (import.h).
#include "vm/import.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "front/compile.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/error.h"
#include "vm/call.h"

static bool is_file(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

// Where CPython would cache the bytecode of `path` (dir/__pycache__/
// name.cpython-311.pyc), for `__cached__`; nothing is written there.
static Value cached_path(const char *path) {
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t stem = dot ? (size_t)(dot - base) : strlen(base);
    char buf[4096];
    int w = snprintf(buf, sizeof buf, "%.*s__pycache__/%.*s.cpython-311.pyc", slash ? (int)(base - path) : 0, path,
                     (int)stem, base);
    if (w < 0 || (size_t)w >= sizeof buf)
        return MO_NONE;
    return mo_str_from_cstr(buf);
}

// Compiles and runs a source file as module `name`, registered in
// sys.modules before its code runs (so import cycles see it).
static Value exec_file_module(const char *path, Value name, bool package) {
    Value code = mo_compile_file(path);
    if (code == V_ERR)
        return V_ERR;
    Value m = mo_module_new(name);
    if (m == V_ERR)
        return V_ERR;
    // The entries a module starts with, in CPython's order (there is no
    // import machinery object behind __loader__ and __spec__: None).
    Value dict = mo_module_dict(m);
    Value pkg;
    if (package) {
        pkg = name;
    } else {
        const char *n = mo_str_data(name);
        const char *dot = strrchr(n, '.');
        pkg = dot ? mo_str_new(n, (size_t)(dot - n)) : mo_str_empty;
    }
    if (pkg == V_ERR || mo_dict_set_cstr(dict, "__package__", pkg) < 0 ||
        mo_dict_set_cstr(dict, "__loader__", MO_NONE) < 0 || mo_dict_set_cstr(dict, "__spec__", MO_NONE) < 0)
        return V_ERR;
    if (package) {
        char dir[4096];
        snprintf(dir, sizeof dir, "%s", path);
        char *slash = strrchr(dir, '/');
        if (slash)
            *slash = '\0';
        Value d = mo_str_from_cstr(dir);
        Value l = d == V_ERR ? V_ERR : mo_list_from_array(&d, 1);
        if (l == V_ERR || mo_dict_set_cstr(dict, "__path__", l) < 0)
            return V_ERR;
    }
    Value file = mo_str_from_cstr(path);
    Value cached = cached_path(path);
    if (file == V_ERR || cached == V_ERR || mo_dict_set_cstr(dict, "__file__", file) < 0 ||
        mo_dict_set_cstr(dict, "__cached__", cached) < 0 ||
        mo_dict_set_cstr(dict, "__builtins__", mo_module_builtin("builtins")) < 0)
        return V_ERR;
    if (mo_dict_set(mo_modules, name, m) < 0)
        return V_ERR;
    Value r = mo_call_run_code(code, dict, dict);
    if (r == V_ERR) {
        mo_dict_del(mo_modules, name);
        return V_ERR;
    }
    // The module may have replaced itself in sys.modules.
    Value final = mo_dict_get(mo_modules, name);
    return final == MO_NULL || final == V_ERR ? m : final;
}

Value mo_import_run_file(const char *path, const char *name) {
    Value n = mo_str_intern_cstr(name);
    if (n == V_ERR)
        return V_ERR;
    return exec_file_module(path, n, false);
}

// The directories to search: the package's __path__ for a submodule, else
// sys.path.
static Value search_path(Value parent) {
    if (parent != MO_NULL) {
        Value p = mo_lookup_attr(parent, mo_str_intern_cstr("__path__"));
        return p;
    }
    Value sys = mo_module_builtin("sys");
    if (sys == V_ERR || sys == MO_NULL)
        return sys;
    return mo_lookup_attr(sys, mo_str_intern_cstr("path"));
}

// Imports one dotted name whose parent (if any) is already imported.
static Value import_one(Value fullname, Value parent, const char *last) {
    Value m = mo_dict_get(mo_modules, fullname);
    if (m == V_ERR)
        return V_ERR;
    if (m != MO_NULL)
        return m;
    if (parent == MO_NULL) {
        m = mo_module_builtin(mo_str_data(fullname));
        if (m != MO_NULL)
            return m;
    }
    Value path = search_path(parent);
    if (path == V_ERR)
        return V_ERR;
    if (path != MO_NULL && path != MO_NONE) {
        Value it = mo_iter(path);
        if (it == V_ERR)
            return V_ERR;
        Value dir;
        while ((dir = mo_next(it)) != MO_NULL) {
            if (dir == V_ERR)
                return V_ERR;
            if (!mo_is_str(dir))
                continue;
            // Relative entries ("" and "." are the working directory) are
            // made absolute, as CPython's path finder does (__file__ shows it).
            char buf[4096], absdir[4096];
            const char *d = mo_str_size(dir) ? mo_str_data(dir) : ".";
            if (d[0] != '/' && getcwd(absdir, sizeof absdir)) {
                size_t l = strlen(absdir);
                if (strcmp(d, ".") != 0)
                    snprintf(absdir + l, sizeof absdir - l, "/%s", d);
                d = absdir;
            }
            // (A path too long for buf is not a module here.)
            int n = snprintf(buf, sizeof buf, "%s/%s/__init__.py", d, last);
            if (n > 0 && (size_t)n < sizeof buf && is_file(buf))
                return exec_file_module(buf, fullname, true);
            n = snprintf(buf, sizeof buf, "%s/%s.py", d, last);
            if (n > 0 && (size_t)n < sizeof buf && is_file(buf))
                return exec_file_module(buf, fullname, false);
        }
    }
    // Mosaic's own library of modules written in Python (lib/), after
    // sys.path, for top-level imports.
    if (parent == MO_NULL) {
        char buf[4096];
        int w = snprintf(buf, sizeof buf, "%s/%s/__init__.py", mo_import_lib_dir(), last);
        if (w > 0 && (size_t)w < sizeof buf && is_file(buf))
            return exec_file_module(buf, fullname, true);
        w = snprintf(buf, sizeof buf, "%s/%s.py", mo_import_lib_dir(), last);
        if (w > 0 && (size_t)w < sizeof buf && is_file(buf))
            return exec_file_module(buf, fullname, false);
    }
    mo_err_format(&mo_exc_ModuleNotFoundError, "No module named '%U'", fullname);
    return mo_import_error_names(fullname, MO_NULL);
}

Value mo_import_error_names(Value name, Value path) {
    Value exc = mo_err_fetch();
    if (exc == MO_NULL)
        return V_ERR;
    if (mo_is_exception(exc)) {
        Value dict = mo_exc_obj(exc)->dict;
        if ((name != MO_NULL && mo_dict_set_cstr(dict, "name", name) < 0) ||
            (path != MO_NULL && mo_dict_set_cstr(dict, "path", path) < 0))
            return V_ERR;
    }
    return mo_err_set(exc);
}

// lib/ next to the executable (build/<config>/mosaic → ../../lib), else the
// source tree's, fixed at build time.
const char *mo_import_lib_dir(void) {
    static char dir[4096];
    if (dir[0])
        return dir;
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        for (int up = 1; up <= 3; up++) {
            char *slash = strrchr(exe, '/');
            if (!slash)
                break;
            *slash = '\0';
            // A directory named lib is ours only if it holds our modules
            // (a binary copied to /tmp must not take the system's /lib).
            char marker[4096 + 16];
            int w = snprintf(dir, sizeof dir, "%s/lib", exe);
            struct stat st;
            if (w > 0 && (size_t)w < sizeof dir && stat(dir, &st) == 0 && S_ISDIR(st.st_mode)) {
                snprintf(marker, sizeof marker, "%s/abc.py", dir);
                if (stat(marker, &st) == 0 && S_ISREG(st.st_mode))
                    return dir;
            }
        }
    }
    snprintf(dir, sizeof dir, "%s", MO_LIB_DIR);
    return dir;
}

Value mo_import_module(Value name, Value globals, Value fromlist, int64_t level) {
    if (!mo_is_str(name))
        return mo_err_format(&mo_exc_TypeError, "module name must be str, not %T", name);
    Value full = name;
    if (level > 0) {
        // Relative import: resolve against the importing module's package.
        Value pkg = globals != MO_NULL ? mo_dict_get_cstr(globals, "__package__") : MO_NULL;
        if (pkg == MO_NULL || !mo_is_str(pkg) || mo_str_size(pkg) == 0)
            return mo_err_format(&mo_exc_ImportError, "attempted relative import with no known parent package");
        const char *p = mo_str_data(pkg);
        size_t len = (size_t)mo_str_size(pkg);
        for (int64_t i = 1; i < level; i++) {
            const char *dot = NULL;
            for (size_t k = 0; k < len; k++)
                if (p[k] == '.')
                    dot = p + k;
            if (!dot)
                return mo_err_format(&mo_exc_ImportError, "attempted relative import beyond top-level package");
            len = (size_t)(dot - p);
        }
        Value base = mo_str_new(p, len);
        if (base == V_ERR)
            return V_ERR;
        full = mo_str_size(name) ? mo_str_format("%U.%U", base, name) : base;
        if (full == V_ERR)
            return V_ERR;
    }
    if (mo_str_size(full) == 0)
        return mo_err_format(&mo_exc_ValueError, "Empty module name");
    // Import every prefix: a, a.b, a.b.c.
    const char *s = mo_str_data(full);
    size_t n = (size_t)mo_str_size(full);
    Value top = MO_NULL, parent = MO_NULL, m = MO_NULL;
    size_t start = 0;
    while (start <= n) {
        size_t end = start;
        while (end < n && s[end] != '.')
            end++;
        Value prefix = mo_str_new(s, end);
        char last[1024];
        snprintf(last, sizeof last, "%.*s", (int)(end - start), s + start);
        if (prefix == V_ERR)
            return V_ERR;
        m = import_one(prefix, parent, last);
        if (m == V_ERR)
            return V_ERR;
        if (parent != MO_NULL) {
            Value lastname = mo_str_from_cstr(last);
            if (lastname == V_ERR || mo_setattr(parent, lastname, m) < 0)
                mo_err_clear();
        }
        if (top == MO_NULL)
            top = m;
        parent = m;
        start = end + 1;
    }
    bool has_fromlist = fromlist != MO_NULL && fromlist != MO_NONE && mo_truth(fromlist) > 0;
    if (has_fromlist) {
        // `from pkg import sub` may name submodules not imported yet.
        Value it = mo_iter(fromlist);
        Value item;
        while (it != V_ERR && (item = mo_next(it)) != MO_NULL) {
            if (item == V_ERR || !mo_is_str(item) || mo_str_eq_cstr(item, "*"))
                continue;
            Value has = mo_lookup_attr(m, item);
            if (has != MO_NULL)
                continue;
            Value path = mo_lookup_attr(m, mo_str_intern_cstr("__path__"));
            if (path == MO_NULL || path == V_ERR) {
                mo_err_clear();
                continue;
            }
            Value subname = mo_str_format("%U.%U", full, item);
            if (subname == V_ERR)
                return V_ERR;
            Value sub = import_one(subname, m, mo_str_data(item));
            if (sub == V_ERR) {
                if (mo_err_matches(&mo_exc_ModuleNotFoundError)) {
                    mo_err_clear();
                    continue;
                }
                return V_ERR;
            }
            if (mo_setattr(m, item, sub) < 0)
                return V_ERR;
        }
        return m;
    }
    return level > 0 ? m : top;
}
