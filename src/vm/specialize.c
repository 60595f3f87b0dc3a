// src/vm/specialize.c — choosing specialized forms of tier-1 instructions.
//
// See specialize.h. Only the operator-level forms exist so far; attribute,
// global and call specialization come with their own work.
#include "vm/specialize.h"

#include "gen/opcodes.h"
#include "objects/object.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/type.h"
#include "objects/str.h"

static void rewrite(uint32_t *instr, int op) { *instr = (*instr & ~0xFFu) | (uint32_t)op; }

static bool fail(uint32_t *instr) {
    instr[1] = MO_SPECIALIZE_BACKOFF;
    return false;
}

bool mo_specialize_binary_op(uint32_t *instr, Value lhs, Value rhs) {
    uint32_t op = *instr >> 8;
    bool inplace = op & MO_OP_INPLACE;
    op &= ~(uint32_t)MO_OP_INPLACE;
    if (mo_both_smallint(lhs, rhs)) {
        switch (op) {
        case MO_OP_ADD: rewrite(instr, OP_BINARY_OP_ADD_INT); return true;
        case MO_OP_SUB: rewrite(instr, OP_BINARY_OP_SUBTRACT_INT); return true;
        case MO_OP_MUL: rewrite(instr, OP_BINARY_OP_MULTIPLY_INT); return true;
        default: break;
        }
    } else if (mo_is_float(lhs) && mo_is_float(rhs)) {
        switch (op) {
        case MO_OP_ADD: rewrite(instr, OP_BINARY_OP_ADD_FLOAT); return true;
        case MO_OP_SUB: rewrite(instr, OP_BINARY_OP_SUBTRACT_FLOAT); return true;
        case MO_OP_MUL: rewrite(instr, OP_BINARY_OP_MULTIPLY_FLOAT); return true;
        case MO_OP_TRUEDIV: rewrite(instr, OP_BINARY_OP_TRUEDIV_FLOAT); return true;
        default: break;
        }
    } else if (!inplace && op == MO_OP_ADD && mo_is_exact(lhs, &mo_str_type) && mo_is_exact(rhs, &mo_str_type)) {
        rewrite(instr, OP_BINARY_OP_ADD_STR);
        return true;
    }
    return fail(instr);
}

bool mo_specialize_compare_op(uint32_t *instr, Value lhs, Value rhs) {
    if (mo_both_smallint(lhs, rhs)) {
        rewrite(instr, OP_COMPARE_OP_INT);
        return true;
    }
    if (mo_is_float(lhs) && mo_is_float(rhs)) {
        rewrite(instr, OP_COMPARE_OP_FLOAT);
        return true;
    }
    if (mo_is_exact(lhs, &mo_str_type) && mo_is_exact(rhs, &mo_str_type)) {
        rewrite(instr, OP_COMPARE_OP_STR);
        return true;
    }
    return fail(instr);
}

// Where a global lives now, cached by the keys versions that keep it there
// (a value update elsewhere in the module does not disturb it).
bool mo_specialize_load_global(uint32_t *instr, Value globals, Value builtins, Value name) {
    int64_t ix = mo_dict_index_str(globals, name);
    if (ix >= 0 && ix <= UINT32_MAX) {
        instr[2] = (uint32_t)mo_dict_obj(globals)->keys_version;
        instr[4] = (uint32_t)ix;
        rewrite(instr, OP_LOAD_GLOBAL_MODULE);
        return true;
    }
    if (ix < 0) {
        ix = mo_dict_index_str(builtins, name);
        if (ix >= 0 && ix <= UINT32_MAX) {
            instr[2] = (uint32_t)mo_dict_obj(globals)->keys_version;
            instr[3] = (uint32_t)mo_dict_obj(builtins)->keys_version;
            instr[4] = (uint32_t)ix;
            rewrite(instr, OP_LOAD_GLOBAL_BUILTIN);
            return true;
        }
    }
    return fail(instr);
}

// A class whose instances keep attributes in a plain __dict__ slot and that
// uses the generic attribute protocol (no __getattr__ and friends).
static bool plain_instance_type(const TypeObject *t, bool store) {
    return (t->flags & MO_TPFLAG_HEAPTYPE) && t->dictoffset && !(t->flags & MO_TPFLAG_VARSIZE_BASE) &&
           (store ? t->setattr == mo_generic_setattr : t->getattr == mo_generic_getattr);
}

static bool is_data_descriptor(Value v) {
    return v != MO_NULL && mo_type(v)->descr_set != NULL;
}

bool mo_specialize_load_attr(uint32_t *instr, Value owner, Value name) {
    if (mo_is_ptr(owner)) {
        TypeObject *t = mo_ptr(owner)->type;
        if (plain_instance_type(t, false) && !is_data_descriptor(mo_type_lookup(t, name))) {
            instr[2] = t->version;
            instr[3] = 0;
            rewrite(instr, OP_LOAD_ATTR_INSTANCE);
            return true;
        }
    }
    return fail(instr);
}

bool mo_specialize_load_method(uint32_t *instr, Value owner, Value name) {
    if (mo_is_ptr(owner)) {
        TypeObject *t = mo_ptr(owner)->type;
        if (t->getattr == mo_generic_getattr && !(t->flags & MO_TPFLAG_VARSIZE_BASE)) {
            Value f = mo_type_lookup(t, name);
            bool plain = mo_is_exact(f, &mo_function_type) ||
                         (mo_is_exact(f, &mo_method_descr_type) &&
                          !(((MethodDescrObject *)mo_ptr(f))->def->flags & (MO_METH_CLASS | MO_METH_STATIC)));
            if (plain) {
                instr[2] = t->version;
                instr[3] = (uint32_t)f;
                instr[4] = (uint32_t)(f >> 32);
                rewrite(instr, OP_LOAD_METHOD_CACHED);
                return true;
            }
        }
    }
    return fail(instr);
}

bool mo_specialize_store_attr(uint32_t *instr, Value owner, Value name) {
    if (mo_is_ptr(owner)) {
        TypeObject *t = mo_ptr(owner)->type;
        if (plain_instance_type(t, true) && !is_data_descriptor(mo_type_lookup(t, name))) {
            instr[2] = t->version;
            instr[3] = 0;
            rewrite(instr, OP_STORE_ATTR_INSTANCE);
            return true;
        }
    }
    return fail(instr);
}
