// src/modules/builtins_num.c — the numeric and aggregating built-ins: abs,
// divmod, pow, round, sum, min, max, sorted, all, any, bin, oct, hex, chr,
// ord.
//
// sum() keeps CPython's fast paths and their exact semantics: while the
// running total and the items are ints it adds machine integers (checking
// overflow), while the total is a float it adds doubles (plain addition, as
// 3.11 does: sum([0.1] * 10) is 0.9999999999999999); anything else goes
// through the generic `+`.
//
// Read next: src/modules/builtins_code.c.
#include <limits.h>

#include "modules/builtins.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"

MO_BUILTIN(abs) {
    if (mo_args_check("abs", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return mo_unop(args[0], MO_UNOP_ABS);
}

// ------------------------------------------------------------------ divmod

static bool is_builtin_number(Value v) {
    TypeObject *t = mo_type(v);
    return t == &mo_int_type || t == &mo_bool_type || t == &mo_float_type;
}

// Tries type(obj).<name>(obj, other); MO_NOTIMPL when it has none.
static Value try_dunder(Value obj, Value name, Value other) {
    if (mo_type_lookup(mo_type(obj), name) == MO_NULL)
        return MO_NOTIMPL;
    return mo_call_method(obj, name, &other, 1, MO_NULL);
}

MO_BUILTIN(divmod) {
    if (mo_args_check("divmod", nargs, kwnames, 2, 2) < 0)
        return V_ERR;
    Value a = args[0], b = args[1];
    if (is_builtin_number(a) && is_builtin_number(b)) {
        // x // y and x % y agree with divmod for ints and floats (CPython
        // computes float // and % through divmod itself); only the message
        // for a zero float divisor differs.
        if (mo_is_float(a) || mo_is_float(b)) {
            double d;
            if (mo_to_double(b, &d) < 0)
                return V_ERR;
            if (d == 0.0)
                return mo_err_format(&mo_exc_ZeroDivisionError, "float divmod()");
        }
        Value q = mo_binop(a, b, MO_OP_FLOORDIV);
        if (q == V_ERR)
            return V_ERR;
        Value r = mo_binop(a, b, MO_OP_MOD);
        if (r == V_ERR)
            return V_ERR;
        return mo_tuple_pack(2, q, r);
    }
    // The binary operator protocol over __divmod__ / __rdivmod__: a right
    // operand whose type is a subclass of the left's goes first.
    Value fwd = mo_str_intern_cstr("__divmod__"), rev = mo_str_intern_cstr("__rdivmod__");
    TypeObject *ta = mo_type(a), *tb = mo_type(b);
    bool b_first = ta != tb && mo_type_is_subtype(tb, ta);
    Value r;
    if (b_first) {
        r = try_dunder(b, rev, a);
        if (r != MO_NOTIMPL)
            return r;
    }
    r = try_dunder(a, fwd, b);
    if (r != MO_NOTIMPL)
        return r;
    if (ta != tb && !b_first) {
        r = try_dunder(b, rev, a);
        if (r != MO_NOTIMPL)
            return r;
    }
    return mo_err_format(&mo_exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", ta->name,
                         tb->name);
}

MO_BUILTIN(pow) {
    static const char *const names[] = {"base", "exp", "mod"};
    if (nargs > 3)
        return mo_err_format(&mo_exc_TypeError, "pow() takes at most 3 arguments (%zu given)", nargs);
    Value a[3];
    if (mo_args_bind("pow", args, nargs, kwnames, names, 3, 3, 2, a) < 0)
        return V_ERR;
    return mo_pow3(a[0], a[1], a[2]);
}

MO_BUILTIN(round) {
    static const char *const names[] = {"number", "ndigits"};
    Value a[2];
    if (mo_args_bind("round", args, nargs, kwnames, names, 2, 2, 1, a) < 0)
        return V_ERR;
    Value name = mo_str_intern_cstr("__round__");
    if (mo_type_lookup(mo_type(a[0]), name) == MO_NULL)
        return mo_err_format(&mo_exc_TypeError, "type %s doesn't define __round__ method", mo_type_name(a[0]));
    if (a[1] == MO_NULL || a[1] == MO_NONE)
        return mo_call_method(a[0], name, NULL, 0, MO_NULL);
    return mo_call_method(a[0], name, &a[1], 1, MO_NULL);
}

// --------------------------------------------------------------------- sum

MO_BUILTIN(sum) {
    static const char *const names[] = {"iterable", "start"};
    Value a[2];
    if (mo_args_bind_posonly("sum", args, nargs, kwnames, names, 2, 1, 2, 1, a) < 0)
        return V_ERR;
    Value result = a[1] == MO_NULL ? mo_smallint(0) : a[1];
    if (mo_is_str(result))
        return mo_err_format(&mo_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (mo_is_bytes(result))
        return mo_err_format(&mo_exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (mo_is_bytearray(result))
        return mo_err_format(&mo_exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    Value it = mo_iter(a[0]);
    if (it == V_ERR)
        return V_ERR;
    Value item;

    // Ints: a machine-word total while the items are ints.
    if (mo_is_smallint(result)) {
        int64_t acc = mo_smallint_val(result);
        for (;;) {
            item = mo_next(it);
            if (item == MO_NULL)
                return mo_int_from_i64(acc);
            if (item == V_ERR)
                return V_ERR;
            int64_t v;
            if (mo_is_smallint(item))
                v = mo_smallint_val(item);
            else if (mo_is_bool(item))
                v = item == MO_TRUE;
            else
                goto int_slow;
            int64_t sum;
            if (__builtin_add_overflow(acc, v, &sum))
                goto int_slow;
            acc = sum;
            continue;
        int_slow:
            result = mo_binop(mo_int_from_i64(acc), item, MO_OP_ADD);
            if (result == V_ERR)
                return V_ERR;
            break;
        }
    }

    // Floats: a double total while the items are floats or small ints.
    if (mo_is_float(result)) {
        double acc = mo_float_val(result);
        for (;;) {
            item = mo_next(it);
            if (item == MO_NULL)
                return mo_float(acc);
            if (item == V_ERR)
                return V_ERR;
            if (mo_is_float(item)) {
                acc += mo_float_val(item);
                continue;
            }
            if (mo_is_smallint(item)) {
                acc += (double)mo_smallint_val(item);
                continue;
            }
            if (mo_is_bool(item)) {
                acc += item == MO_TRUE;
                continue;
            }
            result = mo_binop(mo_float(acc), item, MO_OP_ADD);
            if (result == V_ERR)
                return V_ERR;
            break;
        }
    }

    while ((item = mo_next(it)) != MO_NULL) {
        if (item == V_ERR)
            return V_ERR;
        result = mo_binop(result, item, MO_OP_ADD);
        if (result == V_ERR)
            return V_ERR;
    }
    return result;
}

// ----------------------------------------------------------------- min/max

static Value min_max(const Value *args, size_t nargs, Value kwnames, bool is_max) {
    const char *name = is_max ? "max" : "min";
    Value key = MO_NULL, deflt = MO_NULL;
    size_t nkw = mo_args_nkw(kwnames);
    for (size_t i = 0; i < nkw; i++) {
        Value k = mo_tuple_items(kwnames)[i];
        if (mo_str_eq_cstr(k, "key"))
            key = args[nargs + i];
        else if (mo_str_eq_cstr(k, "default"))
            deflt = args[nargs + i];
        else
            return mo_err_format(&mo_exc_TypeError, "'%U' is an invalid keyword argument for %s()", k, name);
    }
    if (nargs == 0)
        return mo_err_format(&mo_exc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (nargs > 1 && deflt != MO_NULL)
        return mo_err_format(&mo_exc_TypeError,
                             "Cannot specify a default for %s() with multiple positional arguments", name);
    if (key == MO_NONE)
        key = MO_NULL;
    Value it = MO_NULL;
    if (nargs == 1) {
        it = mo_iter(args[0]);
        if (it == V_ERR)
            return V_ERR;
    }
    int op = is_max ? MO_CMP_GT : MO_CMP_LT;
    Value best = MO_NULL, best_key = MO_NULL;
    for (size_t i = 0;; i++) {
        Value item;
        if (it != MO_NULL) {
            item = mo_next(it);
            if (item == MO_NULL)
                break;
            if (item == V_ERR)
                return V_ERR;
        } else {
            if (i == nargs)
                break;
            item = args[i];
        }
        Value k = item;
        if (key != MO_NULL) {
            k = mo_call1(key, item);
            if (k == V_ERR)
                return V_ERR;
        }
        if (best == MO_NULL) {
            best = item;
            best_key = k;
            continue;
        }
        // Ties keep the first item: only a strictly better key replaces it.
        int better = mo_compare(k, best_key, op);
        if (better < 0)
            return V_ERR;
        if (better) {
            best = item;
            best_key = k;
        }
    }
    if (best != MO_NULL)
        return best;
    if (deflt != MO_NULL)
        return deflt;
    return mo_err_format(&mo_exc_ValueError, "%s() arg is an empty sequence", name);
}

MO_BUILTIN(min) { return min_max(args, nargs, kwnames, false); }
MO_BUILTIN(max) { return min_max(args, nargs, kwnames, true); }

MO_BUILTIN(sorted) {
    if (nargs != 1)
        return mo_err_format(&mo_exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    // As in CPython: the list first, then list.sort's own argument checks.
    Value list = mo_list_from_iterable(args[0]);
    if (list == V_ERR)
        return V_ERR;
    static const char *const names[] = {"key", "reverse"};
    Value a[2];
    if (mo_args_bind("sort", args + 1, 0, kwnames, names, 2, 0, 0, a) < 0)
        return V_ERR;
    Value key = a[0] == MO_NONE ? MO_NULL : a[0];
    int64_t reverse = 0;
    if (a[1] != MO_NULL) {
        if (mo_is_float(a[1]))
            return mo_err_format(&mo_exc_TypeError, "'float' object cannot be interpreted as an integer");
        if (mo_index_clamped(a[1], &reverse) < 0)
            return V_ERR;
    }
    if (mo_list_sort(list, key, reverse != 0) < 0)
        return V_ERR;
    return list;
}

// ------------------------------------------------------------------ all/any

static Value all_any(const char *name, const Value *args, size_t nargs, Value kwnames, bool want) {
    if (mo_args_check(name, nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value it = mo_iter(args[0]);
    if (it == V_ERR)
        return V_ERR;
    Value item;
    while ((item = mo_next(it)) != MO_NULL) {
        if (item == V_ERR)
            return V_ERR;
        int t = mo_truth(item);
        if (t < 0)
            return V_ERR;
        if (t == want)
            return mo_bool(want);
    }
    return mo_bool(!want);
}

MO_BUILTIN(all) { return all_any("all", args, nargs, kwnames, false); }
MO_BUILTIN(any) { return all_any("any", args, nargs, kwnames, true); }

// ------------------------------------------------------ bin/oct/hex, chr/ord

static Value int_in_base(const char *name, const Value *args, size_t nargs, Value kwnames, int base) {
    if (mo_args_check(name, nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value i = mo_number_index(args[0]);
    if (i == V_ERR)
        return V_ERR;
    return mo_int_to_base_str(i, base);
}

MO_BUILTIN(bin) { return int_in_base("bin", args, nargs, kwnames, 2); }
MO_BUILTIN(oct) { return int_in_base("oct", args, nargs, kwnames, 8); }
MO_BUILTIN(hex) { return int_in_base("hex", args, nargs, kwnames, 16); }

MO_BUILTIN(chr) {
    if (mo_args_check("chr", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value i = mo_number_index(args[0]);
    if (i == V_ERR)
        return V_ERR;
    int64_t cp;
    if (mo_int_to_i64(i, &cp) < 0 || cp > INT_MAX || cp < INT_MIN) {
        mo_err_clear();
        return mo_err_format(&mo_exc_OverflowError, "Python int too large to convert to C int");
    }
    if (cp < 0 || cp > 0x10FFFF)
        return mo_err_format(&mo_exc_ValueError, "chr() arg not in range(0x110000)");
    return mo_str_from_codepoint((uint32_t)cp);
}

MO_BUILTIN(ord) {
    if (mo_args_check("ord", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value c = args[0];
    int64_t len;
    if (mo_is_str(c)) {
        len = mo_str_len(c);
        if (len == 1)
            return mo_smallint(mo_str_char(c, 0));
    } else if (mo_is_bytes(c) || mo_is_bytearray(c)) {
        const char *data = NULL;
        len = 0;
        mo_bytes_like(c, &data, &len);
        if (len == 1)
            return mo_smallint((unsigned char)data[0]);
    } else {
        return mo_err_format(&mo_exc_TypeError, "ord() expected string of length 1, but %T found", c);
    }
    return mo_err_format(&mo_exc_TypeError, "ord() expected a character, but string of length %lld found",
                         (long long)len);
}
