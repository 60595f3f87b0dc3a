// src/vm/specialize.c — choosing specialized forms of tier-1 instructions.
//
// See specialize.h. Only the operator-level forms exist so far; attribute,
// global and call specialization come with their own work.
#include "vm/specialize.h"

#include "gen/opcodes.h"
#include "objects/object.h"
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
