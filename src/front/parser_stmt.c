// src/front/parser_stmt.c — statements: CPython 3.11's statement grammar.
//
// Simple statements are chosen by their first token; everything that does
// not start with a statement keyword is parsed as `star_expressions` and,
// when `=`, `:` or an augmented operator follows, turned into an assignment
// (with the target checks CPython's `star_targets`/`single_target` rules
// make). Compound statements follow the grammar's alternatives, including,
// in the error pass, the `invalid_*` ones that come first in each rule.
//
// Not supported yet, with a SyntaxError saying so: `async def/for/with` and
// the `match` statement. Those errors are raised only once the whole input
// has parsed (like compiler errors in CPython), so a real syntax error
// anywhere in the file is reported first; `match` is rejected on sight.
//
// Read next: src/front/parser_expr.c, src/front/parser_target.c.
#include <string.h>

#include "front/parser_internal.h"
#include "runtime/strbuf.h"

static bool statements(Parser *p, PtrList *out);
static AstStmtSeq block(Parser *p, bool *ok);

#define SEQ(type, list) ((type){(list).count, (void *)mo_parser_list_finish(p, &(list))})

static bool is_kind(Parser *p, TokenKind kind) { return mo_parser_peek_kind(p) == kind; }
static bool is_kind_at(Parser *p, int index, TokenKind kind) {
    return mo_parser_peek_at(p, index)->kind == kind;
}

// Records that an unsupported feature was used; the first one becomes the
// error if the input otherwise parses.
static void unsupported(Parser *p, AstLoc loc, const char *msg) {
    Parser *root = p;
    while (root->parent)
        root = root->parent;
    if (root->unsupported_msg || p->call_invalid_rules)
        return;
    root->unsupported_msg = msg;
    root->unsupported_loc = loc;
}

// ------------------------------------------------------- simple statements

static AstOperator augassign_op(TokenKind kind) {
    switch (kind) {
    case TK_PLUSEQUAL: return AST_ADD;
    case TK_MINEQUAL: return AST_SUB;
    case TK_STAREQUAL: return AST_MULT;
    case TK_ATEQUAL: return AST_MAT_MULT;
    case TK_SLASHEQUAL: return AST_DIV;
    case TK_PERCENTEQUAL: return AST_MOD;
    case TK_AMPEREQUAL: return AST_BIT_AND;
    case TK_VBAREQUAL: return AST_BIT_OR;
    case TK_CIRCUMFLEXEQUAL: return AST_BIT_XOR;
    case TK_LEFTSHIFTEQUAL: return AST_LSHIFT;
    case TK_RIGHTSHIFTEQUAL: return AST_RSHIFT;
    case TK_DOUBLESTAREQUAL: return AST_POW;
    case TK_DOUBLESLASHEQUAL: return AST_FLOOR_DIV;
    default: return 0;
    }
}

// annotated_rhs: yield_expr | star_expressions
static AstExpr *annotated_rhs(Parser *p) {
    if (is_kind(p, TK_KW_YIELD))
        return mo_parser_expr_yield_expr(p);
    return mo_parser_expr_star_expressions(p);
}

// Is `e` (parsed as an expression) a valid star_targets tree?
static bool valid_star_target(AstExpr *e, bool in_starred) {
    switch (e->kind) {
    case EXPR_NAME:
    case EXPR_ATTRIBUTE:
    case EXPR_SUBSCRIPT:
        return true;
    case EXPR_STARRED:
        // `*` applies to a star_target that is not itself starred.
        return !in_starred && e->starred.value->kind != EXPR_STARRED &&
               valid_star_target(e->starred.value, true);
    case EXPR_TUPLE:
        for (int i = 0; i < e->tuple.elts.count; i++)
            if (!valid_star_target(e->tuple.elts.items[i], false))
                return false;
        return true;
    case EXPR_LIST:
        for (int i = 0; i < e->list.elts.count; i++)
            if (!valid_star_target(e->list.elts.items[i], false))
                return false;
        return true;
    default:
        return false;
    }
}

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
static AstExpr *invalid_ann_assign_target(Parser *p) {
    int mark = p->mark;
    if (is_kind(p, TK_LSQB)) {
        AstExpr *e = mo_parser_expr_list(p);
        if (e || p->error)
            return e;
    }
    if (is_kind(p, TK_LPAR)) {
        AstExpr *e = mo_parser_expr_tuple(p);
        if (e || p->error)
            return e;
        p->mark = mark;
        mo_parser_expect(p, TK_LPAR);
        e = invalid_ann_assign_target(p);
        if (e && mo_parser_expect(p, TK_RPAR))
            return e;
    }
    p->mark = mark;
    return NULL;
}

// (star_targets '=')*
static void skip_star_targets_eq(Parser *p) {
    for (;;) {
        int m = p->mark;
        if (!mo_parser_target_star_targets(p) || !mo_parser_expect(p, TK_EQUAL)) {
            p->mark = m;
            return;
        }
    }
}

// invalid_assignment (second pass): raises the specific message, if any.
static void invalid_assignment(Parser *p) {
    int mark = p->mark;
    AstExpr *a = invalid_ann_assign_target(p);
    if (a && mo_parser_expect(p, TK_COLON) && mo_parser_expr_expression(p)) {
        mo_parser_raise_loc(p, a->loc, "only single target (not %s) can be annotated",
                            a->kind == EXPR_LIST ? "list" : "tuple");
        return;
    }
    if (p->error)
        return;
    p->mark = mark;
    a = mo_parser_expr_star_named_expression(p);
    if (a && mo_parser_expect(p, TK_COMMA)) {
        AstExprSeq rest;
        while (mo_parser_expr_star_named_expressions(p, &rest))
            ;
        if (!p->error && mo_parser_expect(p, TK_COLON) && mo_parser_expr_expression(p)) {
            mo_parser_raise_loc(p, a->loc, "only single target (not tuple) can be annotated");
            return;
        }
    }
    if (p->error)
        return;
    p->mark = mark;
    a = mo_parser_expr_expression(p);
    if (a && mo_parser_expect(p, TK_COLON) && mo_parser_expr_expression(p)) {
        mo_parser_raise_loc(p, a->loc, "illegal target for annotation");
        return;
    }
    if (p->error)
        return;
    p->mark = mark;
    skip_star_targets_eq(p);
    a = p->error ? NULL : mo_parser_expr_star_expressions(p);
    if (a && mo_parser_expect(p, TK_EQUAL) && mo_parser_target_raise_invalid(p, STAR_TARGETS, a))
        return;
    if (p->error)
        return;
    p->mark = mark;
    skip_star_targets_eq(p);
    a = p->error ? NULL : mo_parser_expr_yield_expr(p);
    if (a && mo_parser_expect(p, TK_EQUAL)) {
        mo_parser_raise_loc(p, a->loc, "assignment to yield expression not possible");
        return;
    }
    if (p->error)
        return;
    p->mark = mark;
    a = mo_parser_expr_star_expressions(p);
    if (a && augassign_op(mo_parser_peek_kind(p))) {
        p->mark++;
        if (annotated_rhs(p)) {
            mo_parser_raise_loc(p, a->loc, "'%s' is an illegal expression for augmented assignment",
                                mo_parser_expr_name_of(a));
            return;
        }
    }
    p->mark = mark;
}

// A target for `:` or an augmented assignment: CPython's single_target
// (a Name, Attribute or Subscript, possibly parenthesized).
static bool valid_single_target(AstExpr *e) {
    return e->kind == EXPR_NAME || e->kind == EXPR_ATTRIBUTE || e->kind == EXPR_SUBSCRIPT;
}

// assignment | star_expressions (as an expression statement).
static AstStmt *assignment_or_expression(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_peek(p);
    AstExpr *e = annotated_rhs(p);
    if (!e)
        goto fail;
    TokenKind next = mo_parser_peek_kind(p);
    if (next == TK_COLON && e->kind != EXPR_YIELD && e->kind != EXPR_YIELD_FROM) {
        // NAME ':' expression ['=' annotated_rhs]
        // ('(' single_target ')' | single_subscript_attribute_target) ':' ...
        if (!valid_single_target(e))
            goto fail;
        p->mark++;
        AstExpr *annotation = mo_parser_expr_expression(p);
        if (!annotation)
            goto fail;
        AstExpr *value = NULL;
        if (mo_parser_expect(p, TK_EQUAL)) {
            value = annotated_rhs(p);
            if (!value)
                goto fail;
        }
        mo_parser_target_set_context(e, AST_STORE);
        AstStmt *s = mo_parser_new_stmt(p, STMT_ANN_ASSIGN, mo_parser_extra(p, start));
        if (!s)
            return NULL;
        s->ann_assign.target = e;
        s->ann_assign.annotation = annotation;
        s->ann_assign.value = value;
        // "simple": a bare name, not in parentheses.
        s->ann_assign.simple = e->kind == EXPR_NAME && start->kind != TK_LPAR;
        return s;
    }
    if (next == TK_EQUAL) {
        PtrList targets;
        mo_parser_list_init(&targets);
        AstExpr *value = e;
        while (mo_parser_expect(p, TK_EQUAL)) {
            if (!valid_star_target(value, false))
                goto fail;
            if (!mo_parser_list_push(p, &targets, value))
                return NULL;
            value = annotated_rhs(p);
            if (!value)
                goto fail;
        }
        for (int i = 0; i < targets.count; i++)
            mo_parser_target_set_context(targets.items[i], AST_STORE);
        AstStmt *s = mo_parser_new_stmt(p, STMT_ASSIGN, mo_parser_extra(p, start));
        if (!s)
            return NULL;
        s->assign.targets = SEQ(AstExprSeq, targets);
        s->assign.value = value;
        return s;
    }
    AstOperator op = augassign_op(next);
    if (op) {
        if (!valid_single_target(e))
            goto fail;
        p->mark++;
        // The grammar cuts (`~`) after the operator: no other alternative
        // (not even invalid_assignment) is tried when the value is bad.
        AstExpr *value = annotated_rhs(p);
        if (!value) {
            p->mark = mark;
            return NULL;
        }
        mo_parser_target_set_context(e, AST_STORE);
        AstStmt *s = mo_parser_new_stmt(p, STMT_AUG_ASSIGN, mo_parser_extra(p, start));
        if (!s)
            return NULL;
        s->aug_assign.target = e;
        s->aug_assign.op = op;
        s->aug_assign.value = value;
        return s;
    }
    if (p->call_invalid_rules) {
        // `assignment` (with invalid_assignment last) comes before the
        // expression-statement alternative in the grammar.
        int end = p->mark;
        p->mark = mark;
        invalid_assignment(p);
        if (p->error)
            return NULL;
        p->mark = end;
    }
    AstStmt *s = mo_parser_new_stmt(p, STMT_EXPR, mo_parser_extra(p, start));
    if (!s)
        return NULL;
    s->expr.value = e;
    return s;
fail:
    if (p->error)
        return NULL;
    p->mark = mark;
    if (p->call_invalid_rules) {
        invalid_assignment(p);
        if (p->error)
            return NULL;
        // The expression-statement alternative, for its own error checks.
        mo_parser_expr_star_expressions(p);
        p->mark = mark;
    }
    return NULL;
}

static AstStmt *return_stmt(Parser *p) {
    Token *start = mo_parser_expect(p, TK_KW_RETURN);
    AstExpr *value = NULL;
    int m = p->mark;
    value = mo_parser_expr_star_expressions(p);
    if (!value) {
        if (p->error)
            return NULL;
        p->mark = m;
    }
    AstStmt *s = mo_parser_new_stmt(p, STMT_RETURN, mo_parser_extra(p, start));
    if (s)
        s->return_.value = value;
    return s;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
static AstStmt *raise_stmt(Parser *p) {
    Token *start = mo_parser_expect(p, TK_KW_RAISE);
    AstExpr *exc = NULL, *cause = NULL;
    int m = p->mark;
    exc = mo_parser_expr_expression(p);
    if (exc) {
        int m2 = p->mark;
        if (mo_parser_expect(p, TK_KW_FROM)) {
            cause = mo_parser_expr_expression(p);
            if (!cause) {
                if (p->error)
                    return NULL;
                // 'raise' expression alone.
                p->mark = m2;
            }
        }
    } else {
        if (p->error)
            return NULL;
        p->mark = m;
    }
    AstStmt *s = mo_parser_new_stmt(p, STMT_RAISE, mo_parser_extra(p, start));
    if (s) {
        s->raise.exc = exc;
        s->raise.cause = cause;
    }
    return s;
}

// global_stmt / nonlocal_stmt: 'global' ','.NAME+
static AstStmt *global_stmt(Parser *p, AstStmtKind kind) {
    int mark = p->mark;
    Token *start = mo_parser_peek(p);
    p->mark++;
    PtrList names;
    mo_parser_list_init(&names);
    do {
        const char *name = mo_parser_name(p, NULL);
        if (!name) {
            if (!p->error)
                p->mark = mark;
            return NULL;
        }
        if (!mo_parser_list_push(p, &names, (void *)name))
            return NULL;
    } while (is_kind(p, TK_COMMA) && is_kind_at(p, p->mark + 1, TK_NAME) && ++p->mark);
    AstStmt *s = mo_parser_new_stmt(p, kind, mo_parser_extra(p, start));
    if (!s)
        return NULL;
    AstIdentSeq seq = {names.count, (const char **)mo_parser_list_finish(p, &names)};
    if (kind == STMT_GLOBAL)
        s->global.names = seq;
    else
        s->nonlocal.names = seq;
    return s;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
static AstStmt *del_stmt(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_expect(p, TK_KW_DEL);
    AstExprSeq targets;
    if (mo_parser_target_del_targets(p, &targets) &&
        (is_kind(p, TK_SEMI) || is_kind(p, TK_NEWLINE))) {
        AstStmt *s = mo_parser_new_stmt(p, STMT_DELETE, mo_parser_extra(p, start));
        if (s)
            s->delete_.targets = targets;
        return s;
    }
    if (p->error)
        return NULL;
    p->mark = mark;
    if (p->call_invalid_rules) {
        p->mark++;
        AstExpr *a = mo_parser_expr_star_expressions(p);
        if (a && mo_parser_target_raise_invalid(p, DEL_TARGETS, a))
            return NULL;
        p->mark = mark;
    }
    return NULL;
}

// assert_stmt: 'assert' expression [',' expression]
static AstStmt *assert_stmt(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_expect(p, TK_KW_ASSERT);
    AstExpr *test = mo_parser_expr_expression(p);
    if (!test) {
        if (!p->error)
            p->mark = mark;
        return NULL;
    }
    AstExpr *msg = NULL;
    int m = p->mark;
    if (mo_parser_expect(p, TK_COMMA)) {
        msg = mo_parser_expr_expression(p);
        if (!msg) {
            if (p->error)
                return NULL;
            p->mark = m;
        }
    }
    AstStmt *s = mo_parser_new_stmt(p, STMT_ASSERT, mo_parser_extra(p, start));
    if (s) {
        s->assert_.test = test;
        s->assert_.msg = msg;
    }
    return s;
}

// dotted_name: dotted_name '.' NAME | NAME — returns the joined name.
static const char *dotted_name(Parser *p) {
    Token *first = mo_parser_peek(p);
    if (first->kind != TK_NAME)
        return NULL;
    p->mark++;
    Token *last = first;
    while (is_kind(p, TK_DOT) && is_kind_at(p, p->mark + 1, TK_NAME)) {
        p->mark += 2;
        last = mo_parser_last(p);
    }
    if (last == first)
        return mo_parser_identifier(p, first);
    // Join the (normalized) NAMEs with single dots: the source may have
    // spaces or comments between them.
    StrBuf b = STRBUF_INIT;
    int first_index = p->mark - 1;
    while (p->tokens[first_index] != first)
        first_index--;
    for (int i = first_index; i < p->mark; i++) {
        Token *t = p->tokens[i];
        if (t->kind == TK_DOT) {
            mo_strbuf_putc(&b, '.');
            continue;
        }
        char *part = mo_parser_identifier(p, t);
        if (!part) {
            mo_strbuf_free(&b);
            return NULL;
        }
        mo_strbuf_puts(&b, part);
    }
    char *s = b.failed ? NULL : mo_arena_strndup(p->arena, b.data, b.len);
    mo_strbuf_free(&b);
    if (!s)
        mo_parser_raise_memory(p);
    return s;
}

static AstAlias *new_alias(Parser *p, const char *name, const char *asname, AstLoc loc) {
    AstAlias *a = mo_parser_alloc(p, sizeof(AstAlias));
    if (a) {
        a->name = name;
        a->asname = asname;
        a->loc = loc;
    }
    return a;
}

// ['as' NAME]; returns false only when 'as' is not followed by a NAME.
static bool as_name(Parser *p, const char **asname) {
    *asname = NULL;
    if (!is_kind(p, TK_KW_AS))
        return true;
    if (!is_kind_at(p, p->mark + 1, TK_NAME))
        return false;
    p->mark++;
    *asname = mo_parser_name(p, NULL);
    return *asname != NULL;
}

// import_name: 'import' dotted_as_names
static AstStmt *import_name(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_expect(p, TK_KW_IMPORT);
    PtrList names;
    mo_parser_list_init(&names);
    for (;;) {
        Token *name_start = mo_parser_peek(p);
        const char *name = dotted_name(p);
        const char *asname;
        if (!name || !as_name(p, &asname))
            goto fail;
        AstAlias *a = new_alias(p, name, asname, mo_parser_extra(p, name_start));
        if (!a || !mo_parser_list_push(p, &names, a))
            return NULL;
        if (!is_kind(p, TK_COMMA))
            break;
        p->mark++;
    }
    AstStmt *s = mo_parser_new_stmt(p, STMT_IMPORT, mo_parser_extra(p, start));
    if (s)
        s->import.names = SEQ(AstAliasSeq, names);
    return s;
fail:
    if (!p->error)
        p->mark = mark;
    return NULL;
}

// import_from_as_names: ','.import_from_as_name+
static bool import_from_as_names(Parser *p, PtrList *names) {
    int mark = p->mark;
    for (;;) {
        Token *t = mo_parser_peek(p);
        const char *name = mo_parser_name(p, NULL);
        const char *asname;
        if (!name || !as_name(p, &asname)) {
            if (names->count == 0) {
                p->mark = mark;
                return false;
            }
            // The separator is not part of the list.
            p->mark--;
            return true;
        }
        AstAlias *a = new_alias(p, name, asname, mo_parser_extra(p, t));
        if (!a || !mo_parser_list_push(p, names, a))
            return false;
        if (!is_kind(p, TK_COMMA))
            return true;
        p->mark++;
    }
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//            | 'from' ('.' | '...')+ 'import' import_from_targets
static AstStmt *import_from(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_expect(p, TK_KW_FROM);
    int level = 0;
    for (;;) {
        if (mo_parser_expect(p, TK_DOT))
            level += 1;
        else if (mo_parser_expect(p, TK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    const char *module = dotted_name(p);
    if (p->error)
        return NULL;
    if ((!module && level == 0) || !mo_parser_expect(p, TK_KW_IMPORT))
        goto fail;
    PtrList names;
    mo_parser_list_init(&names);
    Token *t = mo_parser_peek(p);
    if (t->kind == TK_LPAR) {
        p->mark++;
        if (!import_from_as_names(p, &names))
            goto fail;
        mo_parser_expect(p, TK_COMMA);
        if (!mo_parser_expect(p, TK_RPAR))
            goto fail;
    } else if (t->kind == TK_STAR) {
        p->mark++;
        AstAlias *a = new_alias(p, "*", NULL, mo_parser_token_loc(t));
        if (!a || !mo_parser_list_push(p, &names, a))
            return NULL;
    } else {
        int m = p->mark;
        if (import_from_as_names(p, &names) && !is_kind(p, TK_COMMA))
            goto done;
        if (p->error)
            return NULL;
        if (p->call_invalid_rules) {
            // invalid_import_from_targets: import_from_as_names ',' NEWLINE
            p->mark = m;
            PtrList again;
            mo_parser_list_init(&again);
            if (import_from_as_names(p, &again) && mo_parser_expect(p, TK_COMMA) &&
                is_kind(p, TK_NEWLINE)) {
                mo_parser_raise(p, "trailing comma not allowed without surrounding parentheses");
                return NULL;
            }
        }
        goto fail;
    }
done:;
    AstStmt *s = mo_parser_new_stmt(p, STMT_IMPORT_FROM, mo_parser_extra(p, start));
    if (s) {
        s->import_from.module = module;
        s->import_from.names = SEQ(AstAliasSeq, names);
        s->import_from.level = level;
    }
    return s;
fail:
    if (!p->error)
        p->mark = mark;
    return NULL;
}

static AstStmt *simple_keyword(Parser *p, AstStmtKind kind) {
    Token *t = mo_parser_peek(p);
    p->mark++;
    return mo_parser_new_stmt(p, kind, mo_parser_token_loc(t));
}

// simple_stmt, dispatched on the first token.
static AstStmt *simple_stmt(Parser *p) {
    switch (mo_parser_peek_kind(p)) {
    case TK_KW_RETURN: return return_stmt(p);
    case TK_KW_IMPORT: return import_name(p);
    case TK_KW_FROM: return import_from(p);
    case TK_KW_RAISE: return raise_stmt(p);
    case TK_KW_PASS: return simple_keyword(p, STMT_PASS);
    case TK_KW_DEL: return del_stmt(p);
    case TK_KW_ASSERT: return assert_stmt(p);
    case TK_KW_BREAK: return simple_keyword(p, STMT_BREAK);
    case TK_KW_CONTINUE: return simple_keyword(p, STMT_CONTINUE);
    case TK_KW_GLOBAL: return global_stmt(p, STMT_GLOBAL);
    case TK_KW_NONLOCAL: return global_stmt(p, STMT_NONLOCAL);
    default: return assignment_or_expression(p);
    }
}

// simple_stmts: ';'.simple_stmt+ [';'] NEWLINE
static bool simple_stmts(Parser *p, PtrList *out) {
    int mark = p->mark;
    int count = out->count;
    for (;;) {
        AstStmt *s = simple_stmt(p);
        if (!s)
            goto fail;
        if (!mo_parser_list_push(p, out, s))
            return false;
        if (!mo_parser_expect(p, TK_SEMI))
            break;
        if (is_kind(p, TK_NEWLINE))
            break;
    }
    if (mo_parser_expect(p, TK_NEWLINE))
        return true;
fail:
    if (!p->error) {
        p->mark = mark;
        out->count = count;
    }
    return false;
}

// ---------------------------------------------------- compound statements

// The error pass's "NEWLINE !INDENT" test after a block opener's ':'.
static bool newline_without_indent(Parser *p) {
    return mo_parser_expect(p, TK_NEWLINE) && !is_kind(p, TK_INDENT) && !p->error;
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
static AstStmtSeq block(Parser *p, bool *ok) {
    AstStmtSeq empty = {0, NULL};
    *ok = false;
    if (!mo_parser_enter(p))
        return empty;
    int mark = p->mark;
    void *memo;
    if (p->error_pass && mo_parser_memo_get(p, MEMO_BLOCK, mark, &memo)) {
        mo_parser_leave(p);
        if (!memo)
            return empty;
        *ok = true;
        return *(AstStmtSeq *)memo;
    }
    PtrList body;
    mo_parser_list_init(&body);
    if (is_kind(p, TK_NEWLINE)) {
        if (is_kind_at(p, mark + 1, TK_INDENT)) {
            p->mark += 2;
            if (statements(p, &body) && mo_parser_expect(p, TK_DEDENT))
                goto done;
        }
    } else if (simple_stmts(p, &body)) {
        goto done;
    }
    if (p->error)
        goto out;
    p->mark = mark;
    if (p->call_invalid_rules && newline_without_indent(p)) {
        mo_parser_raise_indentation(p, "expected an indented block");
        goto out;
    }
    p->mark = mark;
    if (p->error_pass)
        mo_parser_memo_put(p, MEMO_BLOCK, mark, NULL);
    goto out;
done:;
    AstStmtSeq seq = SEQ(AstStmtSeq, body);
    *ok = !p->error;
    if (p->error_pass && *ok) {
        AstStmtSeq *copy = mo_parser_alloc(p, sizeof *copy);
        if (copy) {
            *copy = seq;
            mo_parser_memo_put(p, MEMO_BLOCK, mark, copy);
        }
    }
    mo_parser_leave(p);
    return seq;
out:
    mo_parser_leave(p);
    return empty;
}

// The error pass's check shared by every compound statement: the header
// parsed up to ':' but no indented block follows.
static bool expect_indented_block(Parser *p, const char *what, int lineno) {
    int m = p->mark;
    if (newline_without_indent(p)) {
        mo_parser_raise_indentation(p, "expected an indented block after %s on line %d", what,
                                    lineno);
        return true;
    }
    p->mark = m;
    return false;
}

// else_block: invalid_else_stmt | 'else' &&':' block
static bool else_block(Parser *p, AstStmtSeq *out) {
    int mark = p->mark;
    Token *t = mo_parser_expect(p, TK_KW_ELSE);
    if (!t)
        return false;
    if (p->call_invalid_rules) {
        if (mo_parser_expect(p, TK_COLON) &&
            expect_indented_block(p, "'else' statement", t->lineno))
            return false;
        p->mark = mark + 1;
    }
    if (!mo_parser_expect_forced(p, TK_COLON, ":"))
        return false;
    bool ok;
    *out = block(p, &ok);
    if (!ok && !p->error)
        p->mark = mark;
    return ok;
}

// if_stmt / elif_stmt (the same shape; `elif` selects the keyword).
static AstStmt *if_stmt(Parser *p, bool elif) {
    int mark = p->mark;
    const char *name = elif ? "'elif' statement" : "'if' statement";
    Token *start = mo_parser_peek(p);
    if (!mo_parser_enter(p))
        return NULL;
    if (p->call_invalid_rules) {
        // invalid_if_stmt / invalid_elif_stmt
        p->mark++;
        AstExpr *test = mo_parser_expr_named_expression(p);
        if (test && is_kind(p, TK_NEWLINE)) {
            mo_parser_raise(p, "expected ':'");
            goto fail;
        }
        if (test && mo_parser_expect(p, TK_COLON) &&
            expect_indented_block(p, name, elif ? start->lineno : test->loc.lineno))
            goto fail;
        if (p->error)
            goto fail;
        p->mark = mark;
    }
    p->mark++;
    AstExpr *test = mo_parser_expr_named_expression(p);
    if (!test || !mo_parser_expect(p, TK_COLON))
        goto fail;
    bool ok;
    AstStmtSeq body = block(p, &ok);
    if (!ok)
        goto fail;
    AstStmtSeq orelse = {0, NULL};
    if (is_kind(p, TK_KW_ELIF)) {
        AstStmt *inner = if_stmt(p, true);
        if (!inner)
            goto fail;
        AstStmt **items = mo_parser_alloc(p, sizeof(AstStmt *));
        if (!items)
            goto fail;
        items[0] = inner;
        orelse = (AstStmtSeq){1, items};
    } else if (is_kind(p, TK_KW_ELSE)) {
        if (!else_block(p, &orelse))
            goto fail;
    }
    if (p->error)
        goto fail;
    AstStmt *s = mo_parser_new_stmt(p, STMT_IF, mo_parser_extra(p, start));
    if (s) {
        s->if_.test = test;
        s->if_.body = body;
        s->if_.orelse = orelse;
    }
    mo_parser_leave(p);
    return s;
fail:
    if (!p->error)
        p->mark = mark;
    mo_parser_leave(p);
    return NULL;
}

// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
static AstStmt *while_stmt(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_peek(p);
    if (p->call_invalid_rules) {
        p->mark++;
        AstExpr *test = mo_parser_expr_named_expression(p);
        if (test && is_kind(p, TK_NEWLINE)) {
            mo_parser_raise(p, "expected ':'");
            return NULL;
        }
        if (test && mo_parser_expect(p, TK_COLON) &&
            expect_indented_block(p, "'while' statement", start->lineno))
            return NULL;
        if (p->error)
            return NULL;
        p->mark = mark;
    }
    p->mark++;
    AstExpr *test = mo_parser_expr_named_expression(p);
    if (!test || !mo_parser_expect(p, TK_COLON))
        goto fail;
    bool ok;
    AstStmtSeq body = block(p, &ok);
    if (!ok)
        goto fail;
    AstStmtSeq orelse = {0, NULL};
    if (is_kind(p, TK_KW_ELSE) && !else_block(p, &orelse))
        goto fail;
    AstStmt *s = mo_parser_new_stmt(p, STMT_WHILE, mo_parser_extra(p, start));
    if (s) {
        s->while_.test = test;
        s->while_.body = body;
        s->while_.orelse = orelse;
    }
    return s;
fail:
    if (!p->error)
        p->mark = mark;
    return NULL;
}

// for_stmt:
//   | invalid_for_stmt
//   | 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
//   | ASYNC 'for' ...
//   | invalid_for_target
static AstStmt *for_stmt(Parser *p, Token *async_tok) {
    int mark = p->mark;
    Token *start = mo_parser_peek(p);
    int kw = async_tok ? mark + 1 : mark;
    if (p->call_invalid_rules) {
        p->mark = kw + 1;
        if (mo_parser_target_star_targets(p) && mo_parser_expect(p, TK_KW_IN) &&
            mo_parser_expr_star_expressions(p)) {
            if (is_kind(p, TK_NEWLINE)) {
                mo_parser_raise(p, "expected ':'");
                return NULL;
            }
            if (mo_parser_expect(p, TK_COLON) &&
                expect_indented_block(p, "'for' statement", mo_parser_peek_at(p, kw)->lineno))
                return NULL;
        }
        if (p->error)
            return NULL;
        p->mark = mark;
    }
    p->mark = kw + 1;
    AstExpr *target = mo_parser_target_star_targets(p);
    if (!target || !mo_parser_expect(p, TK_KW_IN))
        goto fail;
    // Cut: past 'in', failing fails the whole statement.
    AstExpr *iter = mo_parser_expr_star_expressions(p);
    if (!iter || !mo_parser_expect(p, TK_COLON))
        goto cut;
    bool ok;
    AstStmtSeq body = block(p, &ok);
    if (!ok)
        goto cut;
    AstStmtSeq orelse = {0, NULL};
    if (is_kind(p, TK_KW_ELSE) && !else_block(p, &orelse))
        goto cut;
    AstStmt *s = mo_parser_new_stmt(p, async_tok ? STMT_ASYNC_FOR : STMT_FOR,
                                    mo_parser_extra(p, start));
    if (s) {
        s->for_.target = target;
        s->for_.iter = iter;
        s->for_.body = body;
        s->for_.orelse = orelse;
        if (async_tok)
            unsupported(p, s->loc, "'async for' is not supported yet");
    }
    return s;
fail:
    if (p->error)
        return NULL;
    if (p->call_invalid_rules) {
        // invalid_for_target: ASYNC? 'for' star_expressions
        p->mark = kw + 1;
        AstExpr *a = mo_parser_expr_star_expressions(p);
        if (a && mo_parser_target_raise_invalid(p, FOR_TARGETS, a))
            return NULL;
    }
cut:
    if (!p->error)
        p->mark = mark;
    return NULL;
}

// with_item: expression 'as' star_target &(',' | ')' | ':')
//          | invalid_with_item | expression
static AstWithItem *with_item(Parser *p) {
    int mark = p->mark;
    AstExpr *e = mo_parser_expr_expression(p);
    if (!e)
        return NULL;
    AstExpr *vars = NULL;
    int after = p->mark;
    if (mo_parser_expect(p, TK_KW_AS)) {
        vars = mo_parser_target_star_target(p);
        TokenKind k = mo_parser_peek_kind(p);
        if (!vars || (k != TK_COMMA && k != TK_RPAR && k != TK_COLON)) {
            if (p->error)
                return NULL;
            vars = NULL;
            if (p->call_invalid_rules) {
                // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
                p->mark = after + 1;
                AstExpr *a = mo_parser_expr_expression(p);
                k = mo_parser_peek_kind(p);
                if (a && (k == TK_COMMA || k == TK_RPAR || k == TK_COLON) &&
                    mo_parser_target_raise_invalid(p, STAR_TARGETS, a))
                    return NULL;
                if (p->error)
                    return NULL;
            }
            p->mark = after;
        }
    }
    AstWithItem *item = mo_parser_alloc(p, sizeof(AstWithItem));
    if (!item) {
        p->mark = mark;
        return NULL;
    }
    item->context_expr = e;
    item->optional_vars = vars;
    return item;
}

// ','.with_item+
static bool with_items(Parser *p, PtrList *items) {
    for (;;) {
        AstWithItem *item = with_item(p);
        if (!item)
            return false;
        if (!mo_parser_list_push(p, items, item))
            return false;
        if (!is_kind(p, TK_COMMA))
            return true;
        int m = p->mark;
        p->mark++;
        // A separator must be followed by another item.
        int m2 = p->mark;
        AstExpr *probe = mo_parser_expr_expression(p);
        p->mark = m2;
        if (!probe) {
            if (p->error)
                return false;
            p->mark = m;
            return true;
        }
    }
}

// ','.(expression ['as' star_target])+ (or `expressions` in parentheses),
// for the error pass's with-statement checks.
static bool loose_with_items(Parser *p, bool parenthesized) {
    bool any = false;
    for (;;) {
        AstExpr *e = parenthesized ? mo_parser_expr_expressions(p) : mo_parser_expr_expression(p);
        if (!e)
            return any && !p->error;
        any = true;
        int m = p->mark;
        if (mo_parser_expect(p, TK_KW_AS) && !mo_parser_target_star_target(p))
            p->mark = m;
        if (p->error)
            return false;
        if (!is_kind(p, TK_COMMA))
            return true;
        m = p->mark;
        p->mark++;
        if (!mo_parser_expr_expression(p)) {
            p->mark = m;
            return !p->error;
        }
        p->mark = m + 1;
    }
}

static AstStmt *with_stmt(Parser *p, Token *async_tok) {
    int mark = p->mark;
    Token *start = mo_parser_peek(p);
    int kw = async_tok ? mark + 1 : mark;
    Token *with_tok = mo_parser_peek_at(p, kw);
    if (p->call_invalid_rules) {
        // invalid_with_stmt_indent
        p->mark = kw + 1;
        if (loose_with_items(p, false) && mo_parser_expect(p, TK_COLON) &&
            expect_indented_block(p, "'with' statement", with_tok->lineno))
            return NULL;
        if (p->error)
            return NULL;
        p->mark = kw + 1;
        if (mo_parser_expect(p, TK_LPAR) && loose_with_items(p, true)) {
            mo_parser_expect(p, TK_COMMA);
            if (mo_parser_expect(p, TK_RPAR) && mo_parser_expect(p, TK_COLON) &&
                expect_indented_block(p, "'with' statement", with_tok->lineno))
                return NULL;
        }
        if (p->error)
            return NULL;
        p->mark = mark;
    }
    PtrList items;
    bool ok;
    AstStmtSeq body;
    // 'with' '(' ','.with_item+ ','? ')' ':' block
    p->mark = kw + 1;
    if (is_kind(p, TK_LPAR)) {
        p->mark++;
        mo_parser_list_init(&items);
        if (with_items(p, &items)) {
            mo_parser_expect(p, TK_COMMA);
            if (mo_parser_expect(p, TK_RPAR) && mo_parser_expect(p, TK_COLON)) {
                body = block(p, &ok);
                if (ok)
                    goto done;
            }
        }
        if (p->error)
            return NULL;
        p->mark = kw + 1;
    }
    // 'with' ','.with_item+ ':' block
    mo_parser_list_init(&items);
    if (with_items(p, &items) && mo_parser_expect(p, TK_COLON)) {
        body = block(p, &ok);
        if (ok)
            goto done;
    }
    if (p->error)
        return NULL;
    if (p->call_invalid_rules) {
        // invalid_with_stmt: the items parse but ':' is missing.
        p->mark = kw + 1;
        if (loose_with_items(p, false) && is_kind(p, TK_NEWLINE)) {
            mo_parser_raise(p, "expected ':'");
            return NULL;
        }
        if (p->error)
            return NULL;
        p->mark = kw + 1;
        if (mo_parser_expect(p, TK_LPAR) && loose_with_items(p, true)) {
            mo_parser_expect(p, TK_COMMA);
            if (mo_parser_expect(p, TK_RPAR) && is_kind(p, TK_NEWLINE)) {
                mo_parser_raise(p, "expected ':'");
                return NULL;
            }
        }
        if (p->error)
            return NULL;
    }
    p->mark = mark;
    return NULL;
done:;
    AstStmt *s = mo_parser_new_stmt(p, async_tok ? STMT_ASYNC_WITH : STMT_WITH,
                                    mo_parser_extra(p, start));
    if (s) {
        s->with.items = SEQ(AstWithItemSeq, items);
        s->with.body = body;
        if (async_tok)
            unsupported(p, s->loc, "'async with' is not supported yet");
    }
    return s;
}

// except_block (star = except_star_block).
static AstExceptHandler *except_block(Parser *p, bool star) {
    int mark = p->mark;
    Token *start = mo_parser_peek(p);
    if (start->kind != TK_KW_EXCEPT)
        return NULL;
    if (star != is_kind_at(p, mark + 1, TK_STAR))
        return NULL;
    int after = mark + (star ? 2 : 1);
    const char *what = star ? "'except*' statement" : "'except' statement";
    AstExpr *type = NULL;
    const char *name = NULL;
    if (p->call_invalid_rules) {
        // invalid_except(_star)_stmt_indent
        p->mark = after;
        if (mo_parser_expr_expression(p)) {
            int m = p->mark;
            if (!(mo_parser_expect(p, TK_KW_AS) && mo_parser_expect(p, TK_NAME)))
                p->mark = m;
            if (mo_parser_expect(p, TK_COLON) && expect_indented_block(p, what, start->lineno))
                return NULL;
        } else if (!star && mo_parser_expect(p, TK_COLON) &&
                   expect_indented_block(p, what, start->lineno)) {
            return NULL;
        }
        if (p->error)
            return NULL;
        p->mark = mark;
    }
    p->mark = after;
    bool ok;
    AstStmtSeq body;
    if (!star && mo_parser_expect(p, TK_COLON)) {
        body = block(p, &ok);
        if (ok)
            goto done;
        goto fail;
    }
    type = mo_parser_expr_expression(p);
    if (!type)
        goto fail;
    if (mo_parser_expect(p, TK_KW_AS)) {
        name = mo_parser_name(p, NULL);
        if (!name)
            goto fail;
    }
    if (!mo_parser_expect(p, TK_COLON))
        goto fail;
    body = block(p, &ok);
    if (!ok)
        goto fail;
done:;
    AstExceptHandler *h = mo_parser_alloc(p, sizeof(AstExceptHandler));
    if (!h)
        return NULL;
    h->loc = mo_parser_extra(p, start);
    h->type = type;
    h->name = name;
    h->body = body;
    return h;
fail:
    if (p->error)
        return NULL;
    if (p->call_invalid_rules) {
        // invalid_except_stmt
        p->mark = mark + 1;
        bool has_star = mo_parser_expect(p, TK_STAR) != NULL;
        AstExpr *a = mo_parser_expr_expression(p);
        if (a && mo_parser_expect(p, TK_COMMA) && mo_parser_expr_expressions(p)) {
            int m = p->mark;
            if (!(mo_parser_expect(p, TK_KW_AS) && mo_parser_expect(p, TK_NAME)))
                p->mark = m;
            if (mo_parser_expect(p, TK_COLON)) {
                mo_parser_raise_from(p, a->loc, "multiple exception types must be parenthesized");
                return NULL;
            }
        }
        if (p->error)
            return NULL;
        p->mark = mark + 1;
        mo_parser_expect(p, TK_STAR);
        if (mo_parser_expr_expression(p)) {
            int m = p->mark;
            if (!(mo_parser_expect(p, TK_KW_AS) && mo_parser_expect(p, TK_NAME)))
                p->mark = m;
            if (is_kind(p, TK_NEWLINE)) {
                mo_parser_raise(p, "expected ':'");
                return NULL;
            }
        }
        if (p->error)
            return NULL;
        p->mark = mark + 1;
        if (is_kind(p, TK_NEWLINE)) {
            mo_parser_raise(p, "expected ':'");
            return NULL;
        }
        if (has_star && mo_parser_expect(p, TK_STAR) &&
            (is_kind(p, TK_NEWLINE) || is_kind(p, TK_COLON))) {
            mo_parser_raise(p, "expected one or more exception types");
            return NULL;
        }
    }
    p->mark = mark;
    return NULL;
}

// finally_block: invalid_finally_stmt | 'finally' &&':' block
static bool finally_block(Parser *p, AstStmtSeq *out) {
    int mark = p->mark;
    Token *t = mo_parser_expect(p, TK_KW_FINALLY);
    if (!t)
        return false;
    if (p->call_invalid_rules) {
        if (mo_parser_expect(p, TK_COLON) &&
            expect_indented_block(p, "'finally' statement", t->lineno))
            return false;
        p->mark = mark + 1;
    }
    if (!mo_parser_expect_forced(p, TK_COLON, ":"))
        return false;
    bool ok;
    *out = block(p, &ok);
    if (!ok && !p->error)
        p->mark = mark;
    return ok;
}

static bool except_blocks(Parser *p, PtrList *handlers, bool star) {
    for (;;) {
        AstExceptHandler *h = except_block(p, star);
        if (!h)
            return !p->error;
        if (!mo_parser_list_push(p, handlers, h))
            return false;
    }
}

// try_stmt
static AstStmt *try_stmt(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_peek(p);
    bool ok;
    if (p->call_invalid_rules) {
        p->mark++;
        if (mo_parser_expect(p, TK_COLON)) {
            int m = p->mark;
            if (expect_indented_block(p, "'try' statement", start->lineno))
                return NULL;
            p->mark = m;
            block(p, &ok);
            if (ok && !is_kind(p, TK_KW_EXCEPT) && !is_kind(p, TK_KW_FINALLY)) {
                mo_parser_raise(p, "expected 'except' or 'finally' block");
                return NULL;
            }
            if (p->error)
                return NULL;
            // 'try' ':' block* except_block+ 'except' '*' ... / the reverse.
            p->mark = m;
            while (block(p, &ok), ok)
                ;
            if (p->error)
                return NULL;
            int m2 = p->mark;
            for (int star = 0; star < 2; star++) {
                p->mark = m2;
                PtrList handlers;
                mo_parser_list_init(&handlers);
                if (!except_blocks(p, &handlers, star))
                    return NULL;
                if (handlers.count == 0)
                    continue;
                Token *a = mo_parser_expect(p, TK_KW_EXCEPT);
                if (!a)
                    continue;
                if (!star) {
                    Token *b = mo_parser_expect(p, TK_STAR);
                    if (b && mo_parser_expr_expression(p)) {
                        int m3 = p->mark;
                        if (!(mo_parser_expect(p, TK_KW_AS) && mo_parser_expect(p, TK_NAME)))
                            p->mark = m3;
                        if (mo_parser_expect(p, TK_COLON)) {
                            mo_parser_raise_range(p, mo_parser_token_loc(a), mo_parser_token_loc(b),
                                                  "cannot have both 'except' and 'except*' on "
                                                  "the same 'try'");
                            return NULL;
                        }
                    }
                } else {
                    if (mo_parser_expr_expression(p)) {
                        int m3 = p->mark;
                        if (!(mo_parser_expect(p, TK_KW_AS) && mo_parser_expect(p, TK_NAME)))
                            p->mark = m3;
                    }
                    if (mo_parser_expect(p, TK_COLON)) {
                        mo_parser_raise_loc(p, mo_parser_token_loc(a),
                                            "cannot have both 'except' and 'except*' on the "
                                            "same 'try'");
                        return NULL;
                    }
                }
                if (p->error)
                    return NULL;
            }
        }
        if (p->error)
            return NULL;
        p->mark = mark;
    }
    p->mark++;
    if (!mo_parser_expect_forced(p, TK_COLON, ":"))
        return NULL;
    AstStmtSeq body = block(p, &ok);
    if (!ok)
        goto fail;
    PtrList handlers;
    mo_parser_list_init(&handlers);
    AstStmtSeq orelse = {0, NULL}, finalbody = {0, NULL};
    bool star = false;
    if (is_kind(p, TK_KW_FINALLY)) {
        if (!finally_block(p, &finalbody))
            goto fail;
    } else {
        if (!except_blocks(p, &handlers, false))
            goto fail;
        if (handlers.count == 0) {
            star = true;
            if (!except_blocks(p, &handlers, true))
                goto fail;
            if (handlers.count == 0)
                goto fail;
        }
        if (is_kind(p, TK_KW_ELSE) && !else_block(p, &orelse))
            goto fail;
        if (is_kind(p, TK_KW_FINALLY) && !finally_block(p, &finalbody))
            goto fail;
    }
    AstStmt *s = mo_parser_new_stmt(p, star ? STMT_TRY_STAR : STMT_TRY,
                                    mo_parser_extra(p, start));
    if (s) {
        s->try_.body = body;
        s->try_.handlers = SEQ(AstExceptHandlerSeq, handlers);
        s->try_.orelse = orelse;
        s->try_.finalbody = finalbody;
        if (star)
            unsupported(p, s->loc, "'except*' is not supported yet");
    }
    return s;
fail:
    if (!p->error)
        p->mark = mark;
    return NULL;
}

// decorators: ('@' named_expression NEWLINE)+
static bool decorators(Parser *p, AstExprSeq *out) {
    PtrList list;
    mo_parser_list_init(&list);
    while (is_kind(p, TK_AT)) {
        int m = p->mark;
        p->mark++;
        AstExpr *e = mo_parser_expr_named_expression(p);
        if (!e || !mo_parser_expect(p, TK_NEWLINE)) {
            p->mark = m;
            break;
        }
        if (!mo_parser_list_push(p, &list, e))
            return false;
    }
    *out = SEQ(AstExprSeq, list);
    return list.count > 0 && !p->error;
}

// function_def_raw (after decorators, if any).
static AstStmt *function_def_raw(Parser *p, AstExprSeq decorator_list) {
    int mark = p->mark;
    Token *start = mo_parser_peek(p);
    Token *async_tok = start->kind == TK_KW_ASYNC ? start : NULL;
    int kw = async_tok ? mark + 1 : mark;
    Token *def_tok = mo_parser_peek_at(p, kw);
    if (def_tok->kind != TK_KW_DEF)
        return NULL;
    if (p->call_invalid_rules) {
        // invalid_def_raw: ... ':' NEWLINE !INDENT
        p->mark = kw + 1;
        if (mo_parser_expect(p, TK_NAME) && mo_parser_expect(p, TK_LPAR)) {
            int m = p->mark;
            if (!mo_parser_expr_params(p, false))
                p->mark = m;
            if (!p->error && mo_parser_expect(p, TK_RPAR)) {
                m = p->mark;
                if (!(mo_parser_expect(p, TK_RARROW) && mo_parser_expr_expression(p)))
                    p->mark = m;
                if (!p->error && mo_parser_expect(p, TK_COLON) &&
                    expect_indented_block(p, "function definition", def_tok->lineno))
                    return NULL;
            }
        }
        if (p->error)
            return NULL;
        p->mark = mark;
    }
    p->mark = kw + 1;
    const char *name = mo_parser_name(p, NULL);
    if (!name)
        goto fail;
    if (!mo_parser_expect_forced(p, TK_LPAR, "("))
        return NULL;
    int m = p->mark;
    AstArguments *args = mo_parser_expr_params(p, false);
    if (!args) {
        if (p->error)
            return NULL;
        p->mark = m;
        args = mo_parser_expr_empty_arguments(p);
        if (!args)
            return NULL;
    }
    if (!mo_parser_expect(p, TK_RPAR))
        goto fail;
    AstExpr *returns = NULL;
    int before_arrow = p->mark;
    if (mo_parser_expect(p, TK_RARROW)) {
        returns = mo_parser_expr_expression(p);
        if (!returns) {
            if (p->error)
                return NULL;
            p->mark = before_arrow;
        }
    }
    if (!mo_parser_expect_forced(p, TK_COLON, ":"))
        return NULL;
    bool ok;
    AstStmtSeq body = block(p, &ok);
    if (!ok)
        goto fail;
    AstStmt *s = mo_parser_new_stmt(p, async_tok ? STMT_ASYNC_FUNCTION_DEF : STMT_FUNCTION_DEF,
                                    mo_parser_extra(p, start));
    if (!s)
        return NULL;
    s->function_def.name = name;
    s->function_def.args = args;
    s->function_def.body = body;
    s->function_def.decorator_list = decorator_list;
    s->function_def.returns = returns;
    if (async_tok)
        unsupported(p, mo_parser_loc(async_tok, def_tok), "async functions are not supported yet");
    return s;
fail:
    if (!p->error)
        p->mark = mark;
    return NULL;
}

// class_def_raw: invalid_class_def_raw
//              | 'class' NAME ['(' [arguments] ')'] &&':' block
static AstStmt *class_def_raw(Parser *p, AstExprSeq decorator_list) {
    int mark = p->mark;
    Token *start = mo_parser_peek(p);
    AstExprSeq bases = {0, NULL};
    AstKeywordSeq keywords = {0, NULL};
    if (p->call_invalid_rules) {
        p->mark++;
        if (mo_parser_expect(p, TK_NAME)) {
            int m = p->mark;
            if (mo_parser_expect(p, TK_LPAR)) {
                int m2 = p->mark;
                if (!mo_parser_expr_arguments(p, &bases, &keywords))
                    p->mark = m2;
                if (p->error || !mo_parser_expect(p, TK_RPAR))
                    p->mark = m;
            }
            if (p->error)
                return NULL;
            if (is_kind(p, TK_NEWLINE)) {
                mo_parser_raise(p, "expected ':'");
                return NULL;
            }
            if (mo_parser_expect(p, TK_COLON) &&
                expect_indented_block(p, "class definition", start->lineno))
                return NULL;
        }
        if (p->error)
            return NULL;
        p->mark = mark;
    }
    p->mark++;
    const char *name = mo_parser_name(p, NULL);
    if (!name)
        goto fail;
    bases = (AstExprSeq){0, NULL};
    keywords = (AstKeywordSeq){0, NULL};
    if (is_kind(p, TK_LPAR)) {
        int m = p->mark;
        p->mark++;
        int m2 = p->mark;
        if (!mo_parser_expr_arguments(p, &bases, &keywords)) {
            if (p->error)
                return NULL;
            p->mark = m2;
        }
        if (!mo_parser_expect(p, TK_RPAR)) {
            p->mark = m;
            bases = (AstExprSeq){0, NULL};
            keywords = (AstKeywordSeq){0, NULL};
        }
    }
    if (!mo_parser_expect(p, TK_COLON))
        goto fail;
    bool ok;
    AstStmtSeq body = block(p, &ok);
    if (!ok)
        goto fail;
    AstStmt *s = mo_parser_new_stmt(p, STMT_CLASS_DEF, mo_parser_extra(p, start));
    if (!s)
        return NULL;
    s->class_def.name = name;
    s->class_def.bases = bases;
    s->class_def.keywords = keywords;
    s->class_def.body = body;
    s->class_def.decorator_list = decorator_list;
    return s;
fail:
    if (!p->error)
        p->mark = mark;
    return NULL;
}

// case_block: "case" patterns guard? ':' block
// guard: 'if' named_expression
static AstMatchCase *case_block(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_peek(p);
    if (!mo_parser_is_name(p, mark, "case"))
        return NULL;
    p->mark++;
    AstPattern *pat = mo_parser_pattern_patterns(p);
    AstExpr *guard = NULL;
    if (pat && mo_parser_expect(p, TK_KW_IF))
        guard = mo_parser_expr_named_expression(p);
    if (p->error)
        return NULL;
    if (!pat || (mo_parser_last(p)->kind == TK_KW_IF && !guard)) {
        p->mark = mark;
        return NULL;
    }
    if (!mo_parser_expect(p, TK_COLON)) {
        if (p->call_invalid_rules && is_kind(p, TK_NEWLINE))
            mo_parser_raise(p, "expected ':'");
        p->mark = mark;
        return NULL;
    }
    if (p->call_invalid_rules && expect_indented_block(p, "'case' statement", start->lineno))
        return NULL;
    bool ok;
    AstStmtSeq body = block(p, &ok);
    if (!ok) {
        if (!p->error)
            p->mark = mark;
        return NULL;
    }
    AstMatchCase *mc = mo_parser_alloc(p, sizeof *mc);
    if (mc) {
        mc->pattern = pat;
        mc->guard = guard;
        mc->body = body;
    }
    return mc;
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
//   | invalid_match_stmt
// `match` is a soft keyword: when this fails without an error, the line is
// parsed again as an ordinary statement (`match = 1`, `match(x)`).
static AstStmt *match_stmt(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_peek(p);
    p->mark++;
    // subject_expr: star_named_expression ',' star_named_expressions?
    //             | named_expression
    AstExpr *subject = NULL;
    int m = p->mark;
    AstExpr *first = mo_parser_expr_star_named_expression(p);
    if (first && mo_parser_expect(p, TK_COMMA)) {
        PtrList elts;
        mo_parser_list_init(&elts);
        if (!mo_parser_list_push(p, &elts, first))
            return NULL;
        AstExprSeq rest = {0, NULL};
        int m2 = p->mark;
        if (!mo_parser_expr_star_named_expressions(p, &rest))
            p->mark = m2;
        for (int i = 0; i < rest.count; i++)
            if (!mo_parser_list_push(p, &elts, rest.items[i]))
                return NULL;
        subject = mo_parser_new_expr(p, EXPR_TUPLE, mo_parser_loc(mo_parser_peek_at(p, m), mo_parser_last(p)));
        if (!subject)
            return NULL;
        subject->tuple.elts = SEQ(AstExprSeq, elts);
        subject->tuple.ctx = AST_LOAD;
    } else {
        if (p->error)
            return NULL;
        p->mark = m;
        subject = mo_parser_expr_named_expression(p);
    }
    if (p->error)
        return NULL;
    int after_subject = p->mark;
    if (subject && is_kind(p, TK_COLON) && is_kind_at(p, p->mark + 1, TK_NEWLINE) &&
        is_kind_at(p, p->mark + 2, TK_INDENT)) {
        p->mark += 3;
        PtrList cases;
        mo_parser_list_init(&cases);
        AstMatchCase *mc;
        while ((mc = case_block(p)))
            if (!mo_parser_list_push(p, &cases, mc))
                return NULL;
        if (p->error)
            return NULL;
        if (cases.count && mo_parser_expect(p, TK_DEDENT)) {
            AstStmt *s = mo_parser_new_stmt(p, STMT_MATCH, mo_parser_extra(p, start));
            if (s) {
                s->match.subject = subject;
                s->match.cases = SEQ(AstMatchCaseSeq, cases);
            }
            return s;
        }
    }
    if (subject && p->call_invalid_rules) {
        // invalid_match_stmt
        p->mark = after_subject;
        if (is_kind(p, TK_NEWLINE)) {
            mo_parser_raise(p, "expected ':'");
            return NULL;
        }
        if (mo_parser_expect(p, TK_COLON) && expect_indented_block(p, "'match' statement", start->lineno))
            return NULL;
    }
    p->mark = mark;
    return NULL;
}

// compound_stmt, dispatched on the first token.
static AstStmt *compound_stmt(Parser *p, bool *is_compound) {
    *is_compound = true;
    Token *t = mo_parser_peek(p);
    switch (t->kind) {
    case TK_AT: {
        int mark = p->mark;
        AstExprSeq decos;
        if (!decorators(p, &decos)) {
            p->mark = mark;
            break;
        }
        TokenKind k = mo_parser_peek_kind(p);
        AstStmt *s = NULL;
        if (k == TK_KW_DEF || k == TK_KW_ASYNC)
            s = function_def_raw(p, decos);
        else if (k == TK_KW_CLASS)
            s = class_def_raw(p, decos);
        if (!s && !p->error)
            p->mark = mark;
        return s;
    }
    case TK_KW_DEF:
        return function_def_raw(p, (AstExprSeq){0, NULL});
    case TK_KW_IF:
        return if_stmt(p, false);
    case TK_KW_CLASS:
        return class_def_raw(p, (AstExprSeq){0, NULL});
    case TK_KW_WITH:
        return with_stmt(p, NULL);
    case TK_KW_FOR:
        return for_stmt(p, NULL);
    case TK_KW_TRY:
        return try_stmt(p);
    case TK_KW_WHILE:
        return while_stmt(p);
    case TK_KW_ASYNC: {
        TokenKind k = mo_parser_peek_at(p, p->mark + 1)->kind;
        if (k == TK_KW_DEF)
            return function_def_raw(p, (AstExprSeq){0, NULL});
        if (k == TK_KW_WITH)
            return with_stmt(p, t);
        if (k == TK_KW_FOR)
            return for_stmt(p, t);
        break;
    }
    case TK_NAME:
        if (mo_parser_is_name(p, p->mark, "match")) {
            AstStmt *s = match_stmt(p);
            if (s || p->error)
                return s;
        }
        break;
    default:
        break;
    }
    *is_compound = false;
    return NULL;
}

// statement: compound_stmt | simple_stmts
static bool statement(Parser *p, PtrList *out) {
    if (!mo_parser_enter(p))
        return false;
    bool is_compound;
    AstStmt *s = compound_stmt(p, &is_compound);
    bool ok;
    if (s)
        ok = mo_parser_list_push(p, out, s);
    else if (p->error)
        ok = false;
    else
        ok = simple_stmts(p, out);
    mo_parser_leave(p);
    return ok;
}

// statements: statement+
static bool statements(Parser *p, PtrList *out) {
    int count = out->count;
    for (;;) {
        int m = p->mark;
        if (!statement(p, out)) {
            if (p->error)
                return false;
            p->mark = m;
            break;
        }
    }
    return out->count > count;
}

// file: [statements] ENDMARKER
AstStmtSeq mo_parser_stmt_file(Parser *p, bool *ok) {
    PtrList body;
    mo_parser_list_init(&body);
    statements(p, &body);
    *ok = !p->error && mo_parser_expect(p, TK_ENDMARKER) != NULL;
    return SEQ(AstStmtSeq, body);
}

// interactive: statement_newline
//   | compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
AstStmtSeq mo_parser_stmt_interactive(Parser *p, bool *ok) {
    PtrList body;
    mo_parser_list_init(&body);
    *ok = false;
    bool is_compound;
    int mark = p->mark;
    AstStmt *s = compound_stmt(p, &is_compound);
    if (s && mo_parser_expect(p, TK_NEWLINE)) {
        *ok = mo_parser_list_push(p, &body, s);
        return SEQ(AstStmtSeq, body);
    }
    if (p->error)
        return SEQ(AstStmtSeq, body);
    p->mark = mark;
    if (simple_stmts(p, &body)) {
        *ok = true;
        return SEQ(AstStmtSeq, body);
    }
    if (p->error)
        return SEQ(AstStmtSeq, body);
    Token *t = mo_parser_peek(p);
    if (t->kind == TK_NEWLINE) {
        p->mark++;
        AstStmt *pass = mo_parser_new_stmt(p, STMT_PASS, mo_parser_token_loc(t));
        *ok = pass && mo_parser_list_push(p, &body, pass);
    }
    // ENDMARKER: CPython's _PyPegen_interactive_exit makes the rule fail.
    return SEQ(AstStmtSeq, body);
}
