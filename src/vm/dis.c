// src/vm/dis.c — a disassembler for code objects, in the spirit of `dis`.
#include "vm/dis.h"

#include "gen/opcodes.h"
#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/error.h"

static void print_value(FILE *out, Value v) {
    Value r = mo_repr(v);
    if (r == V_ERR) {
        mo_err_clear();
        fputs("<?>", out);
        return;
    }
    fprintf(out, "%.60s", mo_str_data(r));
}

void mo_dis_code(Value code_v, FILE *out, bool recursive) {
    CodeObject *co = mo_code_obj(code_v);
    fprintf(out, "Disassembly of <code object %s, file \"%s\", line %d>:\n", mo_str_data(co->name),
            mo_str_data(co->filename), co->firstlineno);
    int last_line = -1;
    for (uint32_t off = 0; off < co->ncode;) {
        uint32_t word = co->code[off];
        uint32_t op = word & 0xFF, arg = word >> 8;
        int line = co->lines[off];
        if (op >= MO_NUM_OPCODES) {
            fprintf(out, "%8u  <bad opcode %u>\n", off, op);
            off++;
            continue;
        }
        if (line != last_line)
            fprintf(out, "%4d %4u  ", line, off);
        else
            fprintf(out, "     %4u  ", off);
        last_line = line;
        fprintf(out, "%-24s %u", mo_op_names[op], arg);
        switch (op) {
        case OP_LOAD_CONST:
            fputs(" (", out);
            print_value(out, mo_tuple_items(co->consts)[arg]);
            fputc(')', out);
            break;
        case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_GLOBAL:
        case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_ATTR: case OP_STORE_ATTR:
        case OP_DELETE_ATTR: case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
            fprintf(out, " (%s)", mo_str_data(mo_tuple_items(co->names)[arg]));
            break;
        case OP_LOAD_FAST: case OP_LOAD_FAST_CHECK: case OP_STORE_FAST: case OP_DELETE_FAST:
        case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLOSURE:
        case OP_MAKE_CELL: case OP_LOAD_CLASSDEREF:
            if ((int64_t)arg < mo_tuple_size(co->localsplusnames))
                fprintf(out, " (%s)", mo_str_data(mo_tuple_items(co->localsplusnames)[arg]));
            break;
        default:
            if (mo_op_flags[op] & MO_OPF_JUMP)
                fprintf(out, " (to %u)", arg);
            break;
        }
        fputc('\n', out);
        off += 1 + mo_op_cache_size[op];
    }
    if (co->nexc) {
        fputs("ExceptionTable:\n", out);
        for (uint32_t i = 0; i < co->nexc; i++) {
            ExceptionTableEntry *e = &co->exctable[i];
            fprintf(out, "  %u to %u -> %u [%u]%s\n", e->start, e->end, e->handler, e->depth, e->lasti ? " lasti" : "");
        }
    }
    fputc('\n', out);
    if (!recursive)
        return;
    for (int64_t i = 0; i < mo_tuple_size(co->consts); i++) {
        Value c = mo_tuple_items(co->consts)[i];
        if (mo_is_exact(c, &mo_code_type))
            mo_dis_code(c, out, true);
    }
}
