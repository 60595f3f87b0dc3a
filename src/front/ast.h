// src/front/ast.h — the abstract syntax tree, modeled on Python 3.11's `ast`.
//
// Every node kind and field of Python 3.11's `ast` module (Parser/Python.asdl)
// has a counterpart here with the same name in snake_case: `ast.BinOp(left,
// op, right)` is an `AstExpr` with `kind == EXPR_BIN_OP` and fields
// `e->bin_op.left`, `e->bin_op.op`, `e->bin_op.right`. Walk a tree with a
// `switch` on `kind`. Kinds the parser does not produce yet (async nodes,
// `Match`, `TryStar`, patterns, `FunctionType`) are declared anyway so the
// tree stays one-to-one with Python's and the compiler can name them.
//
// Conventions:
// - Every statement, expression, pattern, `arg`, `keyword`, `alias` and
//   `excepthandler` carries an `AstLoc`: 1-based lines, 0-based columns
//   counted in UTF-8 *bytes* (CPython's meaning). `withitem`,
//   `comprehension`, `arguments` and `match_case` have no location, as in
//   Python.
// - Optional fields (`expr?`, `identifier?`) are NULL when absent.
// - Sequences are `{int count; T **items;}` (or `T *items` for enums and
//   identifiers); an empty sequence is {0, NULL}.
// - Identifiers are NUL-terminated UTF-8 strings in the arena. They are not
//   NFKC-normalized (Python normalizes non-ASCII identifiers; we do not yet).
// - Constants: see `AstConstant` below (ints that do not fit int64 are kept
//   as digit text with their base; strings are UTF-8 that may hold NUL bytes
//   and lone surrogates encoded as 3-byte sequences).
// - Everything (nodes, sequences, strings) lives in the `Arena` passed to
//   the parser and dies with it.
//
// Read next: src/front/parser.h (how to get a tree), src/front/ast_dump.c
// (prints a tree exactly like Python's `ast.dump`).
#ifndef MO_AST_H
#define MO_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "front/arena.h"

typedef struct AstMod AstMod;
typedef struct AstStmt AstStmt;
typedef struct AstExpr AstExpr;
typedef struct AstPattern AstPattern;
typedef struct AstComprehension AstComprehension;
typedef struct AstExceptHandler AstExceptHandler;
typedef struct AstArguments AstArguments;
typedef struct AstArg AstArg;
typedef struct AstKeyword AstKeyword;
typedef struct AstAlias AstAlias;
typedef struct AstWithItem AstWithItem;
typedef struct AstMatchCase AstMatchCase;
typedef struct AstTypeIgnore AstTypeIgnore;

// Source position of a node (CPython's attributes).
typedef struct AstLoc {
    int lineno;          // 1-based first line
    int col_offset;      // 0-based UTF-8 byte column of the first byte
    int end_lineno;      // 1-based last line
    int end_col_offset;  // 0-based UTF-8 byte column one past the last byte
} AstLoc;

// ----------------------------------------------------------------- sequences
typedef struct AstStmtSeq { int count; AstStmt **items; } AstStmtSeq;
typedef struct AstExprSeq { int count; AstExpr **items; } AstExprSeq;
typedef struct AstPatternSeq { int count; AstPattern **items; } AstPatternSeq;
typedef struct AstComprehensionSeq { int count; AstComprehension **items; } AstComprehensionSeq;
typedef struct AstExceptHandlerSeq { int count; AstExceptHandler **items; } AstExceptHandlerSeq;
typedef struct AstArgSeq { int count; AstArg **items; } AstArgSeq;
typedef struct AstKeywordSeq { int count; AstKeyword **items; } AstKeywordSeq;
typedef struct AstAliasSeq { int count; AstAlias **items; } AstAliasSeq;
typedef struct AstWithItemSeq { int count; AstWithItem **items; } AstWithItemSeq;
typedef struct AstMatchCaseSeq { int count; AstMatchCase **items; } AstMatchCaseSeq;
typedef struct AstTypeIgnoreSeq { int count; AstTypeIgnore **items; } AstTypeIgnoreSeq;
// A sequence of identifiers (`global a, b`, `MatchClass.kwd_attrs`).
typedef struct AstIdentSeq { int count; const char **items; } AstIdentSeq;

// ----------------------------------------------------------- small enums
// Values start at 1 so a zeroed field is recognizably unset.
typedef enum AstExprContext { AST_LOAD = 1, AST_STORE, AST_DEL } AstExprContext;

typedef enum AstBoolOp { AST_AND = 1, AST_OR } AstBoolOp;

typedef enum AstOperator {
    AST_ADD = 1, AST_SUB, AST_MULT, AST_MAT_MULT, AST_DIV, AST_MOD, AST_POW,
    AST_LSHIFT, AST_RSHIFT, AST_BIT_OR, AST_BIT_XOR, AST_BIT_AND, AST_FLOOR_DIV,
} AstOperator;

typedef enum AstUnaryOp { AST_INVERT = 1, AST_NOT, AST_UADD, AST_USUB } AstUnaryOp;

typedef enum AstCmpOp {
    AST_EQ = 1, AST_NOT_EQ, AST_LT, AST_LT_E, AST_GT, AST_GT_E,
    AST_IS, AST_IS_NOT, AST_IN, AST_NOT_IN,
} AstCmpOp;

typedef struct AstCmpOpSeq { int count; AstCmpOp *items; } AstCmpOpSeq;

// ------------------------------------------------------------- constants
// The value of an `ast.Constant` (also `MatchSingleton.value`).
//
//   kind                 payload
//   AST_CONST_NONE       -
//   AST_CONST_TRUE       -
//   AST_CONST_FALSE      -
//   AST_CONST_ELLIPSIS   -
//   AST_CONST_INT        `i`: the value, when it fits int64_t (always >= 0:
//                        `-5` is UnaryOp(USub, 5), as in Python)
//   AST_CONST_BIG_INT    `big`: an int literal too large for int64_t, kept as
//                        its digits in its own base: `digits` has no prefix
//                        and no underscores, lowercase, no leading zeros
//                        (e.g. 0xFF_FF_FF_FF_FF_FF_FF_FF_FF -> base 16,
//                        "ffffffffffffffffff"); the VM converts it
//   AST_CONST_FLOAT      `f`: the double (strtod's correctly rounded value)
//   AST_CONST_IMAG       `f`: the imaginary part of `3j` (the compiler may
//                        reject these)
//   AST_CONST_STR        `str`: UTF-8 bytes and their length; may contain NUL
//                        bytes; lone surrogates (from "\ud800") are encoded
//                        as 3-byte sequences (like "surrogatepass"); always
//                        NUL-terminated after `len` bytes
//   AST_CONST_BYTES      `str`: the raw bytes and their length, also
//                        NUL-terminated after `len`
typedef enum AstConstKind {
    AST_CONST_NONE = 1, AST_CONST_TRUE, AST_CONST_FALSE, AST_CONST_ELLIPSIS,
    AST_CONST_INT, AST_CONST_BIG_INT, AST_CONST_FLOAT, AST_CONST_IMAG,
    AST_CONST_STR, AST_CONST_BYTES,
} AstConstKind;

typedef struct AstConstant {
    AstConstKind kind;
    union {
        int64_t i;
        double f;
        struct { const char *data; size_t len; } str;
        struct { const char *digits; int base; } big;
    };
} AstConstant;

// ---------------------------------------------------------------- modules
typedef enum AstModKind {
    MOD_MODULE = 1, MOD_INTERACTIVE, MOD_EXPRESSION, MOD_FUNCTION_TYPE,
} AstModKind;

struct AstMod {
    AstModKind kind;
    union {
        struct { AstStmtSeq body; AstTypeIgnoreSeq type_ignores; } module;
        struct { AstStmtSeq body; } interactive;
        struct { AstExpr *body; } expression;
        struct { AstExprSeq argtypes; AstExpr *returns; } function_type;
    };
};

// ------------------------------------------------------------- statements
typedef enum AstStmtKind {
    STMT_FUNCTION_DEF = 1, STMT_ASYNC_FUNCTION_DEF, STMT_CLASS_DEF, STMT_RETURN,
    STMT_DELETE, STMT_ASSIGN, STMT_AUG_ASSIGN, STMT_ANN_ASSIGN,
    STMT_FOR, STMT_ASYNC_FOR, STMT_WHILE, STMT_IF, STMT_WITH, STMT_ASYNC_WITH,
    STMT_MATCH, STMT_RAISE, STMT_TRY, STMT_TRY_STAR, STMT_ASSERT,
    STMT_IMPORT, STMT_IMPORT_FROM, STMT_GLOBAL, STMT_NONLOCAL, STMT_EXPR,
    STMT_PASS, STMT_BREAK, STMT_CONTINUE,
} AstStmtKind;
#define AST_STMT_KIND_COUNT (STMT_CONTINUE + 1)

struct AstStmt {
    AstStmtKind kind;
    AstLoc loc;
    union {
        // Also used by STMT_ASYNC_FUNCTION_DEF (`async_function_def` aliases it).
        struct {
            const char *name;
            AstArguments *args;
            AstStmtSeq body;
            AstExprSeq decorator_list;
            AstExpr *returns;
            const char *type_comment;
        } function_def, async_function_def;
        struct {
            const char *name;
            AstExprSeq bases;
            AstKeywordSeq keywords;
            AstStmtSeq body;
            AstExprSeq decorator_list;
        } class_def;
        struct { AstExpr *value; } return_;
        struct { AstExprSeq targets; } delete_;
        struct {
            AstExprSeq targets;
            AstExpr *value;
            const char *type_comment;
        } assign;
        struct { AstExpr *target; AstOperator op; AstExpr *value; } aug_assign;
        struct {
            AstExpr *target;
            AstExpr *annotation;
            AstExpr *value;
            int simple;  // 1 when the target is a bare name without parentheses
        } ann_assign;
        // Also used by STMT_ASYNC_FOR.
        struct {
            AstExpr *target;
            AstExpr *iter;
            AstStmtSeq body;
            AstStmtSeq orelse;
            const char *type_comment;
        } for_, async_for;
        struct { AstExpr *test; AstStmtSeq body; AstStmtSeq orelse; } while_;
        struct { AstExpr *test; AstStmtSeq body; AstStmtSeq orelse; } if_;
        // Also used by STMT_ASYNC_WITH.
        struct {
            AstWithItemSeq items;
            AstStmtSeq body;
            const char *type_comment;
        } with, async_with;
        struct { AstExpr *subject; AstMatchCaseSeq cases; } match;
        struct { AstExpr *exc; AstExpr *cause; } raise;
        // Also used by STMT_TRY_STAR.
        struct {
            AstStmtSeq body;
            AstExceptHandlerSeq handlers;
            AstStmtSeq orelse;
            AstStmtSeq finalbody;
        } try_, try_star;
        struct { AstExpr *test; AstExpr *msg; } assert_;
        struct { AstAliasSeq names; } import;
        struct {
            const char *module;  // NULL for `from . import x`
            AstAliasSeq names;
            int level;           // number of leading dots
        } import_from;
        struct { AstIdentSeq names; } global, nonlocal;
        struct { AstExpr *value; } expr;
        // STMT_PASS, STMT_BREAK, STMT_CONTINUE have no fields.
    };
};

// ------------------------------------------------------------ expressions
typedef enum AstExprKind {
    EXPR_BOOL_OP = 1, EXPR_NAMED_EXPR, EXPR_BIN_OP, EXPR_UNARY_OP, EXPR_LAMBDA,
    EXPR_IF_EXP, EXPR_DICT, EXPR_SET, EXPR_LIST_COMP, EXPR_SET_COMP,
    EXPR_DICT_COMP, EXPR_GENERATOR_EXP, EXPR_AWAIT, EXPR_YIELD,
    EXPR_YIELD_FROM, EXPR_COMPARE, EXPR_CALL, EXPR_FORMATTED_VALUE,
    EXPR_JOINED_STR, EXPR_CONSTANT, EXPR_ATTRIBUTE, EXPR_SUBSCRIPT,
    EXPR_STARRED, EXPR_NAME, EXPR_LIST, EXPR_TUPLE, EXPR_SLICE,
} AstExprKind;
#define AST_EXPR_KIND_COUNT (EXPR_SLICE + 1)

struct AstExpr {
    AstExprKind kind;
    AstLoc loc;
    union {
        struct { AstBoolOp op; AstExprSeq values; } bool_op;
        struct { AstExpr *target; AstExpr *value; } named_expr;
        struct { AstExpr *left; AstOperator op; AstExpr *right; } bin_op;
        struct { AstUnaryOp op; AstExpr *operand; } unary_op;
        struct { AstArguments *args; AstExpr *body; } lambda;
        struct { AstExpr *test; AstExpr *body; AstExpr *orelse; } if_exp;
        // keys.items[i] is NULL for a `**mapping` entry (values.items[i]).
        struct { AstExprSeq keys; AstExprSeq values; } dict;
        struct { AstExprSeq elts; } set;
        // Also used by EXPR_SET_COMP and EXPR_GENERATOR_EXP.
        struct {
            AstExpr *elt;
            AstComprehensionSeq generators;
        } list_comp, set_comp, generator_exp;
        struct {
            AstExpr *key;
            AstExpr *value;
            AstComprehensionSeq generators;
        } dict_comp;
        struct { AstExpr *value; } await, yield, yield_from;
        struct { AstExpr *left; AstCmpOpSeq ops; AstExprSeq comparators; } compare;
        struct { AstExpr *func; AstExprSeq args; AstKeywordSeq keywords; } call;
        struct {
            AstExpr *value;
            int conversion;        // -1 none, 's', 'r' or 'a' (Python's values)
            AstExpr *format_spec;  // a JoinedStr, or NULL
        } formatted_value;
        struct { AstExprSeq values; } joined_str;
        struct {
            AstConstant value;
            const char *kind;  // "u" for u"..." strings, otherwise NULL
        } constant;
        struct { AstExpr *value; const char *attr; AstExprContext ctx; } attribute;
        struct { AstExpr *value; AstExpr *slice; AstExprContext ctx; } subscript;
        struct { AstExpr *value; AstExprContext ctx; } starred;
        struct { const char *id; AstExprContext ctx; } name;
        // Also used by EXPR_TUPLE.
        struct { AstExprSeq elts; AstExprContext ctx; } list, tuple;
        struct { AstExpr *lower; AstExpr *upper; AstExpr *step; } slice;
    };
};

// --------------------------------------------------------- other nodes
struct AstComprehension {
    AstExpr *target;
    AstExpr *iter;
    AstExprSeq ifs;
    int is_async;
};

struct AstExceptHandler {
    AstLoc loc;
    AstExpr *type;     // NULL for a bare `except:`
    const char *name;  // NULL without `as name`
    AstStmtSeq body;
};

struct AstArguments {
    AstArgSeq posonlyargs;
    AstArgSeq args;
    AstArg *vararg;          // NULL without `*args`
    AstArgSeq kwonlyargs;
    AstExprSeq kw_defaults;  // one per kwonlyarg; NULL items where none
    AstArg *kwarg;           // NULL without `**kwargs`
    AstExprSeq defaults;     // for the last `defaults.count` of posonlyargs+args
};

struct AstArg {
    AstLoc loc;
    const char *arg;
    AstExpr *annotation;
    const char *type_comment;
};

struct AstKeyword {
    AstLoc loc;
    const char *arg;  // NULL for `**mapping`
    AstExpr *value;
};

struct AstAlias {
    AstLoc loc;
    const char *name;    // dotted for `import a.b.c`; "*" for `from m import *`
    const char *asname;  // NULL without `as`
};

struct AstWithItem {
    AstExpr *context_expr;
    AstExpr *optional_vars;  // NULL without `as`
};

struct AstMatchCase {
    AstPattern *pattern;
    AstExpr *guard;
    AstStmtSeq body;
};

typedef enum AstPatternKind {
    PATTERN_MATCH_VALUE = 1, PATTERN_MATCH_SINGLETON, PATTERN_MATCH_SEQUENCE,
    PATTERN_MATCH_MAPPING, PATTERN_MATCH_CLASS, PATTERN_MATCH_STAR,
    PATTERN_MATCH_AS, PATTERN_MATCH_OR,
} AstPatternKind;

struct AstPattern {
    AstPatternKind kind;
    AstLoc loc;
    union {
        struct { AstExpr *value; } match_value;
        struct { AstConstant value; } match_singleton;
        struct { AstPatternSeq patterns; } match_sequence;
        struct { AstExprSeq keys; AstPatternSeq patterns; const char *rest; } match_mapping;
        struct {
            AstExpr *cls;
            AstPatternSeq patterns;
            AstIdentSeq kwd_attrs;
            AstPatternSeq kwd_patterns;
        } match_class;
        struct { const char *name; } match_star;
        struct { AstPattern *pattern; const char *name; } match_as;
        struct { AstPatternSeq patterns; } match_or;
    };
};

struct AstTypeIgnore {
    int lineno;
    const char *tag;
};

// ----------------------------------------------------------------- helpers
// Python's class names for each kind ("BinOp", "Add", "Eq", "Load", ...);
// "?" for an out-of-range value.
const char *mo_ast_stmt_name(AstStmtKind kind);
const char *mo_ast_expr_name(AstExprKind kind);
const char *mo_ast_pattern_name(AstPatternKind kind);
const char *mo_ast_operator_name(AstOperator op);
const char *mo_ast_unaryop_name(AstUnaryOp op);
const char *mo_ast_boolop_name(AstBoolOp op);
const char *mo_ast_cmpop_name(AstCmpOp op);
const char *mo_ast_context_name(AstExprContext ctx);

// Allocates a zeroed node of the given kind at `loc` (NULL when out of memory).
AstStmt *mo_ast_new_stmt(Arena *arena, AstStmtKind kind, AstLoc loc);
AstExpr *mo_ast_new_expr(Arena *arena, AstExprKind kind, AstLoc loc);
AstPattern *mo_ast_new_pattern(Arena *arena, AstPatternKind kind, AstLoc loc);

// Prints `mod` into a malloc'd NUL-terminated string exactly as Python 3.11's
// `ast.dump(tree, include_attributes=...)` would (no indent). Returns NULL
// when out of memory. Defined in ast_dump.c.
char *mo_ast_dump(const AstMod *mod, bool include_attributes);

// mo_ast_dump with options: MO_AST_DUMP_ATTRIBUTES adds the positions;
// MO_AST_DUMP_ASCII escapes every non-ASCII character in strings and names
// (as \xHH, \uHHHH or \UHHHHHHHH) instead of deciding, like repr(), which
// ones are printable — for comparisons that must not depend on Unicode
// tables.
enum { MO_AST_DUMP_ATTRIBUTES = 1, MO_AST_DUMP_ASCII = 2 };
char *mo_ast_dump_flags(const AstMod *mod, int flags);

#endif
