// src/front/symtable.h — symbol tables: which scope each name belongs to.
//
// One Scope per module, class body, function, lambda and comprehension,
// found again by the compiler through the AST node that opened it. After
// analysis every symbol is resolved to one of:
//
//   SYM_LOCAL            a fast local (functions) or a namespace-dict name
//                        (module and class bodies)
//   SYM_CELL             a local captured by an inner function
//   SYM_FREE             a variable of an enclosing function
//   SYM_GLOBAL_EXPLICIT  declared `global`
//   SYM_GLOBAL_IMPLICIT  not bound anywhere in an enclosing function
//
// and each function-like scope gets its ordered variable lists: `varnames`
// (parameters first), `cellvars` and `freevars` (sorted, as in CPython), which
// become the frame's slots.
//
// Errors are SyntaxErrors at a line and column ("no binding for nonlocal 'x'
// found", "name 'x' is used prior to global declaration", ...).
#ifndef MO_SYMTABLE_H
#define MO_SYMTABLE_H

#include <stdbool.h>

#include "front/arena.h"
#include "front/ast.h"

typedef enum { SCOPE_MODULE, SCOPE_FUNCTION, SCOPE_CLASS } ScopeKind;

enum {
    SYM_LOCAL = 1,
    SYM_CELL,
    SYM_FREE,
    SYM_GLOBAL_EXPLICIT,
    SYM_GLOBAL_IMPLICIT,
};

// Symbol.flags: how the name is used in its scope.
#define SYMF_ASSIGNED 1u
#define SYMF_PARAM    2u
#define SYMF_GLOBAL   4u
#define SYMF_NONLOCAL 8u
#define SYMF_USED     16u
// In a class body: also free for the methods (a class attribute shadowing
// a variable of the enclosing function that methods use).
#define SYMF_FREE_CLASS 32u
#define SYMF_DELETED  64u
#define SYMF_ANNOT    128u   // the target of an annotated assignment

typedef struct Symbol {
    const char *name;
    unsigned flags;
    int scope;      // SYM_*, after analysis
    AstLoc decl;    // the first `global`/`nonlocal` statement naming it (for errors)
} Symbol;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    const char *name;           // "<module>", the function/class name, "<lambda>", "<listcomp>" ...
    // The class whose private names (`__x`) are mangled here: the innermost
    // enclosing class body, or NULL outside classes.
    const char *private_name;
    const void *node;           // the AST node that opened it (AstStmt* or AstExpr*), NULL for the module
    Scope *parent;
    Symbol *syms;
    int nsyms, cap;
    int *table;                 // open-addressing index into syms (size tcap)
    int tcap;
    Scope **children;
    int nchildren, ccap;
    bool is_generator;
    bool is_comprehension;
    bool is_lambda;
    bool needs_class_cell;      // a class whose methods use super() / __class__
    bool has_varargs, has_varkw;
    int lineno, col;
    // Filled by analysis (functions, lambdas, comprehensions; class bodies
    // have only cellvars/freevars):
    const char **varnames;
    int nvarnames;
    const char **cellvars;
    int ncellvars;
    const char **freevars;
    int nfreevars;
};

typedef struct SymTable {
    Arena *arena;
    Scope *top;
    // node → scope lookup
    const void **keys;
    Scope **values;
    int map_cap, map_count;
    // The first error (SyntaxError), if any.
    bool failed;
    char msg[256];
    int err_lineno, err_col;    // col is 0-based bytes
    int err_end_lineno, err_end_col;  // where the error's caret range ends
} SymTable;

// Builds and analyses the table for a module; returns false on error (see
// st->msg / err_lineno / err_col).
bool mo_symtable_build(SymTable *st, Arena *arena, const AstMod *mod);
Scope *mo_symtable_lookup_scope(const SymTable *st, const void *node);
// The symbol `name` in `scope`, or NULL.
Symbol *mo_scope_symbol(const Scope *scope, const char *name);
// `name` as written inside class `private_name`: a private name `__x`
// (not ending in `__`, no dot) becomes `_Class__x`, with the class name's
// leading underscores dropped; other names come back unchanged. The result
// lives in `arena` (or is `name`; NULL only when out of memory).
const char *mo_symtable_mangle(Arena *arena, const char *private_name, const char *name);
// The index of `name` in one of a scope's ordered lists, or -1.
int mo_scope_index(const char *const *list, int n, const char *name);

#endif
