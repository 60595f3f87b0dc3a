// src/objects/args.h — argument checking for built-in functions and methods.
//
// Built-ins receive the call convention of object.h (positional args, then
// one value per name in `kwnames`). These helpers raise the TypeErrors CPython
// raises for bad calls, so built-ins don't each spell them out.
#ifndef MO_ARGS_H
#define MO_ARGS_H

#include <stddef.h>

#include "objects/object.h"

// "f() takes no keyword arguments" unless kwnames is MO_NULL or empty.
int mo_args_no_kw(const char *fname, Value kwnames);
// Positional count in [min, max], with CPython's wording:
//   "len() takes exactly one argument (2 given)",
//   "f expected at most 2 arguments, got 3", "f expected 1 argument, got 0".
// Also rejects keywords. Returns -1 with TypeError.
int mo_args_check(const char *fname, size_t nargs, Value kwnames, size_t min, size_t max);
// Binds to named parameters: `names[0 .. nnames)`; the first `maxpos` may be
// passed positionally, the rest only by keyword; the first `nrequired` must be
// given. Unfilled parameters are set to MO_NULL in `out`. Raises the
// TypeErrors of CPython's Argument Clinic, in its order, for extra and
// missing arguments, duplicates and unknown keywords ("'x' is an invalid
// keyword argument for f()").
int mo_args_bind(const char *fname, const Value *args, size_t nargs, Value kwnames,
                 const char *const *names, size_t nnames, size_t maxpos,
                 size_t nrequired, Value *out);
// The same where the first `posonly` parameters are positional-only
// (`sum(iterable, /, start=0)`).
int mo_args_bind_posonly(const char *fname, const Value *args, size_t nargs, Value kwnames,
                         const char *const *names, size_t nnames, size_t posonly, size_t maxpos,
                         size_t nrequired, Value *out);
// Number of keyword arguments.
static inline size_t mo_args_nkw(Value kwnames);

#include "objects/tuple.h"
static inline size_t mo_args_nkw(Value kwnames) {
    return kwnames == MO_NULL ? 0 : (size_t)mo_tuple_size(kwnames);
}

#endif
