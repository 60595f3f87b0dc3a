// src/objects/bool.c — `bool`, the subclass of int whose only values are
// the immediates True and False.
//
// Everything numeric is int's (bool inherits int's slots, and every int
// function accepts True and False); bool adds its repr, its constructor
// (truth of any object) and the one operator rule of its own: & | ^ of two
// bools give a bool.
//
// Read next: int.c.
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/error.h"

static Value bool_repr(Value self) { return mo_str_from_cstr(self == MO_TRUE ? "True" : "False"); }

static Value bool_binop(Value a, Value b, int op) {
    int base = op & ~MO_OP_INPLACE;
    if (mo_is_bool(a) && mo_is_bool(b)) {
        bool x = a == MO_TRUE, y = b == MO_TRUE;
        switch (base) {
        case MO_OP_AND: return mo_bool(x & y);
        case MO_OP_OR: return mo_bool(x | y);
        case MO_OP_XOR: return mo_bool(x ^ y);
        default: break;
        }
    }
    return mo_int_binop(a, b, op);
}

static Value bool_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_no_kw("bool", kwnames) < 0)
        return V_ERR;
    if (nargs > 1)
        return mo_err_format(&mo_exc_TypeError, "bool expected at most 1 argument, got %zu", nargs);
    if (nargs == 0)
        return MO_FALSE;
    int t = mo_truth(args[0]);
    return t < 0 ? V_ERR : mo_bool(t);
}

static int bool_truth(Value self) { return self == MO_TRUE; }

TypeObject mo_bool_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "bool",
    .base = &mo_int_type,
    .flags = MO_TPFLAG_INT_SUBCLASS,
    .repr = bool_repr,
    .binop = bool_binop,
    .truth = bool_truth,
    .new_ = bool_new,
};

void mo_bool_init(void) { mo_type_ready(&mo_bool_type); }
