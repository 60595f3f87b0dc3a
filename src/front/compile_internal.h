// src/front/compile_internal.h — what compile.c hands to assemble.c.
//
// The code generator emits a linear list of instructions into a Unit, one
// per code object. Jump targets are labels (pseudo-instruction LABEL marks a
// label's position); exception handling is expressed with CPython-style
// pseudo-instructions: SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH open a
// protected region whose handler is a label, POP_BLOCK closes it. The
// assembler turns these into the exception table, computes stack depths,
// lays out inline caches and resolves labels to absolute offsets.
#ifndef MO_COMPILE_INTERNAL_H
#define MO_COMPILE_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "front/symtable.h"
#include "objects/code.h"
#include "objects/object.h"

enum {
    PSEUDO_LABEL = 256,
    PSEUDO_SETUP_FINALLY,   // handler entry: [exc]
    PSEUDO_SETUP_CLEANUP,   // handler entry: [lasti, exc]
    PSEUDO_SETUP_WITH,      // like CLEANUP; the region starts after BEFORE_WITH's result is stored
    PSEUDO_POP_BLOCK,
};

typedef struct Instr {
    int op;             // an OP_* opcode or a PSEUDO_*
    uint32_t arg;
    int target;         // label for jumps and SETUP_*, else -1
    int lineno;
    CodePosition pos;   // columns etc. (objects/code.h); col -1 when unknown
} Instr;

typedef struct Unit {
    Scope *scope;
    Instr *code;
    int n, cap;
    int nlabels;
    Value consts;       // list
    Value const_index;  // dict: key -> index
    Value names;        // list
    Value name_index;   // dict: str -> index
    Value name;         // co_name
    Value qualname;
    int argcount, posonlyargcount, kwonlyargcount;
    uint32_t flags;
    int firstlineno;
    int lineno;         // the line of what is being compiled
    // The node being compiled, for instruction positions; they are used
    // only while `lineno` is pos_lineno (code that moves `lineno` alone,
    // to a decorator's line say, drops the columns).
    int pos_lineno;
    CodePosition pos;
    struct Unit *prev;
} Unit;

// Builds the code object of a finished unit (assemble.c). `filename` is a
// str. Returns V_ERR with an exception set on failure.
Value mo_assemble(Unit *u, Value filename);

#endif
