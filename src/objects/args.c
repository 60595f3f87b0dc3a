// src/objects/args.c — argument checking for built-ins (see args.h).
#include "objects/args.h"

#include <string.h>

#include "objects/abstract.h"
#include "objects/str.h"
#include "runtime/error.h"

int mo_args_no_kw(const char *fname, Value kwnames) {
    if (mo_args_nkw(kwnames)) {
        mo_err_format(&mo_exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int mo_args_check(const char *fname, size_t nargs, Value kwnames, size_t min, size_t max) {
    if (mo_args_no_kw(fname, kwnames) < 0)
        return -1;
    if (nargs >= min && nargs <= max)
        return 0;
    if (min == max) {
        if (min == 0)
            mo_err_format(&mo_exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
        else if (min == 1)
            mo_err_format(&mo_exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
        else
            mo_err_format(&mo_exc_TypeError, "%s expected %zu arguments, got %zu", fname, min, nargs);
    } else if (nargs < min) {
        mo_err_format(&mo_exc_TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
                      min == 1 ? "" : "s", nargs);
    } else {
        mo_err_format(&mo_exc_TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
                      max == 1 ? "" : "s", nargs);
    }
    return -1;
}

int mo_args_bind(const char *fname, const Value *args, size_t nargs, Value kwnames,
                 const char *const *names, size_t nnames, size_t maxpos, size_t nrequired, Value *out) {
    for (size_t i = 0; i < nnames; i++)
        out[i] = MO_NULL;
    if (nargs > maxpos) {
        if (maxpos == 0)
            mo_err_format(&mo_exc_TypeError, "%s() takes no positional arguments", fname);
        else
            mo_err_format(&mo_exc_TypeError, "%s() takes at most %zu positional argument%s (%zu given)", fname,
                          maxpos, maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    size_t nkw = mo_args_nkw(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        Value key = mo_tuple_items(kwnames)[k];
        size_t i = 0;
        while (i < nnames && !mo_str_eq_cstr(key, names[i]))
            i++;
        if (i == nnames) {
            mo_err_format(&mo_exc_TypeError, "%s() got an unexpected keyword argument '%U'", fname, key);
            return -1;
        }
        if (out[i] != MO_NULL) {
            mo_err_format(&mo_exc_TypeError, "argument for %s() given by name ('%s') and position (%zu)", fname,
                          names[i], i + 1);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    for (size_t i = 0; i < nrequired; i++)
        if (out[i] == MO_NULL) {
            if (i < maxpos)
                mo_err_format(&mo_exc_TypeError, "%s() missing required argument '%s' (pos %zu)", fname, names[i],
                              i + 1);
            else
                mo_err_format(&mo_exc_TypeError, "%s() missing required keyword-only argument '%s'", fname,
                              names[i]);
            return -1;
        }
    return 0;
}
