// src/objects/code.h — code objects: compiled bytecode and its tables.
//
// An instruction is one 32-bit word: the opcode in the low 8 bits, the oparg
// in the high 24 (so no EXTENDED_ARG). Some instructions are followed by
// inline cache words (how many is in the generated metadata,
// `mo_op_cache_size[op]`) that tier 1's specialization uses; the compiler
// emits them zeroed.
//
//   31                        8 7        0
//   +---------------------------+---------+
//   |          oparg            | opcode  |
//   +---------------------------+---------+
//
// Frame slots ("locals plus") are: the locals (arguments first), then the
// cell variables, then the free variables; `localsplusnames` names them all.
//
// Exception table: entries in order of `start`; an exception raised at an
// instruction in [start, end) unwinds the value stack to `depth` (pushing the
// offset of the raising instruction first when `lasti` is set), pushes the
// exception and jumps to `handler`. No entry means the exception leaves the
// frame.
#ifndef MO_CODE_H
#define MO_CODE_H

#include <stdint.h>

#include "objects/object.h"

// Where an instruction's source is, for the ^^^ line under a traceback
// entry (CPython 3.11's co_positions): the instruction's line is in
// `lines`; here its last line and byte columns on those lines (-1:
// unknown). For a binary operation or a subscript, two more columns (on
// the same line) that the caret line is anchored on: the left operand's end
// and the right one's start, or the subscripted value's end and the
// slice's end.
enum { MO_ANCHOR_NONE, MO_ANCHOR_BINOP, MO_ANCHOR_SUBSCRIPT };
typedef struct CodePosition {
    int32_t end_lineno;
    int16_t col, end_col;
    int16_t anchor_a, anchor_b;
    uint8_t anchor;
} CodePosition;

typedef struct ExceptionTableEntry {
    uint32_t start, end, handler;
    uint16_t depth;
    uint8_t lasti;
} ExceptionTableEntry;

// CodeObject.flags
#define MO_CO_OPTIMIZED   0x1     // locals are fast slots (functions)
#define MO_CO_NEWLOCALS   0x2
#define MO_CO_VARARGS     0x4
#define MO_CO_VARKEYWORDS 0x8
#define MO_CO_NESTED      0x10
#define MO_CO_GENERATOR   0x20
#define MO_CO_NOFREE      0x40
#define MO_CO_MODULE      0x1000  // module or class body (names via dicts)
#define MO_CO_HAS_DOCSTRING 0x4000000  // consts[0] is the docstring

typedef struct CodeObject {
    Object hdr;
    uint32_t *code;             // side storage
    int32_t *lines;             // the source line of each word; side storage
    CodePosition *positions;    // the rest of each word's position; side storage
    ExceptionTableEntry *exctable;  // side storage
    uint32_t ncode;
    uint32_t nexc;
    uint32_t flags;
    int32_t argcount;           // positional parameters, incl. positional-only
    int32_t posonlyargcount;
    int32_t kwonlyargcount;
    int32_t nlocals;
    int32_t ncellvars;
    int32_t nfreevars;
    int32_t nlocalsplus;
    int32_t stacksize;
    int32_t firstlineno;
    Value consts;               // tuple
    Value names;                // tuple of interned str (globals, attributes)
    Value localsplusnames;      // tuple of interned str
    Value name, qualname, filename;
    // For each cell variable that is also an argument, the argument's slot;
    // -1 otherwise. Side storage, ncellvars entries (NULL if none).
    int32_t *cell2arg;
    void *tier2;                // tier-2 state (executors per loop), owned by src/tier2
} CodeObject;

static inline CodeObject *mo_code_obj(Value v) { return (CodeObject *)mo_ptr(v); }

// The line of the instruction at word `offset` (-1 when unknown).
int mo_code_line(const CodeObject *code, uint32_t offset);

#endif
