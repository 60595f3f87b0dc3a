// src/front/assemble.c — a Unit's instruction list to a code object.
//
//   1. cut the list into basic blocks (at labels and after terminators);
//   2. walk the control-flow graph from the entry computing the stack depth
//      at every block and the innermost exception handler of every
//      instruction (SETUP_* push a handler, POP_BLOCK pops it); blocks the
//      walk never reaches are dropped;
//   3. lay out the surviving instructions with their inline cache words and
//      resolve labels to absolute word offsets;
//   4. group runs of instructions with the same handler into the exception
//      table, and record a line per word.
#include <stdlib.h>
#include <string.h>

#include "front/compile_internal.h"
#include "gen/opcodes.h"
#include "objects/code.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/error.h"
#include "runtime/gc.h"

typedef struct Block {
    int first, last;        // instruction range [first, last)
    int depth;              // stack depth at entry, -1 until reached
    int *handlers;          // exception stack at entry (setup instruction indices)
    int nhandlers;
    bool visited;           // handler stack assigned
    uint32_t offset;        // word offset of the first instruction
} Block;

static bool is_terminator(int op) {
    return op == OP_JUMP || op == OP_JUMP_BACKWARD || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS ||
           op == OP_RERAISE;
}

static bool is_jump(int op) {
    return op < 256 && (mo_op_flags[op] & MO_OPF_JUMP);
}

static Value internal_error(const char *what) {
    return mo_err_format(&mo_exc_SystemError, "compiler: %s", what);
}

Value mo_assemble(Unit *u, Value filename) {
    Value result = V_ERR;
    uint32_t nwords_alloc = 0;
    // A generator's first instruction makes the generator (gen.c).
    if (u->flags & MO_CO_GENERATOR) {
        if (u->n == u->cap) {
            Instr *p = realloc(u->code, (size_t)(u->cap + 1) * sizeof(Instr));
            if (!p)
                return mo_err_no_memory();
            u->code = p;
            u->cap++;
        }
        memmove(u->code + 1, u->code, (size_t)u->n * sizeof(Instr));
        u->code[0] = (Instr){OP_RETURN_GENERATOR, 0, -1, u->firstlineno, {.end_lineno = -1, .col = -1, .end_col = -1}};
        u->n++;
    }
    int n = u->n;
    Instr *code = u->code;
    // ---- 1. blocks
    int *label_block = malloc((size_t)(u->nlabels + 1) * sizeof(int));
    Block *blocks = calloc((size_t)n + 2, sizeof(Block));
    int *instr_handler = malloc((size_t)(n + 1) * sizeof(int));
    int *setup_depth = malloc((size_t)(n + 1) * sizeof(int));
    int *work = malloc((size_t)(n + 2) * sizeof(int));
    int *stackbuf = NULL;
    uint32_t *words = NULL;
    int32_t *lines = NULL;
    CodePosition *positions = NULL;
    ExceptionTableEntry *exc = NULL;
    if (!label_block || !blocks || !instr_handler || !setup_depth || !work) {
        mo_err_no_memory();
        goto done;
    }
    for (int i = 0; i < u->nlabels; i++)
        label_block[i] = -1;
    for (int i = 0; i < n; i++) {
        instr_handler[i] = -1;
        setup_depth[i] = -1;
    }
    int nblocks = 0;
    blocks[0].first = 0;
    for (int i = 0; i < n; i++) {
        if (code[i].op == PSEUDO_LABEL) {
            if (i > blocks[nblocks].first) {
                blocks[nblocks].last = i;
                nblocks++;
                blocks[nblocks].first = i;
            }
            label_block[code[i].arg] = nblocks;
        } else if (is_terminator(code[i].op) && i + 1 < n) {
            blocks[nblocks].last = i + 1;
            nblocks++;
            blocks[nblocks].first = i + 1;
        }
    }
    blocks[nblocks].last = n;
    nblocks++;
    for (int b = 0; b < nblocks; b++)
        blocks[b].depth = -1;

    // ---- 2. depths and handlers, by a worklist walk over the CFG
    int maxdepth = 0;
    int nwork = 0;
    stackbuf = malloc(sizeof(int) * 64 * (size_t)(nblocks + 1));
    if (!stackbuf) {
        mo_err_no_memory();
        goto done;
    }
    for (int b = 0; b < nblocks; b++)
        blocks[b].handlers = stackbuf + 64 * b;
    blocks[0].depth = 0;
    blocks[0].visited = true;
    work[nwork++] = 0;
    int handlers[64];
    while (nwork) {
        int b = work[--nwork];
        Block *blk = &blocks[b];
        int depth = blk->depth;
        int nh = blk->nhandlers;
        memcpy(handlers, blk->handlers, (size_t)nh * sizeof(int));
        bool falls_through = true;
        for (int i = blk->first; i < blk->last; i++) {
            Instr *in = &code[i];
            int target = -1, tdepth = 0;
            const int *tstack = handlers;
            int tnh = nh;
            if (in->op == PSEUDO_LABEL)
                continue;
            if (in->op == PSEUDO_SETUP_FINALLY || in->op == PSEUDO_SETUP_CLEANUP || in->op == PSEUDO_SETUP_WITH) {
                int unwind = in->op == PSEUDO_SETUP_WITH ? depth - 1 : depth;
                setup_depth[i] = unwind;
                target = label_block[in->target];
                tdepth = unwind + (in->op == PSEUDO_SETUP_FINALLY ? 1 : 2);
                tstack = handlers;
                tnh = nh;
                if (nh >= 64) {
                    internal_error("too many nested handlers");
                    goto done;
                }
                // The handler itself runs with the enclosing handlers.
                int save_nh = nh;
                handlers[nh++] = i;
                tnh = save_nh;
            } else if (in->op == PSEUDO_POP_BLOCK) {
                if (nh > 0)
                    nh--;
                continue;
            } else {
                instr_handler[i] = nh ? handlers[nh - 1] : -1;
                if (is_jump(in->op)) {
                    target = label_block[in->target];
                    tdepth = depth + mo_op_stack_effect(in->op, in->arg, true);
                    tstack = handlers;
                    tnh = nh;
                }
                depth += mo_op_stack_effect(in->op, in->arg, false);
                if (depth < 0) {
                    internal_error("stack underflow");
                    goto done;
                }
                if (depth > maxdepth)
                    maxdepth = depth;
                if (is_terminator(in->op))
                    falls_through = false;
            }
            if (target >= 0) {
                if (tdepth > maxdepth)
                    maxdepth = tdepth;
                Block *t = &blocks[target];
                if (t->depth < 0) {
                    t->depth = tdepth;
                    t->nhandlers = tnh;
                    memcpy(t->handlers, tstack, (size_t)tnh * sizeof(int));
                    t->visited = true;
                    work[nwork++] = target;
                } else if (t->depth != tdepth) {
                    internal_error("inconsistent stack depth");
                    goto done;
                }
            } else if (target == -1 && (in->op == PSEUDO_SETUP_FINALLY || in->op == PSEUDO_SETUP_CLEANUP ||
                                        in->op == PSEUDO_SETUP_WITH)) {
                internal_error("handler label has no block");
                goto done;
            }
        }
        if (falls_through && b + 1 < nblocks) {
            Block *t = &blocks[b + 1];
            if (t->depth < 0) {
                t->depth = depth;
                t->nhandlers = nh;
                memcpy(t->handlers, handlers, (size_t)nh * sizeof(int));
                t->visited = true;
                work[nwork++] = b + 1;
            } else if (t->depth != depth) {
                internal_error("inconsistent stack depth at fall-through");
                goto done;
            }
        }
    }

    // ---- 3. layout
    uint32_t nwords = 0;
    for (int b = 0; b < nblocks; b++) {
        blocks[b].offset = nwords;
        if (blocks[b].depth < 0)
            continue;
        for (int i = blocks[b].first; i < blocks[b].last; i++)
            if (code[i].op < 256)
                nwords += 1 + mo_op_cache_size[code[i].op];
    }
    if (nwords == 0) {
        internal_error("empty code");
        goto done;
    }
    nwords_alloc = nwords;
    words = mo_mem_calloc(nwords, sizeof(uint32_t));
    lines = mo_mem_alloc(nwords * sizeof(int32_t));
    positions = mo_mem_alloc(nwords * sizeof(CodePosition));
    if (!words || !lines || !positions)
        goto done;
    uint32_t w = 0;
    int last_line = u->firstlineno;
    int nexc = 0, excap = 0;
    int cur_handler = -2;
    for (int b = 0; b < nblocks; b++) {
        if (blocks[b].depth < 0)
            continue;
        for (int i = blocks[b].first; i < blocks[b].last; i++) {
            Instr *in = &code[i];
            if (in->op >= 256)
                continue;
            uint32_t arg = in->arg;
            if (is_jump(in->op)) {
                int t = label_block[in->target];
                if (t < 0) {
                    internal_error("jump to an unknown label");
                    goto done;
                }
                arg = blocks[t].offset;
            }
            if (arg > 0xFFFFFF) {
                mo_err_format(&mo_exc_SystemError, "code too large: oparg %u does not fit in 24 bits", arg);
                goto done;
            }
            int line = in->lineno > 0 ? in->lineno : last_line;
            last_line = line;
            // An instruction without a line of its own borrows the last
            // one, but not columns, which belong to that line's node.
            CodePosition pos = in->pos;
            if (in->lineno <= 0)
                pos = (CodePosition){.end_lineno = -1, .col = -1, .end_col = -1};
            uint32_t size = 1 + mo_op_cache_size[in->op];
            words[w] = (uint32_t)in->op | (arg << 8);
            for (uint32_t k = 0; k < size; k++) {
                lines[w + k] = line;
                positions[w + k] = pos;
            }
            // ---- 4. exception table
            int h = instr_handler[i];
            if (h != cur_handler) {
                cur_handler = h;
                if (h >= 0) {
                    if (nexc == excap) {
                        int ncap = excap ? excap * 2 : 8;
                        ExceptionTableEntry *p = realloc(exc, (size_t)ncap * sizeof *p);
                        if (!p) {
                            mo_err_no_memory();
                            goto done;
                        }
                        exc = p;
                        excap = ncap;
                    }
                    Instr *setup = &code[h];
                    exc[nexc++] = (ExceptionTableEntry){
                        .start = w,
                        .end = w + size,
                        .handler = blocks[label_block[setup->target]].offset,
                        .depth = (uint16_t)setup_depth[h],
                        .lasti = setup->op != PSEUDO_SETUP_FINALLY,
                    };
                }
            } else if (h >= 0) {
                exc[nexc - 1].end = w + size;
            }
            w += size;
        }
    }

    // ---- the code object
    CodeObject *co = mo_gc_alloc(&mo_code_type, sizeof(CodeObject));
    if (!co)
        goto done;
    Scope *s = u->scope;
    int nlocals = s->kind == SCOPE_FUNCTION ? s->nvarnames : 0;
    int nplus = nlocals + s->ncellvars + s->nfreevars;
    Value lpn = mo_tuple_new((size_t)nplus);
    if (lpn == V_ERR)
        goto done;
    for (int i = 0; i < nlocals; i++)
        mo_tuple_items(lpn)[i] = mo_str_intern_cstr(s->varnames[i]);
    for (int i = 0; i < s->ncellvars; i++)
        mo_tuple_items(lpn)[nlocals + i] = mo_str_intern_cstr(s->cellvars[i]);
    for (int i = 0; i < s->nfreevars; i++)
        mo_tuple_items(lpn)[nlocals + s->ncellvars + i] = mo_str_intern_cstr(s->freevars[i]);
    co->localsplusnames = lpn;
    co->consts = mo_list_as_tuple(u->consts);
    co->names = mo_list_as_tuple(u->names);
    if (co->consts == V_ERR || co->names == V_ERR)
        goto done;
    ExceptionTableEntry *table = NULL;
    if (nexc) {
        table = mo_mem_alloc((size_t)nexc * sizeof *table);
        if (!table)
            goto done;
        memcpy(table, exc, (size_t)nexc * sizeof *table);
    }
    co->code = words;
    co->lines = lines;
    co->positions = positions;
    co->ncode = nwords;
    co->exctable = table;
    co->nexc = (uint32_t)nexc;
    words = NULL;
    lines = NULL;
    positions = NULL;
    co->flags = u->flags;
    if (s->nfreevars == 0)
        co->flags |= MO_CO_NOFREE;
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->nlocals = nlocals;
    co->ncellvars = s->ncellvars;
    co->nfreevars = s->nfreevars;
    co->nlocalsplus = nplus;
    co->stacksize = maxdepth + 2;
    co->firstlineno = u->firstlineno;
    co->name = u->name;
    co->qualname = u->qualname;
    co->filename = filename;
    result = mo_obj(co);

done:
    free(label_block);
    free(blocks);
    free(instr_handler);
    free(setup_depth);
    free(work);
    free(stackbuf);
    free(exc);
    if (words)
        mo_mem_free(words, nwords_alloc * sizeof(uint32_t));
    if (lines)
        mo_mem_free(lines, nwords_alloc * sizeof(int32_t));
    if (positions)
        mo_mem_free(positions, nwords_alloc * sizeof(CodePosition));
    return result;
}
