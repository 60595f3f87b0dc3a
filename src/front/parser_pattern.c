// src/front/parser_pattern.c — the patterns of `case` clauses.
//
// A transcription of CPython 3.11's pattern rules (Grammar/python.gram,
// "Pattern matching"): `patterns` down to literal, capture, wildcard,
// value, group, sequence, mapping and class patterns. The `match` and
// `case` statements themselves are in parser_stmt.c.
//
// Patterns reuse the expression rules only for what they contain that is an
// expression: literals (numbers, strings, None/True/False), dotted names,
// and the keys of mapping patterns. The grammar's invalid_* alternatives
// for patterns are not transcribed: a malformed pattern is "invalid syntax".
//
// Read next: src/front/compile.c (compile_match), src/vm/match.c.
#include "front/parser_internal.h"

#include <string.h>

#define SEQ(type, list) ((type){(list).count, (void *)mo_parser_list_finish(p, &(list))})

static AstPattern *pattern(Parser *p);
static AstPattern *closed_pattern(Parser *p);

static bool is_kind(Parser *p, TokenKind kind) { return mo_parser_peek_kind(p) == kind; }
static bool is_kind_at(Parser *p, int index, TokenKind kind) {
    return mo_parser_peek_at(p, index)->kind == kind;
}

static AstPattern *new_pattern(Parser *p, AstPatternKind kind, AstLoc loc) {
    AstPattern *pat = mo_ast_new_pattern(p->arena, kind, loc);
    if (!pat)
        mo_parser_raise_memory(p);
    return pat;
}

// The location from `start` to the last token consumed.
static AstLoc span_from(Parser *p, Token *start) { return mo_parser_loc(start, mo_parser_last(p)); }

// ------------------------------------------------------------- literals

// signed_number: NUMBER | '-' NUMBER   (an imaginary NUMBER included)
static AstExpr *signed_number(Parser *p) {
    int mark = p->mark;
    Token *minus = mo_parser_expect(p, TK_MINUS);
    if (!is_kind(p, TK_NUMBER)) {
        p->mark = mark;
        return NULL;
    }
    AstExpr *num = mo_parser_expr_atom(p);
    if (!num || !minus)
        return num;
    AstExpr *neg = mo_parser_new_expr(p, EXPR_UNARY_OP, span_from(p, minus));
    if (neg) {
        neg->unary_op.op = AST_USUB;
        neg->unary_op.operand = num;
    }
    return neg;
}

// literal_expr without None/True/False (those are singletons in patterns):
//   signed_number !('+' | '-') | complex_number | strings
// complex_number: signed_real_number ('+' | '-') imaginary_number
static AstExpr *literal_value(Parser *p) {
    if (is_kind(p, TK_STRING))
        return mo_strings_parse(p);
    Token *start = mo_parser_peek(p);
    AstExpr *num = signed_number(p);
    if (!num)
        return NULL;
    TokenKind k = mo_parser_peek_kind(p);
    if (k != TK_PLUS && k != TK_MINUS)
        return num;
    p->mark++;
    if (!is_kind(p, TK_NUMBER)) {
        mo_parser_raise(p, "invalid syntax");
        return NULL;
    }
    // The grammar's complex_number: a real part, then an imaginary one.
    const AstExpr *real = num->kind == EXPR_UNARY_OP ? num->unary_op.operand : num;
    if (real->kind == EXPR_CONSTANT && real->constant.value.kind == AST_CONST_IMAG) {
        mo_parser_raise(p, "real number required in complex literal");
        return NULL;
    }
    AstExpr *imag = mo_parser_expr_atom(p);
    if (!imag)
        return NULL;
    if (imag->kind != EXPR_CONSTANT || imag->constant.value.kind != AST_CONST_IMAG) {
        mo_parser_raise(p, "imaginary number required in complex literal");
        return NULL;
    }
    AstExpr *sum = mo_parser_new_expr(p, EXPR_BIN_OP, span_from(p, start));
    if (sum) {
        sum->bin_op.left = num;
        sum->bin_op.op = k == TK_PLUS ? AST_ADD : AST_SUB;
        sum->bin_op.right = imag;
    }
    return sum;
}

// name_or_attr: NAME ('.' NAME)*  — a Name or a chain of Attributes.
static AstExpr *name_or_attr(Parser *p) {
    Token *start;
    const char *id = mo_parser_name(p, &start);
    if (!id)
        return NULL;
    AstExpr *e = mo_parser_new_expr(p, EXPR_NAME, mo_parser_token_loc(start));
    if (!e)
        return NULL;
    e->name.id = id;
    e->name.ctx = AST_LOAD;
    while (is_kind(p, TK_DOT) && is_kind_at(p, p->mark + 1, TK_NAME)) {
        p->mark++;
        const char *attr = mo_parser_name(p, NULL);
        if (!attr)
            return NULL;
        AstExpr *a = mo_parser_new_expr(p, EXPR_ATTRIBUTE, span_from(p, start));
        if (!a)
            return NULL;
        a->attribute.value = e;
        a->attribute.attr = attr;
        a->attribute.ctx = AST_LOAD;
        e = a;
    }
    return e;
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
static const char *capture_target(Parser *p) {
    if (!is_kind(p, TK_NAME) || mo_parser_is_name(p, p->mark, "_"))
        return NULL;
    TokenKind next = mo_parser_peek_at(p, p->mark + 1)->kind;
    if (next == TK_DOT || next == TK_LPAR || next == TK_EQUAL)
        return NULL;
    return mo_parser_name(p, NULL);
}

// ---------------------------------------------------- compound patterns

// maybe_star_pattern: star_pattern | pattern
// star_pattern: '*' (pattern_capture_target | wildcard_pattern)
static AstPattern *maybe_star_pattern(Parser *p) {
    Token *star = mo_parser_expect(p, TK_STAR);
    if (!star)
        return pattern(p);
    const char *name = NULL;
    if (mo_parser_is_name(p, p->mark, "_"))
        p->mark++;
    else if (!(name = capture_target(p)))
        return NULL;
    AstPattern *pat = new_pattern(p, PATTERN_MATCH_STAR, span_from(p, star));
    if (pat)
        pat->match_star.name = name;
    return pat;
}

// The items of a sequence pattern up to `close` (or, with close ==
// TK_ENDMARKER, an open sequence: up to anything that cannot continue it).
// Sets *had_comma when a comma separated or ended the items.
static bool sequence_items(Parser *p, TokenKind close, PtrList *items, bool *had_comma) {
    *had_comma = false;
    while (!is_kind(p, close)) {
        AstPattern *item = maybe_star_pattern(p);
        if (!item || !mo_parser_list_push(p, items, item))
            return false;
        if (!mo_parser_expect(p, TK_COMMA))
            break;
        *had_comma = true;
        if (close == TK_ENDMARKER && !is_kind(p, TK_STAR) && !is_kind(p, TK_NAME) &&
            !is_kind(p, TK_NUMBER) && !is_kind(p, TK_STRING) && !is_kind(p, TK_MINUS) &&
            !is_kind(p, TK_LPAR) && !is_kind(p, TK_LSQB) && !is_kind(p, TK_LBRACE) &&
            !is_kind(p, TK_KW_NONE) && !is_kind(p, TK_KW_TRUE) && !is_kind(p, TK_KW_FALSE))
            break;
    }
    return true;
}

// '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')' | group_pattern
static AstPattern *bracketed_pattern(Parser *p) {
    Token *open = mo_parser_peek(p);
    TokenKind close = open->kind == TK_LSQB ? TK_RSQB : TK_RPAR;
    p->mark++;
    PtrList items;
    mo_parser_list_init(&items);
    bool had_comma;
    if (!sequence_items(p, close, &items, &had_comma) || !mo_parser_expect(p, close))
        return NULL;
    // group_pattern: '(' pattern ')' — parentheses around one pattern, which
    // cannot be a star pattern (that is only an item of a sequence).
    if (close == TK_RPAR && items.count == 1 && !had_comma) {
        if (((AstPattern *)items.items[0])->kind == PATTERN_MATCH_STAR) {
            mo_parser_raise_loc(p, ((AstPattern *)items.items[0])->loc, "invalid syntax");
            return NULL;
        }
        return items.items[0];
    }
    AstPattern *pat = new_pattern(p, PATTERN_MATCH_SEQUENCE, span_from(p, open));
    if (pat)
        pat->match_sequence.patterns = SEQ(AstPatternSeq, items);
    return pat;
}

// mapping_pattern: '{' [items_pattern] [','] ['**' pattern_capture_target] [','] '}'
// key_value_pattern: (literal_expr | attr) ':' pattern
static AstPattern *mapping_pattern(Parser *p) {
    Token *open = mo_parser_expect(p, TK_LBRACE);
    PtrList keys, values;
    mo_parser_list_init(&keys);
    mo_parser_list_init(&values);
    const char *rest = NULL;
    while (!is_kind(p, TK_RBRACE)) {
        if (mo_parser_expect(p, TK_DOUBLESTAR)) {
            if (!(rest = capture_target(p)))
                return NULL;
            mo_parser_expect(p, TK_COMMA);
            break;
        }
        AstExpr *key;
        Token *t = mo_parser_peek(p);
        if (t->kind == TK_KW_NONE || t->kind == TK_KW_TRUE || t->kind == TK_KW_FALSE)
            key = mo_parser_expr_atom(p);
        else if (t->kind == TK_NAME)
            key = name_or_attr(p);
        else
            key = literal_value(p);
        // A key is a literal or a dotted name: a bare name would be a capture.
        if (key && key->kind == EXPR_NAME) {
            p->mark--;
            mo_parser_raise(p, "invalid syntax");
            return NULL;
        }
        if (!key || !mo_parser_expect(p, TK_COLON))
            return NULL;
        AstPattern *value = pattern(p);
        if (!value || !mo_parser_list_push(p, &keys, key) || !mo_parser_list_push(p, &values, value))
            return NULL;
        if (!mo_parser_expect(p, TK_COMMA))
            break;
    }
    if (!mo_parser_expect(p, TK_RBRACE))
        return NULL;
    AstPattern *pat = new_pattern(p, PATTERN_MATCH_MAPPING, span_from(p, open));
    if (pat) {
        pat->match_mapping.keys = SEQ(AstExprSeq, keys);
        pat->match_mapping.patterns = SEQ(AstPatternSeq, values);
        pat->match_mapping.rest = rest;
    }
    return pat;
}

// class_pattern: name_or_attr '(' [positional_patterns] [','] [keyword_patterns] [','] ')'
// keyword_pattern: NAME '=' pattern
static AstPattern *class_pattern(Parser *p, AstExpr *cls, Token *start) {
    p->mark++;   // '('
    PtrList args, kwd_attrs, kwd_patterns;
    mo_parser_list_init(&args);
    mo_parser_list_init(&kwd_attrs);
    mo_parser_list_init(&kwd_patterns);
    while (!is_kind(p, TK_RPAR)) {
        if (is_kind(p, TK_NAME) && is_kind_at(p, p->mark + 1, TK_EQUAL)) {
            const char *attr = mo_parser_name(p, NULL);
            p->mark++;
            AstPattern *value = attr ? pattern(p) : NULL;
            if (!value || !mo_parser_list_push(p, &kwd_attrs, (void *)attr) ||
                !mo_parser_list_push(p, &kwd_patterns, value))
                return NULL;
        } else {
            if (kwd_attrs.count) {
                mo_parser_raise(p, "positional patterns follow keyword patterns");
                return NULL;
            }
            AstPattern *arg = pattern(p);
            if (!arg || !mo_parser_list_push(p, &args, arg))
                return NULL;
        }
        if (!mo_parser_expect(p, TK_COMMA))
            break;
    }
    if (!mo_parser_expect(p, TK_RPAR))
        return NULL;
    AstPattern *pat = new_pattern(p, PATTERN_MATCH_CLASS, span_from(p, start));
    if (pat) {
        pat->match_class.cls = cls;
        pat->match_class.patterns = SEQ(AstPatternSeq, args);
        pat->match_class.kwd_attrs = SEQ(AstIdentSeq, kwd_attrs);
        pat->match_class.kwd_patterns = SEQ(AstPatternSeq, kwd_patterns);
    }
    return pat;
}

// closed_pattern: literal | capture | wildcard | value | group | sequence
//               | mapping | class
static AstPattern *closed_pattern(Parser *p) {
    Token *start = mo_parser_peek(p);
    switch (start->kind) {
    case TK_KW_NONE:
    case TK_KW_TRUE:
    case TK_KW_FALSE: {
        p->mark++;
        AstPattern *pat = new_pattern(p, PATTERN_MATCH_SINGLETON, mo_parser_token_loc(start));
        if (pat)
            pat->match_singleton.value.kind = start->kind == TK_KW_NONE   ? AST_CONST_NONE
                                              : start->kind == TK_KW_TRUE ? AST_CONST_TRUE
                                                                          : AST_CONST_FALSE;
        return pat;
    }
    case TK_LSQB:
    case TK_LPAR:
        return bracketed_pattern(p);
    case TK_LBRACE:
        return mapping_pattern(p);
    case TK_NAME: {
        if (mo_parser_is_name(p, p->mark, "_") && !is_kind_at(p, p->mark + 1, TK_DOT) &&
            !is_kind_at(p, p->mark + 1, TK_LPAR)) {
            p->mark++;
            return new_pattern(p, PATTERN_MATCH_AS, mo_parser_token_loc(start));
        }
        const char *name = capture_target(p);
        if (name) {
            AstPattern *pat = new_pattern(p, PATTERN_MATCH_AS, mo_parser_token_loc(start));
            if (pat)
                pat->match_as.name = name;
            return pat;
        }
        AstExpr *e = name_or_attr(p);
        if (!e)
            return NULL;
        if (is_kind(p, TK_LPAR))
            return class_pattern(p, e, start);
        // value_pattern: attr !('.' | '(' | '=') — a dotted name only.
        if (e->kind != EXPR_ATTRIBUTE) {
            mo_parser_raise(p, "invalid syntax");
            return NULL;
        }
        AstPattern *pat = new_pattern(p, PATTERN_MATCH_VALUE, e->loc);
        if (pat)
            pat->match_value.value = e;
        return pat;
    }
    default: {
        AstExpr *e = literal_value(p);
        if (!e)
            return NULL;
        AstPattern *pat = new_pattern(p, PATTERN_MATCH_VALUE, e->loc);
        if (pat)
            pat->match_value.value = e;
        return pat;
    }
    }
}

// or_pattern: '|'.closed_pattern+
static AstPattern *or_pattern(Parser *p) {
    Token *start = mo_parser_peek(p);
    PtrList alts;
    mo_parser_list_init(&alts);
    do {
        AstPattern *alt = closed_pattern(p);
        if (!alt || !mo_parser_list_push(p, &alts, alt))
            return NULL;
    } while (mo_parser_expect(p, TK_VBAR));
    if (alts.count == 1)
        return alts.items[0];
    AstPattern *pat = new_pattern(p, PATTERN_MATCH_OR, span_from(p, start));
    if (pat)
        pat->match_or.patterns = SEQ(AstPatternSeq, alts);
    return pat;
}

// pattern: as_pattern | or_pattern
// as_pattern: or_pattern 'as' pattern_capture_target
static AstPattern *pattern(Parser *p) {
    if (!mo_parser_enter(p))
        return NULL;
    Token *start = mo_parser_peek(p);
    AstPattern *pat = or_pattern(p);
    if (pat && mo_parser_expect(p, TK_KW_AS)) {
        if (mo_parser_is_name(p, p->mark, "_")) {
            mo_parser_raise(p, "cannot use '_' as a target");
            pat = NULL;
        } else {
            const char *name = capture_target(p);
            AstPattern *as = name ? new_pattern(p, PATTERN_MATCH_AS, span_from(p, start)) : NULL;
            if (as) {
                as->match_as.pattern = pat;
                as->match_as.name = name;
            } else if (!p->error) {
                // CPython's invalid_as_pattern: "invalid pattern target" when
                // no name follows `as`; a name that is not a capture target
                // (`as a.b`) is plain invalid syntax.
                mo_parser_raise(p, is_kind(p, TK_NAME) ? "invalid syntax" : "invalid pattern target");
            }
            pat = as;
        }
    }
    mo_parser_leave(p);
    return pat;
}

// patterns: open_sequence_pattern | pattern
AstPattern *mo_parser_pattern_patterns(Parser *p) {
    int mark = p->mark;
    Token *start = mo_parser_peek(p);
    PtrList items;
    mo_parser_list_init(&items);
    bool had_comma;
    if (!sequence_items(p, TK_ENDMARKER, &items, &had_comma)) {
        if (!p->error)
            p->mark = mark;
        return NULL;
    }
    if (items.count == 1 && !had_comma) {
        // A star pattern stands only in a sequence: `case *x:` is an error.
        if (((AstPattern *)items.items[0])->kind == PATTERN_MATCH_STAR) {
            mo_parser_raise_loc(p, ((AstPattern *)items.items[0])->loc, "invalid syntax");
            return NULL;
        }
        return items.items[0];
    }
    AstPattern *pat = new_pattern(p, PATTERN_MATCH_SEQUENCE, span_from(p, start));
    if (pat)
        pat->match_sequence.patterns = SEQ(AstPatternSeq, items);
    return pat;
}
