// src/front/compile.c — AST to bytecode.
//
// One Unit per code object being generated (module, class body, function,
// lambda, comprehension), stacked as they nest. Statements and expressions
// are compiled by straightforward recursion; the shapes follow CPython 3.11's
// code generator (see compile_internal.h for the pseudo-instructions):
//
//   try/except      SETUP_FINALLY h; body; POP_BLOCK; else; JUMP end
//                   h: SETUP_CLEANUP c; PUSH_EXC_INFO; match…; POP_EXCEPT
//                   c: COPY 3; POP_EXCEPT; RERAISE 1
//   calls           callable, self-or-NULL, args…, CALL n (LOAD_METHOD makes
//                   the first two for `obj.meth(…)`)
//   comprehensions  a nested function called at once with the first iterator
//
// `return`/`break`/`continue` unwind the enclosing blocks (fblocks) inline:
// pop loop iterators, run `finally` bodies, call `__exit__`.
//
// Read next: assemble.c (labels, stack depth, the exception table).
#include "front/compile.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "front/compile_internal.h"
#include "front/parser.h"
#include "gen/opcodes.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/code.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/strbuf.h"

#define MAX_FBLOCKS 20
#define MAX_DEPTH 20000

enum FBlockKind {
    FB_WHILE_LOOP, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
    FB_WITH, FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER,
};

typedef struct FBlock {
    int kind;
    int start;                  // continue target (loops)
    int exit;                   // break target (loops)
    const AstStmtSeq *finalbody;
    const char *name;           // handler name (HANDLER_CLEANUP)
    bool owns_iter;             // FOR_LOOP over a call: its iterator may be a
                                // generator the loop made (see POP_ITER)
} FBlock;

typedef struct Compiler {
    SymTable st;
    Arena *arena;
    const char *filename;
    Value filename_v;
    const char *src;
    size_t src_len;
    Unit *u;
    FBlock *fblocks[64];        // per unit nesting level: see push_unit
    int nfblocks[64];
    int unit_depth;
    int interactive;
    int depth;
    bool failed;
    // `from __future__ import annotations`: annotations are kept as strings.
    bool future_annotations;
    // The module body and how many of its first statements may be
    // `from __future__` imports (the docstring and the futures themselves).
    const AstStmtSeq *module_body;
    int nleading;
} Compiler;

static bool compile_expr(Compiler *c, const AstExpr *e);
static bool compile_stmt(Compiler *c, const AstStmt *s);
static bool compile_body(Compiler *c, const AstStmtSeq *body);
static bool compile_jump_if(Compiler *c, const AstExpr *e, int label, bool cond);
static bool compile_store(Compiler *c, const AstExpr *target);

// ------------------------------------------------------------------ errors

// The source line `lineno` as a str (with its newline), or None.
static Value source_line(Compiler *c, int lineno) {
    const char *p = c->src, *end = c->src + c->src_len;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return MO_NONE;
        p = nl + 1;
    }
    if (p >= end)
        return MO_NONE;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
    int64_t count = mo_utf8_count(p, n, NULL);
    if (count < 0)
        return MO_NONE;
    Value v = mo_str_new(p, n);
    return v == V_ERR ? MO_NONE : v;
}

// Line `lineno` of the file named by the code's filename, read from disk,
// or None: CPython's compiler errors take their text from there, so code
// compiled from a string (`exec`, `-c`, stdin) shows no source line.
static Value file_line(Compiler *c, int lineno) {
    FILE *f = fopen(mo_str_data(c->filename_v), "rb");
    if (!f)
        return MO_NONE;
    StrBuf b = STRBUF_INIT;
    int l = 1, ch;
    while (l < lineno && (ch = getc(f)) != EOF)
        if (ch == '\n')
            l++;
    if (l == lineno)
        while ((ch = getc(f)) != EOF) {
            char byte = (char)ch;
            mo_strbuf_append(&b, &byte, 1);
            if (ch == '\n')
                break;
        }
    fclose(f);
    Value v = MO_NONE;
    if (l == lineno && !b.failed && b.len > 0 && mo_utf8_count(b.data, b.len, NULL) >= 0) {
        v = mo_str_new(b.data, b.len);
        if (v == V_ERR)
            v = MO_NONE;
    }
    mo_strbuf_free(&b);
    return v;
}

// The 1-based character offset of byte column `col` (0-based) in `text`
// (a source line, or None).
static int char_offset(Value text, int col) {
    if (text == MO_NONE)
        return col + 1;
    const char *t = mo_str_data(text);
    int chars = 0;
    for (int i = 0; i < col && t[i]; i++)
        if (((unsigned char)t[i] & 0xC0) != 0x80)
            chars++;
    return chars + 1;
}

// Raises SyntaxError(`msg`) from `lineno`, byte column `col` up to
// `end_lineno`, byte column `end_col` (0-based, exclusive): the range the
// traceback underlines.
static bool raise_syntax_args(Compiler *c, int lineno, int col, int end_lineno, int end_col, const char *msg,
                              bool msg_only);
static bool raise_syntax(Compiler *c, int lineno, int col, int end_lineno, int end_col, const char *msg) {
    return raise_syntax_args(c, lineno, col, end_lineno, end_col, msg, false);
}

// With `msg_only`, the exception's args are just (msg,), its location only
// in the attributes: CPython raises the symbol table's and __future__'s
// errors that way (repr(e) and e.args show the difference).
static bool raise_syntax_args(Compiler *c, int lineno, int col, int end_lineno, int end_col, const char *msg,
                              bool msg_only) {
    if (c->failed)
        return false;
    c->failed = true;
    Value line = source_line(c, lineno);
    int offset = char_offset(line, col);
    int end_offset = offset + 1;
    if (end_lineno == lineno && end_col > col)
        end_offset = char_offset(line, end_col);
    else if (end_lineno > lineno)
        end_offset = char_offset(source_line(c, end_lineno), end_col);
    else
        end_lineno = lineno;
    Value text = file_line(c, lineno);
    Value info = mo_tuple_pack(6, c->filename_v, mo_smallint(lineno), mo_smallint(offset), text,
                               mo_smallint(end_lineno), mo_smallint(end_offset));
    Value m = mo_str_from_cstr(msg);
    if (info == V_ERR || m == V_ERR)
        return false;
    Value args = mo_tuple_pack(2, m, info);
    if (args == V_ERR)
        return false;
    Value exc = mo_call_tuple_dict(mo_obj(&mo_exc_SyntaxError), args, MO_NULL);
    if (exc != V_ERR && msg_only) {
        Value only = mo_tuple_pack(1, m);
        if (only == V_ERR)
            return false;
        mo_exc_obj(exc)->args = only;
    }
    if (exc != V_ERR)
        mo_err_set(exc);
    return false;
}

static bool compiler_verror(Compiler *c, int lineno, int col, int end_lineno, int end_col, const char *fmt,
                            va_list ap) {
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    return raise_syntax(c, lineno, col, end_lineno, end_col, msg);
}

// Raises SyntaxError with one caret at `lineno`, byte column `col` (0-based).
static bool compiler_error(Compiler *c, int lineno, int col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    compiler_verror(c, lineno, col, lineno, col + 1, fmt, ap);
    va_end(ap);
    return false;
}

// Raises SyntaxError underlining the node at `loc`.
static bool compiler_error_at(Compiler *c, AstLoc loc, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    compiler_verror(c, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset, fmt, ap);
    va_end(ap);
    return false;
}

static bool no_memory(Compiler *c) {
    c->failed = true;
    if (!mo_err_occurred())
        mo_err_no_memory();
    return false;
}

// ---------------------------------------------------------------- emitting

// ---------------------------------------------------------- positions
//
// Every instruction records the node it was compiled for (the expression
// being compiled, else the statement), as CPython's compiler does: a
// traceback underlines that node's text on the failing line.

#define NO_POSITION ((CodePosition){.end_lineno = -1, .col = -1, .end_col = -1, .anchor = MO_ANCHOR_NONE})

static int16_t column(int col) { return col >= 0 && col <= INT16_MAX ? (int16_t)col : -1; }

// Makes `loc` the line and position of what is emitted next. For a one-line
// binary operation or subscript, also the columns its caret line anchors on.
static void set_position(Compiler *c, AstLoc loc, const AstExpr *e) {
    Unit *u = c->u;
    u->lineno = loc.lineno;
    u->pos_lineno = loc.lineno;
    u->pos = (CodePosition){.end_lineno = loc.end_lineno, .col = column(loc.col_offset),
                            .end_col = column(loc.end_col_offset), .anchor = MO_ANCHOR_NONE};
    if (u->pos.col < 0 || u->pos.end_col < 0)
        u->pos.col = u->pos.end_col = -1;
    if (!e || loc.lineno != loc.end_lineno || u->pos.col < 0)
        return;
    const AstExpr *a = NULL, *b = NULL;
    if (e->kind == EXPR_BIN_OP) {
        a = e->bin_op.left;
        b = e->bin_op.right;
        u->pos.anchor = MO_ANCHOR_BINOP;
        u->pos.anchor_a = column(a->loc.end_col_offset);
        u->pos.anchor_b = column(b->loc.col_offset);
    } else if (e->kind == EXPR_SUBSCRIPT) {
        a = e->subscript.value;
        b = e->subscript.slice;
        u->pos.anchor = MO_ANCHOR_SUBSCRIPT;
        u->pos.anchor_a = column(a->loc.end_col_offset);
        u->pos.anchor_b = column(b->loc.end_col_offset);
    } else {
        return;
    }
    if (u->pos.anchor_a < 0 || u->pos.anchor_b < 0 || a->loc.end_lineno != loc.lineno ||
        b->loc.end_lineno != loc.lineno)
        u->pos.anchor = MO_ANCHOR_NONE;
}

// What set_position changes, kept around a node and put back after it.
typedef struct SavedPosition {
    int lineno, pos_lineno;
    CodePosition pos;
} SavedPosition;

static SavedPosition save_position(const Unit *u) { return (SavedPosition){u->lineno, u->pos_lineno, u->pos}; }

static void restore_position(Unit *u, SavedPosition saved) {
    u->lineno = saved.lineno;
    u->pos_lineno = saved.pos_lineno;
    u->pos = saved.pos;
}

// An attribute that ends on a later line than it starts is reported from
// the line of its name, starting at the name (CPython 3.11 does the same).
static void set_attribute_line(Compiler *c, const AstExpr *attr) {
    Unit *u = c->u;
    if (!attr->loc.end_lineno || attr->loc.end_lineno == u->lineno)
        return;
    u->lineno = attr->loc.end_lineno;
    if (u->pos_lineno == attr->loc.lineno && u->pos.col >= 0) {
        int len = (int)strlen(attr->attribute.attr);
        u->pos_lineno = attr->loc.end_lineno;
        u->pos.col = len <= attr->loc.end_col_offset ? column(attr->loc.end_col_offset - len) : -1;
        u->pos.anchor = MO_ANCHOR_NONE;
        if (u->pos.col < 0)
            u->pos.end_col = -1;
        if (u->pos.end_lineno == u->pos_lineno && u->pos.end_col < u->pos.col)
            u->pos.end_col = u->pos.col;
    }
}

static bool emit_full(Compiler *c, int op, uint32_t arg, int target) {
    Unit *u = c->u;
    if (u->n == u->cap) {
        int ncap = u->cap ? u->cap * 2 : 64;
        Instr *p = realloc(u->code, (size_t)ncap * sizeof(Instr));
        if (!p)
            return no_memory(c);
        u->code = p;
        u->cap = ncap;
    }
    Instr *in = &u->code[u->n++];
    *in = (Instr){op, arg, target, u->lineno, NO_POSITION};
    if (u->lineno > 0 && u->lineno == u->pos_lineno)
        in->pos = u->pos;
    return true;
}

static bool emit(Compiler *c, int op, uint32_t arg) { return emit_full(c, op, arg, -1); }
static bool emit_jump(Compiler *c, int op, int label) { return emit_full(c, op, 0, label); }
static int new_label(Compiler *c) { return c->u->nlabels++; }
static bool use_label(Compiler *c, int label) { return emit_full(c, PSEUDO_LABEL, (uint32_t)label, -1); }

// Constants are shared when they are the same value of the same type, all
// the way down: 1, 1.0 and True stay apart, and so do (1, 0.0) and (1.0, 0.0),
// 0.0 and -0.0 (floats are keyed by their bits).
static Value const_key(Value v) {
    if (mo_is_exact(v, &mo_str_type))
        return v;
    if (mo_is_float(v))
        return mo_tuple_pack(2, mo_obj(&mo_float_type), mo_int_from_u64(v));
    if (mo_is_exact(v, &mo_tuple_type)) {
        int64_t n = mo_tuple_size(v);
        Value keys = mo_tuple_new((size_t)n);
        if (keys == V_ERR)
            return V_ERR;
        for (int64_t i = 0; i < n; i++) {
            Value k = const_key(mo_tuple_items(v)[i]);
            if (k == V_ERR)
                return V_ERR;
            mo_tuple_items(keys)[i] = k;
        }
        return mo_tuple_pack(2, mo_obj(&mo_tuple_type), keys);
    }
    if (mo_is_ptr(v) && mo_type(v) == &mo_frozenset_type)
        return mo_tuple_pack(2, mo_obj(&mo_frozenset_type), mo_int_from_u64((uint64_t)(uintptr_t)mo_ptr(v)));
    return mo_tuple_pack(2, mo_obj(mo_type(v)), v);
}

static int add_const(Compiler *c, Value v) {
    Unit *u = c->u;
    Value key = const_key(v);
    if (key == V_ERR)
        return no_memory(c), -1;
    Value idx = mo_dict_get(u->const_index, key);
    if (idx == V_ERR) {
        mo_err_clear();
        idx = MO_NULL;
    }
    if (idx != MO_NULL)
        return (int)mo_smallint_val(idx);
    int n = (int)mo_list_size(u->consts);
    if (mo_list_append(u->consts, v) < 0)
        return no_memory(c), -1;
    if (mo_dict_set(u->const_index, key, mo_smallint(n)) < 0)
        mo_err_clear();
    return n;
}

static bool load_const(Compiler *c, Value v) {
    if (v == V_ERR)
        return no_memory(c);
    int i = add_const(c, v);
    return i >= 0 && emit(c, OP_LOAD_CONST, (uint32_t)i);
}

static int add_name(Compiler *c, const char *name) {
    Unit *u = c->u;
    Value s = mo_str_intern_cstr(name);
    if (s == V_ERR)
        return no_memory(c), -1;
    Value idx = mo_dict_get_str(u->name_index, s);
    if (idx != MO_NULL)
        return (int)mo_smallint_val(idx);
    int n = (int)mo_list_size(u->names);
    if (mo_list_append(u->names, s) < 0 || mo_dict_set(u->name_index, s, mo_smallint(n)) < 0)
        return no_memory(c), -1;
    return n;
}

// `name` as written in the current unit: private names mangled.
static const char *mangle(Compiler *c, const char *name) {
    const char *m = mo_symtable_mangle(c->arena, c->u->scope->private_name, name);
    if (!m) {
        no_memory(c);
        return name;
    }
    return m;
}

// Emits `op` with the index of `name` (mangled: attribute and import names
// are private names too) in co_names.
static bool emit_name_op(Compiler *c, int op, const char *name) {
    name = mangle(c, name);
    if (c->failed)
        return false;
    int i = add_name(c, name);
    return i >= 0 && emit(c, op, (uint32_t)i);
}

// ------------------------------------------------------------------- units

static Value make_qualname(Compiler *c, const char *name) {
    Unit *parent = c->u;
    if (!parent || parent->scope->kind == SCOPE_MODULE)
        return mo_str_from_cstr(name);
    // A name declared global in the parent is not nested.
    Symbol *s = mo_scope_symbol(parent->scope, mangle(c, name));
    if (s && s->scope == SYM_GLOBAL_EXPLICIT)
        return mo_str_from_cstr(name);
    if (parent->scope->kind == SCOPE_FUNCTION)
        return mo_str_format("%U.<locals>.%s", parent->qualname, name);
    return mo_str_format("%U.%s", parent->qualname, name);
}

static bool push_unit(Compiler *c, Scope *scope, const char *name, int lineno) {
    Unit *u = calloc(1, sizeof *u);
    if (!u)
        return no_memory(c);
    u->scope = scope;
    u->firstlineno = lineno;
    u->lineno = lineno;
    u->consts = mo_list_new(0);
    u->const_index = mo_dict_new();
    u->names = mo_list_new(0);
    u->name_index = mo_dict_new();
    u->name = mo_str_intern_cstr(name);
    u->qualname = scope->kind == SCOPE_MODULE ? u->name : make_qualname(c, name);
    if (u->consts == V_ERR || u->const_index == V_ERR || u->names == V_ERR || u->name_index == V_ERR ||
        u->name == V_ERR || u->qualname == V_ERR) {
        free(u);
        return no_memory(c);
    }
    if (c->unit_depth >= 63) {
        free(u);
        return compiler_error(c, lineno, 0, "too many statically nested blocks");
    }
    u->prev = c->u;
    c->u = u;
    c->unit_depth++;
    c->fblocks[c->unit_depth] = calloc(MAX_FBLOCKS, sizeof(FBlock));
    c->nfblocks[c->unit_depth] = 0;
    if (!c->fblocks[c->unit_depth])
        return no_memory(c);
    // Cells start empty; an argument that is a cell is copied in.
    for (int i = 0; i < scope->ncellvars; i++) {
        int slot = scope->nvarnames + i;
        if (!emit(c, OP_MAKE_CELL, (uint32_t)slot))
            return false;
        int arg = mo_scope_index(scope->varnames, scope->nvarnames, scope->cellvars[i]);
        Symbol *sym = mo_scope_symbol(scope, scope->cellvars[i]);
        if (arg >= 0 && sym && (sym->flags & SYMF_PARAM)) {
            if (!emit(c, OP_LOAD_FAST, (uint32_t)arg) || !emit(c, OP_STORE_DEREF, (uint32_t)slot))
                return false;
        }
    }
    return true;
}

static void pop_unit(Compiler *c) {
    Unit *u = c->u;
    free(c->fblocks[c->unit_depth]);
    c->unit_depth--;
    c->u = u->prev;
    free(u->code);
    free(u);
}

static Value finish_unit(Compiler *c) {
    Value code = c->failed ? V_ERR : mo_assemble(c->u, c->filename_v);
    pop_unit(c);
    if (code == V_ERR)
        c->failed = true;
    return code;
}

// ------------------------------------------------------------------ fblocks

static FBlock *push_fblock(Compiler *c, int kind, int start, int exit, int lineno) {
    int *n = &c->nfblocks[c->unit_depth];
    if (*n >= MAX_FBLOCKS) {
        compiler_error(c, lineno, 0, "too many statically nested blocks");
        return NULL;
    }
    FBlock *f = &c->fblocks[c->unit_depth][(*n)++];
    *f = (FBlock){kind, start, exit, NULL, NULL, false};
    return f;
}

static void pop_fblock(Compiler *c) { c->nfblocks[c->unit_depth]--; }

// Calls a with-block's __exit__(None, None, None), which is below the top
// of the stack when `preserve` (a return value) is set.
static bool call_exit_with_nones(Compiler *c, bool preserve) {
    if (preserve && !emit(c, OP_SWAP, 2))
        return false;
    return emit(c, OP_PUSH_NULL, 0) && load_const(c, MO_NONE) && load_const(c, MO_NONE) &&
           load_const(c, MO_NONE) && emit(c, OP_CALL, 3) && emit(c, OP_POP_TOP, 0);
}

static bool unwind_fblock(Compiler *c, FBlock *f, bool preserve) {
    switch (f->kind) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
        return true;
    case FB_FOR_LOOP:
        if (preserve && !emit(c, OP_SWAP, 2))
            return false;
        return emit(c, f->owns_iter ? OP_POP_ITER : OP_POP_TOP, 0);
    case FB_TRY_EXCEPT:
        return emit(c, PSEUDO_POP_BLOCK, 0);
    case FB_FINALLY_TRY: {
        // The block is already off the stack (see unwind_stack), so a
        // `return` inside the finally body does not run it again.
        if (!emit(c, PSEUDO_POP_BLOCK, 0))
            return false;
        if (preserve && !push_fblock(c, FB_POP_VALUE, -1, -1, c->u->lineno))
            return false;
        if (!compile_body(c, f->finalbody))
            return false;
        if (preserve)
            pop_fblock(c);
        return true;
    }
    case FB_FINALLY_END:
        if (preserve && !emit(c, OP_SWAP, 2))
            return false;
        if (!emit(c, OP_POP_TOP, 0))   // the exception
            return false;
        if (preserve && !emit(c, OP_SWAP, 2))
            return false;
        return emit(c, PSEUDO_POP_BLOCK, 0) && emit(c, OP_POP_EXCEPT, 0);
    case FB_WITH:
        if (!emit(c, PSEUDO_POP_BLOCK, 0))
            return false;
        return call_exit_with_nones(c, preserve);
    case FB_HANDLER_CLEANUP:
        if (f->name && !emit(c, PSEUDO_POP_BLOCK, 0))
            return false;
        if (preserve && !emit(c, OP_SWAP, 2))
            return false;
        if (!emit(c, PSEUDO_POP_BLOCK, 0) || !emit(c, OP_POP_EXCEPT, 0))
            return false;
        if (f->name) {
            AstExpr tmp = {0};
            tmp.kind = EXPR_NAME;
            tmp.name.id = f->name;
            tmp.name.ctx = AST_STORE;
            tmp.loc.lineno = c->u->lineno;
            if (!load_const(c, MO_NONE) || !compile_store(c, &tmp))
                return false;
            tmp.name.ctx = AST_DEL;
            if (!compile_expr(c, &tmp))
                return false;
        }
        return true;
    case FB_POP_VALUE:
        if (preserve && !emit(c, OP_SWAP, 2))
            return false;
        return emit(c, OP_POP_TOP, 0);
    }
    return true;
}

// Unwinds the blocks of the current unit innermost first, each popped while
// its exit code is compiled and restored afterwards (as the code that
// follows still sits inside them). With `loop`, stops at the innermost loop
// and returns it there (NULL if there is none).
static bool unwind_stack(Compiler *c, bool preserve, FBlock **loop) {
    int depth = c->unit_depth;
    int n = c->nfblocks[depth];
    if (n == 0)
        return true;
    FBlock *top = &c->fblocks[depth][n - 1];
    if (loop && (top->kind == FB_WHILE_LOOP || top->kind == FB_FOR_LOOP)) {
        *loop = top;
        return true;
    }
    FBlock copy = *top;
    c->nfblocks[depth]--;
    bool ok = unwind_fblock(c, &copy, preserve) && unwind_stack(c, preserve, loop);
    c->fblocks[depth][c->nfblocks[depth]++] = copy;
    return ok;
}

static bool unwind_all(Compiler *c, bool preserve) { return unwind_stack(c, preserve, NULL); }

// ------------------------------------------------------------------- names

static int name_scope(Compiler *c, const char *name) {
    Symbol *s = mo_scope_symbol(c->u->scope, name);
    if (!s)
        return SYM_GLOBAL_IMPLICIT;
    return s->scope ? s->scope : SYM_GLOBAL_IMPLICIT;
}

// The frame slot of a local / cell / free variable of the current unit.
static int slot_of(Compiler *c, const char *name, int kind) {
    Scope *s = c->u->scope;
    int nlocals = s->kind == SCOPE_FUNCTION ? s->nvarnames : 0;
    if (kind == SYM_LOCAL)
        return mo_scope_index(s->varnames, s->nvarnames, name);
    if (kind == SYM_CELL) {
        int i = mo_scope_index(s->cellvars, s->ncellvars, name);
        return i < 0 ? -1 : nlocals + i;
    }
    int i = mo_scope_index(s->freevars, s->nfreevars, name);
    return i < 0 ? -1 : nlocals + s->ncellvars + i;
}

static bool is_param_never_deleted(Compiler *c, const char *name) {
    Symbol *s = mo_scope_symbol(c->u->scope, name);
    return s && (s->flags & SYMF_PARAM) && !(s->flags & SYMF_DELETED);
}

static bool compile_name(Compiler *c, const char *name, AstExprContext ctx, int lineno, int col) {
    Scope *scope = c->u->scope;
    name = mangle(c, name);
    if (c->failed)
        return false;
    int kind = name_scope(c, name);
    if (scope->kind == SCOPE_CLASS && kind == SYM_CELL && strcmp(name, "__class__") == 0)
        kind = SYM_GLOBAL_IMPLICIT;
    // Module and class bodies use the namespace dict for their own names.
    if (scope->kind != SCOPE_FUNCTION) {
        Symbol *sym = mo_scope_symbol(scope, name);
        if (kind == SYM_LOCAL || kind == SYM_GLOBAL_IMPLICIT ||
            (sym && (sym->flags & SYMF_FREE_CLASS) && kind != SYM_GLOBAL_EXPLICIT)) {
            int op = ctx == AST_LOAD ? OP_LOAD_NAME : ctx == AST_STORE ? OP_STORE_NAME : OP_DELETE_NAME;
            if (kind == SYM_GLOBAL_IMPLICIT && scope->kind == SCOPE_CLASS && ctx == AST_LOAD)
                op = OP_LOAD_NAME;
            return emit_name_op(c, op, name);
        }
    }
    switch (kind) {
    case SYM_LOCAL: {
        int slot = slot_of(c, name, SYM_LOCAL);
        if (slot < 0)
            return compiler_error(c, lineno, col, "internal compiler error: no slot for '%s'", name);
        if (ctx == AST_LOAD)
            return emit(c, is_param_never_deleted(c, name) ? OP_LOAD_FAST : OP_LOAD_FAST_CHECK, (uint32_t)slot);
        return emit(c, ctx == AST_STORE ? OP_STORE_FAST : OP_DELETE_FAST, (uint32_t)slot);
    }
    case SYM_CELL:
    case SYM_FREE: {
        int slot = slot_of(c, name, kind);
        if (slot < 0)
            return compiler_error(c, lineno, col, "internal compiler error: no cell for '%s'", name);
        if (ctx == AST_LOAD)
            return emit(c, scope->kind == SCOPE_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF, (uint32_t)slot);
        return emit(c, ctx == AST_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF, (uint32_t)slot);
    }
    case SYM_GLOBAL_EXPLICIT:
    case SYM_GLOBAL_IMPLICIT:
    default: {
        int op = ctx == AST_LOAD ? OP_LOAD_GLOBAL : ctx == AST_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL;
        if (scope->kind != SCOPE_FUNCTION && kind == SYM_GLOBAL_IMPLICIT)
            op = ctx == AST_LOAD ? OP_LOAD_NAME : ctx == AST_STORE ? OP_STORE_NAME : OP_DELETE_NAME;
        return emit_name_op(c, op, name);
    }
    }
}

// ---------------------------------------------------------------- constants

static Value constant_value(Compiler *c, const AstConstant *k, int lineno, int col) {
    switch (k->kind) {
    case AST_CONST_NONE: return MO_NONE;
    case AST_CONST_TRUE: return MO_TRUE;
    case AST_CONST_FALSE: return MO_FALSE;
    case AST_CONST_ELLIPSIS: return MO_ELLIPSIS;
    case AST_CONST_INT: return mo_int_from_i64(k->i);
    case AST_CONST_BIG_INT: return mo_int_from_str(k->big.digits, strlen(k->big.digits), k->big.base);
    case AST_CONST_FLOAT: return mo_float(k->f);
    case AST_CONST_IMAG: return mo_complex_new(0.0, k->f);
    case AST_CONST_STR: {
        Value s = mo_str_new(k->str.data, k->str.len);
        if (s == V_ERR)
            return V_ERR;
        // Identifier-like strings are interned, as CPython does.
        bool ident = k->str.len > 0 && k->str.len < 64;
        for (size_t i = 0; ident && i < k->str.len; i++) {
            char ch = k->str.data[i];
            ident = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
        }
        return ident ? mo_str_intern(s) : s;
    }
    case AST_CONST_BYTES: return mo_bytes_new(k->str.data, k->str.len);
    }
    return MO_NONE;
}

// A constant for a tuple display of constants (folded), or MO_NULL.
static Value fold_constant(Compiler *c, const AstExpr *e);

static Value fold_tuple(Compiler *c, const AstExpr *e) {
    int n = e->tuple.elts.count;
    for (int i = 0; i < n; i++) {
        const AstExpr *x = e->tuple.elts.items[i];
        if (x->kind == EXPR_STARRED)
            return MO_NULL;
    }
    Value t = mo_tuple_new((size_t)n);
    if (t == V_ERR)
        return V_ERR;
    for (int i = 0; i < n; i++) {
        Value v = fold_constant(c, e->tuple.elts.items[i]);
        if (v == MO_NULL || v == V_ERR)
            return v;
        mo_tuple_items(t)[i] = v;
    }
    return t;
}

static Value fold_constant(Compiler *c, const AstExpr *e) {
    if (e->kind == EXPR_CONSTANT) {
        if (e->constant.value.kind == AST_CONST_IMAG)
            return MO_NULL;
        return constant_value(c, &e->constant.value, e->loc.lineno, e->loc.col_offset);
    }
    if (e->kind == EXPR_UNARY_OP && e->unary_op.op == AST_USUB && e->unary_op.operand->kind == EXPR_CONSTANT) {
        const AstConstant *k = &e->unary_op.operand->constant.value;
        if (k->kind == AST_CONST_INT || k->kind == AST_CONST_FLOAT || k->kind == AST_CONST_BIG_INT) {
            Value v = constant_value(c, k, e->loc.lineno, e->loc.col_offset);
            if (v == V_ERR)
                return V_ERR;
            Value r = mo_unop(v, MO_UNOP_NEG);
            if (r == V_ERR)
                mo_err_clear();
            return r == V_ERR ? MO_NULL : r;
        }
    }
    if (e->kind == EXPR_TUPLE && e->tuple.ctx == AST_LOAD)
        return fold_tuple(c, e);
    return MO_NULL;
}

// ----------------------------------------------------------- expressions

static const int binop_codes[] = {
    [AST_ADD] = MO_OP_ADD, [AST_SUB] = MO_OP_SUB, [AST_MULT] = MO_OP_MUL, [AST_MAT_MULT] = MO_OP_MATMUL,
    [AST_DIV] = MO_OP_TRUEDIV, [AST_MOD] = MO_OP_MOD, [AST_POW] = MO_OP_POW, [AST_LSHIFT] = MO_OP_LSHIFT,
    [AST_RSHIFT] = MO_OP_RSHIFT, [AST_BIT_OR] = MO_OP_OR, [AST_BIT_XOR] = MO_OP_XOR, [AST_BIT_AND] = MO_OP_AND,
    [AST_FLOOR_DIV] = MO_OP_FLOORDIV,
};

static bool compile_compare_op(Compiler *c, AstCmpOp op) {
    switch (op) {
    case AST_EQ: return emit(c, OP_COMPARE_OP, MO_CMP_EQ);
    case AST_NOT_EQ: return emit(c, OP_COMPARE_OP, MO_CMP_NE);
    case AST_LT: return emit(c, OP_COMPARE_OP, MO_CMP_LT);
    case AST_LT_E: return emit(c, OP_COMPARE_OP, MO_CMP_LE);
    case AST_GT: return emit(c, OP_COMPARE_OP, MO_CMP_GT);
    case AST_GT_E: return emit(c, OP_COMPARE_OP, MO_CMP_GE);
    case AST_IS: return emit(c, OP_IS_OP, 0);
    case AST_IS_NOT: return emit(c, OP_IS_OP, 1);
    case AST_IN: return emit(c, OP_CONTAINS_OP, 0);
    case AST_NOT_IN: return emit(c, OP_CONTAINS_OP, 1);
    }
    return false;
}

static bool compile_exprs(Compiler *c, const AstExprSeq *seq) {
    for (int i = 0; i < seq->count; i++)
        if (!compile_expr(c, seq->items[i]))
            return false;
    return true;
}

static bool has_starred(const AstExprSeq *seq) {
    for (int i = 0; i < seq->count; i++)
        if (seq->items[i]->kind == EXPR_STARRED)
            return true;
    return false;
}

// A list/tuple/set display, with `*x` unpacking handled by extending.
static Value fold_constant(Compiler *c, const AstExpr *e);

// The frozenset constant of a set display, with the iteration order CPython
// ends up with: its compiler builds a frozenset from the items, then
// rebuilds it from its own iteration order when it merges constants; a set
// display copies that in its order, which is what a program sees printed.
static Value cpython_set_constant(Value items) {
    Value f1 = mo_frozenset_new(items);
    if (f1 == V_ERR)
        return V_ERR;
    int64_t n = mo_set_size(f1), pos = 0, i = 0;
    Value order = mo_tuple_new((size_t)n), item;
    if (order == V_ERR)
        return V_ERR;
    while (mo_set_next(f1, &pos, &item))
        mo_tuple_items(order)[i++] = item;
    return mo_frozenset_new(order);
}

static bool compile_sequence(Compiler *c, const AstExprSeq *elts, int kind) {
    // More than two constants: one constant (a tuple, or a frozenset for a
    // set, which is also what fixes the order CPython's sets print in).
    if (elts->count > 2 && !has_starred(elts)) {
        Value folded = mo_tuple_new((size_t)elts->count);
        if (folded == V_ERR)
            return no_memory(c);
        bool all = true;
        for (int i = 0; i < elts->count && all; i++) {
            Value v = fold_constant(c, elts->items[i]);
            if (v == V_ERR)
                return false;
            if (v == MO_NULL)
                all = false;
            else
                mo_tuple_items(folded)[i] = v;
        }
        if (all) {
            if (kind == EXPR_TUPLE)
                return load_const(c, folded);
            if (kind == EXPR_SET) {
                Value fs = cpython_set_constant(folded);
                if (fs == V_ERR)
                    return false;
                return emit(c, OP_BUILD_SET, 0) && load_const(c, fs) && emit(c, OP_SET_UPDATE, 1);
            }
            return emit(c, OP_BUILD_LIST, 0) && load_const(c, folded) && emit(c, OP_LIST_EXTEND, 1);
        }
    }
    if (!has_starred(elts)) {
        if (!compile_exprs(c, elts))
            return false;
        int op = kind == EXPR_LIST ? OP_BUILD_LIST : kind == EXPR_SET ? OP_BUILD_SET : OP_BUILD_TUPLE;
        return emit(c, op, (uint32_t)elts->count);
    }
    bool set = kind == EXPR_SET;
    if (!emit(c, set ? OP_BUILD_SET : OP_BUILD_LIST, 0))
        return false;
    for (int i = 0; i < elts->count; i++) {
        const AstExpr *x = elts->items[i];
        if (x->kind == EXPR_STARRED) {
            if (!compile_expr(c, x->starred.value) || !emit(c, set ? OP_SET_UPDATE : OP_LIST_EXTEND, 1))
                return false;
        } else if (!compile_expr(c, x) || !emit(c, set ? OP_SET_ADD : OP_LIST_APPEND, 1)) {
            return false;
        }
    }
    if (kind == EXPR_TUPLE)
        return emit(c, OP_LIST_TO_TUPLE, 0);
    return true;
}

static bool compile_dict(Compiler *c, const AstExpr *e) {
    int n = e->dict.keys.count;
    int pending = 0;
    bool built = false;
    for (int i = 0; i < n; i++) {
        const AstExpr *k = e->dict.keys.items[i];
        if (!k) {
            // `**mapping`
            if (pending || !built) {
                if (!emit(c, OP_BUILD_MAP, (uint32_t)pending))
                    return false;
                if (built && !emit(c, OP_DICT_UPDATE, 1))
                    return false;
                built = true;
                pending = 0;
            }
            if (!compile_expr(c, e->dict.values.items[i]) || !emit(c, OP_DICT_UPDATE, 1))
                return false;
            continue;
        }
        if (!compile_expr(c, k) || !compile_expr(c, e->dict.values.items[i]))
            return false;
        pending++;
    }
    if (!built)
        return emit(c, OP_BUILD_MAP, (uint32_t)pending);
    if (pending)
        return emit(c, OP_BUILD_MAP, (uint32_t)pending) && emit(c, OP_DICT_UPDATE, 1);
    return true;
}

// Keyword arguments as a kwnames tuple constant (no `**`).
static bool load_kwnames(Compiler *c, const AstKeywordSeq *kws) {
    Value t = mo_tuple_new((size_t)kws->count);
    if (t == V_ERR)
        return no_memory(c);
    for (int i = 0; i < kws->count; i++) {
        Value s = mo_str_intern_cstr(kws->items[i]->arg);
        if (s == V_ERR)
            return no_memory(c);
        mo_tuple_items(t)[i] = s;
    }
    return load_const(c, t);
}

static bool check_keywords(Compiler *c, const AstKeywordSeq *kws) {
    for (int i = 0; i < kws->count; i++) {
        const char *a = kws->items[i]->arg;
        if (!a)
            continue;
        for (int j = i + 1; j < kws->count; j++)
            if (kws->items[j]->arg && strcmp(a, kws->items[j]->arg) == 0)
                return compiler_error_at(c, kws->items[j]->loc, "keyword argument repeated: %s", a);
    }
    return true;
}

// Arguments after the callable and self-or-NULL are on the stack.
static bool compile_call_args(Compiler *c, const AstExprSeq *args, const AstKeywordSeq *kws, int extra_pos) {
    if (!check_keywords(c, kws))
        return false;
    bool star = has_starred(args);
    bool dstar = false;
    for (int i = 0; i < kws->count; i++)
        if (!kws->items[i]->arg)
            dstar = true;
    if (!star && !dstar) {
        if (!compile_exprs(c, args))
            return false;
        for (int i = 0; i < kws->count; i++)
            if (!compile_expr(c, kws->items[i]->value))
                return false;
        if (kws->count)
            return load_kwnames(c, kws) && emit(c, OP_CALL_KW, (uint32_t)(args->count + kws->count + extra_pos));
        return emit(c, OP_CALL, (uint32_t)(args->count + extra_pos));
    }
    // The general form: a tuple of positional arguments, a dict of keywords.
    // A lone `*x` goes as it is (CALL_FUNCTION_EX makes the tuple and gives
    // the "argument after * must be an iterable" error).
    if (args->count == 1 && args->items[0]->kind == EXPR_STARRED) {
        if (!compile_expr(c, args->items[0]->starred.value))
            return false;
    } else {
        AstExprSeq seq = *args;
        if (!compile_sequence(c, &seq, EXPR_TUPLE))
            return false;
    }
    if (kws->count) {
        int pending = 0;
        bool built = false;
        for (int i = 0; i < kws->count; i++) {
            const AstKeyword *k = kws->items[i];
            if (!k->arg) {
                if (!built) {
                    if (!emit(c, OP_BUILD_MAP, (uint32_t)pending))
                        return false;
                    built = true;
                } else if (pending) {
                    if (!emit(c, OP_BUILD_MAP, (uint32_t)pending) || !emit(c, OP_DICT_MERGE, 1))
                        return false;
                }
                pending = 0;
                if (!compile_expr(c, k->value) || !emit(c, OP_DICT_MERGE, 1))
                    return false;
                continue;
            }
            Value s = mo_str_intern_cstr(k->arg);
            if (s == V_ERR || !load_const(c, s) || !compile_expr(c, k->value))
                return false;
            pending++;
        }
        if (!built) {
            if (!emit(c, OP_BUILD_MAP, (uint32_t)pending))
                return false;
        } else if (pending) {
            if (!emit(c, OP_BUILD_MAP, (uint32_t)pending) || !emit(c, OP_DICT_MERGE, 1))
                return false;
        }
    } else if (!emit(c, OP_PUSH_NULL, 0)) {
        return false;
    }
    return emit(c, OP_CALL_FUNCTION_EX, 0);
}

static bool compile_call(Compiler *c, const AstExpr *e) {
    const AstExpr *f = e->call.func;
    bool plain = !has_starred(&e->call.args);
    for (int i = 0; i < e->call.keywords.count; i++)
        if (!e->call.keywords.items[i]->arg)
            plain = false;
    if (f->kind == EXPR_ATTRIBUTE && f->attribute.ctx == AST_LOAD) {
        if (!compile_expr(c, f->attribute.value))
            return false;
        SavedPosition saved = save_position(c->u);
        // A missing method is reported at the attribute, not the call.
        set_position(c, f->loc, f);
        set_attribute_line(c, f);
        if (!emit_name_op(c, OP_LOAD_METHOD, f->attribute.attr))
            return false;
        restore_position(c->u, saved);
        (void)plain;
    } else {
        if (!compile_expr(c, f) || !emit(c, OP_PUSH_NULL, 0))
            return false;
    }
    return compile_call_args(c, &e->call.args, &e->call.keywords, 0);
}

static bool compile_boolop(Compiler *c, const AstExpr *e) {
    int end = new_label(c);
    int op = e->bool_op.op == AST_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    int n = e->bool_op.values.count;
    for (int i = 0; i < n; i++) {
        if (!compile_expr(c, e->bool_op.values.items[i]))
            return false;
        if (i < n - 1 && !emit_jump(c, op, end))
            return false;
    }
    return use_label(c, end);
}

static bool compile_compare(Compiler *c, const AstExpr *e) {
    int n = e->compare.ops.count;
    if (!compile_expr(c, e->compare.left))
        return false;
    if (n == 1)
        return compile_expr(c, e->compare.comparators.items[0]) && compile_compare_op(c, e->compare.ops.items[0]);
    int cleanup = new_label(c), end = new_label(c);
    for (int i = 0; i < n - 1; i++) {
        if (!compile_expr(c, e->compare.comparators.items[i]) || !emit(c, OP_SWAP, 2) || !emit(c, OP_COPY, 2) ||
            !compile_compare_op(c, e->compare.ops.items[i]) || !emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup))
            return false;
    }
    if (!compile_expr(c, e->compare.comparators.items[n - 1]) || !compile_compare_op(c, e->compare.ops.items[n - 1]) ||
        !emit_jump(c, OP_JUMP, end))
        return false;
    return use_label(c, cleanup) && emit(c, OP_SWAP, 2) && emit(c, OP_POP_TOP, 0) && use_label(c, end);
}

// Jumps to `label` when the truth of `e` equals `cond`, without building a
// bool where possible.
static bool compile_jump_if(Compiler *c, const AstExpr *e, int label, bool cond) {
    switch (e->kind) {
    case EXPR_UNARY_OP:
        if (e->unary_op.op == AST_NOT)
            return compile_jump_if(c, e->unary_op.operand, label, !cond);
        break;
    case EXPR_BOOL_OP: {
        bool is_and = e->bool_op.op == AST_AND;
        int n = e->bool_op.values.count;
        int next = (is_and == cond) ? new_label(c) : label;
        for (int i = 0; i < n - 1; i++)
            if (!compile_jump_if(c, e->bool_op.values.items[i], next, !is_and))
                return false;
        if (!compile_jump_if(c, e->bool_op.values.items[n - 1], label, cond))
            return false;
        if (next != label && !use_label(c, next))
            return false;
        return true;
    }
    case EXPR_IF_EXP: {
        int end = new_label(c), other = new_label(c);
        return compile_jump_if(c, e->if_exp.test, other, false) && compile_jump_if(c, e->if_exp.body, label, cond) &&
               emit_jump(c, OP_JUMP, end) && use_label(c, other) && compile_jump_if(c, e->if_exp.orelse, label, cond) &&
               use_label(c, end);
    }
    case EXPR_COMPARE:
        if (e->compare.ops.count == 1) {
            AstCmpOp op = e->compare.ops.items[0];
            // `x is None` / `x is not None`
            const AstExpr *r = e->compare.comparators.items[0];
            if ((op == AST_IS || op == AST_IS_NOT) && r->kind == EXPR_CONSTANT &&
                r->constant.value.kind == AST_CONST_NONE) {
                int save = c->u->lineno;
                c->u->lineno = e->loc.lineno;
                bool ok = compile_expr(c, e->compare.left);
                c->u->lineno = e->loc.lineno;
                bool jump_if_none = (op == AST_IS) == cond;
                ok = ok && emit_jump(c, jump_if_none ? OP_POP_JUMP_IF_NONE : OP_POP_JUMP_IF_NOT_NONE, label);
                c->u->lineno = save;
                return ok;
            }
        }
        break;
    default:
        break;
    }
    if (!compile_expr(c, e))
        return false;
    int save = c->u->lineno;
    c->u->lineno = e->loc.lineno;
    bool ok = emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
    c->u->lineno = save;
    return ok;
}

static bool compile_joined_str(Compiler *c, const AstExpr *e) {
    int n = e->joined_str.values.count;
    if (n == 0)
        return load_const(c, mo_str_empty);
    for (int i = 0; i < n; i++)
        if (!compile_expr(c, e->joined_str.values.items[i]))
            return false;
    if (n == 1 && e->joined_str.values.items[0]->kind == EXPR_FORMATTED_VALUE)
        return true;
    return n == 1 || emit(c, OP_BUILD_STRING, (uint32_t)n);
}

static bool compile_formatted_value(Compiler *c, const AstExpr *e) {
    if (!compile_expr(c, e->formatted_value.value))
        return false;
    uint32_t flags = 0;
    switch (e->formatted_value.conversion) {
    case 's': flags = 1; break;
    case 'r': flags = 2; break;
    case 'a': flags = 3; break;
    default: break;
    }
    if (e->formatted_value.format_spec) {
        if (!compile_expr(c, e->formatted_value.format_spec))
            return false;
        flags |= 4;
    }
    return emit(c, OP_FORMAT_VALUE, flags);
}

static bool compile_subscript(Compiler *c, const AstExpr *e) {
    if (!compile_expr(c, e->subscript.value))
        return false;
    if (!compile_expr(c, e->subscript.slice))
        return false;
    switch (e->subscript.ctx) {
    case AST_LOAD: return emit(c, OP_BINARY_SUBSCR, 0);
    case AST_DEL: return emit(c, OP_DELETE_SUBSCR, 0);
    default: return compiler_error(c, e->loc.lineno, e->loc.col_offset, "internal error: subscript store");
    }
}

static bool compile_slice(Compiler *c, const AstExpr *e) {
    if (e->slice.lower) {
        if (!compile_expr(c, e->slice.lower))
            return false;
    } else if (!load_const(c, MO_NONE)) {
        return false;
    }
    if (e->slice.upper) {
        if (!compile_expr(c, e->slice.upper))
            return false;
    } else if (!load_const(c, MO_NONE)) {
        return false;
    }
    if (e->slice.step)
        return compile_expr(c, e->slice.step) && emit(c, OP_BUILD_SLICE, 3);
    return emit(c, OP_BUILD_SLICE, 2);
}

// ---------------------------------------------------- functions, classes

static Value code_with_closure(Compiler *c, Scope *child, uint32_t *flags) {
    // The closure tuple, in the child's freevars order.
    if (child->nfreevars == 0)
        return MO_NONE;
    for (int i = 0; i < child->nfreevars; i++) {
        const char *name = child->freevars[i];
        int kind = name_scope(c, name);
        Scope *s = c->u->scope;
        int slot;
        if (s->kind == SCOPE_CLASS && strcmp(name, "__class__") == 0) {
            slot = slot_of(c, name, SYM_CELL);
        } else if (kind == SYM_CELL || kind == SYM_FREE) {
            slot = slot_of(c, name, kind);
        } else {
            // A class body passes its own free variable through.
            slot = slot_of(c, name, SYM_FREE);
            if (slot < 0)
                slot = slot_of(c, name, SYM_CELL);
        }
        if (slot < 0)
            return compiler_error(c, child->lineno, child->col, "internal compiler error: no closure cell '%s'",
                                  name), V_ERR;
        if (!emit(c, OP_LOAD_CLOSURE, (uint32_t)slot))
            return V_ERR;
    }
    if (!emit(c, OP_BUILD_TUPLE, (uint32_t)child->nfreevars))
        return V_ERR;
    *flags |= 8;
    return MO_NONE;
}

// Emits MAKE_FUNCTION for the code just compiled (defaults etc. already on
// the stack as flagged).
static bool make_function(Compiler *c, Value code, Scope *child, uint32_t flags) {
    if (code_with_closure(c, child, &flags) == V_ERR)
        return false;
    CodeObject *co = mo_code_obj(code);
    return load_const(c, code) && load_const(c, co->qualname) && emit(c, OP_MAKE_FUNCTION, flags);
}

// Pushes defaults / kwdefaults / annotations; returns the flags.
// Writes annotation `e` as CPython's `ast.unparse` would for the usual
// annotation shapes (names, attributes, subscripts, constants, `|`, lists,
// tuples); anything else is copied from the source.
static void unparse_annotation(Compiler *c, const AstExpr *e, StrBuf *b) {
    switch (e->kind) {
    case EXPR_NAME: mo_strbuf_puts(b, e->name.id); return;
    case EXPR_ATTRIBUTE:
        unparse_annotation(c, e->attribute.value, b);
        mo_strbuf_puts(b, ".");
        mo_strbuf_puts(b, e->attribute.attr);
        return;
    case EXPR_SUBSCRIPT: {
        unparse_annotation(c, e->subscript.value, b);
        mo_strbuf_puts(b, "[");
        const AstExpr *sl = e->subscript.slice;
        if (sl->kind == EXPR_TUPLE && sl->tuple.elts.count > 0) {
            for (int i = 0; i < sl->tuple.elts.count; i++) {
                if (i)
                    mo_strbuf_puts(b, ", ");
                unparse_annotation(c, sl->tuple.elts.items[i], b);
            }
        } else {
            unparse_annotation(c, sl, b);
        }
        mo_strbuf_puts(b, "]");
        return;
    }
    case EXPR_CONSTANT: {
        if (e->constant.value.kind == AST_CONST_ELLIPSIS) {
            mo_strbuf_puts(b, "...");
            return;
        }
        Value v = constant_value(c, &e->constant.value, e->loc.lineno, e->loc.col_offset);
        Value r = v == V_ERR ? V_ERR : mo_repr(v);
        if (r == V_ERR) {
            mo_err_clear();
            break;
        }
        mo_strbuf_append(b, mo_str_data(r), (size_t)mo_str_size(r));
        return;
    }
    case EXPR_BIN_OP:
        if (e->bin_op.op != AST_BIT_OR)
            break;
        unparse_annotation(c, e->bin_op.left, b);
        mo_strbuf_puts(b, " | ");
        unparse_annotation(c, e->bin_op.right, b);
        return;
    case EXPR_LIST:
    case EXPR_TUPLE: {
        bool list = e->kind == EXPR_LIST;
        mo_strbuf_puts(b, list ? "[" : "(");
        for (int i = 0; i < e->list.elts.count; i++) {
            if (i)
                mo_strbuf_puts(b, ", ");
            unparse_annotation(c, e->list.elts.items[i], b);
        }
        if (!list && e->list.elts.count == 1)
            mo_strbuf_puts(b, ",");
        mo_strbuf_puts(b, list ? "]" : ")");
        return;
    }
    default: break;
    }
    // The source text, lines joined.
    const char *p = c->src;
    const char *end = c->src + c->src_len;
    for (int l = 1; l < e->loc.lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    p += e->loc.col_offset;
    for (int l = e->loc.lineno; p < end; p++) {
        if (l == e->loc.end_lineno && p - c->src >= 0) {
            const char *line_start = p;
            while (line_start > c->src && line_start[-1] != '\n')
                line_start--;
            if (p - line_start >= e->loc.end_col_offset)
                break;
        }
        if (*p == '\n') {
            l++;
            continue;
        }
        mo_strbuf_append(b, p, 1);
    }
}

// Pushes annotation `e`: its value, or under `from __future__ import
// annotations` its text.
static bool compile_annotation(Compiler *c, const AstExpr *e) {
    if (!c->future_annotations)
        return compile_expr(c, e);
    StrBuf b = STRBUF_INIT;
    unparse_annotation(c, e, &b);
    if (b.failed) {
        mo_strbuf_free(&b);
        return no_memory(c);
    }
    Value s = mo_str_new(b.data ? b.data : "", b.len);
    mo_strbuf_free(&b);
    return s != V_ERR && load_const(c, s);
}

static bool compile_defaults(Compiler *c, const AstArguments *args, const AstExpr *returns, uint32_t *flags) {
    if (args->defaults.count) {
        Value folded = MO_NULL;
        bool all_const = true;
        for (int i = 0; i < args->defaults.count && all_const; i++) {
            Value v = fold_constant(c, args->defaults.items[i]);
            if (v == V_ERR)
                return false;
            all_const = v != MO_NULL;
        }
        if (all_const) {
            folded = mo_tuple_new((size_t)args->defaults.count);
            if (folded == V_ERR)
                return no_memory(c);
            for (int i = 0; i < args->defaults.count; i++)
                mo_tuple_items(folded)[i] = fold_constant(c, args->defaults.items[i]);
            if (!load_const(c, folded))
                return false;
        } else if (!compile_exprs(c, &args->defaults) || !emit(c, OP_BUILD_TUPLE, (uint32_t)args->defaults.count)) {
            return false;
        }
        *flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < args->kw_defaults.count; i++) {
        if (!args->kw_defaults.items[i])
            continue;
        Value s = mo_str_intern_cstr(args->kwonlyargs.items[i]->arg);
        if (s == V_ERR || !load_const(c, s) || !compile_expr(c, args->kw_defaults.items[i]))
            return false;
        nkw++;
    }
    if (nkw) {
        if (!emit(c, OP_BUILD_MAP, (uint32_t)nkw))
            return false;
        *flags |= 2;
    }
    // Annotations: evaluated now, or text under `from __future__ import
    // annotations`.
    // In CPython's order: the ordinary positional parameters, then the
    // positional-only ones, *args, keyword-only, **kwargs, return.
    int nann = 0;
    const AstArgSeq *seqs[5] = {&args->args, &args->posonlyargs, NULL, &args->kwonlyargs, NULL};
    const AstArg *single[5] = {NULL, NULL, args->vararg, NULL, args->kwarg};
    for (int k = 0; k < 5; k++) {
        int n = seqs[k] ? seqs[k]->count : single[k] != NULL;
        for (int i = 0; i < n; i++) {
            const AstArg *a = seqs[k] ? seqs[k]->items[i] : single[k];
            if (!a->annotation)
                continue;
            Value s = mo_str_intern_cstr(mangle(c, a->arg));
            if (s == V_ERR || !load_const(c, s) || !compile_annotation(c, a->annotation))
                return false;
            nann++;
        }
    }
    if (returns) {
        Value s = mo_str_intern_cstr("return");
        if (s == V_ERR || !load_const(c, s) || !compile_annotation(c, returns))
            return false;
        nann++;
    }
    if (nann) {
        if (!emit(c, OP_BUILD_MAP, (uint32_t)nann))
            return false;
        *flags |= 4;
    }
    return true;
}

static void set_arg_counts(Unit *u, const AstArguments *args) {
    u->argcount = args->posonlyargs.count + args->args.count;
    u->posonlyargcount = args->posonlyargs.count;
    u->kwonlyargcount = args->kwonlyargs.count;
    if (args->vararg)
        u->flags |= MO_CO_VARARGS;
    if (args->kwarg)
        u->flags |= MO_CO_VARKEYWORDS;
}

static const AstExpr *docstring_of(const AstStmtSeq *body) {
    if (body->count == 0)
        return NULL;
    const AstStmt *s = body->items[0];
    if (s->kind == STMT_EXPR && s->expr.value->kind == EXPR_CONSTANT &&
        s->expr.value->constant.value.kind == AST_CONST_STR)
        return s->expr.value;
    return NULL;
}

// Calls the decorators (evaluated earlier, each with a NULL) on the object
// on top of the stack, innermost first, each call on its decorator's line.
static bool apply_decorators(Compiler *c, const AstExprSeq *decos) {
    SavedPosition saved = save_position(c->u);
    for (int i = decos->count - 1; i >= 0; i--) {
        set_position(c, decos->items[i]->loc, NULL);
        if (!emit(c, OP_CALL, 1))
            return false;
    }
    restore_position(c->u, saved);
    return true;
}

static bool compile_function(Compiler *c, const AstStmt *s) {
    const AstExprSeq *decos = &s->function_def.decorator_list;
    for (int i = 0; i < decos->count; i++)
        if (!compile_expr(c, decos->items[i]) || !emit(c, OP_PUSH_NULL, 0))
            return false;
    uint32_t flags = 0;
    if (!compile_defaults(c, s->function_def.args, s->function_def.returns, &flags))
        return false;
    Scope *scope = mo_symtable_lookup_scope(&c->st, s);
    if (!scope)
        return compiler_error(c, s->loc.lineno, s->loc.col_offset, "internal compiler error: no scope");
    int first_line = decos->count ? decos->items[0]->loc.lineno : s->loc.lineno;
    if (!push_unit(c, scope, s->function_def.name, first_line))
        return false;
    Unit *u = c->u;
    u->flags |= MO_CO_OPTIMIZED | MO_CO_NEWLOCALS;
    set_arg_counts(u, s->function_def.args);
    // The docstring is always constant 0 (None when there is none).
    const AstExpr *doc = docstring_of(&s->function_def.body);
    if (doc) {
        Value d = constant_value(c, &doc->constant.value, doc->loc.lineno, doc->loc.col_offset);
        if (d == V_ERR || add_const(c, d) < 0)
            return false;
        u->flags |= MO_CO_HAS_DOCSTRING;
    } else if (add_const(c, MO_NONE) < 0) {
        return false;
    }
    if (scope->is_generator)
        u->flags |= MO_CO_GENERATOR;   // assemble.c puts RETURN_GENERATOR first
    AstStmtSeq body = s->function_def.body;
    if (doc) {
        body.count--;
        body.items++;
    }
    bool ok = compile_body(c, &body);
    if (ok) {
        u->lineno = -1;
        ok = load_const(c, MO_NONE) && emit(c, OP_RETURN_VALUE, 0);
    }
    if (!ok) {
        pop_unit(c);
        return false;
    }
    Value code = finish_unit(c);
    if (code == V_ERR)
        return false;
    c->u->lineno = s->loc.lineno;
    if (!make_function(c, code, scope, flags))
        return false;
    if (!apply_decorators(c, decos))
        return false;
    return compile_name(c, s->function_def.name, AST_STORE, s->loc.lineno, s->loc.col_offset);
}

static bool compile_lambda(Compiler *c, const AstExpr *e) {
    uint32_t flags = 0;
    if (!compile_defaults(c, e->lambda.args, NULL, &flags))
        return false;
    Scope *scope = mo_symtable_lookup_scope(&c->st, e);
    if (!scope || !push_unit(c, scope, "<lambda>", e->loc.lineno))
        return false;
    Unit *u = c->u;
    u->flags |= MO_CO_OPTIMIZED | MO_CO_NEWLOCALS;
    if (scope->is_generator)
        u->flags |= MO_CO_GENERATOR;
    set_arg_counts(u, e->lambda.args);
    if (add_const(c, MO_NONE) < 0 || !compile_expr(c, e->lambda.body) || !emit(c, OP_RETURN_VALUE, 0)) {
        pop_unit(c);
        return false;
    }
    Value code = finish_unit(c);
    return code != V_ERR && make_function(c, code, scope, flags);
}

static bool compile_class(Compiler *c, const AstStmt *s) {
    const AstExprSeq *decos = &s->class_def.decorator_list;
    for (int i = 0; i < decos->count; i++)
        if (!compile_expr(c, decos->items[i]) || !emit(c, OP_PUSH_NULL, 0))
            return false;
    Scope *scope = mo_symtable_lookup_scope(&c->st, s);
    if (!scope)
        return compiler_error(c, s->loc.lineno, s->loc.col_offset, "internal compiler error: no scope");
    int first_line = decos->count ? decos->items[0]->loc.lineno : s->loc.lineno;
    if (!push_unit(c, scope, s->class_def.name, first_line))
        return false;
    Unit *u = c->u;
    bool ok = emit_name_op(c, OP_LOAD_NAME, "__name__") && emit_name_op(c, OP_STORE_NAME, "__module__") &&
              load_const(c, u->qualname) && emit_name_op(c, OP_STORE_NAME, "__qualname__");
    const AstExpr *doc = docstring_of(&s->class_def.body);
    AstStmtSeq body = s->class_def.body;
    if (ok && doc) {
        Value d = constant_value(c, &doc->constant.value, doc->loc.lineno, doc->loc.col_offset);
        ok = d != V_ERR && load_const(c, d) && emit_name_op(c, OP_STORE_NAME, "__doc__");
        body.count--;
        body.items++;
    }
    // Annotations in a class body go to its __annotations__.
    for (int i = 0; ok && i < body.count; i++)
        if (body.items[i]->kind == STMT_ANN_ASSIGN) {
            ok = emit(c, OP_SETUP_ANNOTATIONS, 0);
            break;
        }
    ok = ok && compile_body(c, &body);
    if (ok) {
        u->lineno = -1;
        if (scope->needs_class_cell) {
            int slot = slot_of(c, "__class__", SYM_CELL);
            ok = emit(c, OP_LOAD_CLOSURE, (uint32_t)slot) && emit(c, OP_COPY, 1) &&
                 emit_name_op(c, OP_STORE_NAME, "__classcell__") && emit(c, OP_RETURN_VALUE, 0);
        } else {
            ok = load_const(c, MO_NONE) && emit(c, OP_RETURN_VALUE, 0);
        }
    }
    if (!ok) {
        pop_unit(c);
        return false;
    }
    Value code = finish_unit(c);
    if (code == V_ERR)
        return false;
    c->u->lineno = s->loc.lineno;
    if (!emit(c, OP_LOAD_BUILD_CLASS, 0) || !emit(c, OP_PUSH_NULL, 0) || !make_function(c, code, scope, 0))
        return false;
    Value name = mo_str_intern_cstr(s->class_def.name);
    if (name == V_ERR || !load_const(c, name))
        return false;
    if (!compile_call_args(c, &s->class_def.bases, &s->class_def.keywords, 2))
        return false;
    if (!apply_decorators(c, decos))
        return false;
    return compile_name(c, s->class_def.name, AST_STORE, s->loc.lineno, s->loc.col_offset);
}

// The body of one comprehension level (recursing for the next `for`).
static bool compile_comprehension_level(Compiler *c, const AstExpr *e, const AstComprehensionSeq *gens, int level,
                                        const AstExpr *elt, const AstExpr *value, int depth) {
    const AstComprehension *g = gens->items[level];
    int start = new_label(c), anchor = new_label(c), if_cleanup = new_label(c);
    if (level == 0) {
        // The first iterator is the argument `.0`.
        if (!emit(c, OP_LOAD_FAST, 0))
            return false;
    } else if (!compile_expr(c, g->iter) || !emit(c, OP_GET_ITER, 0)) {
        return false;
    }
    if (!use_label(c, start) || !emit_jump(c, OP_FOR_ITER, anchor) || !compile_store(c, g->target))
        return false;
    for (int i = 0; i < g->ifs.count; i++)
        if (!compile_jump_if(c, g->ifs.items[i], if_cleanup, false))
            return false;
    if (level + 1 < gens->count) {
        if (!compile_comprehension_level(c, e, gens, level + 1, elt, value, depth + 1))
            return false;
    } else {
        switch (e->kind) {
        case EXPR_GENERATOR_EXP:
            if (!compile_expr(c, elt) || !emit(c, OP_YIELD_VALUE, 0) || !emit(c, OP_POP_TOP, 0))
                return false;
            break;
        case EXPR_LIST_COMP:
            if (!compile_expr(c, elt) || !emit(c, OP_LIST_APPEND, (uint32_t)(depth + 1)))
                return false;
            break;
        case EXPR_SET_COMP:
            if (!compile_expr(c, elt) || !emit(c, OP_SET_ADD, (uint32_t)(depth + 1)))
                return false;
            break;
        default:
            if (!compile_expr(c, value) || !compile_expr(c, elt) || !emit(c, OP_MAP_ADD, (uint32_t)(depth + 1)))
                return false;
            break;
        }
    }
    return use_label(c, if_cleanup) && emit_jump(c, OP_JUMP_BACKWARD, start) && use_label(c, anchor);
}

static bool compile_comprehension(Compiler *c, const AstExpr *e) {
    Scope *scope = mo_symtable_lookup_scope(&c->st, e);
    if (!scope)
        return compiler_error(c, e->loc.lineno, e->loc.col_offset, "internal compiler error: no scope");
    const AstComprehensionSeq *gens;
    const AstExpr *elt, *value = NULL;
    if (e->kind == EXPR_DICT_COMP) {
        gens = &e->dict_comp.generators;
        elt = e->dict_comp.value;
        value = e->dict_comp.key;
    } else {
        gens = &e->list_comp.generators;
        elt = e->list_comp.elt;
    }
    if (!push_unit(c, scope, scope->name, e->loc.lineno))
        return false;
    Unit *u = c->u;
    u->flags |= MO_CO_OPTIMIZED | MO_CO_NEWLOCALS;
    u->argcount = 1;
    bool ok = add_const(c, MO_NONE) >= 0;
    if (scope->is_generator)
        u->flags |= MO_CO_GENERATOR;
    else if (e->kind == EXPR_LIST_COMP)
        ok = ok && emit(c, OP_BUILD_LIST, 0);
    else if (e->kind == EXPR_SET_COMP)
        ok = ok && emit(c, OP_BUILD_SET, 0);
    else if (e->kind == EXPR_DICT_COMP)
        ok = ok && emit(c, OP_BUILD_MAP, 0);
    ok = ok && compile_comprehension_level(c, e, gens, 0, elt, value, scope->is_generator ? 0 : 1);
    if (ok) {
        if (scope->is_generator)
            ok = load_const(c, MO_NONE);
        ok = ok && emit(c, OP_RETURN_VALUE, 0);
    }
    if (!ok) {
        pop_unit(c);
        return false;
    }
    Value code = finish_unit(c);
    if (code == V_ERR)
        return false;
    if (!make_function(c, code, scope, 0) || !emit(c, OP_PUSH_NULL, 0))
        return false;
    return compile_expr(c, gens->items[0]->iter) && emit(c, OP_GET_ITER, 0) && emit(c, OP_CALL, 1);
}

static bool compile_expr_inner(Compiler *c, const AstExpr *e) {
    switch (e->kind) {
    case EXPR_BOOL_OP: return compile_boolop(c, e);
    case EXPR_NAMED_EXPR:
        return compile_expr(c, e->named_expr.value) && emit(c, OP_COPY, 1) &&
               compile_name(c, e->named_expr.target->name.id, AST_STORE, e->loc.lineno, e->loc.col_offset);
    case EXPR_BIN_OP:
        return compile_expr(c, e->bin_op.left) && compile_expr(c, e->bin_op.right) &&
               emit(c, OP_BINARY_OP, (uint32_t)binop_codes[e->bin_op.op]);
    case EXPR_UNARY_OP: {
        Value k = fold_constant(c, e);
        if (k == V_ERR)
            return false;
        if (k != MO_NULL)
            return load_const(c, k);
        if (!compile_expr(c, e->unary_op.operand))
            return false;
        switch (e->unary_op.op) {
        case AST_INVERT: return emit(c, OP_UNARY_INVERT, 0);
        case AST_NOT: return emit(c, OP_UNARY_NOT, 0);
        case AST_UADD: return emit(c, OP_UNARY_POSITIVE, 0);
        case AST_USUB: return emit(c, OP_UNARY_NEGATIVE, 0);
        }
        return false;
    }
    case EXPR_LAMBDA: return compile_lambda(c, e);
    case EXPR_IF_EXP: {
        int other = new_label(c), end = new_label(c);
        return compile_jump_if(c, e->if_exp.test, other, false) && compile_expr(c, e->if_exp.body) &&
               emit_jump(c, OP_JUMP, end) && use_label(c, other) && compile_expr(c, e->if_exp.orelse) &&
               use_label(c, end);
    }
    case EXPR_DICT: return compile_dict(c, e);
    case EXPR_SET: return compile_sequence(c, &e->set.elts, EXPR_SET);
    case EXPR_LIST_COMP:
    case EXPR_SET_COMP:
    case EXPR_DICT_COMP:
    case EXPR_GENERATOR_EXP:
        return compile_comprehension(c, e);
    case EXPR_AWAIT:
        return compiler_error(c, e->loc.lineno, e->loc.col_offset, "'await' is not supported yet");
    case EXPR_YIELD:
        if (c->u->scope->kind != SCOPE_FUNCTION)
            return compiler_error_at(c, e->loc, "'yield' outside function");
        if (e->yield.value) {
            if (!compile_expr(c, e->yield.value))
                return false;
        } else if (!load_const(c, MO_NONE)) {
            return false;
        }
        return emit(c, OP_YIELD_VALUE, 0);
    case EXPR_YIELD_FROM: {
        if (c->u->scope->kind != SCOPE_FUNCTION)
            return compiler_error_at(c, e->loc, "'yield from' outside function");
        int loop = new_label(c), exit = new_label(c);
        return compile_expr(c, e->yield_from.value) && emit(c, OP_GET_YIELD_FROM_ITER, 0) &&
               load_const(c, MO_NONE) && use_label(c, loop) && emit_jump(c, OP_SEND, exit) &&
               emit(c, OP_YIELD_VALUE, 0) && emit_jump(c, OP_JUMP, loop) && use_label(c, exit);
    }
    case EXPR_COMPARE: return compile_compare(c, e);
    case EXPR_CALL: return compile_call(c, e);
    case EXPR_FORMATTED_VALUE: return compile_formatted_value(c, e);
    case EXPR_JOINED_STR: return compile_joined_str(c, e);
    case EXPR_CONSTANT: {
        Value v = constant_value(c, &e->constant.value, e->loc.lineno, e->loc.col_offset);
        if (v == V_ERR)
            return c->failed ? false : no_memory(c);
        return load_const(c, v);
    }
    case EXPR_ATTRIBUTE:
        if (!compile_expr(c, e->attribute.value))
            return false;
        set_attribute_line(c, e);
        switch (e->attribute.ctx) {
        case AST_LOAD: return emit_name_op(c, OP_LOAD_ATTR, e->attribute.attr);
        case AST_DEL: return emit_name_op(c, OP_DELETE_ATTR, e->attribute.attr);
        default: return compiler_error(c, e->loc.lineno, e->loc.col_offset, "internal error: attribute store");
        }
    case EXPR_SUBSCRIPT: return compile_subscript(c, e);
    case EXPR_STARRED:
        return compiler_error_at(c, e->loc,
                              e->starred.ctx == AST_STORE ? "starred assignment target must be in a list or tuple"
                                                          : "can't use starred expression here");
    case EXPR_NAME: return compile_name(c, e->name.id, e->name.ctx, e->loc.lineno, e->loc.col_offset);
    case EXPR_LIST:
        if (e->list.ctx == AST_DEL) {
            for (int i = 0; i < e->list.elts.count; i++)
                if (!compile_expr(c, e->list.elts.items[i]))
                    return false;
            return true;
        }
        return compile_sequence(c, &e->list.elts, EXPR_LIST);
    case EXPR_TUPLE: {
        if (e->tuple.ctx == AST_DEL) {
            for (int i = 0; i < e->tuple.elts.count; i++)
                if (!compile_expr(c, e->tuple.elts.items[i]))
                    return false;
            return true;
        }
        Value k = fold_constant(c, e);
        if (k == V_ERR)
            return false;
        if (k != MO_NULL)
            return load_const(c, k);
        return compile_sequence(c, &e->tuple.elts, EXPR_TUPLE);
    }
    case EXPR_SLICE: return compile_slice(c, e);
    }
    return compiler_error(c, e->loc.lineno, e->loc.col_offset, "internal compiler error: unknown expression");
}

static bool compile_expr(Compiler *c, const AstExpr *e) {
    if (c->failed)
        return false;
    if (++c->depth > MAX_DEPTH) {
        c->failed = true;
        mo_err_format(&mo_exc_RecursionError, "maximum recursion depth exceeded during compilation");
        return false;
    }
    Unit *u = c->u;
    SavedPosition saved = save_position(u);
    set_position(c, e->loc, e);
    bool ok = compile_expr_inner(c, e);
    // (compile_expr_inner may have pushed and popped units: `u` is still this one.)
    restore_position(u, saved);
    c->depth--;
    return ok;
}

// ---------------------------------------------------------------- targets

static bool compile_unpack_target(Compiler *c, const AstExprSeq *elts, AstLoc loc) {
    int star = -1;
    for (int i = 0; i < elts->count; i++)
        if (elts->items[i]->kind == EXPR_STARRED) {
            if (star >= 0)
                return compiler_error_at(c, loc, "multiple starred expressions in assignment");
            star = i;
        }
    if (star >= 0) {
        int after = elts->count - star - 1;
        if (star > 255 || after > 0xFFFF)
            return compiler_error_at(c, loc, "too many expressions in star-unpacking assignment");
        if (!emit(c, OP_UNPACK_EX, (uint32_t)(star | (after << 8))))
            return false;
    } else if (!emit(c, OP_UNPACK_SEQUENCE, (uint32_t)elts->count)) {
        return false;
    }
    for (int i = 0; i < elts->count; i++) {
        const AstExpr *t = elts->items[i];
        if (t->kind == EXPR_STARRED)
            t = t->starred.value;
        if (!compile_store(c, t))
            return false;
    }
    return true;
}

// Stores the value on top of the stack into `target`.
static bool compile_store(Compiler *c, const AstExpr *target) {
    SavedPosition saved = save_position(c->u);
    set_position(c, target->loc, target);
    bool ok;
    switch (target->kind) {
    case EXPR_NAME:
        ok = compile_name(c, target->name.id, AST_STORE, target->loc.lineno, target->loc.col_offset);
        break;
    case EXPR_ATTRIBUTE:
        ok = compile_expr(c, target->attribute.value);
        set_attribute_line(c, target);
        ok = ok && emit_name_op(c, OP_STORE_ATTR, target->attribute.attr);
        break;
    case EXPR_SUBSCRIPT:
        ok = compile_expr(c, target->subscript.value) && compile_expr(c, target->subscript.slice) &&
             emit(c, OP_STORE_SUBSCR, 0);
        break;
    case EXPR_LIST:
    case EXPR_TUPLE:
        ok = compile_unpack_target(c, &target->list.elts, target->loc);
        break;
    case EXPR_STARRED:
        ok = compiler_error_at(c, target->loc,
                            "starred assignment target must be in a list or tuple");
        break;
    default:
        ok = compiler_error(c, target->loc.lineno, target->loc.col_offset, "cannot assign to expression");
        break;
    }
    restore_position(c->u, saved);
    return ok;
}

// ------------------------------------------------------------- statements

static bool compile_body(Compiler *c, const AstStmtSeq *body) {
    for (int i = 0; i < body->count; i++)
        if (!compile_stmt(c, body->items[i]))
            return false;
    return true;
}

static bool compile_if(Compiler *c, const AstStmt *s) {
    int end = new_label(c);
    int next = s->if_.orelse.count ? new_label(c) : end;
    if (!compile_jump_if(c, s->if_.test, next, false) || !compile_body(c, &s->if_.body))
        return false;
    if (s->if_.orelse.count) {
        if (!emit_jump(c, OP_JUMP, end) || !use_label(c, next) || !compile_body(c, &s->if_.orelse))
            return false;
    }
    return use_label(c, end);
}

static bool compile_while(Compiler *c, const AstStmt *s) {
    int start = new_label(c), orelse = new_label(c), exit = new_label(c);
    const AstExpr *test = s->while_.test;
    bool forever = test->kind == EXPR_CONSTANT && (test->constant.value.kind == AST_CONST_TRUE ||
                                                    (test->constant.value.kind == AST_CONST_INT && test->constant.value.i));
    if (!use_label(c, start))
        return false;
    if (!forever && !compile_jump_if(c, test, orelse, false))
        return false;
    if (!push_fblock(c, FB_WHILE_LOOP, start, exit, s->loc.lineno))
        return false;
    if (!compile_body(c, &s->while_.body))
        return false;
    pop_fblock(c);
    c->u->lineno = s->loc.lineno;
    if (!emit_jump(c, OP_JUMP_BACKWARD, start) || !use_label(c, orelse))
        return false;
    if (!compile_body(c, &s->while_.orelse))
        return false;
    return use_label(c, exit);
}

// `for x in f(...)`: when the call makes a generator (f is a generator
// function), nothing else holds it, so leaving the loop early drops the last
// reference and CPython closes it there, running its `finally` blocks.
// GET_ITER with oparg 1 lets the generator know (see mo_vm_make_generator)
// and POP_ITER / the exception unwinder close it.
static bool compile_for(Compiler *c, const AstStmt *s) {
    int start = new_label(c), cleanup = new_label(c), exit = new_label(c);
    bool owns = s->for_.iter->kind == EXPR_CALL;
    if (!compile_expr(c, s->for_.iter) || !emit(c, OP_GET_ITER, owns ? 1 : 0))
        return false;
    c->u->lineno = s->loc.lineno;
    if (!use_label(c, start) || !emit_jump(c, OP_FOR_ITER, cleanup))
        return false;
    FBlock *fb = push_fblock(c, FB_FOR_LOOP, start, exit, s->loc.lineno);
    if (!fb)
        return false;
    fb->owns_iter = owns;
    if (!compile_store(c, s->for_.target) || !compile_body(c, &s->for_.body))
        return false;
    pop_fblock(c);
    c->u->lineno = s->loc.lineno;
    if (!emit_jump(c, OP_JUMP_BACKWARD, start) || !use_label(c, cleanup))
        return false;
    if (!compile_body(c, &s->for_.orelse))
        return false;
    return use_label(c, exit);
}

static bool compile_return(Compiler *c, const AstStmt *s) {
    if (c->u->scope->kind != SCOPE_FUNCTION || c->u->scope->is_comprehension)
        return compiler_error_at(c, s->loc, "'return' outside function");
    if (s->return_.value) {
        if (c->u->scope->is_generator && false)
            return false;
        if (!compile_expr(c, s->return_.value))
            return false;
    } else if (!load_const(c, MO_NONE)) {
        return false;
    }
    if (!unwind_all(c, true))
        return false;
    c->u->lineno = s->loc.lineno;
    return emit(c, OP_RETURN_VALUE, 0);
}

static bool compile_break_continue(Compiler *c, const AstStmt *s, bool is_break) {
    FBlock *loop = NULL;
    if (!unwind_stack(c, false, &loop))
        return false;
    if (!loop)
        return compiler_error_at(c, s->loc,
                              is_break ? "'break' outside loop" : "'continue' not properly in loop");
    if (is_break && !unwind_fblock(c, loop, false))
        return false;
    c->u->lineno = s->loc.lineno;
    return is_break ? emit_jump(c, OP_JUMP, loop->exit) : emit_jump(c, OP_JUMP_BACKWARD, loop->start);
}

static bool compile_try_except(Compiler *c, const AstStmt *s) {
    int handler = new_label(c), cleanup = new_label(c), end = new_label(c), orelse = new_label(c);
    if (!emit_jump(c, PSEUDO_SETUP_FINALLY, handler))
        return false;
    if (!push_fblock(c, FB_TRY_EXCEPT, -1, -1, s->loc.lineno))
        return false;
    if (!compile_body(c, &s->try_.body))
        return false;
    pop_fblock(c);
    if (!emit(c, PSEUDO_POP_BLOCK, 0) || !emit_jump(c, OP_JUMP, orelse))
        return false;
    // The handler: [exc] on the stack.
    if (!use_label(c, handler) || !emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup) || !emit(c, OP_PUSH_EXC_INFO, 0))
        return false;
    if (!push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1, s->loc.lineno))
        return false;
    int n = s->try_.handlers.count;
    for (int i = 0; i < n; i++) {
        const AstExceptHandler *h = s->try_.handlers.items[i];
        c->u->lineno = h->loc.lineno;
        if (!h->type && i < n - 1)
            return compiler_error_at(c, h->loc, "default 'except:' must be last");
        int next = new_label(c);
        if (h->type) {
            if (!compile_expr(c, h->type) || !emit(c, OP_CHECK_EXC_MATCH, 0) ||
                !emit_jump(c, OP_POP_JUMP_IF_FALSE, next))
                return false;
        }
        if (h->name) {
            int cleanup_body = new_label(c);
            AstExpr target = {0};
            target.kind = EXPR_NAME;
            target.name.id = h->name;
            target.name.ctx = AST_STORE;
            target.loc = h->loc;
            if (!compile_store(c, &target) || !emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup_body))
                return false;
            FBlock *f = push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, h->loc.lineno);
            if (!f)
                return false;
            f->name = h->name;
            if (!compile_body(c, &h->body))
                return false;
            pop_fblock(c);
            c->u->lineno = -1;
            if (!emit(c, PSEUDO_POP_BLOCK, 0) || !emit(c, PSEUDO_POP_BLOCK, 0) || !emit(c, OP_POP_EXCEPT, 0) ||
                !load_const(c, MO_NONE) || !compile_store(c, &target))
                return false;
            target.name.ctx = AST_DEL;
            if (!compile_expr(c, &target) || !emit_jump(c, OP_JUMP, end))
                return false;
            // An exception in the body: clear the name, re-raise.
            target.name.ctx = AST_STORE;
            if (!use_label(c, cleanup_body) || !load_const(c, MO_NONE) || !compile_store(c, &target))
                return false;
            target.name.ctx = AST_DEL;
            if (!compile_expr(c, &target) || !emit(c, OP_RERAISE, 1))
                return false;
        } else {
            if (!emit(c, OP_POP_TOP, 0))
                return false;
            if (!push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, h->loc.lineno))
                return false;
            if (!compile_body(c, &h->body))
                return false;
            pop_fblock(c);
            c->u->lineno = -1;
            if (!emit(c, PSEUDO_POP_BLOCK, 0) || !emit(c, OP_POP_EXCEPT, 0) || !emit_jump(c, OP_JUMP, end))
                return false;
        }
        if (!use_label(c, next))
            return false;
    }
    pop_fblock(c);
    c->u->lineno = -1;
    // Nothing matched: re-raise (still inside the cleanup region).
    if (!emit(c, OP_RERAISE, 0))
        return false;
    if (!use_label(c, cleanup) || !emit(c, OP_COPY, 3) || !emit(c, OP_POP_EXCEPT, 0) || !emit(c, OP_RERAISE, 1))
        return false;
    if (!use_label(c, orelse) || !compile_body(c, &s->try_.orelse))
        return false;
    return use_label(c, end);
}

static bool compile_try_finally(Compiler *c, const AstStmt *s) {
    int handler = new_label(c), cleanup = new_label(c), end = new_label(c);
    if (!emit_jump(c, PSEUDO_SETUP_FINALLY, handler))
        return false;
    FBlock *f = push_fblock(c, FB_FINALLY_TRY, -1, -1, s->loc.lineno);
    if (!f)
        return false;
    f->finalbody = &s->try_.finalbody;
    bool ok;
    if (s->try_.handlers.count) {
        AstStmt inner = *s;
        inner.try_.finalbody.count = 0;
        inner.try_.finalbody.items = NULL;
        ok = compile_try_except(c, &inner);
    } else {
        ok = compile_body(c, &s->try_.body);
    }
    if (!ok)
        return false;
    pop_fblock(c);
    if (!emit(c, PSEUDO_POP_BLOCK, 0) || !compile_body(c, &s->try_.finalbody) || !emit_jump(c, OP_JUMP, end))
        return false;
    // The exceptional path: [exc].
    c->u->lineno = -1;
    if (!use_label(c, handler) || !emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup) || !emit(c, OP_PUSH_EXC_INFO, 0))
        return false;
    if (!push_fblock(c, FB_FINALLY_END, -1, -1, s->loc.lineno))
        return false;
    if (!compile_body(c, &s->try_.finalbody))
        return false;
    pop_fblock(c);
    c->u->lineno = -1;
    if (!emit(c, OP_RERAISE, 0))
        return false;
    if (!use_label(c, cleanup) || !emit(c, OP_COPY, 3) || !emit(c, OP_POP_EXCEPT, 0) || !emit(c, OP_RERAISE, 1))
        return false;
    return use_label(c, end);
}

static bool compile_with_item(Compiler *c, const AstStmt *s, int index) {
    const AstWithItem *item = s->with.items.items[index];
    int handler = new_label(c), cleanup = new_label(c), suppress = new_label(c), exit = new_label(c);
    if (!compile_expr(c, item->context_expr))
        return false;
    c->u->lineno = s->loc.lineno;
    if (!emit(c, OP_BEFORE_WITH, 0) || !emit_jump(c, PSEUDO_SETUP_WITH, handler))
        return false;
    if (!push_fblock(c, FB_WITH, -1, -1, s->loc.lineno))
        return false;
    if (item->optional_vars) {
        if (!compile_store(c, item->optional_vars))
            return false;
    } else if (!emit(c, OP_POP_TOP, 0)) {
        return false;
    }
    bool ok = index + 1 < s->with.items.count ? compile_with_item(c, s, index + 1) : compile_body(c, &s->with.body);
    if (!ok)
        return false;
    pop_fblock(c);
    c->u->lineno = s->loc.lineno;
    if (!emit(c, PSEUDO_POP_BLOCK, 0) || !call_exit_with_nones(c, false) || !emit_jump(c, OP_JUMP, exit))
        return false;
    // An exception in the body: [exit, lasti, exc].
    if (!use_label(c, handler) || !emit_jump(c, PSEUDO_SETUP_CLEANUP, cleanup) || !emit(c, OP_PUSH_EXC_INFO, 0) ||
        !emit(c, OP_WITH_EXCEPT_START, 0) || !emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress) || !emit(c, OP_RERAISE, 2))
        return false;
    if (!use_label(c, suppress) || !emit(c, OP_POP_TOP, 0) || !emit(c, PSEUDO_POP_BLOCK, 0) ||
        !emit(c, OP_POP_EXCEPT, 0) || !emit(c, OP_POP_TOP, 0) || !emit(c, OP_POP_TOP, 0) ||
        !emit_jump(c, OP_JUMP, exit))
        return false;
    if (!use_label(c, cleanup) || !emit(c, OP_COPY, 3) || !emit(c, OP_POP_EXCEPT, 0) || !emit(c, OP_RERAISE, 1))
        return false;
    return use_label(c, exit);
}

static bool compile_import(Compiler *c, const AstStmt *s) {
    for (int i = 0; i < s->import.names.count; i++) {
        const AstAlias *a = s->import.names.items[i];
        Value name = mo_str_intern_cstr(a->name);
        if (name == V_ERR || !load_const(c, mo_smallint(0)) || !load_const(c, MO_NONE) ||
            !emit_name_op(c, OP_IMPORT_NAME, a->name))
            return false;
        if (a->asname) {
            // `import a.b.c as d` binds the submodule.
            const char *p = strchr(a->name, '.');
            while (p) {
                const char *q = strchr(p + 1, '.');
                size_t len = q ? (size_t)(q - p - 1) : strlen(p + 1);
                char *part = mo_arena_strndup(c->arena, p + 1, len);
                if (!part || !emit_name_op(c, OP_IMPORT_FROM, part) || !emit(c, OP_SWAP, 2) ||
                    !emit(c, OP_POP_TOP, 0))
                    return false;
                p = q;
            }
            if (!compile_name(c, a->asname, AST_STORE, s->loc.lineno, s->loc.col_offset))
                return false;
        } else {
            const char *dot = strchr(a->name, '.');
            const char *top = dot ? mo_arena_strndup(c->arena, a->name, (size_t)(dot - a->name)) : a->name;
            if (!top || !compile_name(c, top, AST_STORE, s->loc.lineno, s->loc.col_offset))
                return false;
        }
    }
    return true;
}

static bool compile_import_from(Compiler *c, const AstStmt *s) {
    int n = s->import_from.names.count;
    if (s->import_from.level == 0 && s->import_from.module && strcmp(s->import_from.module, "__future__") == 0) {
        bool leading = false;
        for (int i = 0; c->module_body && i < c->nleading; i++)
            leading |= c->module_body->items[i] == s;
        if (!leading)
            return compiler_error_at(c, s->loc, "from __future__ imports must occur at the beginning of the file");
    }
    Value names = mo_tuple_new((size_t)n);
    if (names == V_ERR)
        return no_memory(c);
    for (int i = 0; i < n; i++) {
        Value v = mo_str_intern_cstr(s->import_from.names.items[i]->name);
        if (v == V_ERR)
            return no_memory(c);
        mo_tuple_items(names)[i] = v;
    }
    const char *module = s->import_from.module ? s->import_from.module : "";
    if (!load_const(c, mo_smallint(s->import_from.level)) || !load_const(c, names) ||
        !emit_name_op(c, OP_IMPORT_NAME, module))
        return false;
    for (int i = 0; i < n; i++) {
        const AstAlias *a = s->import_from.names.items[i];
        if (strcmp(a->name, "*") == 0)
            return emit(c, OP_IMPORT_STAR, 0);
        if (!emit_name_op(c, OP_IMPORT_FROM, a->name) ||
            !compile_name(c, a->asname ? a->asname : a->name, AST_STORE, s->loc.lineno, s->loc.col_offset))
            return false;
    }
    return emit(c, OP_POP_TOP, 0);
}

static bool compile_aug_assign(Compiler *c, const AstStmt *s) {
    const AstExpr *t = s->aug_assign.target;
    uint32_t op = (uint32_t)binop_codes[s->aug_assign.op] | MO_OP_INPLACE;
    switch (t->kind) {
    case EXPR_NAME:
        return compile_name(c, t->name.id, AST_LOAD, t->loc.lineno, t->loc.col_offset) &&
               compile_expr(c, s->aug_assign.value) && emit(c, OP_BINARY_OP, op) &&
               compile_name(c, t->name.id, AST_STORE, t->loc.lineno, t->loc.col_offset);
    case EXPR_ATTRIBUTE:
        return compile_expr(c, t->attribute.value) && emit(c, OP_COPY, 1) &&
               emit_name_op(c, OP_LOAD_ATTR, t->attribute.attr) && compile_expr(c, s->aug_assign.value) &&
               emit(c, OP_BINARY_OP, op) && emit(c, OP_SWAP, 2) && emit_name_op(c, OP_STORE_ATTR, t->attribute.attr);
    case EXPR_SUBSCRIPT:
        return compile_expr(c, t->subscript.value) && compile_expr(c, t->subscript.slice) && emit(c, OP_COPY, 2) &&
               emit(c, OP_COPY, 2) && emit(c, OP_BINARY_SUBSCR, 0) && compile_expr(c, s->aug_assign.value) &&
               emit(c, OP_BINARY_OP, op) && emit(c, OP_SWAP, 3) && emit(c, OP_SWAP, 2) && emit(c, OP_STORE_SUBSCR, 0);
    default:
        return compiler_error_at(c, t->loc, "'%s' is an illegal expression for augmented assignment",
                              "expression");
    }
}

static bool compile_ann_assign(Compiler *c, const AstStmt *s) {
    const AstExpr *t = s->ann_assign.target;
    if (s->ann_assign.value) {
        if (!compile_expr(c, s->ann_assign.value) || !compile_store(c, t))
            return false;
    }
    // Module and class bodies record simple annotations.
    if (c->u->scope->kind != SCOPE_FUNCTION && t->kind == EXPR_NAME && s->ann_assign.simple) {
        Value name = mo_str_intern_cstr(mangle(c, t->name.id));
        return name != V_ERR && compile_annotation(c, s->ann_assign.annotation) &&
               emit_name_op(c, OP_LOAD_NAME, "__annotations__") && load_const(c, name) && emit(c, OP_STORE_SUBSCR, 0);
    }
    if (c->u->scope->kind != SCOPE_FUNCTION && t->kind != EXPR_NAME) {
        // The annotation is still evaluated for attribute/subscript targets.
        if (t->kind == EXPR_ATTRIBUTE && !s->ann_assign.value && !compile_expr(c, t->attribute.value))
            return false;
        if (t->kind == EXPR_ATTRIBUTE && !s->ann_assign.value && !emit(c, OP_POP_TOP, 0))
            return false;
        return compile_expr(c, s->ann_assign.annotation) && emit(c, OP_POP_TOP, 0);
    }
    return true;
}

// ------------------------------------------------------------------ match
//
// A case's pattern runs on a copy of the subject, which stays on the stack
// below everything the pattern pushes:
//
//     <subject>
//     COPY 1; <pattern>; [<guard> or jump to fail_pop[0]]
//     POP_TOP; <body>; JUMP end
//   fail_pop[k]: POP_TOP      k values pushed by the pattern are still
//   ...                        on the stack when it fails there
//   fail_pop[0]: <next case>
//     POP_TOP                 no case matched
//   end:
//
// A pattern consumes the value on top of the stack, binding its names as it
// goes (CPython binds them only once the whole pattern has matched; the
// difference shows only in names a failed case leaves bound). `on_top`
// counts the values pushed since the case began, so a failing test jumps to
// the label that pops exactly those.

typedef struct PatternCtx {
    int *fail_pop;   // fail_pop[k]: pop k values, then on to the next case
    int nfail;
    int on_top;
} PatternCtx;

static bool compile_pattern(Compiler *c, const AstPattern *p, PatternCtx *pc);

// The label that fails the case with `depth` values pushed.
static int fail_label(Compiler *c, PatternCtx *pc, int depth) {
    if (depth >= pc->nfail) {
        int n = depth + 8;
        int *labels = mo_arena_alloc(c->arena, (size_t)n * sizeof *labels);
        if (!labels)
            return no_memory(c), -1;
        for (int i = 0; i < n; i++)
            labels[i] = i < pc->nfail ? pc->fail_pop[i] : new_label(c);
        pc->fail_pop = labels;
        pc->nfail = n;
    }
    return pc->fail_pop[depth];
}

// Emits the jump `op` (which pops its operand first) to the failure label
// for the current depth.
static bool jump_to_fail(Compiler *c, PatternCtx *pc, int op) {
    pc->on_top--;
    int label = fail_label(c, pc, pc->on_top);
    return label >= 0 && emit_jump(c, op, label);
}

// The failure labels, deepest first, each popping one value into the next.
static bool emit_fail_pops(Compiler *c, PatternCtx *pc) {
    for (int k = pc->nfail - 1; k >= 0; k--)
        if (!use_label(c, pc->fail_pop[k]) || (k > 0 && !emit(c, OP_POP_TOP, 0)))
            return false;
    return true;
}

// Binds the value on top of the stack to `name` (NULL: `_`, just pop it).
static bool pattern_store(Compiler *c, PatternCtx *pc, const char *name, AstLoc loc) {
    pc->on_top--;
    if (!name)
        return emit(c, OP_POP_TOP, 0);
    return compile_name(c, name, AST_STORE, loc.lineno, loc.col_offset);
}

// Checks len(subject) == n (or >= n) without consuming the subject.
static bool pattern_check_len(Compiler *c, PatternCtx *pc, int64_t n, bool at_least) {
    if (!emit(c, OP_GET_LEN, 0) || !load_const(c, mo_int_from_i64(n)) ||
        !emit(c, OP_COMPARE_OP, at_least ? MO_CMP_GE : MO_CMP_EQ))
        return false;
    pc->on_top++;
    return jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE);
}

// Runs the patterns in `subs` on the `subs->count` values on top of the
// stack, the first on top.
static bool compile_subpatterns(Compiler *c, const AstPatternSeq *subs, PatternCtx *pc) {
    for (int i = 0; i < subs->count; i++)
        if (!compile_pattern(c, subs->items[i], pc))
            return false;
    return true;
}

static bool compile_sequence_pattern(Compiler *c, const AstPattern *p, PatternCtx *pc) {
    const AstPatternSeq *subs = &p->match_sequence.patterns;
    int star = -1;
    for (int i = 0; i < subs->count; i++)
        if (subs->items[i]->kind == PATTERN_MATCH_STAR) {
            if (star >= 0)
                return compiler_error_at(c, subs->items[i]->loc, "multiple starred names in sequence pattern");
            star = i;
        }
    if (!emit(c, OP_MATCH_SEQUENCE, 0))
        return false;
    pc->on_top++;
    if (!jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE) ||
        !pattern_check_len(c, pc, star < 0 ? subs->count : subs->count - 1, star >= 0))
        return false;
    if (star >= 0) {
        int after = subs->count - star - 1;
        if (star > 255 || after > 0xFFFF)
            return compiler_error_at(c, p->loc, "too many sub-patterns in sequence pattern");
        if (!emit(c, OP_UNPACK_EX, (uint32_t)(star | (after << 8))))
            return false;
    } else if (!emit(c, OP_UNPACK_SEQUENCE, (uint32_t)subs->count)) {
        return false;
    }
    pc->on_top += subs->count - 1;
    return compile_subpatterns(c, subs, pc);
}

// A literal key written twice in one mapping pattern is a SyntaxError.
static bool check_duplicate_keys(Compiler *c, const AstExprSeq *keys) {
    Value seen = mo_list_new(0);
    if (seen == V_ERR)
        return no_memory(c);
    for (int i = 0; i < keys->count; i++) {
        Value k = fold_constant(c, keys->items[i]);
        if (k == V_ERR)
            return no_memory(c);
        if (k == MO_NULL)
            continue;
        int dup = mo_contains(seen, k);
        if (dup < 0) {
            mo_err_clear();
            continue;
        }
        if (dup) {
            Value r = mo_repr(k);
            if (r == V_ERR)
                return no_memory(c);
            return compiler_error_at(c, keys->items[i]->loc, "mapping pattern checks duplicate key (%s)",
                                     mo_str_data(r));
        }
        if (mo_list_append(seen, k) < 0)
            return no_memory(c);
    }
    return true;
}

static bool compile_mapping_pattern(Compiler *c, const AstPattern *p, PatternCtx *pc) {
    const AstExprSeq *keys = &p->match_mapping.keys;
    if (!check_duplicate_keys(c, keys))
        return false;
    if (!emit(c, OP_MATCH_MAPPING, 0))
        return false;
    pc->on_top++;
    if (!jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE))
        return false;
    if (!keys->count && !p->match_mapping.rest) {
        pc->on_top--;
        return emit(c, OP_POP_TOP, 0);
    }
    if (keys->count && !pattern_check_len(c, pc, keys->count, true))
        return false;
    if (!compile_exprs(c, keys) || !emit(c, OP_BUILD_TUPLE, (uint32_t)keys->count))
        return false;
    pc->on_top++;   // subject, keys
    if (keys->count) {
        if (!emit(c, OP_MATCH_KEYS, 0) || !emit(c, OP_COPY, 1))
            return false;
        pc->on_top += 2;
        if (!jump_to_fail(c, pc, OP_POP_JUMP_IF_NONE) ||
            !emit(c, OP_UNPACK_SEQUENCE, (uint32_t)keys->count))
            return false;
        pc->on_top += keys->count - 1;
        if (!compile_subpatterns(c, &p->match_mapping.patterns, pc))
            return false;
    }
    if (p->match_mapping.rest) {
        if (!emit(c, OP_COPY_DICT_WITHOUT_KEYS, 0) ||
            !pattern_store(c, pc, p->match_mapping.rest, p->loc))
            return false;
    } else {
        if (!emit(c, OP_POP_TOP, 0))
            return false;
        pc->on_top--;
    }
    pc->on_top--;
    return emit(c, OP_POP_TOP, 0);
}

static bool compile_class_pattern(Compiler *c, const AstPattern *p, PatternCtx *pc) {
    const AstIdentSeq *attrs = &p->match_class.kwd_attrs;
    int npos = p->match_class.patterns.count;
    if (!compile_expr(c, p->match_class.cls))
        return false;
    for (int i = 0; i < attrs->count; i++)
        if (!load_const(c, mo_str_from_cstr(attrs->items[i])))
            return false;
    if (!emit(c, OP_BUILD_TUPLE, (uint32_t)attrs->count) || !emit(c, OP_MATCH_CLASS, (uint32_t)npos) ||
        !emit(c, OP_COPY, 1))
        return false;
    pc->on_top++;   // subject, cls, names -> attrs; then the copy
    if (!jump_to_fail(c, pc, OP_POP_JUMP_IF_NONE) ||
        !emit(c, OP_UNPACK_SEQUENCE, (uint32_t)(npos + attrs->count)))
        return false;
    pc->on_top += npos + attrs->count - 1;
    return compile_subpatterns(c, &p->match_class.patterns, pc) &&
           compile_subpatterns(c, &p->match_class.kwd_patterns, pc);
}

// Each alternative but the last runs on a copy with failure labels of its
// own, which fall through to the next alternative.
static bool compile_or_pattern(Compiler *c, const AstPattern *p, PatternCtx *pc) {
    const AstPatternSeq *alts = &p->match_or.patterns;
    int end = new_label(c);
    for (int i = 0; i < alts->count - 1; i++) {
        PatternCtx alt = {NULL, 0, 1};
        if (!emit(c, OP_COPY, 1) || !compile_pattern(c, alts->items[i], &alt) ||
            !emit(c, OP_POP_TOP, 0) || !emit_jump(c, OP_JUMP, end) || !emit_fail_pops(c, &alt))
            return false;
    }
    return compile_pattern(c, alts->items[alts->count - 1], pc) && use_label(c, end);
}

static bool compile_pattern_inner(Compiler *c, const AstPattern *p, PatternCtx *pc);

// A pattern's instructions carry its position (a class pattern's TypeError
// is reported there).
static bool compile_pattern(Compiler *c, const AstPattern *p, PatternCtx *pc) {
    SavedPosition saved = save_position(c->u);
    set_position(c, p->loc, NULL);
    bool ok = compile_pattern_inner(c, p, pc);
    restore_position(c->u, saved);
    return ok;
}

static bool compile_pattern_inner(Compiler *c, const AstPattern *p, PatternCtx *pc) {
    switch (p->kind) {
    case PATTERN_MATCH_VALUE:
        if (!compile_expr(c, p->match_value.value) || !emit(c, OP_COMPARE_OP, MO_CMP_EQ))
            return false;
        return jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE);
    case PATTERN_MATCH_SINGLETON:
        if (!load_const(c, constant_value(c, &p->match_singleton.value, p->loc.lineno, p->loc.col_offset)) ||
            !emit(c, OP_IS_OP, 0))
            return false;
        return jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE);
    case PATTERN_MATCH_SEQUENCE:
        return compile_sequence_pattern(c, p, pc);
    case PATTERN_MATCH_MAPPING:
        return compile_mapping_pattern(c, p, pc);
    case PATTERN_MATCH_CLASS:
        return compile_class_pattern(c, p, pc);
    case PATTERN_MATCH_STAR:
        return pattern_store(c, pc, p->match_star.name, p->loc);
    case PATTERN_MATCH_AS:
        if (p->match_as.pattern) {
            if (!emit(c, OP_COPY, 1))
                return false;
            pc->on_top++;
            if (!compile_pattern(c, p->match_as.pattern, pc))
                return false;
        }
        return pattern_store(c, pc, p->match_as.name, p->loc);
    case PATTERN_MATCH_OR:
        return compile_or_pattern(c, p, pc);
    }
    return compiler_error_at(c, p->loc, "internal compiler error: unknown pattern");
}

// ------------------------------------------------ the checks of a pattern
//
// The SyntaxErrors CPython's compiler raises for a pattern the grammar
// accepts, checked over a case's whole pattern before any of it is
// compiled: a name bound twice, alternatives binding different names, an
// irrefutable pattern (a capture or `_`) that makes what follows it
// unreachable, a keyword attribute repeated in a class pattern, and values
// and mapping keys that are not literals or attribute lookups (f-strings).

// The names a pattern binds, in order.
typedef struct PatternNames {
    const char **items;
    int count, cap;
} PatternNames;

static bool pattern_names_add(Compiler *c, PatternNames *n, const char *name, AstLoc loc) {
    if (strcmp(name, "__debug__") == 0)
        return compiler_error_at(c, loc, "cannot assign to __debug__");
    for (int i = 0; i < n->count; i++)
        if (strcmp(n->items[i], name) == 0)
            return compiler_error_at(c, loc, "multiple assignments to name '%s' in pattern", name);
    if (n->count == n->cap) {
        int cap = n->cap ? n->cap * 2 : 8;
        const char **items = mo_arena_alloc(c->arena, (size_t)cap * sizeof *items);
        if (!items)
            return no_memory(c);
        if (n->count)
            memcpy(items, n->items, (size_t)n->count * sizeof *items);
        n->items = items;
        n->cap = cap;
    }
    n->items[n->count++] = name;
    return true;
}

static bool pattern_names_same(const PatternNames *a, const PatternNames *b) {
    if (a->count != b->count)
        return false;
    for (int i = 0; i < a->count; i++) {
        int j = 0;
        while (j < b->count && strcmp(a->items[i], b->items[j]) != 0)
            j++;
        if (j == b->count)
            return false;
    }
    return true;
}

// A literal (a number, a signed number, a complex number, a string) or an
// attribute lookup: what a value pattern or a mapping key may be.
static bool pattern_value_ok(const AstExpr *e) {
    return e->kind == EXPR_CONSTANT || e->kind == EXPR_ATTRIBUTE || e->kind == EXPR_UNARY_OP ||
           e->kind == EXPR_BIN_OP;
}

// `allow_irrefutable`: whether a bare capture or `_` may stand here (as in
// CPython: a sub-pattern of a sequence, mapping or class pattern, the last
// alternative of an or-pattern where the or-pattern itself may, the pattern
// of a guarded or of the last case).
static bool check_pattern(Compiler *c, const AstPattern *p, PatternNames *names, bool allow_irrefutable) {
    switch (p->kind) {
    case PATTERN_MATCH_VALUE:
        if (!pattern_value_ok(p->match_value.value))
            return compiler_error_at(c, p->match_value.value->loc,
                                     "patterns may only match literals and attribute lookups");
        return true;
    case PATTERN_MATCH_SINGLETON:
        return true;
    case PATTERN_MATCH_SEQUENCE: {
        const AstPatternSeq *subs = &p->match_sequence.patterns;
        bool star = false;
        for (int i = 0; i < subs->count; i++)
            if (subs->items[i]->kind == PATTERN_MATCH_STAR) {
                if (star)
                    return compiler_error_at(c, subs->items[i]->loc, "multiple starred names in sequence pattern");
                star = true;
            }
        for (int i = 0; i < subs->count; i++)
            if (!check_pattern(c, subs->items[i], names, true))
                return false;
        return true;
    }
    case PATTERN_MATCH_MAPPING:
        for (int i = 0; i < p->match_mapping.keys.count; i++)
            if (!pattern_value_ok(p->match_mapping.keys.items[i]))
                return compiler_error_at(c, p->match_mapping.keys.items[i]->loc,
                                         "mapping pattern keys may only match literals and attribute lookups");
        for (int i = 0; i < p->match_mapping.patterns.count; i++)
            if (!check_pattern(c, p->match_mapping.patterns.items[i], names, true))
                return false;
        return !p->match_mapping.rest || pattern_names_add(c, names, p->match_mapping.rest, p->loc);
    case PATTERN_MATCH_CLASS: {
        const AstIdentSeq *attrs = &p->match_class.kwd_attrs;
        for (int i = 0; i < attrs->count; i++)
            for (int j = i + 1; j < attrs->count; j++)
                if (strcmp(attrs->items[i], attrs->items[j]) == 0)
                    return compiler_error_at(c, p->match_class.kwd_patterns.items[j]->loc,
                                             "attribute name repeated in class pattern: %s", attrs->items[j]);
        for (int i = 0; i < p->match_class.patterns.count; i++)
            if (!check_pattern(c, p->match_class.patterns.items[i], names, true))
                return false;
        for (int i = 0; i < p->match_class.kwd_patterns.count; i++)
            if (!check_pattern(c, p->match_class.kwd_patterns.items[i], names, true))
                return false;
        return true;
    }
    case PATTERN_MATCH_STAR:
        return !p->match_star.name || pattern_names_add(c, names, p->match_star.name, p->loc);
    case PATTERN_MATCH_AS:
        if (!p->match_as.pattern && !allow_irrefutable) {
            if (p->match_as.name)
                return compiler_error_at(c, p->loc, "name capture '%s' makes remaining patterns unreachable",
                                         p->match_as.name);
            return compiler_error_at(c, p->loc, "wildcard makes remaining patterns unreachable");
        }
        if (p->match_as.pattern && !check_pattern(c, p->match_as.pattern, names, allow_irrefutable))
            return false;
        return !p->match_as.name || pattern_names_add(c, names, p->match_as.name, p->loc);
    case PATTERN_MATCH_OR: {
        const AstPatternSeq *alts = &p->match_or.patterns;
        PatternNames first = {NULL, 0, 0};
        for (int i = 0; i < alts->count; i++) {
            PatternNames alt = {NULL, 0, 0};
            if (!check_pattern(c, alts->items[i], &alt, allow_irrefutable && i == alts->count - 1))
                return false;
            if (i == 0)
                first = alt;
            else if (!pattern_names_same(&first, &alt))
                return compiler_error_at(c, alts->items[i]->loc, "alternative patterns bind different names");
        }
        for (int i = 0; i < first.count; i++)
            if (!pattern_names_add(c, names, first.items[i], p->loc))
                return false;
        return true;
    }
    }
    return true;
}

static bool compile_match(Compiler *c, const AstStmt *s) {
    if (!compile_expr(c, s->match.subject))
        return false;
    int end = new_label(c);
    for (int i = 0; i < s->match.cases.count; i++) {
        const AstMatchCase *mc = s->match.cases.items[i];
        PatternCtx pc = {NULL, 0, 1};
        PatternNames names = {NULL, 0, 0};
        c->u->lineno = mc->pattern->loc.lineno;
        if (!check_pattern(c, mc->pattern, &names, mc->guard || i == s->match.cases.count - 1))
            return false;
        if (!emit(c, OP_COPY, 1) || !compile_pattern(c, mc->pattern, &pc))
            return false;
        if (mc->guard) {
            int label = fail_label(c, &pc, 0);
            if (label < 0 || !compile_jump_if(c, mc->guard, label, false))
                return false;
        }
        if (!emit(c, OP_POP_TOP, 0) || !compile_body(c, &mc->body) || !emit_jump(c, OP_JUMP, end) ||
            !emit_fail_pops(c, &pc))
            return false;
    }
    c->u->lineno = s->loc.lineno;
    return emit(c, OP_POP_TOP, 0) && use_label(c, end);
}

static bool compile_stmt(Compiler *c, const AstStmt *s) {
    if (c->failed)
        return false;
    set_position(c, s->loc, NULL);
    switch (s->kind) {
    case STMT_FUNCTION_DEF: return compile_function(c, s);
    case STMT_CLASS_DEF: return compile_class(c, s);
    case STMT_RETURN: return compile_return(c, s);
    case STMT_DELETE:
        for (int i = 0; i < s->delete_.targets.count; i++)
            if (!compile_expr(c, s->delete_.targets.items[i]))
                return false;
        return true;
    case STMT_ASSIGN: {
        if (!compile_expr(c, s->assign.value))
            return false;
        int n = s->assign.targets.count;
        for (int i = 0; i < n; i++) {
            if (i < n - 1 && !emit(c, OP_COPY, 1))
                return false;
            if (!compile_store(c, s->assign.targets.items[i]))
                return false;
        }
        return true;
    }
    case STMT_AUG_ASSIGN: return compile_aug_assign(c, s);
    case STMT_ANN_ASSIGN: return compile_ann_assign(c, s);
    case STMT_FOR: return compile_for(c, s);
    case STMT_WHILE: return compile_while(c, s);
    case STMT_IF: return compile_if(c, s);
    case STMT_WITH: return compile_with_item(c, s, 0);
    case STMT_RAISE: {
        uint32_t n = 0;
        if (s->raise.exc) {
            if (!compile_expr(c, s->raise.exc))
                return false;
            n = 1;
            if (s->raise.cause) {
                if (!compile_expr(c, s->raise.cause))
                    return false;
                n = 2;
            }
        }
        c->u->lineno = s->loc.lineno;
        return emit(c, OP_RAISE_VARARGS, n);
    }
    case STMT_TRY:
        if (s->try_.finalbody.count)
            return compile_try_finally(c, s);
        return compile_try_except(c, s);
    case STMT_ASSERT: {
        int end = new_label(c);
        if (!compile_jump_if(c, s->assert_.test, end, true) || !emit(c, OP_LOAD_ASSERTION_ERROR, 0))
            return false;
        if (s->assert_.msg) {
            if (!emit(c, OP_PUSH_NULL, 0) || !compile_expr(c, s->assert_.msg) || !emit(c, OP_CALL, 1))
                return false;
        }
        // CPython 3.11 reports a failed comparison at the comparison, any
        // other test at the whole statement.
        if (s->assert_.test->kind == EXPR_COMPARE)
            set_position(c, s->assert_.test->loc, s->assert_.test);
        else
            set_position(c, s->loc, NULL);
        return emit(c, OP_RAISE_VARARGS, 1) && use_label(c, end);
    }
    case STMT_IMPORT: return compile_import(c, s);
    case STMT_IMPORT_FROM: return compile_import_from(c, s);
    case STMT_GLOBAL:
    case STMT_NONLOCAL:
    case STMT_PASS:
        return true;
    case STMT_EXPR: {
        const AstExpr *v = s->expr.value;
        if (c->interactive && c->u->scope->kind == SCOPE_MODULE)
            return compile_expr(c, v) && emit(c, OP_PRINT_EXPR, 0);
        if (v->kind == EXPR_CONSTANT)
            return true;   // a docstring or a bare constant does nothing
        return compile_expr(c, v) && emit(c, OP_POP_TOP, 0);
    }
    case STMT_BREAK: return compile_break_continue(c, s, true);
    case STMT_CONTINUE: return compile_break_continue(c, s, false);
    case STMT_ASYNC_FUNCTION_DEF:
    case STMT_ASYNC_FOR:
    case STMT_ASYNC_WITH:
        return compiler_error(c, s->loc.lineno, s->loc.col_offset, "async functions are not supported yet");
    case STMT_MATCH:
        return compile_match(c, s);
    case STMT_TRY_STAR:
        return compiler_error(c, s->loc.lineno, s->loc.col_offset, "except* is not supported yet");
    }
    return compiler_error(c, s->loc.lineno, s->loc.col_offset, "internal compiler error: unknown statement");
}

// ------------------------------------------------------------------ entry

static Value raise_syntax_error(const SyntaxErrorInfo *err, const char *filename) {
    if (err->type && strcmp(err->type, "MemoryError") == 0)
        return mo_err_no_memory();
    TypeObject *type = &mo_exc_SyntaxError;
    if (err->type && strcmp(err->type, "IndentationError") == 0)
        type = &mo_exc_IndentationError;
    else if (err->type && strcmp(err->type, "TabError") == 0)
        type = &mo_exc_TabError;
    Value text = MO_NONE;
    if (err->text) {
        size_t n = strlen(err->text);
        if (mo_utf8_count(err->text, n, NULL) >= 0) {
            text = mo_str_new(err->text, n);
            if (text == V_ERR)
                return V_ERR;
        }
    }
    Value fn = mo_str_from_cstr(filename);
    Value msg = mo_str_from_cstr(err->msg);
    if (fn == V_ERR || msg == V_ERR)
        return V_ERR;
    Value info = mo_tuple_pack(6, fn, mo_smallint(err->lineno), err->offset ? mo_smallint(err->offset) : MO_NONE, text,
                               err->end_lineno ? mo_smallint(err->end_lineno) : MO_NONE,
                               mo_smallint(err->end_offset));
    if (info == V_ERR)
        return V_ERR;
    Value args = mo_tuple_pack(2, msg, info);
    if (args == V_ERR)
        return V_ERR;
    Value exc = mo_call_tuple_dict(mo_obj(type), args, MO_NULL);
    if (exc == V_ERR)
        return V_ERR;
    return mo_err_set(exc);
}

// Reads the `from __future__ import` statements at the top of a module
// (after the docstring): they set compiler flags, and only they may import
// from __future__.
static bool check_futures(Compiler *c, const AstStmtSeq *body) {
    static const char *const known[] = {"nested_scopes", "generators", "division", "absolute_import",
                                        "with_statement", "print_function", "unicode_literals",
                                        "barry_as_FLUFL", "generator_stop", "annotations"};
    c->module_body = body;
    int i = docstring_of(body) ? 1 : 0;
    for (; i < body->count; i++) {
        const AstStmt *s = body->items[i];
        if (s->kind != STMT_IMPORT_FROM || s->import_from.level != 0 || !s->import_from.module ||
            strcmp(s->import_from.module, "__future__") != 0)
            break;
        for (int k = 0; k < s->import_from.names.count; k++) {
            const char *name = s->import_from.names.items[k]->name;
            if (strcmp(name, "braces") == 0)
                return raise_syntax_args(c, s->loc.lineno, s->loc.col_offset, s->loc.lineno, s->loc.col_offset + 1,
                                         "not a chance", true);
            bool ok = false;
            for (size_t j = 0; j < sizeof known / sizeof known[0]; j++)
                ok |= strcmp(known[j], name) == 0;
            if (!ok) {
                char msg[300];
                snprintf(msg, sizeof msg, "future feature %s is not defined", name);
                return raise_syntax_args(c, s->loc.lineno, s->loc.col_offset, s->loc.lineno, s->loc.col_offset + 1,
                                         msg, true);
            }
            if (strcmp(name, "annotations") == 0)
                c->future_annotations = true;
        }
    }
    c->nleading = i;
    return true;
}

Value mo_compile_source(const char *src, size_t len, const char *filename, int mode) {
    Arena *arena = mo_arena_new();
    if (!arena)
        return mo_err_no_memory();
    SyntaxErrorInfo err;
    AstMod *mod = mo_parser_parse(arena, src, len, filename, mode, &err);
    if (!mod) {
        raise_syntax_error(&err, filename);
        mo_parser_error_clear(&err);
        mo_arena_free(arena);
        return V_ERR;
    }
    Compiler *c = calloc(1, sizeof *c);
    if (!c) {
        mo_arena_free(arena);
        return mo_err_no_memory();
    }
    // Units keep their constants in malloc'd memory the collector does not
    // scan: no collection while compiling.
    mo_gc_disable();
    c->arena = arena;
    c->filename = filename;
    c->src = src;
    c->src_len = len;
    c->interactive = (mode & 0xFF) == MO_PARSE_SINGLE;
    c->filename_v = mo_str_from_cstr(filename);
    Value code = V_ERR;
    if (c->filename_v == V_ERR)
        goto done;
    if (mod->kind == MOD_MODULE && !check_futures(c, &mod->module.body))
        goto done;
    if (!mo_symtable_build(&c->st, arena, mod)) {
        c->u = NULL;
        // Report the symbol-table error with a temporary unit for context.
        Value fn = c->filename_v;
        (void)fn;
        // 'yield'/'await' outside a function is a compiler error in CPython.
        bool compiler_msg = strstr(c->st.msg, "' outside function") != NULL;
        raise_syntax_args(c, c->st.err_lineno, c->st.err_col, c->st.err_end_lineno, c->st.err_end_col, c->st.msg,
                          !compiler_msg);
        goto done;
    }
    if (!push_unit(c, c->st.top, "<module>", 1))
        goto done;
    bool ok = true;
    switch (mod->kind) {
    case MOD_MODULE: {
        const AstStmtSeq *body = &mod->module.body;
        for (int i = 0; ok && i < body->count; i++)
            if (body->items[i]->kind == STMT_ANN_ASSIGN) {
                ok = emit(c, OP_SETUP_ANNOTATIONS, 0);
                break;
            }
        const AstExpr *doc = docstring_of(body);
        if (ok && doc) {
            c->u->lineno = doc->loc.lineno;
            Value d = constant_value(c, &doc->constant.value, doc->loc.lineno, doc->loc.col_offset);
            ok = d != V_ERR && load_const(c, d) && emit_name_op(c, OP_STORE_NAME, "__doc__");
        }
        ok = ok && compile_body(c, body);
        if (ok) {
            c->u->lineno = -1;
            ok = load_const(c, MO_NONE) && emit(c, OP_RETURN_VALUE, 0);
        }
        break;
    }
    case MOD_INTERACTIVE:
        ok = compile_body(c, &mod->interactive.body);
        if (ok) {
            c->u->lineno = -1;
            ok = load_const(c, MO_NONE) && emit(c, OP_RETURN_VALUE, 0);
        }
        break;
    case MOD_EXPRESSION:
        ok = compile_expr(c, mod->expression.body) && emit(c, OP_RETURN_VALUE, 0);
        break;
    default:
        ok = compiler_error(c, 1, 0, "unsupported module kind");
        break;
    }
    if (!ok) {
        pop_unit(c);
        goto done;
    }
    c->u->flags |= MO_CO_MODULE;
    code = finish_unit(c);
done:
    // Tracebacks show source lines of files, not of -c or stdin (as CPython).
    if (code != V_ERR && (mode & 0xFF) == MO_PARSE_FILE && filename[0] != '<')
        mo_exc_remember_source(filename, src, len);
    if (code == V_ERR && !mo_err_occurred())
        mo_err_format(&mo_exc_SystemError, "compilation failed without an error");
    while (c->u)
        pop_unit(c);
    free(c);
    mo_arena_free(arena);
    mo_gc_enable();
    return code;
}

Value mo_compile_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        return mo_err_format(&mo_exc_FileNotFoundError, "[Errno 2] No such file or directory: '%s'", path);
    }
    StrBuf b = STRBUF_INIT;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        mo_strbuf_append(&b, buf, n);
    fclose(f);
    if (b.failed) {
        mo_strbuf_free(&b);
        return mo_err_no_memory();
    }
    Value code = mo_compile_source(b.data ? b.data : "", b.len, path, MO_PARSE_FILE);
    mo_strbuf_free(&b);
    return code;
}
