// src/objects/abstract.c — the generic operations of abstract.h.
//
// Each follows Python's data model: binary operators try the left operand's
// slot, then the right's (the right first when its type is a subclass that
// overrides the operation); comparisons fall back to the reflected
// comparison and finally to identity for == and !=; `in` falls back to
// iteration; truth falls back to __len__.
#include "objects/abstract.h"

#include <stdlib.h>
#include <string.h>

#include "objects/dict.h"
#include "objects/float.h"
#include "objects/genericalias.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/union.h"
#include "runtime/gc.h"
#include "vm/call.h"
#include "vm/state.h"

// ------------------------------------------------------------------- text

Value mo_repr(Value v) {
    TypeObject *t = mo_type(v);
    if (!t->repr)
        return mo_str_format("<%s object at %p>", t->name, mo_is_ptr(v) ? (void *)mo_ptr(v) : NULL);
    if (mo_recursion_enter(" while getting the repr of an object") < 0)
        return V_ERR;
    Value r = t->repr(v);
    mo_recursion_leave();
    if (r != V_ERR && !mo_is_str(r))
        return mo_err_format(&mo_exc_TypeError, "__repr__ returned non-string (type %T)", r);
    return r;
}

Value mo_str(Value v) {
    if (mo_is_exact(v, &mo_str_type))
        return v;
    TypeObject *t = mo_type(v);
    if (!t->str)
        return mo_repr(v);
    if (mo_recursion_enter(" while getting the str of an object") < 0)
        return V_ERR;
    Value r = t->str(v);
    mo_recursion_leave();
    if (r != V_ERR && !mo_is_str(r))
        return mo_err_format(&mo_exc_TypeError, "__str__ returned non-string (type %T)", r);
    return r;
}

Value mo_ascii(Value v) {
    Value r = mo_repr(v);
    if (r == V_ERR || mo_str_is_ascii(r))
        return r;
    StrBuf b = STRBUF_INIT;
    const char *s = mo_str_data(r);
    int64_t pos = 0, n = mo_str_size(r);
    while (pos < n) {
        uint32_t cp = mo_utf8_decode(s, &pos);
        if (cp < 0x80)
            mo_strbuf_putc(&b, (char)cp);
        else if (cp < 0x100)
            mo_strbuf_printf(&b, "\\x%02x", cp);
        else if (cp < 0x10000)
            mo_strbuf_printf(&b, "\\u%04x", cp);
        else
            mo_strbuf_printf(&b, "\\U%08x", cp);
    }
    return mo_str_from_strbuf(&b);
}

// ---------------------------------------------------- hashing, comparison

int64_t mo_hash(Value v) {
    if (mo_is_smallint(v))
        return mo_int_hash(v);
    if (mo_is_exact(v, &mo_str_type))
        return mo_str_hash(v);
    TypeObject *t = mo_type(v);
    if (!t->hash) {
        mo_err_format(&mo_exc_TypeError, "unhashable type: '%s'", t->name);
        return -1;
    }
    return t->hash(v);
}

static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

Value mo_richcompare(Value a, Value b, int op) {
    TypeObject *ta = mo_type(a), *tb = mo_type(b);
    bool checked_reverse = false;
    if (mo_recursion_enter(" in comparison") < 0)
        return V_ERR;
    Value r;
    if (ta != tb && tb->richcompare && mo_type_is_subtype(tb, ta) && tb->richcompare != ta->richcompare) {
        checked_reverse = true;
        r = tb->richcompare(b, a, mo_compare_swapped(op));
        if (r != MO_NOTIMPL)
            goto done;
    }
    if (ta->richcompare) {
        r = ta->richcompare(a, b, op);
        if (r != MO_NOTIMPL)
            goto done;
    }
    if (!checked_reverse && tb->richcompare) {
        r = tb->richcompare(b, a, mo_compare_swapped(op));
        if (r != MO_NOTIMPL)
            goto done;
    }
    if (op == MO_CMP_EQ)
        r = mo_bool(a == b);
    else if (op == MO_CMP_NE)
        r = mo_bool(a != b);
    else
        r = mo_err_format(&mo_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                          cmp_symbols[op], ta->name, tb->name);
done:
    mo_recursion_leave();
    return r;
}

int mo_compare(Value a, Value b, int op) {
    if (mo_both_smallint(a, b)) {
        int64_t x = mo_smallint_val(a), y = mo_smallint_val(b);
        switch (op) {
        case MO_CMP_LT: return x < y;
        case MO_CMP_LE: return x <= y;
        case MO_CMP_EQ: return x == y;
        case MO_CMP_NE: return x != y;
        case MO_CMP_GT: return x > y;
        default: return x >= y;
        }
    }
    Value r = mo_richcompare(a, b, op);
    if (r == V_ERR)
        return -1;
    if (mo_is_bool(r))
        return r == MO_TRUE;
    return mo_truth(r);
}

int mo_eq(Value a, Value b) {
    if (a == b)
        return 1;   // identity implies equality for containers, like CPython
    if (mo_is_exact(a, &mo_str_type) && mo_is_exact(b, &mo_str_type))
        return mo_str_eq(a, b);
    if (mo_both_smallint(a, b))
        return 0;
    return mo_compare(a, b, MO_CMP_EQ);
}

int mo_truth(Value v) {
    if (v == MO_TRUE)
        return 1;
    if (v == MO_FALSE || v == MO_NONE)
        return 0;
    if (mo_is_smallint(v))
        return mo_smallint_val(v) != 0;
    if (mo_is_float(v))
        return mo_float_val(v) != 0.0;
    TypeObject *t = mo_type(v);
    if (t->truth)
        return t->truth(v);
    if (t->len) {
        int64_t n = t->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

// ------------------------------------------------------------- arithmetic

static const char *const binop_symbols[] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"};
static const char *const ibinop_symbols[] = {"+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=",
                                             "|=", "^=", "@="};

const char *mo_binop_symbol(int op) {
    if (op & MO_OP_INPLACE)
        return ibinop_symbols[op & ~MO_OP_INPLACE];
    return binop_symbols[op];
}

// The binary protocol without the in-place step; NOTIMPL when neither side
// handles it.
static Value binop1(Value a, Value b, int op) {
    TypeObject *ta = mo_type(a), *tb = mo_type(b);
    Value (*sa)(Value, Value, int) = ta->binop;
    Value (*sb)(Value, Value, int) = tb != ta ? tb->binop : NULL;
    if (sb == sa)
        sb = NULL;
    Value r;
    if (sa) {
        if (sb && mo_type_is_subtype(tb, ta)) {
            r = sb(a, b, op);
            if (r != MO_NOTIMPL)
                return r;
            sb = NULL;
        }
        r = sa(a, b, op);
        if (r != MO_NOTIMPL)
            return r;
    }
    if (sb)
        return sb(a, b, op);
    return MO_NOTIMPL;
}

Value mo_binop(Value a, Value b, int op) {
    Value r;
    if (op & MO_OP_INPLACE) {
        TypeObject *ta = mo_type(a);
        if (ta->binop) {
            r = ta->binop(a, b, op);
            if (r != MO_NOTIMPL)
                return r;
        }
        r = binop1(a, b, op & ~MO_OP_INPLACE);
    } else {
        r = binop1(a, b, op);
    }
    if (r != MO_NOTIMPL)
        return r;
    int base = op & ~MO_OP_INPLACE;
    if (base == MO_OP_ADD && mo_is_str(a) && !mo_is_str(b))
        return mo_err_format(&mo_exc_TypeError, "can only concatenate str (not \"%s\") to str", mo_type_name(b));
    if (base == MO_OP_ADD && mo_is_list(a) && !mo_is_list(b))
        return mo_err_format(&mo_exc_TypeError, "can only concatenate list (not \"%s\") to list", mo_type_name(b));
    if (base == MO_OP_ADD && mo_is_tuple(a) && !mo_is_tuple(b))
        return mo_err_format(&mo_exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                             mo_type_name(b));
    if (base == MO_OP_MUL && (mo_is_str(a) || mo_is_list(a) || mo_is_tuple(a)) && !mo_is_int(b) &&
        !mo_type(b)->index)
        return mo_err_format(&mo_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                             mo_type_name(b));
    if (base == MO_OP_MUL && (mo_is_str(b) || mo_is_list(b) || mo_is_tuple(b)) && !mo_is_int(a) &&
        !mo_type(a)->index)
        return mo_err_format(&mo_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                             mo_type_name(a));
    if (base == MO_OP_POW && !(op & MO_OP_INPLACE))
        return mo_err_format(&mo_exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                             mo_type_name(a), mo_type_name(b));
    return mo_err_format(&mo_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                         mo_binop_symbol(op), mo_type_name(a), mo_type_name(b));
}

Value mo_unop(Value a, int op) {
    TypeObject *t = mo_type(a);
    if (t->unop) {
        Value r = t->unop(a, op);
        if (r != MO_NOTIMPL)
            return r;
    }
    static const char *const names[] = {"unary -", "unary +", "unary ~", "abs()"};
    return mo_err_format(&mo_exc_TypeError, "bad operand type for %s: '%s'", names[op], t->name);
}

Value mo_pow3(Value base, Value exp, Value mod) {
    if (mod == MO_NONE || mod == MO_NULL)
        return mo_binop(base, exp, MO_OP_POW);
    if (mo_is_int(base) && mo_is_int(exp) && mo_is_int(mod))
        return mo_int_pow_mod(base, exp, mod);
    // A class with a three-argument __pow__.
    Value f = mo_type_lookup(mo_type(base), mo_str_intern_cstr("__pow__"));
    if (f != MO_NULL && !mo_is_int(base) && !mo_is_float(base)) {
        Value args[2] = {exp, mod};
        Value r = mo_call_method(base, mo_str_intern_cstr("__pow__"), args, 2, MO_NULL);
        if (r != MO_NOTIMPL)
            return r;
    }
    if (mo_is_float(base) || mo_is_float(exp) || mo_is_float(mod))
        return mo_err_format(&mo_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return mo_err_format(&mo_exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                         mo_type_name(base), mo_type_name(exp), mo_type_name(mod));
}

Value mo_number_index(Value v) {
    if (mo_is_int(v))
        return v;
    TypeObject *t = mo_type(v);
    if (t->index) {
        Value r = t->index(v);
        if (r != V_ERR && !mo_is_int(r))
            return mo_err_format(&mo_exc_TypeError, "__index__ returned non-int (type %s)", mo_type_name(r));
        return r;
    }
    return mo_err_format(&mo_exc_TypeError, "'%s' object cannot be interpreted as an integer", t->name);
}

int mo_index_i64(Value v, int64_t *out) {
    if (mo_is_smallint(v)) {
        *out = mo_smallint_val(v);
        return 0;
    }
    if (mo_is_bool(v)) {
        *out = v == MO_TRUE;
        return 0;
    }
    Value i = mo_number_index(v);
    if (i == V_ERR)
        return -1;
    if (mo_int_to_i64(i, out) < 0) {
        if (mo_err_matches(&mo_exc_OverflowError)) {
            mo_err_clear();
            mo_err_format(&mo_exc_IndexError, "cannot fit '%s' into an index-sized integer", mo_type_name(v));
        }
        return -1;
    }
    return 0;
}

int mo_index_clamped(Value v, int64_t *out) {
    if (mo_is_smallint(v)) {
        *out = mo_smallint_val(v);
        return 0;
    }
    Value i = mo_number_index(v);
    if (i == V_ERR)
        return -1;
    if (mo_int_to_i64(i, out) < 0) {
        if (!mo_err_matches(&mo_exc_OverflowError))
            return -1;
        mo_err_clear();
        *out = mo_int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    }
    return 0;
}

// -------------------------------------------------------------- attributes

Value mo_getattr(Value obj, Value name) {
    TypeObject *t = mo_type(obj);
    if (!t->getattr)
        return mo_err_format(&mo_exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
    return t->getattr(obj, name);
}

Value mo_getattr_cstr(Value obj, const char *name) {
    Value n = mo_str_intern_cstr(name);
    if (n == V_ERR)
        return V_ERR;
    return mo_getattr(obj, n);
}

Value mo_lookup_attr(Value obj, Value name) {
    Value r = mo_getattr(obj, name);
    if (r == V_ERR && mo_err_matches(&mo_exc_AttributeError)) {
        mo_err_clear();
        return MO_NULL;
    }
    return r;
}

int mo_setattr(Value obj, Value name, Value v) {
    TypeObject *t = mo_type(obj);
    if (!t->setattr) {
        if (mo_type_lookup(t, name) == MO_NULL)
            mo_err_format(&mo_exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
        else
            mo_err_format(&mo_exc_AttributeError, "'%s' object attribute '%U' is read-only", t->name, name);
        return -1;
    }
    return t->setattr(obj, name, v);
}

int mo_hasattr(Value obj, Value name) {
    Value r = mo_lookup_attr(obj, name);
    if (r == V_ERR)
        return -1;
    return r != MO_NULL;
}

// ------------------------------------------------------------------ calls

Value mo_call(Value callable, const Value *args, size_t nargs, Value kwnames) {
    if (kwnames != MO_NULL && mo_tuple_size(kwnames) == 0)
        kwnames = MO_NULL;
    TypeObject *t = mo_type(callable);
    if (t == &mo_function_type)
        return mo_call_function(callable, args, nargs, kwnames);
    if (!t->call)
        return mo_err_format(&mo_exc_TypeError, "'%s' object is not callable", t->name);
    if (mo_recursion_enter(" while calling a Python object") < 0)
        return V_ERR;
    Value r = t->call(callable, args, nargs, kwnames);
    mo_recursion_leave();
    return r;
}

Value mo_call0(Value callable) { return mo_call(callable, NULL, 0, MO_NULL); }
Value mo_call1(Value callable, Value a) { return mo_call(callable, &a, 1, MO_NULL); }
Value mo_call2(Value callable, Value a, Value b) {
    Value args[2] = {a, b};
    return mo_call(callable, args, 2, MO_NULL);
}

Value mo_call_tuple_dict(Value callable, Value args_tuple, Value kwargs) {
    size_t nargs = (size_t)mo_tuple_size(args_tuple);
    if (kwargs == MO_NULL || mo_dict_size(kwargs) == 0)
        return mo_call(callable, mo_tuple_items(args_tuple), nargs, MO_NULL);
    size_t nkw = (size_t)mo_dict_size(kwargs);
    // The arguments go into a tuple, not a malloc'd array: the collector
    // does not see into malloc'd memory, and during the call (a builtin reads
    // them in place) they may have no other home — `args_tuple` is often a
    // temporary that is dead once copied.
    Value all = mo_tuple_new(nargs + nkw);
    if (all == V_ERR)
        return V_ERR;
    Value names = mo_tuple_new(nkw);
    if (names == V_ERR)
        return V_ERR;
    Value *buf = mo_tuple_items(all);
    memcpy(buf, mo_tuple_items(args_tuple), nargs * sizeof(Value));
    int64_t pos = 0;
    Value k, v;
    size_t i = 0;
    while (mo_dict_next(kwargs, &pos, &k, &v) && i < nkw) {
        if (!mo_is_str(k))
            return mo_err_format(&mo_exc_TypeError, "keywords must be strings");
        mo_tuple_items(names)[i] = k;
        buf[nargs + i] = v;
        i++;
    }
    return mo_call(callable, buf, nargs, names);
}

Value mo_call_method(Value obj, Value name, const Value *args, size_t nargs, Value kwnames) {
    TypeObject *t = mo_type(obj);
    // Fast path: a function or method descriptor on the type, not shadowed
    // by the instance: call it with obj first, without a bound method.
    if (t->getattr == mo_generic_getattr) {
        Value f = mo_type_lookup(t, name);
        if (f != MO_NULL && (mo_is_exact(f, &mo_function_type) || mo_is_exact(f, &mo_method_descr_type))) {
            Value *slot = mo_instance_dict_slot(obj);
            Value d = slot ? *slot : MO_NULL;
            if (d == MO_NULL || d == 0 || mo_dict_get(d, name) == MO_NULL) {
                if (mo_is_exact(f, &mo_method_descr_type)) {
                    MethodDescrObject *md = (MethodDescrObject *)mo_ptr(f);
                    if (!(md->def->flags & (MO_METH_CLASS | MO_METH_STATIC)))
                        return md->def->fn(obj, args, nargs, kwnames);
                } else {
                    return mo_call_with_self(f, obj, args, nargs, kwnames);
                }
            }
        }
    }
    Value m = mo_getattr(obj, name);
    if (m == V_ERR)
        return V_ERR;
    return mo_call(m, args, nargs, kwnames);
}

Value mo_call_method_cstr(Value obj, const char *name, const Value *args, size_t nargs) {
    Value n = mo_str_intern_cstr(name);
    if (n == V_ERR)
        return V_ERR;
    return mo_call_method(obj, n, args, nargs, MO_NULL);
}

int mo_callable(Value v) { return mo_type(v)->call != NULL; }

// -------------------------------------------------------------- containers

Value mo_getitem(Value o, Value key) {
    TypeObject *t = mo_type(o);
    if (t->getitem)
        return t->getitem(o, key);
    if (mo_is_type(o)) {
        // Class subscription: __class_getitem__ (list[int] and friends).
        Value f = mo_type_lookup((TypeObject *)mo_ptr(o), mo_str_intern_cstr("__class_getitem__"));
        if (f != MO_NULL) {
            Value bound = mo_getattr_cstr(o, "__class_getitem__");
            if (bound == V_ERR)
                return V_ERR;
            return mo_call1(bound, key);
        }
        return mo_err_format(&mo_exc_TypeError, "type '%s' is not subscriptable", ((TypeObject *)mo_ptr(o))->name);
    }
    return mo_err_format(&mo_exc_TypeError, "'%s' object is not subscriptable", t->name);
}

int mo_setitem(Value o, Value key, Value v) {
    TypeObject *t = mo_type(o);
    if (!t->setitem) {
        mo_err_format(&mo_exc_TypeError, "'%s' object does not support item assignment", t->name);
        return -1;
    }
    return t->setitem(o, key, v);
}

int mo_delitem(Value o, Value key) {
    TypeObject *t = mo_type(o);
    if (!t->setitem) {
        if (t->getitem)
            mo_err_format(&mo_exc_TypeError, "'%s' object does not support item deletion", t->name);
        else
            mo_err_format(&mo_exc_TypeError, "'%s' object doesn't support item deletion", t->name);
        return -1;
    }
    return t->setitem(o, key, MO_NULL);
}

int mo_contains(Value container, Value item) {
    TypeObject *t = mo_type(container);
    if (t->contains)
        return t->contains(container, item);
    if (!t->iter && !t->getitem) {
        mo_err_format(&mo_exc_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    Value it = mo_iter(container);
    if (it == V_ERR)
        return -1;
    for (;;) {
        Value x = mo_next(it);
        if (x == MO_NULL)
            return 0;
        if (x == V_ERR)
            return -1;
        int eq = mo_eq(x, item);
        if (eq != 0)
            return eq;
    }
}

int64_t mo_len(Value o) {
    TypeObject *t = mo_type(o);
    if (!t->len) {
        mo_err_format(&mo_exc_TypeError, "object of type '%s' has no len()", t->name);
        return -1;
    }
    return t->len(o);
}

// --------------------------------------------------------------- iteration

// The iterator made by iter() over a type with only __getitem__.
typedef struct SeqIterObject {
    Object hdr;
    Value seq;
    int64_t index;
} SeqIterObject;

static void seqiter_trace(Object *o) { mo_gc_mark(((SeqIterObject *)o)->seq); }

static Value seqiter_next(Value self) {
    SeqIterObject *it = (SeqIterObject *)mo_ptr(self);
    if (it->seq == MO_NULL)
        return MO_NULL;
    Value r = mo_getitem(it->seq, mo_int_from_i64(it->index));
    if (r == V_ERR) {
        if (mo_err_matches(&mo_exc_IndexError) || mo_err_matches(&mo_exc_StopIteration)) {
            mo_err_clear();
            it->seq = MO_NULL;
            return MO_NULL;
        }
        return V_ERR;
    }
    it->index++;
    return r;
}

static Value self_iter(Value self) { return self; }

TypeObject mo_seqiter_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "iterator",
    .basicsize = sizeof(SeqIterObject),
    .iter = self_iter,
    .iternext = seqiter_next,
    .trace = seqiter_trace,
};

Value mo_iter(Value o) {
    TypeObject *t = mo_type(o);
    if (t->iter) {
        Value it = t->iter(o);
        if (it != V_ERR && !mo_type(it)->iternext)
            return mo_err_format(&mo_exc_TypeError, "iter() returned non-iterator of type '%s'", mo_type_name(it));
        return it;
    }
    if (t->getitem && !mo_is_dict(o)) {
        SeqIterObject *it = mo_gc_alloc(&mo_seqiter_type, sizeof *it);
        if (!it)
            return V_ERR;
        it->seq = o;
        it->index = 0;
        return mo_obj(it);
    }
    return mo_err_format(&mo_exc_TypeError, "'%s' object is not iterable", t->name);
}

Value mo_next(Value iterator) {
    TypeObject *t = mo_type(iterator);
    if (!t->iternext)
        return mo_err_format(&mo_exc_TypeError, "'%s' object is not an iterator", t->name);
    return t->iternext(iterator);
}

Value mo_list_from_iterable(Value iterable) {
    Value list = mo_list_new(0);
    if (list == V_ERR)
        return V_ERR;
    if (mo_list_extend(list, iterable) < 0)
        return V_ERR;
    return list;
}

Value mo_tuple_from_iterable(Value iterable) {
    if (mo_is_exact(iterable, &mo_tuple_type))
        return iterable;
    // Not mo_tuple_from_array(mo_list_items(iterable), …): that would hold
    // only a pointer into the item array while the tuple is allocated, and a
    // caller's temporary list could be collected meanwhile.
    if (mo_is_list(iterable))
        return mo_list_as_tuple(iterable);
    Value list = mo_list_from_iterable(iterable);
    if (list == V_ERR)
        return V_ERR;
    return mo_list_as_tuple(list);
}

// ------------------------------------------------------------------- types

static int check_class(Value cls, const char *error) {
    if (mo_is_type(cls))
        return 1;
    mo_err_format(&mo_exc_TypeError, "%s", error);
    return 0;
}

// `cls`'s __instancecheck__ / __subclasscheck__ (looked up on its type),
// MO_NULL when it has none or it is type's own (which the callers do
// directly).
static Value special_check(Value cls, const char *name) {
    TypeObject *meta = mo_type(cls);
    if (meta == &mo_type_type)
        return MO_NULL;
    Value f = mo_type_lookup(meta, mo_str_intern_cstr(name));
    if (f == MO_NULL || (mo_is_exact(f, &mo_method_descr_type) && meta != &mo_type_type &&
                         mo_type_lookup(&mo_type_type, mo_str_intern_cstr(name)) == f))
        return MO_NULL;
    return f;
}

static int call_check(Value f, Value cls, Value arg) {
    Value args[2] = {cls, arg};
    Value r;
    TypeObject *ft = mo_type(f);
    if (ft == &mo_function_type || ft == &mo_method_descr_type) {
        r = mo_call(f, args, 2, MO_NULL);
    } else {
        Value bound = ft->descr_get ? ft->descr_get(f, cls, mo_obj(mo_type(cls))) : f;
        r = bound == V_ERR ? V_ERR : mo_call1(bound, arg);
    }
    return r == V_ERR ? -1 : mo_truth(r);
}

// isinstance(v, cls) as CPython decides it: an exact type match, a plain
// class, a union or tuple (any member), else cls's __instancecheck__.
int mo_isinstance(Value v, Value cls) {
    if (mo_is_type(cls)) {
        TypeObject *t = (TypeObject *)mo_ptr(cls);
        if (mo_type(v) == t)
            return 1;
        if (mo_type(cls) == &mo_type_type)
            return mo_isinstance_type(v, t);
    }
    if (mo_is_union(cls))
        cls = mo_union_args(cls);
    if (mo_is_tuple(cls)) {
        if (mo_recursion_enter(" in __instancecheck__") < 0)
            return -1;
        int r = 0;
        for (int64_t i = 0; i < mo_tuple_size(cls) && r == 0; i++)
            r = mo_isinstance(v, mo_tuple_items(cls)[i]);
        mo_recursion_leave();
        return r;
    }
    Value f = special_check(cls, "__instancecheck__");
    if (f != MO_NULL)
        return call_check(f, cls, v);
    if (mo_is_type(cls))
        return mo_isinstance_type(v, (TypeObject *)mo_ptr(cls));
    mo_err_format(&mo_exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

// issubclass(cls, classinfo), in the same order as isinstance.
int mo_issubclass(Value cls, Value classinfo) {
    if (mo_is_type(classinfo) && mo_type(classinfo) == &mo_type_type) {
        if (!check_class(cls, "issubclass() arg 1 must be a class"))
            return -1;
        return mo_type_is_subtype((TypeObject *)mo_ptr(cls), (TypeObject *)mo_ptr(classinfo));
    }
    if (mo_is_union(classinfo))
        classinfo = mo_union_args(classinfo);
    if (mo_is_tuple(classinfo)) {
        if (mo_recursion_enter(" in __subclasscheck__") < 0)
            return -1;
        int r = 0;
        for (int64_t i = 0; i < mo_tuple_size(classinfo) && r == 0; i++)
            r = mo_issubclass(cls, mo_tuple_items(classinfo)[i]);
        mo_recursion_leave();
        return r;
    }
    Value f = special_check(classinfo, "__subclasscheck__");
    if (f != MO_NULL)
        return call_check(f, classinfo, cls);
    if (!check_class(cls, "issubclass() arg 1 must be a class"))
        return -1;
    if (mo_is_type(classinfo))
        return mo_type_is_subtype((TypeObject *)mo_ptr(cls), (TypeObject *)mo_ptr(classinfo));
    mo_err_format(&mo_exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

// --------------------------------------------------------------- recursion

// The lowest C stack address C code may use (set by whoever starts the
// thread that runs Python; NULL: unknown, only the depth counter applies).
char *mo_c_stack_limit;

// C code may recurse (repr of nested lists, __eq__ calling __eq__, Python
// called from C called from Python). Stop well before the C stack runs out.
int mo_recursion_enter(const char *where) {
    ThreadState *ts = mo_ts;
    char probe;
    if (++ts->c_depth > ts->recursion_limit * 4 + 100 || (mo_c_stack_limit && &probe < mo_c_stack_limit)) {
        ts->c_depth--;
        mo_err_format(&mo_exc_RecursionError, "maximum recursion depth exceeded%s", where ? where : "");
        return -1;
    }
    return 0;
}

void mo_recursion_leave(void) { mo_ts->c_depth--; }

void mo_abstract_init(void);
void mo_abstract_init(void) { mo_type_ready(&mo_seqiter_type); }
