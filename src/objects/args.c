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
    return mo_args_bind_posonly(fname, args, nargs, kwnames, names, nnames, 0, maxpos, nrequired, out);
}

// The checks run in the order of CPython's Argument Clinic parser, so that
// a call with several mistakes reports the same one: too many arguments in
// all, too many positional ones, too few positional-only ones, then each
// parameter in order (a missing required one), then the keywords left over
// (one that repeats a positional argument, else an unknown name).
int mo_args_bind_posonly(const char *fname, const Value *args, size_t nargs, Value kwnames,
                         const char *const *names, size_t nnames, size_t posonly, size_t maxpos,
                         size_t nrequired, Value *out) {
    for (size_t i = 0; i < nnames; i++)
        out[i] = MO_NULL;
    size_t nkw = mo_args_nkw(kwnames);
    size_t minpos = nrequired < maxpos ? nrequired : maxpos;
    size_t minposonly = nrequired < posonly ? nrequired : posonly;
    if (nargs + nkw > nnames) {
        mo_err_format(&mo_exc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname, nnames,
                      nargs == 0 ? "keyword " : "", nnames == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    if (nargs > maxpos) {
        if (maxpos == 0)
            mo_err_format(&mo_exc_TypeError, "%s() takes no positional arguments", fname);
        else
            mo_err_format(&mo_exc_TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname,
                          minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs < minposonly) {
        mo_err_format(&mo_exc_TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname,
                      minposonly < maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s",
                      nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++)
        out[i] = args[i];
    size_t left = nkw;
    for (size_t i = nargs > posonly ? nargs : posonly; i < nnames; i++) {
        for (size_t k = 0; k < nkw; k++)
            if (mo_str_eq_cstr(mo_tuple_items(kwnames)[k], names[i])) {
                out[i] = args[nargs + k];
                left--;
                break;
            }
        if (out[i] == MO_NULL && i < nrequired) {
            mo_err_format(&mo_exc_TypeError, "%s() missing required argument '%s' (pos %zu)", fname, names[i],
                          i + 1);
            return -1;
        }
    }
    if (left == 0)
        return 0;
    for (size_t i = posonly; i < nargs; i++)
        for (size_t k = 0; k < nkw; k++)
            if (mo_str_eq_cstr(mo_tuple_items(kwnames)[k], names[i])) {
                mo_err_format(&mo_exc_TypeError, "argument for %s() given by name ('%s') and position (%zu)",
                              fname, names[i], i + 1);
                return -1;
            }
    for (size_t k = 0; k < nkw; k++) {
        Value key = mo_tuple_items(kwnames)[k];
        size_t i = posonly > nargs ? posonly : nargs;
        while (i < nnames && !mo_str_eq_cstr(key, names[i]))
            i++;
        if (i == nnames) {
            mo_err_format(&mo_exc_TypeError, "'%U' is an invalid keyword argument for %s()", key, fname);
            return -1;
        }
    }
    return 0;
}
