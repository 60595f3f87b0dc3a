// src/modules/structseq.c — named tuples made in C (see structseq.h).
//
// An instance is laid out as a tuple of `nvisible` items followed by the
// hidden fields, so every tuple operation (indexing, slicing, comparison,
// hashing, unpacking) works unchanged; only the trace slot (which marks the
// hidden fields too), repr and attribute lookup are our own.
#include "modules/structseq.h"

#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/strbuf.h"

static inline StructSeqType *seq_type(Value v) { return (StructSeqType *)mo_type(v); }

static void structseq_trace(Object *o) {
    TupleObject *t = (TupleObject *)o;
    mo_gc_mark_array(t->items, (size_t)((StructSeqType *)o->type)->nfields);
}

static Value structseq_repr(Value self) {
    StructSeqType *st = seq_type(self);
    StrBuf b = STRBUF_INIT;
    mo_strbuf_printf(&b, "%s.%s(", st->module, st->type.name);
    for (int i = 0; i < st->nvisible; i++) {
        Value r = mo_repr(mo_tuple_items(self)[i]);
        if (r == V_ERR) {
            mo_strbuf_free(&b);
            return V_ERR;
        }
        mo_strbuf_printf(&b, "%s%s=", i ? ", " : "", st->fields[i]);
        mo_strbuf_append(&b, mo_str_data(r), (size_t)mo_str_size(r));
    }
    mo_strbuf_putc(&b, ')');
    return mo_str_from_strbuf(&b);
}

// Searched from the end: os.stat_result names items 7-9 (whole seconds)
// like the hidden float fields after them, and the attribute is the float.
static Value structseq_getattr(Value self, Value name) {
    StructSeqType *st = seq_type(self);
    for (int i = st->nfields - 1; i >= 0; i--)
        if (mo_str_eq_cstr(name, st->fields[i]))
            return mo_tuple_items(self)[i];
    return mo_generic_getattr(self, name);
}

static int structseq_setattr(Value self, Value name, Value v) {
    StructSeqType *st = seq_type(self);
    for (int i = 0; i < st->nfields; i++)
        if (mo_str_eq_cstr(name, st->fields[i])) {
            mo_err_format(&mo_exc_AttributeError, "readonly attribute");
            return -1;
        }
    mo_err_format(&mo_exc_AttributeError, "'%s.%s' object has no attribute '%U'", st->module, st->type.name,
                  name);
    return -1;
}

// type(seq): time.struct_time((2024, 1, …)) and os.stat_result(…) work, as
// in CPython; the sys types refuse, as theirs do.
static Value structseq_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    StructSeqType *st = (StructSeqType *)type;
    if (strcmp(st->module, "sys") == 0)
        return mo_err_format(&mo_exc_TypeError, "cannot create '%s.%s' instances", st->module, type->name);
    if (nargs != 1 || mo_args_nkw(kwnames))
        return mo_err_format(&mo_exc_TypeError, "%s.%s() takes exactly one argument", st->module, type->name);
    Value items = mo_tuple_from_iterable(args[0]);
    if (items == V_ERR)
        return V_ERR;
    int64_t n = mo_tuple_size(items);
    if (n < st->nvisible || n > st->nfields) {
        if (st->nvisible == st->nfields)
            return mo_err_format(&mo_exc_TypeError, "%s.%s() takes a %d-sequence (%lld-sequence given)",
                                 st->module, type->name, st->nvisible, (long long)n);
        return mo_err_format(&mo_exc_TypeError, "%s.%s() takes an at least %d-sequence (%lld-sequence given)",
                             st->module, type->name, st->nvisible, (long long)n);
    }
    Value all[32];
    for (int i = 0; i < st->nfields && i < 32; i++)
        all[i] = i < n ? mo_tuple_items(items)[i] : MO_NONE;
    return mo_structseq_new(st, all);
}

void mo_structseq_ready(StructSeqType *st) {
    if (st->type.dict != 0 && st->type.dict != MO_NULL)
        return;
    int n = 0;
    while (st->fields[n])
        n++;
    st->nfields = n;
    if (n > 32)
        mo_fatal("structseq %s: too many fields", st->type.name);
    TypeObject *t = &st->type;
    t->base = &mo_tuple_type;
    t->flags = MO_TPFLAG_TUPLE_SUBCLASS;
    t->basicsize = sizeof(TupleObject);
    t->repr = structseq_repr;
    t->getattr = structseq_getattr;
    t->setattr = structseq_setattr;
    t->trace = structseq_trace;
    t->new_ = structseq_new;
    mo_type_ready(t);
    t->module = mo_str_intern_cstr(st->module);
    if (t->module == V_ERR)
        mo_fatal("structseq: out of memory");
}

Value mo_structseq_new(StructSeqType *st, const Value *items) {
    size_t n = (size_t)st->nfields;
    TupleObject *t = mo_gc_alloc(&st->type, sizeof(TupleObject) + n * sizeof(Value));
    if (!t)
        return V_ERR;
    // Only the visible part counts as the tuple; the hidden fields follow.
    t->size = st->nvisible;
    t->hash = 0;
    memcpy(t->items, items, n * sizeof(Value));
    return mo_obj(t);
}
