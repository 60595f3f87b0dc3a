// src/front/parser_target.c — assignment, `for`, `with` and `del` targets.
//
// The grammar's target rules (star_targets, star_target, single_target,
// del_targets, t_primary) parse a restricted expression language: names,
// attributes and subscripts of primaries, starred targets, and lists/tuples
// of targets. `t_primary` is the chain of trailers that must be followed by
// another trailer; the last trailer decides the target kind. Assignment
// statements instead parse an expression and check it here with the same
// rules (`mo_parser_target_set_context`), which needs no backtracking.
//
// Also CPython's messages for invalid targets: "cannot assign to %s" /
// "cannot delete %s" at the first invalid sub-target.
//
// Read next: src/front/parser_stmt.c (the callers).
#include "front/parser_internal.h"

#define SEQ(type, list) ((type){(list).count, (void *)mo_parser_list_finish(p, &(list))})

static TokenKind kind(Parser *p) { return mo_parser_peek_kind(p); }
static TokenKind kind_at(Parser *p, int i) { return mo_parser_peek_at(p, i)->kind; }

static bool t_lookahead(Parser *p) {
    TokenKind k = kind(p);
    return k == TK_LPAR || k == TK_LSQB || k == TK_DOT;
}

void mo_parser_target_set_context(AstExpr *e, AstExprContext ctx) {
    switch (e->kind) {
    case EXPR_NAME:
        e->name.ctx = ctx;
        break;
    case EXPR_ATTRIBUTE:
        e->attribute.ctx = ctx;
        break;
    case EXPR_SUBSCRIPT:
        e->subscript.ctx = ctx;
        break;
    case EXPR_STARRED:
        e->starred.ctx = ctx;
        mo_parser_target_set_context(e->starred.value, ctx);
        break;
    case EXPR_LIST:
        e->list.ctx = ctx;
        for (int i = 0; i < e->list.elts.count; i++)
            mo_parser_target_set_context(e->list.elts.items[i], ctx);
        break;
    case EXPR_TUPLE:
        e->tuple.ctx = ctx;
        for (int i = 0; i < e->tuple.elts.count; i++)
            mo_parser_target_set_context(e->tuple.elts.items[i], ctx);
        break;
    default:
        break;
    }
}

AstExpr *mo_parser_target_invalid(AstExpr *e, TargetsType type) {
    if (!e)
        return NULL;
    switch (e->kind) {
    case EXPR_LIST:
        for (int i = 0; i < e->list.elts.count; i++) {
            AstExpr *child = mo_parser_target_invalid(e->list.elts.items[i], type);
            if (child)
                return child;
        }
        return NULL;
    case EXPR_TUPLE:
        for (int i = 0; i < e->tuple.elts.count; i++) {
            AstExpr *child = mo_parser_target_invalid(e->tuple.elts.items[i], type);
            if (child)
                return child;
        }
        return NULL;
    case EXPR_STARRED:
        if (type == DEL_TARGETS)
            return e;
        return mo_parser_target_invalid(e->starred.value, type);
    case EXPR_COMPARE:
        // `for a in b` parses as a comparison: look left of the `in`.
        if (type == FOR_TARGETS) {
            if (e->compare.ops.items[0] == AST_IN)
                return mo_parser_target_invalid(e->compare.left, type);
            return NULL;
        }
        return e;
    case EXPR_NAME:
    case EXPR_SUBSCRIPT:
    case EXPR_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

bool mo_parser_target_raise_invalid(Parser *p, TargetsType type, AstExpr *e) {
    AstExpr *bad = mo_parser_target_invalid(e, type);
    if (!bad)
        return false;
    mo_parser_raise_loc(p, bad->loc, type == DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s",
                        mo_parser_expr_name_of(bad));
    return true;
}

// One trailer after a t_primary: '.' NAME, '[' slices ']', genexp or
// '(' [arguments] ')'. Returns the extended expression or NULL.
static AstExpr *trailer(Parser *p, AstExpr *value, Token *start, AstExprContext ctx,
                        bool calls) {
    int mark = p->mark;
    TokenKind k = kind(p);
    if (k == TK_DOT) {
        Token *name = mo_parser_peek_at(p, mark + 1);
        if (name->kind != TK_NAME)
            return NULL;
        p->mark += 2;
        const char *attr = mo_parser_identifier(p, name);
        AstExpr *e = attr ? mo_parser_new_expr(p, EXPR_ATTRIBUTE, mo_parser_extra(p, start)) : NULL;
        if (e) {
            e->attribute.value = value;
            e->attribute.attr = attr;
            e->attribute.ctx = ctx;
        }
        return e;
    }
    if (k == TK_LSQB) {
        p->mark++;
        AstExpr *index = mo_parser_expr_slices(p);
        if (!index || !mo_parser_expect(p, TK_RSQB)) {
            if (!p->error)
                p->mark = mark;
            return NULL;
        }
        AstExpr *e = mo_parser_new_expr(p, EXPR_SUBSCRIPT, mo_parser_extra(p, start));
        if (e) {
            e->subscript.value = value;
            e->subscript.slice = index;
            e->subscript.ctx = ctx;
        }
        return e;
    }
    if (k == TK_LPAR && calls) {
        // Reuse the expression parser for calls: parse `value(...)` as a
        // primary trailer by re-reading from `start`.
        AstExpr *gen = mo_parser_expr_genexp(p);
        if (gen) {
            AstExpr *e = mo_parser_new_expr(p, EXPR_CALL, mo_parser_extra(p, start));
            AstExpr **items = e ? mo_parser_alloc(p, sizeof(AstExpr *)) : NULL;
            if (!items)
                return NULL;
            items[0] = gen;
            e->call.func = value;
            e->call.args = (AstExprSeq){1, items};
            return e;
        }
        if (p->error)
            return NULL;
        p->mark = mark + 1;
        AstExprSeq args = {0, NULL};
        AstKeywordSeq keywords = {0, NULL};
        if (kind(p) != TK_RPAR && !mo_parser_expr_arguments(p, &args, &keywords)) {
            if (!p->error)
                p->mark = mark;
            return NULL;
        }
        if (!mo_parser_expect(p, TK_RPAR)) {
            if (!p->error)
                p->mark = mark;
            return NULL;
        }
        AstExpr *e = mo_parser_new_expr(p, EXPR_CALL, mo_parser_extra(p, start));
        if (e) {
            e->call.func = value;
            e->call.args = args;
            e->call.keywords = keywords;
        }
        return e;
    }
    return NULL;
}

// t_primary: the longest atom+trailers chain that is followed by another
// trailer (t_lookahead).
static AstExpr *t_primary(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_peek(p);
    AstExpr *e = mo_parser_expr_atom(p);
    if (!e || !t_lookahead(p)) {
        if (!p->error)
            p->mark = mark;
        return NULL;
    }
    for (;;) {
        int m = p->mark;
        AstExpr *next = trailer(p, e, start, AST_LOAD, true);
        if (!next) {
            if (p->error)
                return NULL;
            p->mark = m;
            break;
        }
        if (!t_lookahead(p)) {
            p->mark = m;
            break;
        }
        e = next;
    }
    return e;
}

// target_with_star_atom / single_subscript_attribute_target / del_target
// share this: t_primary then a final '.' NAME or '[' slices ']'.
static AstExpr *subscript_attribute_target(Parser *p, AstExprContext ctx) {
    int mark = p->mark;
    Token *start = mo_parser_peek(p);
    AstExpr *prim = t_primary(p);
    if (!prim)
        return NULL;
    AstExpr *e = trailer(p, prim, start, ctx, false);
    if (e && !t_lookahead(p))
        return e;
    if (!p->error)
        p->mark = mark;
    return NULL;
}

static AstExpr *target_with_star_atom(Parser *p);

// star_targets_tuple_seq / star_targets_list_seq contents up to `close`.
static bool target_seq(Parser *p, TokenKind close, bool tuple, AstExprSeq *out) {
    PtrList elts;
    mo_parser_list_init(&elts);
    bool trailing_comma = false;
    while (kind(p) != close) {
        int m = p->mark;
        AstExpr *t = mo_parser_target_star_target(p);
        if (!t) {
            if (!p->error)
                p->mark = m;
            break;
        }
        if (!mo_parser_list_push(p, &elts, t))
            return false;
        trailing_comma = mo_parser_expect(p, TK_COMMA) != NULL;
        if (!trailing_comma)
            break;
    }
    if (p->error)
        return false;
    // A parenthesized single target needs its comma to be a tuple.
    if (tuple && elts.count == 1 && !trailing_comma)
        return false;
    *out = SEQ(AstExprSeq, elts);
    return true;
}

// star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
//          | '[' [star_targets_list_seq] ']'
static AstExpr *star_atom(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_peek(p);
    if (start->kind == TK_NAME) {
        p->mark++;
        const char *id = mo_parser_identifier(p, start);
        AstExpr *e = id ? mo_parser_new_expr(p, EXPR_NAME, mo_parser_token_loc(start)) : NULL;
        if (e) {
            e->name.id = id;
            e->name.ctx = AST_STORE;
        }
        return e;
    }
    if (start->kind == TK_LPAR) {
        p->mark++;
        AstExpr *inner = target_with_star_atom(p);
        if (inner && mo_parser_expect(p, TK_RPAR))
            return inner;
        if (p->error)
            return NULL;
        p->mark = mark + 1;
        AstExprSeq elts;
        if (target_seq(p, TK_RPAR, true, &elts) && mo_parser_expect(p, TK_RPAR)) {
            AstExpr *e = mo_parser_new_expr(p, EXPR_TUPLE, mo_parser_extra(p, start));
            if (e) {
                e->tuple.elts = elts;
                e->tuple.ctx = AST_STORE;
            }
            return e;
        }
    } else if (start->kind == TK_LSQB) {
        p->mark++;
        AstExprSeq elts;
        if (target_seq(p, TK_RSQB, false, &elts) && mo_parser_expect(p, TK_RSQB)) {
            AstExpr *e = mo_parser_new_expr(p, EXPR_LIST, mo_parser_extra(p, start));
            if (e) {
                e->list.elts = elts;
                e->list.ctx = AST_STORE;
            }
            return e;
        }
    }
    if (!p->error)
        p->mark = mark;
    return NULL;
}

// target_with_star_atom: t_primary '.' NAME !t_lookahead
//   | t_primary '[' slices ']' !t_lookahead | star_atom
// (memo: nested parentheses would otherwise be parsed twice per level)
static AstExpr *target_with_star_atom(Parser *p) {
    int mark = p->mark;
    void *memo;
    if (p->memo && mo_parser_memo_get(p, MEMO_TARGET_WITH_STAR_ATOM, mark, &memo))
        return memo;
    if (!mo_parser_enter(p))
        return NULL;
    AstExpr *e = subscript_attribute_target(p, AST_STORE);
    if (!e && !p->error)
        e = star_atom(p);
    mo_parser_leave(p);
    if (p->memo)
        mo_parser_memo_put(p, MEMO_TARGET_WITH_STAR_ATOM, mark, e);
    return e;
}

// star_target: '*' (!'*' star_target) | target_with_star_atom
AstExpr *mo_parser_target_star_target(Parser *p) {
    Token *start = mo_parser_peek(p);
    if (start->kind != TK_STAR)
        return target_with_star_atom(p);
    int mark = p->mark;
    p->mark++;
    if (kind(p) == TK_STAR) {
        p->mark = mark;
        return NULL;
    }
    if (!mo_parser_enter(p))
        return NULL;
    AstExpr *value = mo_parser_target_star_target(p);
    mo_parser_leave(p);
    if (!value) {
        if (!p->error)
            p->mark = mark;
        return NULL;
    }
    mo_parser_target_set_context(value, AST_STORE);
    AstExpr *e = mo_parser_new_expr(p, EXPR_STARRED, mo_parser_extra(p, start));
    if (e) {
        e->starred.value = value;
        e->starred.ctx = AST_STORE;
    }
    return e;
}

// star_targets: star_target !',' | star_target (',' star_target)* [','] → Tuple
AstExpr *mo_parser_target_star_targets(Parser *p) {
    int mark = p->mark;
    void *memo;
    if (p->error_pass && mo_parser_memo_get(p, MEMO_STAR_TARGETS, mark, &memo))
        return memo;
    Token *start = mo_parser_peek(p);
    AstExpr *first = mo_parser_target_star_target(p);
    AstExpr *result = first;
    if (first && kind(p) == TK_COMMA) {
        PtrList elts;
        mo_parser_list_init(&elts);
        if (!mo_parser_list_push(p, &elts, first))
            return NULL;
        while (mo_parser_expect(p, TK_COMMA)) {
            int m = p->mark;
            AstExpr *t = mo_parser_target_star_target(p);
            if (!t) {
                if (p->error)
                    return NULL;
                p->mark = m;
                break;
            }
            if (!mo_parser_list_push(p, &elts, t))
                return NULL;
        }
        result = mo_parser_new_expr(p, EXPR_TUPLE, mo_parser_extra(p, start));
        if (result) {
            result->tuple.elts = SEQ(AstExprSeq, elts);
            result->tuple.ctx = AST_STORE;
        }
    }
    if (p->error_pass)
        mo_parser_memo_put(p, MEMO_STAR_TARGETS, mark, result);
    return result;
}

// single_subscript_attribute_target: t_primary '.' NAME !t_lookahead
//   | t_primary '[' slices ']' !t_lookahead
AstExpr *mo_parser_target_single_subscript_attribute(Parser *p) {
    return subscript_attribute_target(p, AST_STORE);
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
AstExpr *mo_parser_target_single_target(Parser *p) {
    AstExpr *e = subscript_attribute_target(p, AST_STORE);
    if (e || p->error)
        return e;
    Token *t = mo_parser_peek(p);
    if (t->kind == TK_NAME) {
        p->mark++;
        const char *id = mo_parser_identifier(p, t);
        e = id ? mo_parser_new_expr(p, EXPR_NAME, mo_parser_token_loc(t)) : NULL;
        if (e) {
            e->name.id = id;
            e->name.ctx = AST_STORE;
        }
        return e;
    }
    if (t->kind == TK_LPAR) {
        int mark = p->mark;
        p->mark++;
        if (!mo_parser_enter(p))
            return NULL;
        e = mo_parser_target_single_target(p);
        mo_parser_leave(p);
        if (e && mo_parser_expect(p, TK_RPAR))
            return e;
        if (!p->error)
            p->mark = mark;
    }
    return NULL;
}

static bool del_targets_until(Parser *p, TokenKind close, AstExprSeq *out);

// del_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
//           | del_t_atom
static AstExpr *del_target(Parser *p) {
    int mark = p->mark;
    void *memo;
    if (p->memo && mo_parser_memo_get(p, MEMO_DEL_TARGET, mark, &memo))
        return memo;
    if (!mo_parser_enter(p))
        return NULL;
    AstExpr *e = subscript_attribute_target(p, AST_DEL);
    if (e || p->error)
        goto out;
    Token *start = mo_parser_peek(p);
    // del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
    if (start->kind == TK_NAME) {
        p->mark++;
        const char *id = mo_parser_identifier(p, start);
        e = id ? mo_parser_new_expr(p, EXPR_NAME, mo_parser_token_loc(start)) : NULL;
        if (e) {
            e->name.id = id;
            e->name.ctx = AST_DEL;
        }
        goto out;
    }
    if (start->kind == TK_LPAR || start->kind == TK_LSQB) {
        TokenKind close = start->kind == TK_LPAR ? TK_RPAR : TK_RSQB;
        p->mark++;
        if (close == TK_RPAR) {
            e = del_target(p);
            if (e && mo_parser_expect(p, TK_RPAR)) {
                mo_parser_target_set_context(e, AST_DEL);
                goto out;
            }
            if (p->error)
                goto out;
            p->mark = mark + 1;
        }
        AstExprSeq elts = {0, NULL};
        if (kind(p) == close || del_targets_until(p, close, &elts)) {
            if (mo_parser_expect(p, close)) {
                e = mo_parser_new_expr(p, close == TK_RPAR ? EXPR_TUPLE : EXPR_LIST,
                                       mo_parser_extra(p, start));
                if (e) {
                    e->tuple.elts = elts;
                    e->tuple.ctx = AST_DEL;
                }
                goto out;
            }
        }
    }
    e = NULL;
    if (!p->error)
        p->mark = mark;
out:
    mo_parser_leave(p);
    if (p->memo)
        mo_parser_memo_put(p, MEMO_DEL_TARGET, mark, e);
    return e;
}

// del_targets: ','.del_target+ [',']
static bool del_targets_until(Parser *p, TokenKind close, AstExprSeq *out) {
    (void)close;
    PtrList elts;
    mo_parser_list_init(&elts);
    for (;;) {
        int m = p->mark;
        AstExpr *t = del_target(p);
        if (!t) {
            if (p->error)
                return false;
            p->mark = m;
            break;
        }
        if (!mo_parser_list_push(p, &elts, t))
            return false;
        if (!mo_parser_expect(p, TK_COMMA))
            break;
    }
    if (elts.count == 0)
        return false;
    *out = SEQ(AstExprSeq, elts);
    return !p->error;
}

bool mo_parser_target_del_targets(Parser *p, AstExprSeq *out) {
    (void)kind_at;
    return del_targets_until(p, TK_NEWLINE, out);
}
