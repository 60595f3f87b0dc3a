// src/front/ast.c — node constructors and kind names for ast.h.
//
// The name tables are indexed by the enums of ast.h, whose values start at 1;
// index 0 holds "?" so an unset field prints recognizably.
//
// Read next: src/front/ast_dump.c (uses these names).
#include "front/ast.h"

static const char *const stmt_names[] = {
    "?", "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete",
    "Assign", "AugAssign", "AnnAssign", "For", "AsyncFor", "While", "If",
    "With", "AsyncWith", "Match", "Raise", "Try", "TryStar", "Assert",
    "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break",
    "Continue",
};

static const char *const expr_names[] = {
    "?", "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict",
    "Set", "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await", "Yield",
    "YieldFrom", "Compare", "Call", "FormattedValue", "JoinedStr", "Constant",
    "Attribute", "Subscript", "Starred", "Name", "List", "Tuple", "Slice",
};

static const char *const pattern_names[] = {
    "?", "MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping",
    "MatchClass", "MatchStar", "MatchAs", "MatchOr",
};

static const char *const operator_names[] = {
    "?", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift",
    "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv",
};

static const char *const unaryop_names[] = {"?", "Invert", "Not", "UAdd", "USub"};
static const char *const boolop_names[] = {"?", "And", "Or"};
static const char *const cmpop_names[] = {
    "?", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
};
static const char *const context_names[] = {"?", "Load", "Store", "Del"};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define LOOKUP(table, i) ((unsigned)(i) < COUNT(table) ? table[(unsigned)(i)] : "?")

_Static_assert(COUNT(stmt_names) == AST_STMT_KIND_COUNT, "stmt_names out of date");
_Static_assert(COUNT(expr_names) == AST_EXPR_KIND_COUNT, "expr_names out of date");

const char *mo_ast_stmt_name(AstStmtKind kind) { return LOOKUP(stmt_names, kind); }
const char *mo_ast_expr_name(AstExprKind kind) { return LOOKUP(expr_names, kind); }
const char *mo_ast_pattern_name(AstPatternKind kind) { return LOOKUP(pattern_names, kind); }
const char *mo_ast_operator_name(AstOperator op) { return LOOKUP(operator_names, op); }
const char *mo_ast_unaryop_name(AstUnaryOp op) { return LOOKUP(unaryop_names, op); }
const char *mo_ast_boolop_name(AstBoolOp op) { return LOOKUP(boolop_names, op); }
const char *mo_ast_cmpop_name(AstCmpOp op) { return LOOKUP(cmpop_names, op); }
const char *mo_ast_context_name(AstExprContext ctx) { return LOOKUP(context_names, ctx); }

AstStmt *mo_ast_new_stmt(Arena *arena, AstStmtKind kind, AstLoc loc) {
    AstStmt *s = mo_arena_alloc(arena, sizeof(AstStmt));
    if (s) {
        s->kind = kind;
        s->loc = loc;
    }
    return s;
}

AstExpr *mo_ast_new_expr(Arena *arena, AstExprKind kind, AstLoc loc) {
    AstExpr *e = mo_arena_alloc(arena, sizeof(AstExpr));
    if (e) {
        e->kind = kind;
        e->loc = loc;
    }
    return e;
}

AstPattern *mo_ast_new_pattern(Arena *arena, AstPatternKind kind, AstLoc loc) {
    AstPattern *p = mo_arena_alloc(arena, sizeof(AstPattern));
    if (p) {
        p->kind = kind;
        p->loc = loc;
    }
    return p;
}
