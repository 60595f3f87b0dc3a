// src/front/parser_expr.c — expressions: CPython 3.11's expression grammar.
//
// One function per grammar rule, named after it. Binary operators loop
// (left associative, as the grammar's left-recursive rules), and a loop step
// whose right operand fails gives its operator back, like PEG would.
// Brackets are parsed predictively: after `(`, `[` or `{` the first element
// decides between tuple/group/generator, list/comprehension and
// dict/set/comprehensions, so no element is parsed twice in the first pass.
// In the error pass the rules also run their `invalid_*` alternatives; the
// memo (parser.c) keeps those re-parses linear.
//
// Read next: src/front/parser_target.c, src/front/strings.c.
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "front/parser_internal.h"

#define SEQ(type, list) ((type){(list).count, (void *)mo_parser_list_finish(p, &(list))})

static AstExpr *expression(Parser *p);
static AstExpr *lambdef(Parser *p);
static AstExpr *factor(Parser *p);
static AstExpr *starred_expression(Parser *p);

static TokenKind kind(Parser *p) { return mo_parser_peek_kind(p); }
static TokenKind kind_at(Parser *p, int i) { return mo_parser_peek_at(p, i)->kind; }

static AstExpr *new_name(Parser *p, Token *t, AstExprContext ctx) {
    const char *id = mo_parser_identifier(p, t);
    if (!id)
        return NULL;
    AstExpr *e = mo_parser_new_expr(p, EXPR_NAME, mo_parser_token_loc(t));
    if (e) {
        e->name.id = id;
        e->name.ctx = ctx;
    }
    return e;
}

static AstExpr *new_seq_expr(Parser *p, AstExprKind k, AstExprSeq elts, AstLoc loc) {
    AstExpr *e = mo_parser_new_expr(p, k, loc);
    if (!e)
        return NULL;
    if (k == EXPR_TUPLE) {
        e->tuple.elts = elts;
        e->tuple.ctx = AST_LOAD;
    } else if (k == EXPR_LIST) {
        e->list.elts = elts;
        e->list.ctx = AST_LOAD;
    } else {
        e->set.elts = elts;
    }
    return e;
}

// CPython's _PyPegen_get_expr_name (for messages).
const char *mo_parser_expr_name_of(const AstExpr *e) {
    switch (e->kind) {
    case EXPR_ATTRIBUTE: return "attribute";
    case EXPR_SUBSCRIPT: return "subscript";
    case EXPR_STARRED: return "starred";
    case EXPR_NAME: return "name";
    case EXPR_LIST: return "list";
    case EXPR_TUPLE: return "tuple";
    case EXPR_LAMBDA: return "lambda";
    case EXPR_CALL: return "function call";
    case EXPR_BOOL_OP:
    case EXPR_BIN_OP:
    case EXPR_UNARY_OP: return "expression";
    case EXPR_GENERATOR_EXP: return "generator expression";
    case EXPR_YIELD:
    case EXPR_YIELD_FROM: return "yield expression";
    case EXPR_AWAIT: return "await expression";
    case EXPR_LIST_COMP: return "list comprehension";
    case EXPR_SET_COMP: return "set comprehension";
    case EXPR_DICT_COMP: return "dict comprehension";
    case EXPR_DICT: return "dict literal";
    case EXPR_SET: return "set display";
    case EXPR_JOINED_STR:
    case EXPR_FORMATTED_VALUE: return "f-string expression";
    case EXPR_CONSTANT:
        switch (e->constant.value.kind) {
        case AST_CONST_NONE: return "None";
        case AST_CONST_FALSE: return "False";
        case AST_CONST_TRUE: return "True";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case EXPR_COMPARE: return "comparison";
    case EXPR_IF_EXP: return "conditional expression";
    case EXPR_NAMED_EXPR: return "named expression";
    default: return "?";
    }
}

// ----------------------------------------------------------------- numbers

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 99;
}

// NUMBER token to Constant. The tokenizer has validated the syntax.
static AstExpr *number(Parser *p, Token *t) {
    size_t n = (size_t)(t->end - t->start);
    char small[64];
    char *text = n < sizeof small ? small : malloc(n + 1);
    if (!text) {
        mo_parser_raise_memory(p);
        return NULL;
    }
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        if (t->start[i] != '_')
            text[len++] = t->start[i];
    text[len] = '\0';
    AstExpr *e = mo_parser_new_expr(p, EXPR_CONSTANT, mo_parser_token_loc(t));
    if (!e)
        goto out;
    AstConstant *c = &e->constant.value;
    char last = text[len - 1];
    bool is_hex = len > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
    if (last == 'j' || last == 'J') {
        text[len - 1] = '\0';
        c->kind = AST_CONST_IMAG;
        c->f = strtod(text, NULL);
    } else if (!is_hex && (strchr(text, '.') || strchr(text, 'e') || strchr(text, 'E'))) {
        c->kind = AST_CONST_FLOAT;
        c->f = strtod(text, NULL);
    } else {
        int base = 10;
        const char *digits = text;
        if (len > 1 && text[0] == '0') {
            char b = text[1];
            if (b == 'x' || b == 'X') base = 16;
            else if (b == 'o' || b == 'O') base = 8;
            else if (b == 'b' || b == 'B') base = 2;
            if (base != 10)
                digits += 2;
        }
        while (digits[0] == '0' && digits[1])
            digits++;
        uint64_t v = 0;
        bool big = false;
        for (const char *d = digits; *d; d++) {
            uint64_t dv = (uint64_t)digit_value(*d);
            if (v > (UINT64_MAX - dv) / (uint64_t)base) {
                big = true;
                break;
            }
            v = v * (uint64_t)base + dv;
        }
        if (!big && v <= (uint64_t)INT64_MAX) {
            c->kind = AST_CONST_INT;
            c->i = (int64_t)v;
        } else {
            size_t dl = strlen(digits);
            if (base == 10 && dl > 4300) {
                // CPython 3.11's limit on decimal-to-int conversions applies
                // to literals too.
                // CPython omits the columns here.
                mo_parser_raise_at(p, "SyntaxError", t->lineno, -1, t->end_lineno, -1,
                                    "Exceeds the limit (4300 digits) for integer string "
                                    "conversion: value has %zu digits; use "
                                    "sys.set_int_max_str_digits() to increase the limit - "
                                    "Consider hexadecimal for huge integer literals to avoid "
                                    "decimal conversion limits.", dl);
                e = NULL;
                goto out;
            }
            char *copy = mo_parser_alloc(p, dl + 1);
            if (!copy) {
                e = NULL;
                goto out;
            }
            for (size_t i = 0; i <= dl; i++)
                copy[i] = (char)(digits[i] >= 'A' && digits[i] <= 'F' ? digits[i] + 32 : digits[i]);
            c->kind = AST_CONST_BIG_INT;
            c->big.digits = copy;
            c->big.base = base;
        }
    }
out:
    if (text != small)
        free(text);
    return e;
}

// -------------------------------------------------------------- atoms

static AstExpr *constant_token(Parser *p, Token *t, AstConstKind k) {
    AstExpr *e = mo_parser_new_expr(p, EXPR_CONSTANT, mo_parser_token_loc(t));
    if (e)
        e->constant.value.kind = k;
    return e;
}

// for_if_clause:
//   | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//   | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//   | invalid_for_target
static AstComprehension *for_if_clause(Parser *p) {
    int mark = p->mark;
    bool is_async = kind(p) == TK_KW_ASYNC;
    if (is_async)
        p->mark++;
    if (!mo_parser_expect(p, TK_KW_FOR)) {
        p->mark = mark;
        return NULL;
    }
    int after_for = p->mark;
    AstExpr *target = mo_parser_target_star_targets(p);
    if (target && mo_parser_expect(p, TK_KW_IN)) {
        // Cut: a failure from here on fails the clause.
        AstExpr *iter = mo_parser_expr_disjunction(p);
        if (!iter) {
            if (!p->error)
                p->mark = mark;
            return NULL;
        }
        PtrList ifs;
        mo_parser_list_init(&ifs);
        for (;;) {
            int m = p->mark;
            if (!mo_parser_expect(p, TK_KW_IF))
                break;
            AstExpr *cond = mo_parser_expr_disjunction(p);
            if (!cond) {
                if (p->error)
                    return NULL;
                p->mark = m;
                break;
            }
            if (!mo_parser_list_push(p, &ifs, cond))
                return NULL;
        }
        AstComprehension *c = mo_parser_alloc(p, sizeof(AstComprehension));
        if (!c)
            return NULL;
        c->target = target;
        c->iter = iter;
        c->ifs = SEQ(AstExprSeq, ifs);
        c->is_async = is_async;
        return c;
    }
    if (p->error)
        return NULL;
    if (p->call_invalid_rules) {
        // invalid_for_target: ASYNC? 'for' star_expressions
        p->mark = after_for;
        AstExpr *a = mo_parser_expr_star_expressions(p);
        if (a && mo_parser_target_raise_invalid(p, FOR_TARGETS, a))
            return NULL;
    }
    p->mark = mark;
    return NULL;
}

bool mo_parser_expr_for_if_clauses(Parser *p, AstComprehensionSeq *out) {
    PtrList list;
    mo_parser_list_init(&list);
    for (;;) {
        TokenKind k = kind(p);
        if (k != TK_KW_FOR && !(k == TK_KW_ASYNC && kind_at(p, p->mark + 1) == TK_KW_FOR))
            break;
        AstComprehension *c = for_if_clause(p);
        if (!c)
            break;
        if (!mo_parser_list_push(p, &list, c))
            return false;
    }
    if (p->error || list.count == 0)
        return false;
    *out = SEQ(AstComprehensionSeq, list);
    return !p->error;
}

static bool at_for(Parser *p) {
    TokenKind k = kind(p);
    return k == TK_KW_FOR || (k == TK_KW_ASYNC && kind_at(p, p->mark + 1) == TK_KW_FOR);
}

static AstExpr *last_comprehension_item(AstComprehensionSeq gens) {
    AstComprehension *c = gens.items[gens.count - 1];
    if (c->ifs.count == 0)
        return c->iter;
    return c->ifs.items[c->ifs.count - 1];
}

static AstExpr *comprehension_node(Parser *p, AstExprKind k, Token *start, AstExpr *elt,
                                   AstComprehensionSeq gens) {
    AstExpr *e = mo_parser_new_expr(p, k, mo_parser_extra(p, start));
    if (!e)
        return NULL;
    e->list_comp.elt = elt;
    e->list_comp.generators = gens;
    for (int i = 0; i < gens.count; i++) {
        if (gens.items[i]->is_async) {
            Parser *root = p;
            while (root->parent)
                root = root->parent;
            if (!root->unsupported_msg && !p->call_invalid_rules) {
                root->unsupported_msg = "asynchronous comprehensions are not supported yet";
                root->unsupported_loc = e->loc;
            }
        }
    }
    return e;
}

// invalid_comprehension (second pass), after the opening bracket `open`.
static void invalid_comprehension(Parser *p, int open_mark) {
    TokenKind open = kind_at(p, open_mark);
    p->mark = open_mark + 1;
    AstComprehensionSeq gens;
    if (kind(p) == TK_STAR) {
        AstExpr *a = starred_expression(p);
        if (a && mo_parser_expr_for_if_clauses(p, &gens)) {
            mo_parser_raise_loc(p, a->loc, "iterable unpacking cannot be used in comprehension");
            return;
        }
        if (p->error)
            return;
    }
    if (open == TK_LPAR)
        return;
    p->mark = open_mark + 1;
    AstExpr *a = mo_parser_expr_star_named_expression(p);
    if (!a)
        return;
    int after_a = p->mark;
    Token *comma = mo_parser_expect(p, TK_COMMA);
    if (!comma)
        return;
    AstExprSeq b;
    if (mo_parser_expr_star_named_expressions(p, &b) && mo_parser_expr_for_if_clauses(p, &gens)) {
        mo_parser_raise_range(p, a->loc, b.items[b.count - 1]->loc,
                              "did you forget parentheses around the comprehension target?");
        return;
    }
    if (p->error)
        return;
    p->mark = after_a + 1;
    if (mo_parser_expr_for_if_clauses(p, &gens)) {
        mo_parser_raise_range(p, a->loc, mo_parser_token_loc(comma),
                              "did you forget parentheses around the comprehension target?");
        return;
    }
}

// ( ... ): tuple | group | genexp
static AstExpr *atom_paren(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_expect(p, TK_LPAR);
    if (mo_parser_expect(p, TK_RPAR))
        return new_seq_expr(p, EXPR_TUPLE, (AstExprSeq){0, NULL}, mo_parser_extra(p, start));
    AstExpr *e;
    if (kind(p) == TK_KW_YIELD) {
        // group: '(' yield_expr ')'
        e = mo_parser_expr_yield_expr(p);
        if (e && mo_parser_expect(p, TK_RPAR))
            return e;
        goto fail;
    }
    e = mo_parser_expr_star_named_expression(p);
    if (!e)
        goto fail;
    if (kind(p) == TK_COMMA) {
        // tuple: '(' star_named_expression ',' [star_named_expressions] ')'
        p->mark++;
        PtrList elts;
        mo_parser_list_init(&elts);
        if (!mo_parser_list_push(p, &elts, e))
            return NULL;
        if (kind(p) != TK_RPAR) {
            AstExprSeq rest;
            if (mo_parser_expr_star_named_expressions(p, &rest)) {
                for (int i = 0; i < rest.count; i++)
                    if (!mo_parser_list_push(p, &elts, rest.items[i]))
                        return NULL;
            } else if (p->error) {
                return NULL;
            }
        }
        if (!mo_parser_expect(p, TK_RPAR))
            goto fail;
        return new_seq_expr(p, EXPR_TUPLE, SEQ(AstExprSeq, elts), mo_parser_extra(p, start));
    }
    if (e->kind == EXPR_STARRED)
        goto fail;
    if (kind(p) == TK_RPAR) {
        p->mark++;
        return e;
    }
    if (at_for(p)) {
        // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
        AstComprehensionSeq gens;
        if (mo_parser_expr_for_if_clauses(p, &gens) && mo_parser_expect(p, TK_RPAR))
            return comprehension_node(p, EXPR_GENERATOR_EXP, start, e, gens);
    }
fail:
    if (p->error)
        return NULL;
    if (p->call_invalid_rules) {
        // invalid_group
        p->mark = mark + 1;
        if (kind(p) == TK_STAR) {
            AstExpr *a = starred_expression(p);
            if (a && mo_parser_expect(p, TK_RPAR)) {
                mo_parser_raise_loc(p, a->loc, "cannot use starred expression here");
                return NULL;
            }
            if (p->error)
                return NULL;
        }
        p->mark = mark + 1;
        Token *a = mo_parser_expect(p, TK_DOUBLESTAR);
        if (a && expression(p) && mo_parser_expect(p, TK_RPAR)) {
            mo_parser_raise_loc(p, mo_parser_token_loc(a),
                                "cannot use double starred expression here");
            return NULL;
        }
        if (p->error)
            return NULL;
        invalid_comprehension(p, mark);
        if (p->error)
            return NULL;
    }
    p->mark = mark;
    return NULL;
}

// [ ... ]: list | listcomp
static AstExpr *atom_bracket(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_expect(p, TK_LSQB);
    PtrList elts;
    mo_parser_list_init(&elts);
    if (mo_parser_expect(p, TK_RSQB))
        return new_seq_expr(p, EXPR_LIST, (AstExprSeq){0, NULL}, mo_parser_extra(p, start));
    AstExpr *e = mo_parser_expr_star_named_expression(p);
    if (!e)
        goto fail;
    if (at_for(p)) {
        // listcomp: '[' named_expression for_if_clauses ']'
        AstComprehensionSeq gens;
        if (e->kind != EXPR_STARRED && mo_parser_expr_for_if_clauses(p, &gens) &&
            mo_parser_expect(p, TK_RSQB))
            return comprehension_node(p, EXPR_LIST_COMP, start, e, gens);
        goto fail;
    }
    // list: '[' [star_named_expressions] ']'
    if (!mo_parser_list_push(p, &elts, e))
        return NULL;
    while (kind(p) == TK_COMMA) {
        p->mark++;
        if (kind(p) == TK_RSQB)
            break;
        int m = p->mark;
        AstExpr *x = mo_parser_expr_star_named_expression(p);
        if (!x) {
            if (p->error)
                return NULL;
            p->mark = m;
            break;
        }
        if (!mo_parser_list_push(p, &elts, x))
            return NULL;
    }
    if (mo_parser_expect(p, TK_RSQB))
        return new_seq_expr(p, EXPR_LIST, SEQ(AstExprSeq, elts), mo_parser_extra(p, start));
fail:
    if (p->error)
        return NULL;
    if (p->call_invalid_rules)
        invalid_comprehension(p, mark);
    if (!p->error)
        p->mark = mark;
    return NULL;
}

// kvpair: expression ':' expression; double_starred_kvpair: '**' bitwise_or | kvpair
static bool double_starred_kvpair(Parser *p, AstExpr **key, AstExpr **value) {
    int mark = p->mark;
    if (mo_parser_expect(p, TK_DOUBLESTAR)) {
        *key = NULL;
        *value = mo_parser_expr_bitwise_or(p);
        if (*value)
            return true;
    } else {
        *key = expression(p);
        if (*key && mo_parser_expect(p, TK_COLON)) {
            *value = expression(p);
            if (*value)
                return true;
        }
    }
    if (!p->error)
        p->mark = mark;
    return false;
}

// invalid_kvpair, after a separating ','.
static bool invalid_kvpair(Parser *p) {
    int mark = p->mark;
    AstExpr *a = expression(p);
    if (!a)
        return false;
    if (kind(p) != TK_COLON) {
        mo_parser_raise_at(p, "SyntaxError", a->loc.lineno, a->loc.end_col_offset - 1,
                           a->loc.end_lineno, -1, "':' expected after dictionary key");
        return true;
    }
    p->mark++;
    Token *star = mo_parser_peek(p);
    if (star->kind == TK_STAR) {
        p->mark++;
        if (mo_parser_expr_bitwise_or(p)) {
            mo_parser_raise_from(p, mo_parser_token_loc(star),
                                 "cannot use a starred expression in a dictionary value");
            return true;
        }
        if (p->error)
            return true;
        p->mark = mark;
        expression(p);
        p->mark++;
    }
    if (kind(p) == TK_RBRACE || kind(p) == TK_COMMA) {
        mo_parser_raise_loc(p, mo_parser_token_loc(mo_parser_last(p)),
                            "expression expected after dictionary key and ':'");
        return true;
    }
    p->mark = mark;
    return p->error;
}

// invalid_double_starred_kvpairs, after '{'.
static void invalid_double_starred_kvpairs(Parser *p) {
    int mark = p->mark;
    // ','.double_starred_kvpair+ ',' invalid_kvpair
    AstExpr *k, *v;
    int count = 0;
    while (double_starred_kvpair(p, &k, &v)) {
        count++;
        int m = p->mark;
        if (!mo_parser_expect(p, TK_COMMA))
            break;
        int m2 = p->mark;
        if (invalid_kvpair(p))
            return;
        p->mark = m2;
        (void)m;
    }
    if (p->error)
        return;
    (void)count;
    p->mark = mark;
    // expression ':' '*' bitwise_or
    AstExpr *a = expression(p);
    if (a && mo_parser_expect(p, TK_COLON)) {
        int m = p->mark;
        Token *star = mo_parser_expect(p, TK_STAR);
        if (star && mo_parser_expr_bitwise_or(p)) {
            mo_parser_raise_from(p, mo_parser_token_loc(star),
                                 "cannot use a starred expression in a dictionary value");
            return;
        }
        if (p->error)
            return;
        p->mark = m;
        if (kind(p) == TK_RBRACE || kind(p) == TK_COMMA) {
            mo_parser_raise_loc(p, mo_parser_token_loc(mo_parser_last(p)),
                                "expression expected after dictionary key and ':'");
            return;
        }
    }
    p->mark = mark;
}

static AstExpr *finish_dict(Parser *p, Token *start, PtrList *keys, PtrList *values) {
    AstExpr *e = mo_parser_new_expr(p, EXPR_DICT, mo_parser_extra(p, start));
    if (!e)
        return NULL;
    e->dict.keys = SEQ(AstExprSeq, *keys);
    e->dict.values = SEQ(AstExprSeq, *values);
    // Dict keys may hold NULL (for **), so copy them even when all are NULL.
    if (keys->count && !e->dict.keys.items) {
        e->dict.keys.items = mo_parser_alloc(p, (size_t)keys->count * sizeof(AstExpr *));
        if (!e->dict.keys.items)
            return NULL;
    }
    return e;
}

// { ... }: dict | set | dictcomp | setcomp
static AstExpr *atom_brace(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_expect(p, TK_LBRACE);
    PtrList keys, values;
    mo_parser_list_init(&keys);
    mo_parser_list_init(&values);
    if (mo_parser_expect(p, TK_RBRACE))
        return finish_dict(p, start, &keys, &values);
    int after_open = p->mark;
    TokenKind k0 = kind(p);
    bool dict_like = k0 == TK_DOUBLESTAR;
    AstExpr *first_key = NULL, *first_value = NULL;
    if (!dict_like && k0 != TK_STAR &&
        !(k0 == TK_NAME && kind_at(p, p->mark + 1) == TK_COLONEQUAL)) {
        int m = p->mark;
        first_key = expression(p);
        if (first_key && kind(p) == TK_COLON) {
            dict_like = true;
        } else {
            if (p->error)
                return NULL;
            if (!first_key || kind(p) == TK_COLONEQUAL || p->call_invalid_rules) {
                p->mark = m;
                first_key = NULL;
            }
            // Otherwise `first_key` is the set's first element (what
            // named_expression would return), parsed once.
        }
    }
    if (dict_like) {
        // dict: '{' [double_starred_kvpairs] '}'
        AstExpr *key, *value;
        if (first_key) {
            p->mark++;  // the ':' already seen
            key = first_key;
            value = expression(p);
            if (!value)
                goto dict_fail;
            first_value = value;
            if (at_for(p)) {
                // dictcomp: '{' kvpair for_if_clauses '}'
                AstComprehensionSeq gens;
                if (mo_parser_expr_for_if_clauses(p, &gens) && mo_parser_expect(p, TK_RBRACE)) {
                    AstExpr *e = mo_parser_new_expr(p, EXPR_DICT_COMP, mo_parser_extra(p, start));
                    if (e) {
                        e->dict_comp.key = first_key;
                        e->dict_comp.value = first_value;
                        e->dict_comp.generators = gens;
                        for (int i = 0; i < gens.count; i++)
                            if (gens.items[i]->is_async)
                                comprehension_node(p, EXPR_DICT_COMP, start, NULL, gens);
                    }
                    return e;
                }
                goto dict_fail;
            }
        } else if (!double_starred_kvpair(p, &key, &value)) {
            goto dict_fail;
        }
        if (!mo_parser_list_push(p, &keys, key) || !mo_parser_list_push(p, &values, value))
            return NULL;
        while (kind(p) == TK_COMMA) {
            int m = p->mark;
            p->mark++;
            if (!double_starred_kvpair(p, &key, &value)) {
                if (p->error)
                    return NULL;
                p->mark = m + 1;
                break;
            }
            if (!mo_parser_list_push(p, &keys, key) || !mo_parser_list_push(p, &values, value))
                return NULL;
        }
        if (mo_parser_expect(p, TK_RBRACE))
            return finish_dict(p, start, &keys, &values);
    dict_fail:
        if (p->error)
            return NULL;
        if (p->call_invalid_rules) {
            p->mark = after_open;
            invalid_double_starred_kvpairs(p);
            if (p->error)
                return NULL;
            // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
            p->mark = after_open;
            Token *a = mo_parser_expect(p, TK_DOUBLESTAR);
            AstComprehensionSeq gens;
            if (a && mo_parser_expr_bitwise_or(p) && mo_parser_expr_for_if_clauses(p, &gens) &&
                mo_parser_expect(p, TK_RBRACE)) {
                mo_parser_raise_loc(p, mo_parser_token_loc(a),
                                    "dict unpacking cannot be used in dict comprehension");
                return NULL;
            }
        }
        if (!p->error)
            p->mark = mark;
        return NULL;
    }
    // set: '{' star_named_expressions '}'; setcomp: '{' named_expression for_if_clauses '}'
    if (p->call_invalid_rules) {
        // The error pass goes through the dict alternatives first.
        p->mark = after_open;
        invalid_double_starred_kvpairs(p);
        if (p->error)
            return NULL;
        p->mark = after_open;
    }
    AstExpr *e = first_key ? first_key : mo_parser_expr_star_named_expression(p);
    if (!e)
        goto set_fail;
    if (at_for(p)) {
        AstComprehensionSeq gens;
        if (e->kind != EXPR_STARRED && mo_parser_expr_for_if_clauses(p, &gens) &&
            mo_parser_expect(p, TK_RBRACE))
            return comprehension_node(p, EXPR_SET_COMP, start, e, gens);
        goto set_fail;
    }
    PtrList elts;
    mo_parser_list_init(&elts);
    if (!mo_parser_list_push(p, &elts, e))
        return NULL;
    while (kind(p) == TK_COMMA) {
        p->mark++;
        if (kind(p) == TK_RBRACE)
            break;
        int m = p->mark;
        AstExpr *x = mo_parser_expr_star_named_expression(p);
        if (!x) {
            if (p->error)
                return NULL;
            p->mark = m;
            break;
        }
        if (!mo_parser_list_push(p, &elts, x))
            return NULL;
    }
    if (mo_parser_expect(p, TK_RBRACE))
        return new_seq_expr(p, EXPR_SET, SEQ(AstExprSeq, elts), mo_parser_extra(p, start));
set_fail:
    if (p->error)
        return NULL;
    if (p->call_invalid_rules)
        invalid_comprehension(p, mark);
    if (!p->error)
        p->mark = mark;
    return NULL;
}

AstExpr *mo_parser_expr_atom(Parser *p) {
    Token *t = mo_parser_peek(p);
    switch (t->kind) {
    case TK_NAME:
        p->mark++;
        return new_name(p, t, AST_LOAD);
    case TK_KW_TRUE:
        p->mark++;
        return constant_token(p, t, AST_CONST_TRUE);
    case TK_KW_FALSE:
        p->mark++;
        return constant_token(p, t, AST_CONST_FALSE);
    case TK_KW_NONE:
        p->mark++;
        return constant_token(p, t, AST_CONST_NONE);
    case TK_ELLIPSIS:
        p->mark++;
        return constant_token(p, t, AST_CONST_ELLIPSIS);
    case TK_STRING:
        return mo_strings_parse(p);
    case TK_NUMBER:
        p->mark++;
        return number(p, t);
    case TK_LPAR:
        return atom_paren(p);
    case TK_LSQB:
        return atom_bracket(p);
    case TK_LBRACE:
        return atom_brace(p);
    default:
        return NULL;
    }
}

// ------------------------------------------------------------- arguments

static AstKeyword *new_keyword(Parser *p, const char *arg, AstExpr *value, AstLoc loc) {
    AstKeyword *k = mo_parser_alloc(p, sizeof(AstKeyword));
    if (k) {
        k->arg = arg;
        k->value = value;
        k->loc = loc;
    }
    return k;
}

// starred_expression: '*' expression
static AstExpr *starred_expression(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_expect(p, TK_STAR);
    if (!start)
        return NULL;
    AstExpr *value = expression(p);
    if (!value) {
        if (!p->error)
            p->mark = mark;
        return NULL;
    }
    AstExpr *e = mo_parser_new_expr(p, EXPR_STARRED, mo_parser_extra(p, start));
    if (e) {
        e->starred.value = value;
        e->starred.ctx = AST_LOAD;
    }
    return e;
}

AstExpr *mo_parser_expr_starred_expression(Parser *p) { return starred_expression(p); }

// One positional argument: (assignment_expression | expression !':=') !'='
static AstExpr *positional_arg(Parser *p) {
    int mark = p->mark;
    AstExpr *e;
    if (kind(p) == TK_NAME && kind_at(p, mark + 1) == TK_COLONEQUAL) {
        e = mo_parser_expr_named_expression(p);
    } else {
        e = expression(p);
        if (e && kind(p) == TK_COLONEQUAL)
            e = NULL;
    }
    if (e && kind(p) == TK_EQUAL)
        e = NULL;
    if (!e && !p->error)
        p->mark = mark;
    return e;
}

// invalid_kwarg, tried before each keyword-section argument in the error pass.
static bool invalid_kwarg(Parser *p) {
    int mark = p->mark;
    Token *a = mo_parser_peek(p);
    if ((a->kind == TK_KW_TRUE || a->kind == TK_KW_FALSE || a->kind == TK_KW_NONE) &&
        kind_at(p, mark + 1) == TK_EQUAL) {
        Token *b = mo_parser_peek_at(p, mark + 1);
        mo_parser_raise_range(p, mo_parser_token_loc(a), mo_parser_token_loc(b),
                              "cannot assign to %.*s", (int)(a->end - a->start), a->start);
        return true;
    }
    if (a->kind == TK_NAME && kind_at(p, mark + 1) == TK_EQUAL) {
        Token *b = mo_parser_peek_at(p, mark + 1);
        p->mark += 2;
        AstComprehensionSeq gens;
        if (expression(p) && mo_parser_expr_for_if_clauses(p, &gens)) {
            mo_parser_raise_range(p, mo_parser_token_loc(a), mo_parser_token_loc(b),
                                  "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return true;
        }
        if (p->error)
            return true;
        p->mark = mark;
        // !(NAME '=') guards the last alternative.
        return false;
    }
    AstExpr *e = expression(p);
    if (e && kind(p) == TK_EQUAL) {
        Token *b = mo_parser_peek(p);
        mo_parser_raise_range(p, e->loc, mo_parser_token_loc(b),
                              "expression cannot contain assignment, perhaps you meant \"==\"?");
        return true;
    }
    p->mark = mark;
    return p->error;
}

// args (see the grammar): fills `args`/`keywords` and returns true, or
// fails without consuming anything.
// `first`, when given, is the first positional argument, already parsed
// (ending at `p->mark`).
static bool args_from(Parser *p, PtrList *pos, PtrList *kws, bool *saw_double_star,
                      AstExpr *first, int first_mark) {
    int mark = first ? first_mark : p->mark;
    // 0: positional; 1: kwarg_or_starred; 2: kwarg_or_double_starred.
    int state = 0;
    *saw_double_star = false;
    if (first) {
        if (!mo_parser_list_push(p, pos, first))
            return false;
        if (kind(p) != TK_COMMA)
            return true;
        p->mark++;
    }
    for (;;) {
        int item_mark = p->mark;
        Token *t = mo_parser_peek(p);
        if (state > 0 && p->call_invalid_rules) {
            if (invalid_kwarg(p))
                return false;
            p->mark = item_mark;
        }
        if (t->kind == TK_STAR && state < 2) {
            AstExpr *e = starred_expression(p);
            if (!e)
                goto end_item;
            if (state == 0 && kind(p) == TK_EQUAL) {
                p->mark = item_mark;
                goto end_item;
            }
            if (!mo_parser_list_push(p, pos, e))
                return false;
        } else if (t->kind == TK_DOUBLESTAR && state > 0 - 1) {
            p->mark++;
            AstExpr *value = expression(p);
            if (!value) {
                p->mark = item_mark;
                goto end_item;
            }
            AstKeyword *k = new_keyword(p, NULL, value, mo_parser_extra(p, t));
            if (!k || !mo_parser_list_push(p, kws, k))
                return false;
            state = 2;
            *saw_double_star = true;
        } else if (t->kind == TK_NAME && kind_at(p, p->mark + 1) == TK_EQUAL) {
            if (state == 0 && p->call_invalid_rules) {
                if (invalid_kwarg(p))
                    return false;
                p->mark = item_mark;
            }
            const char *name = mo_parser_name(p, NULL);
            if (!name)
                return false;
            p->mark++;
            AstExpr *value = expression(p);
            if (!value) {
                p->mark = item_mark;
                goto end_item;
            }
            AstKeyword *k = new_keyword(p, name, value, mo_parser_extra(p, t));
            if (!k || !mo_parser_list_push(p, kws, k))
                return false;
            if (state == 0)
                state = 1;
        } else if (state == 0) {
            AstExpr *e = positional_arg(p);
            if (!e) {
                if (p->error)
                    return false;
                // The grammar then tries `kwargs` here, whose items start
                // with invalid_kwarg in the error pass.
                if (p->call_invalid_rules) {
                    p->mark = item_mark;
                    if (invalid_kwarg(p))
                        return false;
                    p->mark = item_mark;
                }
                goto end_item;
            }
            if (!mo_parser_list_push(p, pos, e))
                return false;
        } else {
            goto end_item;
        }
        if (kind(p) != TK_COMMA)
            break;
        p->mark++;
        continue;
    end_item:
        if (p->error)
            return false;
        if (item_mark == mark) {
            p->mark = mark;
            return false;
        }
        // The separator before a failed item is not part of args.
        p->mark = item_mark - 1;
        break;
    }
    return true;
}

static bool args(Parser *p, PtrList *pos, PtrList *kws, bool *saw_double_star) {
    return args_from(p, pos, kws, saw_double_star, NULL, 0);
}

// invalid_arguments (second pass), from just after '('.
static void invalid_arguments(Parser *p, int start) {
    PtrList pos, kws;
    bool dstar;
    AstComprehensionSeq gens;
    // a=args ',' '*'  (iterable unpacking after **)
    p->mark = start;
    mo_parser_list_init(&pos);
    mo_parser_list_init(&kws);
    if (args(p, &pos, &kws, &dstar) && dstar && mo_parser_expect(p, TK_COMMA)) {
        Token *star = mo_parser_expect(p, TK_STAR);
        if (star) {
            mo_parser_raise_loc(p, mo_parser_token_loc(star),
                                "iterable argument unpacking follows keyword argument unpacking");
            return;
        }
    }
    if (p->error)
        return;
    // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
    p->mark = start;
    AstExpr *a = expression(p);
    if (a && mo_parser_expr_for_if_clauses(p, &gens) && mo_parser_expect(p, TK_COMMA)) {
        mo_parser_raise_range(p, a->loc, last_comprehension_item(gens)->loc,
                              "Generator expression must be parenthesized");
        return;
    }
    if (p->error)
        return;
    // a=NAME b='=' expression for_if_clauses
    p->mark = start;
    Token *name = mo_parser_expect(p, TK_NAME);
    Token *eq = name ? mo_parser_expect(p, TK_EQUAL) : NULL;
    if (eq && expression(p) && mo_parser_expr_for_if_clauses(p, &gens)) {
        mo_parser_raise_range(p, mo_parser_token_loc(name), mo_parser_token_loc(eq),
                              "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return;
    }
    if (p->error)
        return;
    // a=args b=for_if_clauses
    p->mark = start;
    mo_parser_list_init(&pos);
    mo_parser_list_init(&kws);
    if (args(p, &pos, &kws, &dstar) && mo_parser_expr_for_if_clauses(p, &gens)) {
        if (pos.count > 1) {
            mo_parser_raise_range(p, ((AstExpr *)pos.items[pos.count - 1])->loc,
                                  last_comprehension_item(gens)->loc,
                                  "Generator expression must be parenthesized");
            return;
        }
    }
    if (p->error)
        return;
    // args ',' a=expression b=for_if_clauses
    p->mark = start;
    mo_parser_list_init(&pos);
    mo_parser_list_init(&kws);
    if (args(p, &pos, &kws, &dstar) && mo_parser_expect(p, TK_COMMA)) {
        int m = p->mark;
        a = expression(p);
        if (a && mo_parser_expr_for_if_clauses(p, &gens)) {
            mo_parser_raise_range(p, a->loc, last_comprehension_item(gens)->loc,
                                  "Generator expression must be parenthesized");
            return;
        }
        if (p->error)
            return;
        // a=args ',' args
        p->mark = m;
        PtrList pos2, kws2;
        mo_parser_list_init(&pos2);
        mo_parser_list_init(&kws2);
        bool dstar2;
        if (args(p, &pos2, &kws2, &dstar2)) {
            bool unpacking = false;
            for (int i = 0; i < kws.count; i++)
                if (!((AstKeyword *)kws.items[i])->arg)
                    unpacking = true;
            mo_parser_raise(p, unpacking ? "positional argument follows keyword argument unpacking"
                                         : "positional argument follows keyword argument");
            return;
        }
    }
}

// arguments: args [','] &')' | invalid_arguments  — from just after '('
// (`first`: see args_from).
static bool arguments_from(Parser *p, AstExprSeq *out_args, AstKeywordSeq *out_kws,
                           AstExpr *first, int first_mark) {
    int mark = first ? first_mark : p->mark;
    PtrList pos, kws;
    mo_parser_list_init(&pos);
    mo_parser_list_init(&kws);
    bool dstar;
    if (args_from(p, &pos, &kws, &dstar, first, first_mark)) {
        int m = p->mark;
        mo_parser_expect(p, TK_COMMA);
        if (kind(p) == TK_RPAR) {
            *out_args = SEQ(AstExprSeq, pos);
            *out_kws = SEQ(AstKeywordSeq, kws);
            return !p->error;
        }
        (void)m;
    }
    if (p->error)
        return false;
    if (p->call_invalid_rules) {
        invalid_arguments(p, mark);
        if (p->error)
            return false;
    }
    p->mark = mark;
    return false;
}

bool mo_parser_expr_arguments(Parser *p, AstExprSeq *out_args, AstKeywordSeq *out_kws) {
    return arguments_from(p, out_args, out_kws, NULL, 0);
}

// --------------------------------------------------------------- primary

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
static AstExpr *slice(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_peek(p);
    AstExpr *lower = NULL;
    if (kind(p) != TK_COLON) {
        if (kind(p) == TK_NAME && kind_at(p, mark + 1) == TK_COLONEQUAL)
            return mo_parser_expr_named_expression(p);
        lower = expression(p);
        if (!lower)
            return NULL;
        if (kind(p) != TK_COLON) {
            if (kind(p) == TK_COLONEQUAL) {
                p->mark = mark;
                return NULL;
            }
            if (p->call_invalid_rules) {
                // Let named_expression run its error checks.
                p->mark = mark;
                return mo_parser_expr_named_expression(p);
            }
            return lower;
        }
    }
    p->mark++;  // ':'
    AstExpr *upper = NULL, *step = NULL;
    TokenKind k = kind(p);
    if (k != TK_COLON && k != TK_COMMA && k != TK_RSQB) {
        int m = p->mark;
        upper = expression(p);
        if (!upper) {
            if (p->error)
                return NULL;
            p->mark = m;
        }
    }
    if (mo_parser_expect(p, TK_COLON)) {
        k = kind(p);
        if (k != TK_COMMA && k != TK_RSQB) {
            int m = p->mark;
            step = expression(p);
            if (!step) {
                if (p->error)
                    return NULL;
                p->mark = m;
            }
        }
    }
    AstExpr *e = mo_parser_new_expr(p, EXPR_SLICE, mo_parser_extra(p, start));
    if (e) {
        e->slice.lower = lower;
        e->slice.upper = upper;
        e->slice.step = step;
    }
    return e;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [','] → Tuple
AstExpr *mo_parser_expr_slices(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_peek(p);
    AstExpr *first = kind(p) == TK_STAR ? starred_expression(p) : slice(p);
    if (!first)
        return NULL;
    if (kind(p) != TK_COMMA) {
        if (first->kind == EXPR_STARRED) {
            // A lone starred item is still a one-element tuple... only
            // when followed by ','; `x[*a]` is `x[(*a,)]` in 3.11.
            AstExpr **items = mo_parser_alloc(p, sizeof(AstExpr *));
            if (!items)
                return NULL;
            items[0] = first;
            return new_seq_expr(p, EXPR_TUPLE, (AstExprSeq){1, items}, mo_parser_extra(p, start));
        }
        return first;
    }
    PtrList elts;
    mo_parser_list_init(&elts);
    if (!mo_parser_list_push(p, &elts, first))
        return NULL;
    while (kind(p) == TK_COMMA) {
        int m = p->mark;
        p->mark++;
        AstExpr *x = kind(p) == TK_STAR ? starred_expression(p) : slice(p);
        if (!x) {
            if (p->error)
                return NULL;
            p->mark = m + 1;
            break;
        }
        if (!mo_parser_list_push(p, &elts, x))
            return NULL;
    }
    (void)mark;
    return new_seq_expr(p, EXPR_TUPLE, SEQ(AstExprSeq, elts), mo_parser_extra(p, start));
}

// The trailer of a call: '(' [arguments] ')' or a generator argument. The
// first argument is parsed once and shared by both readings.
static AstExpr *call_trailer(Parser *p, AstExpr *func, Token *start) {
    int mark = p->mark;
    Token *lpar = mo_parser_expect(p, TK_LPAR);
    AstExpr *first = NULL;
    int first_mark = p->mark;
    // primary genexp: a sole generator expression argument.
    if (kind(p) != TK_RPAR && kind(p) != TK_STAR && kind(p) != TK_DOUBLESTAR &&
        !(kind(p) == TK_NAME && kind_at(p, p->mark + 1) == TK_EQUAL)) {
        first = positional_arg(p);
        if (first && at_for(p)) {
            AstComprehensionSeq gens;
            int m = p->mark;
            if (mo_parser_expr_for_if_clauses(p, &gens) && mo_parser_expect(p, TK_RPAR)) {
                AstExpr *gen = comprehension_node(p, EXPR_GENERATOR_EXP, lpar, first, gens);
                if (!gen)
                    return NULL;
                AstExpr *e = mo_parser_new_expr(p, EXPR_CALL, mo_parser_extra(p, start));
                if (!e)
                    return NULL;
                AstExpr **items = mo_parser_alloc(p, sizeof(AstExpr *));
                if (!items)
                    return NULL;
                items[0] = gen;
                e->call.func = func;
                e->call.args = (AstExprSeq){1, items};
                return e;
            }
            if (!p->error)
                p->mark = m;
        }
        if (p->error)
            return NULL;
        if (!first)
            p->mark = first_mark;
    }
    AstExprSeq call_args = {0, NULL};
    AstKeywordSeq keywords = {0, NULL};
    if (kind(p) != TK_RPAR || first) {
        if (!arguments_from(p, &call_args, &keywords, first, first_mark))
            goto fail;
    }
    if (!mo_parser_expect(p, TK_RPAR))
        goto fail;
    AstExpr *e = mo_parser_new_expr(p, EXPR_CALL, mo_parser_extra(p, start));
    if (e) {
        e->call.func = func;
        e->call.args = call_args;
        e->call.keywords = keywords;
    }
    return e;
fail:
    if (!p->error)
        p->mark = mark;
    return NULL;
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//        | primary '[' slices ']' | atom
AstExpr *mo_parser_expr_primary(Parser *p) {
    if (!mo_parser_enter(p))
        return NULL;
    int mark = p->mark;
    void *memo;
    if (p->error_pass && mo_parser_memo_get(p, MEMO_PRIMARY, mark, &memo)) {
        mo_parser_leave(p);
        return memo;
    }
    Token *start = mo_parser_peek(p);
    AstExpr *e = mo_parser_expr_atom(p);
    while (e) {
        TokenKind k = kind(p);
        if (k == TK_DOT) {
            Token *name = mo_parser_peek_at(p, p->mark + 1);
            if (name->kind != TK_NAME)
                break;
            p->mark += 2;
            const char *attr = mo_parser_identifier(p, name);
            if (!attr) {
                e = NULL;
                break;
            }
            AstExpr *a = mo_parser_new_expr(p, EXPR_ATTRIBUTE, mo_parser_extra(p, start));
            if (!a) {
                e = NULL;
                break;
            }
            a->attribute.value = e;
            a->attribute.attr = attr;
            a->attribute.ctx = AST_LOAD;
            e = a;
        } else if (k == TK_LPAR) {
            AstExpr *c = call_trailer(p, e, start);
            if (!c) {
                if (p->error)
                    e = NULL;
                break;
            }
            e = c;
        } else if (k == TK_LSQB) {
            int m = p->mark;
            p->mark++;
            AstExpr *index = mo_parser_expr_slices(p);
            if (!index || !mo_parser_expect(p, TK_RSQB)) {
                if (p->error) {
                    e = NULL;
                    break;
                }
                p->mark = m;
                break;
            }
            AstExpr *s = mo_parser_new_expr(p, EXPR_SUBSCRIPT, mo_parser_extra(p, start));
            if (!s) {
                e = NULL;
                break;
            }
            s->subscript.value = e;
            s->subscript.slice = index;
            s->subscript.ctx = AST_LOAD;
            e = s;
        } else {
            break;
        }
    }
    if (!e && !p->error)
        p->mark = mark;
    if (p->error_pass)
        mo_parser_memo_put(p, MEMO_PRIMARY, mark, e);
    mo_parser_leave(p);
    return e;
}

// await_primary: AWAIT primary | primary
static AstExpr *await_primary(Parser *p) {
    Token *start = mo_parser_peek(p);
    if (start->kind != TK_KW_AWAIT)
        return mo_parser_expr_primary(p);
    int mark = p->mark;
    p->mark++;
    AstExpr *value = mo_parser_expr_primary(p);
    if (!value) {
        if (!p->error)
            p->mark = mark;
        return NULL;
    }
    AstExpr *e = mo_parser_new_expr(p, EXPR_AWAIT, mo_parser_extra(p, start));
    if (e) {
        e->await.value = value;
        Parser *root = p;
        while (root->parent)
            root = root->parent;
        if (!root->unsupported_msg && !p->call_invalid_rules) {
            root->unsupported_msg = "'await' expressions are not supported yet";
            root->unsupported_loc = e->loc;
        }
    }
    return e;
}

// power: await_primary '**' factor | await_primary
static AstExpr *power(Parser *p) {
    if (!mo_parser_enter(p))
        return NULL;
    Token *start = mo_parser_peek(p);
    AstExpr *left = await_primary(p);
    if (left && kind(p) == TK_DOUBLESTAR) {
        int m = p->mark;
        p->mark++;
        AstExpr *right = factor(p);
        if (right) {
            AstExpr *e = mo_parser_new_expr(p, EXPR_BIN_OP, mo_parser_extra(p, start));
            if (e) {
                e->bin_op.left = left;
                e->bin_op.op = AST_POW;
                e->bin_op.right = right;
            }
            left = e;
        } else if (p->error) {
            left = NULL;
        } else {
            p->mark = m;
        }
    }
    mo_parser_leave(p);
    return left;
}

// factor: '+' factor | '-' factor | '~' factor | power
static AstExpr *factor(Parser *p) {
    if (!mo_parser_enter(p))
        return NULL;
    Token *start = mo_parser_peek(p);
    AstUnaryOp op = start->kind == TK_PLUS ? AST_UADD
                  : start->kind == TK_MINUS ? AST_USUB
                  : start->kind == TK_TILDE ? AST_INVERT : 0;
    AstExpr *e;
    if (op) {
        int mark = p->mark;
        p->mark++;
        AstExpr *operand = factor(p);
        if (operand) {
            e = mo_parser_new_expr(p, EXPR_UNARY_OP, mo_parser_extra(p, start));
            if (e) {
                e->unary_op.op = op;
                e->unary_op.operand = operand;
            }
        } else {
            e = NULL;
            if (!p->error)
                p->mark = mark;
        }
    } else {
        e = power(p);
    }
    mo_parser_leave(p);
    return e;
}

// One level of left-associative binary operators.
typedef AstExpr *(*Operand)(Parser *);

static AstOperator binop_for(TokenKind k, int level) {
    switch (level) {
    case 0: return k == TK_VBAR ? AST_BIT_OR : 0;
    case 1: return k == TK_CIRCUMFLEX ? AST_BIT_XOR : 0;
    case 2: return k == TK_AMPER ? AST_BIT_AND : 0;
    case 3: return k == TK_LEFTSHIFT ? AST_LSHIFT : k == TK_RIGHTSHIFT ? AST_RSHIFT : 0;
    case 4: return k == TK_PLUS ? AST_ADD : k == TK_MINUS ? AST_SUB : 0;
    case 5:
        switch (k) {
        case TK_STAR: return AST_MULT;
        case TK_SLASH: return AST_DIV;
        case TK_DOUBLESLASH: return AST_FLOOR_DIV;
        case TK_PERCENT: return AST_MOD;
        case TK_AT: return AST_MAT_MULT;
        default: return 0;
        }
    }
    return 0;
}

// bitwise_or (0) .. term (5); level 6 is factor.
static AstExpr *binary(Parser *p, int level) {
    if (level == 6)
        return factor(p);
    if (!mo_parser_enter(p))
        return NULL;
    Token *start = mo_parser_peek(p);
    AstExpr *left = binary(p, level + 1);
    while (left) {
        AstOperator op = binop_for(kind(p), level);
        if (!op)
            break;
        int m = p->mark;
        p->mark++;
        AstExpr *right = binary(p, level + 1);
        if (!right) {
            if (p->error)
                left = NULL;
            else
                p->mark = m;
            break;
        }
        AstExpr *e = mo_parser_new_expr(p, EXPR_BIN_OP, mo_parser_extra(p, start));
        if (!e) {
            left = NULL;
            break;
        }
        e->bin_op.left = left;
        e->bin_op.op = op;
        e->bin_op.right = right;
        left = e;
    }
    mo_parser_leave(p);
    return left;
}

AstExpr *mo_parser_expr_bitwise_or(Parser *p) {
    int mark = p->mark;
    void *memo;
    if (p->error_pass && mo_parser_memo_get(p, MEMO_BITWISE_OR, mark, &memo))
        return memo;
    AstExpr *e = binary(p, 0);
    if (p->error_pass)
        mo_parser_memo_put(p, MEMO_BITWISE_OR, mark, e);
    return e;
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
static AstExpr *comparison(Parser *p) {
    if (!mo_parser_enter(p))
        return NULL;
    Token *start = mo_parser_peek(p);
    AstExpr *left = mo_parser_expr_bitwise_or(p);
    if (!left)
        goto out;
    PtrList ops, comparators;
    mo_parser_list_init(&ops);
    mo_parser_list_init(&comparators);
    for (;;) {
        int m = p->mark;
        AstCmpOp op = 0;
        switch (kind(p)) {
        case TK_EQEQUAL: op = AST_EQ; break;
        case TK_NOTEQUAL: op = AST_NOT_EQ; break;
        case TK_LESSEQUAL: op = AST_LT_E; break;
        case TK_LESS: op = AST_LT; break;
        case TK_GREATEREQUAL: op = AST_GT_E; break;
        case TK_GREATER: op = AST_GT; break;
        case TK_KW_IN: op = AST_IN; break;
        case TK_KW_NOT:
            if (kind_at(p, m + 1) == TK_KW_IN) {
                op = AST_NOT_IN;
                p->mark++;
            }
            break;
        case TK_KW_IS:
            if (kind_at(p, m + 1) == TK_KW_NOT) {
                op = AST_IS_NOT;
                p->mark++;
            } else {
                op = AST_IS;
            }
            break;
        default:
            break;
        }
        if (!op)
            break;
        p->mark++;
        AstExpr *right = mo_parser_expr_bitwise_or(p);
        if (!right) {
            if (p->error) {
                left = NULL;
                goto out;
            }
            p->mark = m;
            break;
        }
        if (!mo_parser_list_push(p, &ops, (void *)(intptr_t)op) ||
            !mo_parser_list_push(p, &comparators, right)) {
            left = NULL;
            goto out;
        }
    }
    if (ops.count) {
        AstExpr *e = mo_parser_new_expr(p, EXPR_COMPARE, mo_parser_extra(p, start));
        AstCmpOp *opv = mo_parser_alloc(p, (size_t)ops.count * sizeof(AstCmpOp));
        if (!e || !opv) {
            left = NULL;
            goto out;
        }
        for (int i = 0; i < ops.count; i++)
            opv[i] = (AstCmpOp)(intptr_t)ops.items[i];
        e->compare.left = left;
        e->compare.ops = (AstCmpOpSeq){ops.count, opv};
        e->compare.comparators = SEQ(AstExprSeq, comparators);
        left = e;
    }
out:
    mo_parser_leave(p);
    return left;
}

// inversion: 'not' inversion | comparison
static AstExpr *inversion(Parser *p) {
    if (!mo_parser_enter(p))
        return NULL;
    Token *start = mo_parser_peek(p);
    AstExpr *e;
    if (start->kind == TK_KW_NOT) {
        int mark = p->mark;
        p->mark++;
        AstExpr *operand = inversion(p);
        if (operand) {
            e = mo_parser_new_expr(p, EXPR_UNARY_OP, mo_parser_extra(p, start));
            if (e) {
                e->unary_op.op = AST_NOT;
                e->unary_op.operand = operand;
            }
        } else {
            e = NULL;
            if (!p->error)
                p->mark = mark;
        }
    } else {
        e = comparison(p);
    }
    mo_parser_leave(p);
    return e;
}

// conjunction / disjunction: x ('and' x)+ | x
static AstExpr *bool_op(Parser *p, bool is_or) {
    if (!mo_parser_enter(p))
        return NULL;
    Token *start = mo_parser_peek(p);
    TokenKind kw = is_or ? TK_KW_OR : TK_KW_AND;
    AstExpr *first = is_or ? bool_op(p, false) : inversion(p);
    if (!first || kind(p) != kw) {
        mo_parser_leave(p);
        return first;
    }
    PtrList values;
    mo_parser_list_init(&values);
    if (!mo_parser_list_push(p, &values, first))
        goto fail;
    while (kind(p) == kw) {
        int m = p->mark;
        p->mark++;
        AstExpr *x = is_or ? bool_op(p, false) : inversion(p);
        if (!x) {
            if (p->error)
                goto fail;
            p->mark = m;
            break;
        }
        if (!mo_parser_list_push(p, &values, x))
            goto fail;
    }
    if (values.count == 1) {
        mo_parser_leave(p);
        return first;
    }
    AstExpr *e = mo_parser_new_expr(p, EXPR_BOOL_OP, mo_parser_extra(p, start));
    if (e) {
        e->bool_op.op = is_or ? AST_OR : AST_AND;
        e->bool_op.values = SEQ(AstExprSeq, values);
    }
    mo_parser_leave(p);
    return e;
fail:
    mo_parser_leave(p);
    return NULL;
}

AstExpr *mo_parser_expr_disjunction(Parser *p) {
    int mark = p->mark;
    void *memo;
    if (p->error_pass && mo_parser_memo_get(p, MEMO_DISJUNCTION, mark, &memo))
        return memo;
    AstExpr *e = bool_op(p, true);
    if (p->error_pass)
        mo_parser_memo_put(p, MEMO_DISJUNCTION, mark, e);
    return e;
}

// ----------------------------------------------------------- expression

static bool is_soft_keyword(Parser *p, int i) {
    return mo_parser_is_name(p, i, "match") || mo_parser_is_name(p, i, "case") ||
           mo_parser_is_name(p, i, "_");
}

static bool is_legacy_name(AstExpr *e) {
    return e->kind == EXPR_NAME &&
           (strcmp(e->name.id, "print") == 0 || strcmp(e->name.id, "exec") == 0);
}

// expression without the error pass's checks (the grammar's
// expression_without_invalid).
AstExpr *mo_parser_expr_expression_without_invalid(Parser *p) {
    bool saved = p->call_invalid_rules;
    p->call_invalid_rules = false;
    int mark = p->mark;
    void *memo;
    AstExpr *e;
    if (p->error_pass && mo_parser_memo_get(p, MEMO_EXPRESSION_NOINVALID, mark, &memo)) {
        e = memo;
    } else {
        e = expression(p);
        if (p->error_pass)
            mo_parser_memo_put(p, MEMO_EXPRESSION_NOINVALID, mark, e);
    }
    p->call_invalid_rules = saved;
    return e;
}

// invalid_expression and invalid_legacy_expression; raise or leave the
// position alone.
static void invalid_expression(Parser *p) {
    int mark = p->mark;
    // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
    bool name_string = kind(p) == TK_NAME && kind_at(p, mark + 1) == TK_STRING;
    if (!name_string && !is_soft_keyword(p, mark)) {
        AstExpr *a = mo_parser_expr_disjunction(p);
        if (a) {
            AstExpr *b = mo_parser_expr_expression_without_invalid(p);
            if (b && !is_legacy_name(a) && p->tokens[p->mark - 1]->level != 0) {
                mo_parser_raise_range(p, a->loc, b->loc,
                                      "invalid syntax. Perhaps you forgot a comma?");
                return;
            }
        }
        if (p->error)
            return;
        p->mark = mark;
    }
    // a=disjunction 'if' b=disjunction !('else'|':')
    AstExpr *a = mo_parser_expr_disjunction(p);
    if (a && mo_parser_expect(p, TK_KW_IF)) {
        AstExpr *b = mo_parser_expr_disjunction(p);
        if (b && kind(p) != TK_KW_ELSE && kind(p) != TK_COLON) {
            mo_parser_raise_range(p, a->loc, b->loc, "expected 'else' after 'if' expression");
            return;
        }
    }
    if (p->error)
        return;
    p->mark = mark;
    // invalid_legacy_expression: a=NAME !'(' b=star_expressions
    Token *t = mo_parser_peek(p);
    if (t->kind == TK_NAME && kind_at(p, mark + 1) != TK_LPAR) {
        p->mark++;
        AstExpr *b = mo_parser_expr_star_expressions(p);
        size_t n = (size_t)(t->end - t->start);
        if (b && ((n == 5 && memcmp(t->start, "print", 5) == 0) ||
                  (n == 4 && memcmp(t->start, "exec", 4) == 0))) {
            mo_parser_raise_range(p, mo_parser_token_loc(t), b->loc,
                                  "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                                  (int)n, t->start, (int)n, t->start);
            return;
        }
    }
    if (!p->error)
        p->mark = mark;
}

// expression: invalid_expression | invalid_legacy_expression
//   | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
static AstExpr *expression(Parser *p) {
    if (!mo_parser_enter(p))
        return NULL;
    int mark = p->mark;
    void *memo;
    if (p->error_pass && mo_parser_memo_get(p, MEMO_EXPRESSION, mark, &memo)) {
        mo_parser_leave(p);
        return memo;
    }
    AstExpr *e = NULL;
    if (p->call_invalid_rules) {
        invalid_expression(p);
        if (p->error)
            goto out;
    }
    Token *start = mo_parser_peek(p);
    if (start->kind == TK_KW_LAMBDA) {
        e = lambdef(p);
        goto out;
    }
    e = mo_parser_expr_disjunction(p);
    if (e && kind(p) == TK_KW_IF) {
        int m = p->mark;
        p->mark++;
        AstExpr *test = mo_parser_expr_disjunction(p);
        if (test && mo_parser_expect(p, TK_KW_ELSE)) {
            AstExpr *orelse = expression(p);
            if (orelse) {
                AstExpr *x = mo_parser_new_expr(p, EXPR_IF_EXP, mo_parser_extra(p, start));
                if (x) {
                    x->if_exp.test = test;
                    x->if_exp.body = e;
                    x->if_exp.orelse = orelse;
                }
                e = x;
                goto out;
            }
        }
        if (p->error)
            e = NULL;
        else
            p->mark = m;
    }
out:
    if (!e && !p->error)
        p->mark = mark;
    if (p->error_pass)
        mo_parser_memo_put(p, MEMO_EXPRESSION, mark, e);
    mo_parser_leave(p);
    return e;
}

AstExpr *mo_parser_expr_expression(Parser *p) { return expression(p); }

// expressions: expression (',' expression)+ [','] | expression ',' | expression
AstExpr *mo_parser_expr_expressions(Parser *p) {
    Token *start = mo_parser_peek(p);
    AstExpr *first = expression(p);
    if (!first || kind(p) != TK_COMMA)
        return first;
    PtrList elts;
    mo_parser_list_init(&elts);
    if (!mo_parser_list_push(p, &elts, first))
        return NULL;
    while (kind(p) == TK_COMMA) {
        p->mark++;
        int m = p->mark;
        AstExpr *x = expression(p);
        if (!x) {
            if (p->error)
                return NULL;
            p->mark = m;
            break;
        }
        if (!mo_parser_list_push(p, &elts, x))
            return NULL;
    }
    return new_seq_expr(p, EXPR_TUPLE, SEQ(AstExprSeq, elts), mo_parser_extra(p, start));
}

// star_expression: '*' bitwise_or | expression
AstExpr *mo_parser_expr_star_expression(Parser *p) {
    Token *start = mo_parser_peek(p);
    if (start->kind != TK_STAR)
        return expression(p);
    int mark = p->mark;
    p->mark++;
    AstExpr *value = mo_parser_expr_bitwise_or(p);
    if (!value) {
        if (!p->error)
            p->mark = mark;
        return NULL;
    }
    AstExpr *e = mo_parser_new_expr(p, EXPR_STARRED, mo_parser_extra(p, start));
    if (e) {
        e->starred.value = value;
        e->starred.ctx = AST_LOAD;
    }
    return e;
}

// star_expressions: star_expression (',' star_expression)+ [','] → Tuple
//                 | star_expression ',' → Tuple | star_expression
AstExpr *mo_parser_expr_star_expressions(Parser *p) {
    int mark = p->mark;
    void *memo;
    if (p->error_pass && mo_parser_memo_get(p, MEMO_STAR_EXPRESSIONS, mark, &memo))
        return memo;
    Token *start = mo_parser_peek(p);
    AstExpr *first = mo_parser_expr_star_expression(p);
    AstExpr *result = first;
    if (first && kind(p) == TK_COMMA) {
        PtrList elts;
        mo_parser_list_init(&elts);
        if (!mo_parser_list_push(p, &elts, first))
            return NULL;
        while (kind(p) == TK_COMMA) {
            p->mark++;
            int m = p->mark;
            AstExpr *x = mo_parser_expr_star_expression(p);
            if (!x) {
                if (p->error)
                    return NULL;
                p->mark = m;
                break;
            }
            if (!mo_parser_list_push(p, &elts, x))
                return NULL;
        }
        result = new_seq_expr(p, EXPR_TUPLE, SEQ(AstExprSeq, elts), mo_parser_extra(p, start));
    }
    if (p->error_pass)
        mo_parser_memo_put(p, MEMO_STAR_EXPRESSIONS, mark, result);
    return result;
}

// invalid_named_expression (memoized in the error pass).
static void invalid_named_expression(Parser *p) {
    int mark = p->mark;
    void *memo;
    if (p->error_pass && mo_parser_memo_get(p, MEMO_INVALID_NAMED, mark, &memo)) {
        p->mark = mark;
        return;
    }
    // a=expression ':=' expression
    AstExpr *a = expression(p);
    if (a && mo_parser_expect(p, TK_COLONEQUAL) && expression(p)) {
        mo_parser_raise_loc(p, a->loc, "cannot use assignment expressions with %s",
                            mo_parser_expr_name_of(a));
        return;
    }
    if (p->error)
        return;
    p->mark = mark;
    // a=NAME '=' b=bitwise_or !('='|':=')
    Token *name = mo_parser_peek(p);
    if (name->kind == TK_NAME && kind_at(p, mark + 1) == TK_EQUAL) {
        p->mark += 2;
        AstExpr *b = mo_parser_expr_bitwise_or(p);
        if (b && kind(p) != TK_EQUAL && kind(p) != TK_COLONEQUAL) {
            mo_parser_raise_range(p, mo_parser_token_loc(name), b->loc,
                                  "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return;
        }
        if (p->error)
            return;
        p->mark = mark;
    }
    // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
    TokenKind k = kind(p);
    bool excluded = k == TK_KW_TRUE || k == TK_KW_NONE || k == TK_KW_FALSE;
    if (!excluded && k == TK_LSQB)
        excluded = mo_parser_expr_list(p) != NULL;
    if (!excluded && !p->error && k == TK_LPAR) {
        excluded = mo_parser_expr_tuple(p) != NULL;
        if (!excluded && !p->error) {
            p->mark = mark;
            excluded = mo_parser_expr_genexp(p) != NULL;
        }
    }
    if (p->error)
        return;
    p->mark = mark;
    if (!excluded) {
        a = mo_parser_expr_bitwise_or(p);
        if (a && mo_parser_expect(p, TK_EQUAL) && mo_parser_expr_bitwise_or(p) &&
            kind(p) != TK_EQUAL && kind(p) != TK_COLONEQUAL) {
            mo_parser_raise_loc(p, a->loc,
                                "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                mo_parser_expr_name_of(a));
            return;
        }
    }
    if (p->error)
        return;
    p->mark = mark;
    if (p->error_pass)
        mo_parser_memo_put(p, MEMO_INVALID_NAMED, mark, NULL);
}

// named_expression: assignment_expression | invalid_named_expression
//                 | expression !':='
AstExpr *mo_parser_expr_named_expression(Parser *p) {
    if (!mo_parser_enter(p))
        return NULL;
    int mark = p->mark;
    AstExpr *e = NULL;
    Token *start = mo_parser_peek(p);
    if (start->kind == TK_NAME && kind_at(p, mark + 1) == TK_COLONEQUAL) {
        // assignment_expression: NAME ':=' ~ expression
        p->mark += 2;
        AstExpr *value = expression(p);
        if (value) {
            AstExpr *target = new_name(p, start, AST_STORE);
            e = target ? mo_parser_new_expr(p, EXPR_NAMED_EXPR, mo_parser_extra(p, start)) : NULL;
            if (e) {
                e->named_expr.target = target;
                e->named_expr.value = value;
            }
        }
        goto out;
    }
    if (p->call_invalid_rules) {
        invalid_named_expression(p);
        if (p->error)
            goto out;
    }
    e = expression(p);
    if (e && kind(p) == TK_COLONEQUAL)
        e = NULL;
out:
    if (!e && !p->error)
        p->mark = mark;
    mo_parser_leave(p);
    return e;
}

// star_named_expression: '*' bitwise_or | named_expression
AstExpr *mo_parser_expr_star_named_expression(Parser *p) {
    Token *start = mo_parser_peek(p);
    if (start->kind != TK_STAR)
        return mo_parser_expr_named_expression(p);
    return mo_parser_expr_star_expression(p);
}

// star_named_expressions: ','.star_named_expression+ [',']
bool mo_parser_expr_star_named_expressions(Parser *p, AstExprSeq *out) {
    PtrList elts;
    mo_parser_list_init(&elts);
    AstExpr *first = mo_parser_expr_star_named_expression(p);
    if (!first)
        return false;
    if (!mo_parser_list_push(p, &elts, first))
        return false;
    while (kind(p) == TK_COMMA) {
        p->mark++;
        int m = p->mark;
        AstExpr *x = mo_parser_expr_star_named_expression(p);
        if (!x) {
            if (p->error)
                return false;
            p->mark = m;
            break;
        }
        if (!mo_parser_list_push(p, &elts, x))
            return false;
    }
    *out = SEQ(AstExprSeq, elts);
    return !p->error;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
AstExpr *mo_parser_expr_yield_expr(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_expect(p, TK_KW_YIELD);
    if (!start)
        return NULL;
    if (mo_parser_expect(p, TK_KW_FROM)) {
        AstExpr *value = expression(p);
        if (value) {
            AstExpr *e = mo_parser_new_expr(p, EXPR_YIELD_FROM, mo_parser_extra(p, start));
            if (e)
                e->yield_from.value = value;
            return e;
        }
        if (p->error)
            return NULL;
        p->mark = mark + 1;
    }
    int m = p->mark;
    AstExpr *value = mo_parser_expr_star_expressions(p);
    if (!value) {
        if (p->error)
            return NULL;
        p->mark = m;
    }
    AstExpr *e = mo_parser_new_expr(p, EXPR_YIELD, mo_parser_extra(p, start));
    if (e)
        e->yield.value = value;
    return e;
}

// The grammar's own `list`, `tuple` and `genexp` rules (used where they
// are tried on their own, e.g. in lookaheads): unlike atom_paren and
// atom_bracket they run only their own alternatives.

// list: '[' [star_named_expressions] ']'
AstExpr *mo_parser_expr_list(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_expect(p, TK_LSQB);
    if (!start)
        return NULL;
    AstExprSeq elts = {0, NULL};
    int m = p->mark;
    if (!mo_parser_expr_star_named_expressions(p, &elts)) {
        if (p->error)
            return NULL;
        p->mark = m;
    }
    if (!mo_parser_expect(p, TK_RSQB)) {
        p->mark = mark;
        return NULL;
    }
    return new_seq_expr(p, EXPR_LIST, elts, mo_parser_extra(p, start));
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
AstExpr *mo_parser_expr_tuple(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_expect(p, TK_LPAR);
    if (!start)
        return NULL;
    PtrList elts;
    mo_parser_list_init(&elts);
    if (kind(p) != TK_RPAR) {
        AstExpr *first = mo_parser_expr_star_named_expression(p);
        if (!first || !mo_parser_expect(p, TK_COMMA))
            goto fail;
        if (!mo_parser_list_push(p, &elts, first))
            return NULL;
        int m = p->mark;
        AstExprSeq rest;
        if (mo_parser_expr_star_named_expressions(p, &rest)) {
            for (int i = 0; i < rest.count; i++)
                if (!mo_parser_list_push(p, &elts, rest.items[i]))
                    return NULL;
        } else {
            if (p->error)
                return NULL;
            p->mark = m;
        }
    }
    if (!mo_parser_expect(p, TK_RPAR))
        goto fail;
    return new_seq_expr(p, EXPR_TUPLE, SEQ(AstExprSeq, elts), mo_parser_extra(p, start));
fail:
    if (!p->error)
        p->mark = mark;
    return NULL;
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
//       | invalid_comprehension
AstExpr *mo_parser_expr_genexp(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_expect(p, TK_LPAR);
    if (!start)
        return NULL;
    AstExpr *elt;
    if (kind(p) == TK_NAME && kind_at(p, p->mark + 1) == TK_COLONEQUAL) {
        elt = mo_parser_expr_named_expression(p);
    } else {
        elt = expression(p);
        if (elt && kind(p) == TK_COLONEQUAL)
            elt = NULL;
    }
    AstComprehensionSeq gens;
    if (elt && mo_parser_expr_for_if_clauses(p, &gens) && mo_parser_expect(p, TK_RPAR))
        return comprehension_node(p, EXPR_GENERATOR_EXP, start, elt, gens);
    if (p->error)
        return NULL;
    if (p->call_invalid_rules) {
        invalid_comprehension(p, mark);
        if (p->error)
            return NULL;
    }
    p->mark = mark;
    return NULL;
}

// ---------------------------------------------------------------- lambda

AstArguments *mo_parser_expr_empty_arguments(Parser *p) {
    return mo_parser_alloc(p, sizeof(AstArguments));
}

// param: NAME annotation? (lambda_param: NAME)
static AstArg *param(Parser *p, bool lambda, bool star_annotation) {
    int mark = p->mark;
    Token *name_tok;
    const char *name = mo_parser_name(p, &name_tok);
    if (!name)
        return NULL;
    AstExpr *annotation = NULL;
    if (!lambda && mo_parser_expect(p, TK_COLON)) {
        annotation = star_annotation ? mo_parser_expr_star_expression(p) : expression(p);
        if (!annotation) {
            if (!p->error)
                p->mark = mark;
            return NULL;
        }
    }
    AstArg *a = mo_parser_alloc(p, sizeof(AstArg));
    if (a) {
        a->arg = name;
        a->annotation = annotation;
        a->loc = mo_parser_extra(p, name_tok);
    }
    return a;
}

// Is the next token the end of one parameter: ',' or the closer ')' / ':'?
static bool param_end(Parser *p, bool lambda) {
    TokenKind k = kind(p);
    return k == TK_COMMA || k == (lambda ? TK_COLON : TK_RPAR);
}

static bool at_close(Parser *p, bool lambda) { return kind(p) == (lambda ? TK_COLON : TK_RPAR); }

// default: '=' expression | invalid_default
static AstExpr *default_value(Parser *p) {
    int mark = p->mark;
    Token *eq = mo_parser_expect(p, TK_EQUAL);
    if (!eq)
        return NULL;
    AstExpr *e = expression(p);
    if (e)
        return e;
    if (p->error)
        return NULL;
    if (p->call_invalid_rules && (kind(p) == TK_RPAR || kind(p) == TK_COMMA)) {
        mo_parser_raise_loc(p, mo_parser_token_loc(eq), "expected default value expression");
        return NULL;
    }
    p->mark = mark;
    return NULL;
}

// param followed by ',' (consumed) or by the closer (not consumed).
typedef struct ParamItem {
    AstArg *arg;
    AstExpr *dflt;
} ParamItem;

static bool param_item(Parser *p, bool lambda, ParamItem *out, bool allow_default,
                       bool require_default) {
    int mark = p->mark;
    out->arg = param(p, lambda, false);
    out->dflt = NULL;
    if (!out->arg)
        return false;
    if (allow_default && kind(p) == TK_EQUAL) {
        out->dflt = default_value(p);
        if (!out->dflt)
            goto fail;
    }
    if (require_default && !out->dflt)
        goto fail;
    if (!param_end(p, lambda))
        goto fail;
    mo_parser_expect(p, TK_COMMA);
    return true;
fail:
    if (!p->error)
        p->mark = mark;
    return false;
}

static int count_params(Parser *p, bool lambda, int kind_wanted) {
    // 0: no default; 1: with default; 2: maybe default. Consumes them.
    int n = 0;
    ParamItem it;
    for (;;) {
        if (kind(p) != TK_NAME)
            break;
        if (!param_item(p, lambda, &it, kind_wanted != 0, kind_wanted == 1))
            break;
        n++;
    }
    return n;
}

// slash_no_default | slash_with_default (for the error pass).
static bool slash_any(Parser *p, bool lambda) {
    int mark = p->mark;
    int a = count_params(p, lambda, 0);
    if (p->error)
        return false;
    int b = count_params(p, lambda, 1);
    if (p->error)
        return false;
    if ((a + b) > 0 && mo_parser_expect(p, TK_SLASH)) {
        if (mo_parser_expect(p, TK_COMMA) || at_close(p, lambda))
            return true;
    }
    p->mark = mark;
    return false;
}

// invalid_parameters, invalid_lambda_parameters (error pass; raise or not).
static void invalid_parameters(Parser *p, bool lambda) {
    int mark = p->mark;
    // param_no_default* invalid_parameters_helper a=param_no_default
    count_params(p, lambda, 0);
    int m = p->mark;
    int with = 0;
    if (slash_any(p, lambda)) {
        // slash_with_default needs a default before the '/'.
        int save = p->mark;
        p->mark = m;
        count_params(p, lambda, 0);
        with = count_params(p, lambda, 1);
        p->mark = save;
    } else {
        with = count_params(p, lambda, 1);
    }
    if (p->error)
        return;
    if (with > 0) {
        ParamItem it;
        int m2 = p->mark;
        if (kind(p) == TK_NAME && param_item(p, lambda, &it, false, false)) {
            mo_parser_raise_loc(p, it.arg->loc, "non-default argument follows default argument");
            return;
        }
        if (p->error)
            return;
        p->mark = m2;
    }
    // param_no_default* a='(' param_no_default+ ','? b=')'
    p->mark = mark;
    count_params(p, lambda, 0);
    Token *lpar = mo_parser_expect(p, TK_LPAR);
    if (lpar) {
        int n = 0;
        for (;;) {
            if (kind(p) != TK_NAME)
                break;
            Token *name = mo_parser_peek(p);
            (void)name;
            p->mark++;
            n++;
            if (!mo_parser_expect(p, TK_COMMA))
                break;
        }
        Token *rpar = n ? mo_parser_expect(p, TK_RPAR) : NULL;
        if (rpar) {
            mo_parser_raise_range(p, mo_parser_token_loc(lpar), mo_parser_token_loc(rpar),
                                  lambda ? "Lambda expression parameters cannot be parenthesized"
                                         : "Function parameters cannot be parenthesized");
            return;
        }
    }
    if (p->error)
        return;
    // a="/" ','
    p->mark = mark;
    Token *slash = mo_parser_expect(p, TK_SLASH);
    if (slash && kind(p) == TK_COMMA) {
        mo_parser_raise_loc(p, mo_parser_token_loc(slash), "at least one argument must precede /");
        return;
    }
    // (slash_no_default | slash_with_default) param_maybe_default* a='/'
    p->mark = mark;
    if (slash_any(p, lambda)) {
        count_params(p, lambda, 2);
        slash = mo_parser_expect(p, TK_SLASH);
        if (slash) {
            mo_parser_raise_loc(p, mo_parser_token_loc(slash), "/ may appear only once");
            return;
        }
    }
    if (p->error)
        return;
    // (slash_no_default | slash_with_default)? param_maybe_default* '*'
    //   (',' | param_no_default) param_maybe_default* a='/'
    p->mark = mark;
    slash_any(p, lambda);
    count_params(p, lambda, 2);
    if (mo_parser_expect(p, TK_STAR)) {
        ParamItem it;
        if (mo_parser_expect(p, TK_COMMA) ||
            (kind(p) == TK_NAME && param_item(p, lambda, &it, false, false))) {
            count_params(p, lambda, 2);
            slash = mo_parser_expect(p, TK_SLASH);
            if (slash) {
                mo_parser_raise_loc(p, mo_parser_token_loc(slash), "/ must be ahead of *");
                return;
            }
        }
    }
    if (p->error)
        return;
    // param_maybe_default+ '/' a='*'
    p->mark = mark;
    if (count_params(p, lambda, 2) > 0 && mo_parser_expect(p, TK_SLASH)) {
        Token *star = mo_parser_expect(p, TK_STAR);
        if (star) {
            mo_parser_raise_loc(p, mo_parser_token_loc(star), "expected comma between / and *");
            return;
        }
    }
    if (!p->error)
        p->mark = mark;
}

// invalid_star_etc / invalid_lambda_star_etc, at '*'.
static void invalid_star_etc(Parser *p, bool lambda) {
    int mark = p->mark;
    Token *star = mo_parser_expect(p, TK_STAR);
    TokenKind close = lambda ? TK_COLON : TK_RPAR;
    TokenKind k = kind(p);
    if (k == close ||
        (k == TK_COMMA && (kind_at(p, p->mark + 1) == close ||
                           kind_at(p, p->mark + 1) == TK_DOUBLESTAR))) {
        if (lambda)
            mo_parser_raise(p, "named arguments must follow bare *");
        else
            mo_parser_raise_loc(p, mo_parser_token_loc(star), "named arguments must follow bare *");
        return;
    }
    // '*' param a='='
    int m = p->mark;
    if (param(p, lambda, false)) {
        Token *eq = mo_parser_expect(p, TK_EQUAL);
        if (eq) {
            mo_parser_raise_loc(p, mo_parser_token_loc(eq),
                                "var-positional argument cannot have default value");
            return;
        }
    }
    if (p->error)
        return;
    // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
    p->mark = m;
    ParamItem it;
    if (mo_parser_expect(p, TK_COMMA) ||
        (kind(p) == TK_NAME && param_item(p, lambda, &it, false, false))) {
        count_params(p, lambda, 2);
        Token *a = mo_parser_expect(p, TK_STAR);
        if (a && (mo_parser_expect(p, TK_COMMA) ||
                  (kind(p) == TK_NAME && param_item(p, lambda, &it, false, false)))) {
            mo_parser_raise_loc(p, mo_parser_token_loc(a), "* argument may appear only once");
            return;
        }
    }
    if (!p->error)
        p->mark = mark;
}

// invalid_kwds / invalid_lambda_kwds, at '**'.
static void invalid_kwds(Parser *p, bool lambda) {
    int mark = p->mark;
    mo_parser_expect(p, TK_DOUBLESTAR);
    if (param(p, lambda, false)) {
        Token *t = mo_parser_peek(p);
        if (t->kind == TK_EQUAL) {
            mo_parser_raise_loc(p, mo_parser_token_loc(t),
                                "var-keyword argument cannot have default value");
            return;
        }
        if (t->kind == TK_COMMA) {
            p->mark++;
            Token *a = mo_parser_peek(p);
            AstArg *next = a->kind == TK_NAME ? param(p, lambda, false) : NULL;
            if (next) {
                mo_parser_raise_loc(p, next->loc, "arguments cannot follow var-keyword argument");
                return;
            }
            if (a->kind == TK_STAR || a->kind == TK_DOUBLESTAR || a->kind == TK_SLASH) {
                mo_parser_raise_loc(p, mo_parser_token_loc(a),
                                    "arguments cannot follow var-keyword argument");
                return;
            }
        }
    }
    if (!p->error)
        p->mark = mark;
}

static AstArgSeq arg_seq(Parser *p, PtrList *l) { return SEQ(AstArgSeq, *l); }

// params / lambda_params: the whole parameter list up to (not including)
// ')' or ':'. Fails (without consuming) on a list CPython rejects.
AstArguments *mo_parser_expr_params(Parser *p, bool lambda) {
    if (!mo_parser_enter(p))
        return NULL;
    int mark = p->mark;
    if (p->call_invalid_rules) {
        invalid_parameters(p, lambda);
        if (p->error)
            goto fail;
        p->mark = mark;
    }
    AstArguments *args = mo_parser_alloc(p, sizeof(AstArguments));
    if (!args)
        goto fail;
    PtrList pos, kwonly, defaults, kw_defaults;
    mo_parser_list_init(&pos);
    mo_parser_list_init(&kwonly);
    mo_parser_list_init(&defaults);
    mo_parser_list_init(&kw_defaults);
    int posonly = -1;
    // Positional parameters (and '/').
    while (kind(p) == TK_NAME || kind(p) == TK_SLASH) {
        if (kind(p) == TK_SLASH) {
            if (posonly >= 0 || pos.count == 0)
                goto fail;
            p->mark++;
            if (!param_end(p, lambda))
                goto fail;
            mo_parser_expect(p, TK_COMMA);
            posonly = pos.count;
            continue;
        }
        ParamItem it;
        if (!param_item(p, lambda, &it, true, false))
            goto fail;
        if (!it.dflt && defaults.count > 0)
            goto fail;  // non-default after default
        if (!mo_parser_list_push(p, &pos, it.arg) ||
            (it.dflt && !mo_parser_list_push(p, &defaults, it.dflt)))
            goto fail;
    }
    // star_etc: '*' param_no_default param_maybe_default* [kwds]
    //         | '*' ',' param_maybe_default+ [kwds] | kwds
    if (kind(p) == TK_STAR) {
        if (p->call_invalid_rules) {
            int m = p->mark;
            invalid_star_etc(p, lambda);
            if (p->error)
                goto fail;
            p->mark = m;
        }
        p->mark++;
        if (kind(p) == TK_COMMA) {
            p->mark++;
            if (kind(p) != TK_NAME)
                goto fail;  // a bare '*' needs keyword-only parameters
        } else {
            // param_no_default, or with a starred annotation (*args: *Ts).
            AstArg *vararg = param(p, lambda, true);
            if (!vararg || !param_end(p, lambda))
                goto fail;
            mo_parser_expect(p, TK_COMMA);
            args->vararg = vararg;
        }
        while (kind(p) == TK_NAME) {
            ParamItem it;
            if (!param_item(p, lambda, &it, true, false))
                goto fail;
            if (!mo_parser_list_push(p, &kwonly, it.arg) ||
                !mo_parser_list_push(p, &kw_defaults, it.dflt))
                goto fail;
        }
    }
    // kwds: '**' param_no_default
    if (kind(p) == TK_DOUBLESTAR) {
        if (p->call_invalid_rules) {
            int m = p->mark;
            invalid_kwds(p, lambda);
            if (p->error)
                goto fail;
            p->mark = m;
        }
        p->mark++;
        AstArg *kwarg = param(p, lambda, false);
        if (!kwarg || !param_end(p, lambda))
            goto fail;
        mo_parser_expect(p, TK_COMMA);
        args->kwarg = kwarg;
    }
    if (p->mark == mark || !at_close(p, lambda))
        goto fail;
    if (posonly < 0)
        posonly = 0;
    PtrList po;
    mo_parser_list_init(&po);
    for (int i = 0; i < posonly; i++)
        if (!mo_parser_list_push(p, &po, pos.items[i]))
            goto fail;
    PtrList rest;
    mo_parser_list_init(&rest);
    for (int i = posonly; i < pos.count; i++)
        if (!mo_parser_list_push(p, &rest, pos.items[i]))
            goto fail;
    args->posonlyargs = arg_seq(p, &po);
    args->args = arg_seq(p, &rest);
    args->kwonlyargs = arg_seq(p, &kwonly);
    args->defaults = SEQ(AstExprSeq, defaults);
    args->kw_defaults = SEQ(AstExprSeq, kw_defaults);
    if (kw_defaults.count && !args->kw_defaults.items) {
        // All None: the sequence still has one (NULL) entry per parameter.
        args->kw_defaults.items = mo_parser_alloc(p, (size_t)kw_defaults.count * sizeof(AstExpr *));
    }
    mo_parser_leave(p);
    return p->error ? NULL : args;
fail:
    if (!p->error)
        p->mark = mark;
    mo_parser_leave(p);
    return NULL;
}

// lambdef: 'lambda' [lambda_params] ':' expression
static AstExpr *lambdef(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_expect(p, TK_KW_LAMBDA);
    AstArguments *args = NULL;
    if (kind(p) != TK_COLON) {
        args = mo_parser_expr_params(p, true);
        if (!args)
            goto fail;
    } else {
        args = mo_parser_expr_empty_arguments(p);
        if (!args)
            return NULL;
    }
    if (!mo_parser_expect(p, TK_COLON))
        goto fail;
    AstExpr *body = expression(p);
    if (!body)
        goto fail;
    AstExpr *e = mo_parser_new_expr(p, EXPR_LAMBDA, mo_parser_extra(p, start));
    if (e) {
        e->lambda.args = args;
        e->lambda.body = body;
    }
    return e;
fail:
    if (!p->error)
        p->mark = mark;
    return NULL;
}
