// src/front/ast_dump.c — a tree as text, exactly like Python's ast.dump().
//
// `mo_ast_dump(mod, include_attributes)` prints what
// `ast.dump(tree, include_attributes=...)` prints in Python 3.11: every
// field by name in `_fields` order, optional fields left out when empty
// (None), then the position attributes when asked. Constants are printed
// with Python's repr (strings with its quoting and escapes, floats with the
// shortest round-tripping digits, big ints converted to decimal). The
// parser tests compare this output with CPython's, and `-X dump=ast` can
// show it.
//
// Recursion follows the tree's depth; very deep trees (a 100,000-term
// `1+1+...`) need a large stack — the test harness runs it on one.
//
// Read next: tests/unit/test_parser.c.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "front/ast.h"
#include "front/unicode.h"
#include "runtime/dtoa.h"
#include "runtime/strbuf.h"

typedef struct Dumper {
    StrBuf out;
    bool attrs;
    bool ascii;
} Dumper;

static void expr(Dumper *d, const AstExpr *e);
static void stmt(Dumper *d, const AstStmt *s);
static void pattern(Dumper *d, const AstPattern *p);

static void puts_(Dumper *d, const char *s) { mo_strbuf_puts(&d->out, s); }

// ------------------------------------------------------------- reprs

static void repr_str(Dumper *d, const char *s, size_t len) {
    bool has_single = memchr(s, '\'', len) != NULL;
    bool has_double = memchr(s, '"', len) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    StrBuf *o = &d->out;
    mo_strbuf_putc(o, quote);
    const unsigned char *u = (const unsigned char *)s, *end = u + len;
    while (u < end) {
        uint32_t ch;
        int n = mo_unicode_decode_utf8(u, (size_t)(end - u), &ch, true);
        if (n <= 0) {
            ch = *u;
            n = 1;
        }
        if (ch == (uint32_t)quote || ch == '\\') {
            mo_strbuf_putc(o, '\\');
            mo_strbuf_putc(o, (char)ch);
        } else if (ch == '\t') {
            mo_strbuf_puts(o, "\\t");
        } else if (ch == '\n') {
            mo_strbuf_puts(o, "\\n");
        } else if (ch == '\r') {
            mo_strbuf_puts(o, "\\r");
        } else if (ch < ' ' || ch == 0x7F) {
            mo_strbuf_printf(o, "\\x%02x", ch);
        } else if (ch < 0x7F) {
            mo_strbuf_putc(o, (char)ch);
        } else if (!d->ascii && mo_unicode_is_printable(ch) && !(ch >= 0xD800 && ch <= 0xDFFF)) {
            mo_strbuf_append(o, (const char *)u, (size_t)n);
        } else if (ch <= 0xFF) {
            mo_strbuf_printf(o, "\\x%02x", ch);
        } else if (ch <= 0xFFFF) {
            mo_strbuf_printf(o, "\\u%04x", ch);
        } else {
            mo_strbuf_printf(o, "\\U%08x", ch);
        }
        u += n;
    }
    mo_strbuf_putc(o, quote);
}

static void repr_bytes(Dumper *d, const char *s, size_t len) {
    bool has_single = memchr(s, '\'', len) != NULL;
    bool has_double = memchr(s, '"', len) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    StrBuf *o = &d->out;
    mo_strbuf_putc(o, 'b');
    mo_strbuf_putc(o, quote);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)quote || c == '\\') {
            mo_strbuf_putc(o, '\\');
            mo_strbuf_putc(o, (char)c);
        } else if (c == '\t') {
            mo_strbuf_puts(o, "\\t");
        } else if (c == '\n') {
            mo_strbuf_puts(o, "\\n");
        } else if (c == '\r') {
            mo_strbuf_puts(o, "\\r");
        } else if (c < ' ' || c >= 0x7F) {
            mo_strbuf_printf(o, "\\x%02x", c);
        } else {
            mo_strbuf_putc(o, (char)c);
        }
    }
    mo_strbuf_putc(o, quote);
}

// Digits in `base` (lowercase, no prefix) to decimal, by repeated
// multiply-and-add on base-10^9 limbs.
static void big_int_decimal(Dumper *d, const char *digits, int base) {
    size_t n = strlen(digits);
    size_t cap = n + 2;
    uint32_t *limbs = calloc(cap, sizeof *limbs);
    if (!limbs) {
        d->out.failed = true;
        return;
    }
    size_t used = 1;
    for (size_t i = 0; i < n; i++) {
        char c = digits[i];
        uint64_t carry = (uint64_t)(c >= 'a' ? c - 'a' + 10 : c - '0');
        for (size_t j = 0; j < used; j++) {
            uint64_t v = (uint64_t)limbs[j] * (uint64_t)base + carry;
            limbs[j] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            limbs[used++] = (uint32_t)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    mo_strbuf_printf(&d->out, "%u", limbs[used - 1]);
    for (size_t j = used - 1; j-- > 0;)
        mo_strbuf_printf(&d->out, "%09u", limbs[j]);
    free(limbs);
}

static void constant(Dumper *d, const AstConstant *c) {
    char buf[MO_DTOA_REPR_SIZE];
    switch (c->kind) {
    case AST_CONST_NONE: puts_(d, "None"); break;
    case AST_CONST_TRUE: puts_(d, "True"); break;
    case AST_CONST_FALSE: puts_(d, "False"); break;
    case AST_CONST_ELLIPSIS: puts_(d, "Ellipsis"); break;
    case AST_CONST_INT: mo_strbuf_printf(&d->out, "%lld", (long long)c->i); break;
    case AST_CONST_BIG_INT: big_int_decimal(d, c->big.digits, c->big.base); break;
    case AST_CONST_FLOAT:
        mo_dtoa_repr(c->f, buf);
        puts_(d, buf);
        break;
    case AST_CONST_IMAG: {
        // complex repr: the imaginary part without a forced ".0".
        size_t n = mo_dtoa_repr(c->f, buf);
        if (n >= 2 && strcmp(buf + n - 2, ".0") == 0)
            buf[n - 2] = '\0';
        puts_(d, buf);
        puts_(d, "j");
        break;
    }
    case AST_CONST_STR: repr_str(d, c->str.data, c->str.len); break;
    case AST_CONST_BYTES: repr_bytes(d, c->str.data, c->str.len); break;
    default: puts_(d, "?"); break;
    }
}

// ------------------------------------------------------------- fields

// Starts "Name(" and tracks whether a separator is needed.
typedef struct Node {
    Dumper *d;
    bool first;
} Node;

static Node open_node(Dumper *d, const char *name) {
    puts_(d, name);
    puts_(d, "(");
    return (Node){d, true};
}

static void field(Node *n, const char *name) {
    if (!n->first)
        puts_(n->d, ", ");
    n->first = false;
    puts_(n->d, name);
    puts_(n->d, "=");
}

static void close_node(Node *n, const AstLoc *loc) {
    if (loc && n->d->attrs) {
        Dumper *d = n->d;
        if (!n->first)
            puts_(d, ", ");
        n->first = false;
        mo_strbuf_printf(&d->out, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                         loc->lineno, loc->col_offset, loc->end_lineno, loc->end_col_offset);
    }
    puts_(n->d, ")");
}

static void simple_node(Dumper *d, const char *name) {
    puts_(d, name);
    puts_(d, "()");
}

static void f_expr(Node *n, const char *name, const AstExpr *e) {
    if (!e)
        return;  // optional and absent
    field(n, name);
    expr(n->d, e);
}

static void f_expr_required(Node *n, const char *name, const AstExpr *e) {
    field(n, name);
    if (e)
        expr(n->d, e);
    else
        puts_(n->d, "None");
}

static void f_ident(Node *n, const char *name, const char *id) {
    if (!id)
        return;
    field(n, name);
    repr_str(n->d, id, strlen(id));
}

static void f_int(Node *n, const char *name, int v) {
    field(n, name);
    mo_strbuf_printf(&n->d->out, "%d", v);
}

static void f_exprs(Node *n, const char *name, AstExprSeq seq) {
    field(n, name);
    puts_(n->d, "[");
    for (int i = 0; i < seq.count; i++) {
        if (i)
            puts_(n->d, ", ");
        if (seq.items[i])
            expr(n->d, seq.items[i]);
        else
            puts_(n->d, "None");
    }
    puts_(n->d, "]");
}

static void f_stmts(Node *n, const char *name, AstStmtSeq seq) {
    field(n, name);
    puts_(n->d, "[");
    for (int i = 0; i < seq.count; i++) {
        if (i)
            puts_(n->d, ", ");
        stmt(n->d, seq.items[i]);
    }
    puts_(n->d, "]");
}

static void f_idents(Node *n, const char *name, AstIdentSeq seq) {
    field(n, name);
    puts_(n->d, "[");
    for (int i = 0; i < seq.count; i++) {
        if (i)
            puts_(n->d, ", ");
        repr_str(n->d, seq.items[i], strlen(seq.items[i]));
    }
    puts_(n->d, "]");
}

static void f_patterns(Node *n, const char *name, AstPatternSeq seq) {
    field(n, name);
    puts_(n->d, "[");
    for (int i = 0; i < seq.count; i++) {
        if (i)
            puts_(n->d, ", ");
        pattern(n->d, seq.items[i]);
    }
    puts_(n->d, "]");
}

static void f_simple(Node *n, const char *name, const char *node_name) {
    field(n, name);
    simple_node(n->d, node_name);
}

static void ctx_field(Node *n, AstExprContext ctx) {
    f_simple(n, "ctx", mo_ast_context_name(ctx));
}

static void arg_node(Dumper *d, const AstArg *a) {
    Node n = open_node(d, "arg");
    f_ident(&n, "arg", a->arg);
    f_expr(&n, "annotation", a->annotation);
    f_ident(&n, "type_comment", a->type_comment);
    close_node(&n, &a->loc);
}

static void f_args(Node *n, const char *name, AstArgSeq seq) {
    field(n, name);
    puts_(n->d, "[");
    for (int i = 0; i < seq.count; i++) {
        if (i)
            puts_(n->d, ", ");
        arg_node(n->d, seq.items[i]);
    }
    puts_(n->d, "]");
}

static void arguments_node(Dumper *d, const AstArguments *a) {
    Node n = open_node(d, "arguments");
    f_args(&n, "posonlyargs", a->posonlyargs);
    f_args(&n, "args", a->args);
    if (a->vararg) {
        field(&n, "vararg");
        arg_node(d, a->vararg);
    }
    f_args(&n, "kwonlyargs", a->kwonlyargs);
    f_exprs(&n, "kw_defaults", a->kw_defaults);
    if (a->kwarg) {
        field(&n, "kwarg");
        arg_node(d, a->kwarg);
    }
    f_exprs(&n, "defaults", a->defaults);
    close_node(&n, NULL);
}

static void f_keywords(Node *n, const char *name, AstKeywordSeq seq) {
    field(n, name);
    puts_(n->d, "[");
    for (int i = 0; i < seq.count; i++) {
        if (i)
            puts_(n->d, ", ");
        const AstKeyword *k = seq.items[i];
        Node kn = open_node(n->d, "keyword");
        f_ident(&kn, "arg", k->arg);
        f_expr_required(&kn, "value", k->value);
        close_node(&kn, &k->loc);
    }
    puts_(n->d, "]");
}

static void f_comprehensions(Node *n, const char *name, AstComprehensionSeq seq) {
    field(n, name);
    puts_(n->d, "[");
    for (int i = 0; i < seq.count; i++) {
        if (i)
            puts_(n->d, ", ");
        const AstComprehension *c = seq.items[i];
        Node cn = open_node(n->d, "comprehension");
        f_expr_required(&cn, "target", c->target);
        f_expr_required(&cn, "iter", c->iter);
        f_exprs(&cn, "ifs", c->ifs);
        f_int(&cn, "is_async", c->is_async);
        close_node(&cn, NULL);
    }
    puts_(n->d, "]");
}

static void f_aliases(Node *n, const char *name, AstAliasSeq seq) {
    field(n, name);
    puts_(n->d, "[");
    for (int i = 0; i < seq.count; i++) {
        if (i)
            puts_(n->d, ", ");
        const AstAlias *a = seq.items[i];
        Node an = open_node(n->d, "alias");
        f_ident(&an, "name", a->name);
        f_ident(&an, "asname", a->asname);
        close_node(&an, &a->loc);
    }
    puts_(n->d, "]");
}

static void f_withitems(Node *n, const char *name, AstWithItemSeq seq) {
    field(n, name);
    puts_(n->d, "[");
    for (int i = 0; i < seq.count; i++) {
        if (i)
            puts_(n->d, ", ");
        const AstWithItem *w = seq.items[i];
        Node wn = open_node(n->d, "withitem");
        f_expr_required(&wn, "context_expr", w->context_expr);
        f_expr(&wn, "optional_vars", w->optional_vars);
        close_node(&wn, NULL);
    }
    puts_(n->d, "]");
}

static void f_handlers(Node *n, const char *name, AstExceptHandlerSeq seq) {
    field(n, name);
    puts_(n->d, "[");
    for (int i = 0; i < seq.count; i++) {
        if (i)
            puts_(n->d, ", ");
        const AstExceptHandler *h = seq.items[i];
        Node hn = open_node(n->d, "ExceptHandler");
        f_expr(&hn, "type", h->type);
        f_ident(&hn, "name", h->name);
        f_stmts(&hn, "body", h->body);
        close_node(&hn, &h->loc);
    }
    puts_(n->d, "]");
}

static void f_cases(Node *n, const char *name, AstMatchCaseSeq seq) {
    field(n, name);
    puts_(n->d, "[");
    for (int i = 0; i < seq.count; i++) {
        if (i)
            puts_(n->d, ", ");
        const AstMatchCase *c = seq.items[i];
        Node cn = open_node(n->d, "match_case");
        field(&cn, "pattern");
        pattern(n->d, c->pattern);
        f_expr(&cn, "guard", c->guard);
        f_stmts(&cn, "body", c->body);
        close_node(&cn, NULL);
    }
    puts_(n->d, "]");
}

// ------------------------------------------------------------- nodes

static void expr(Dumper *d, const AstExpr *e) {
    Node n = open_node(d, mo_ast_expr_name(e->kind));
    switch (e->kind) {
    case EXPR_BOOL_OP:
        f_simple(&n, "op", mo_ast_boolop_name(e->bool_op.op));
        f_exprs(&n, "values", e->bool_op.values);
        break;
    case EXPR_NAMED_EXPR:
        f_expr_required(&n, "target", e->named_expr.target);
        f_expr_required(&n, "value", e->named_expr.value);
        break;
    case EXPR_BIN_OP:
        f_expr_required(&n, "left", e->bin_op.left);
        f_simple(&n, "op", mo_ast_operator_name(e->bin_op.op));
        f_expr_required(&n, "right", e->bin_op.right);
        break;
    case EXPR_UNARY_OP:
        f_simple(&n, "op", mo_ast_unaryop_name(e->unary_op.op));
        f_expr_required(&n, "operand", e->unary_op.operand);
        break;
    case EXPR_LAMBDA:
        field(&n, "args");
        arguments_node(d, e->lambda.args);
        f_expr_required(&n, "body", e->lambda.body);
        break;
    case EXPR_IF_EXP:
        f_expr_required(&n, "test", e->if_exp.test);
        f_expr_required(&n, "body", e->if_exp.body);
        f_expr_required(&n, "orelse", e->if_exp.orelse);
        break;
    case EXPR_DICT:
        f_exprs(&n, "keys", e->dict.keys);
        f_exprs(&n, "values", e->dict.values);
        break;
    case EXPR_SET:
        f_exprs(&n, "elts", e->set.elts);
        break;
    case EXPR_LIST_COMP:
    case EXPR_SET_COMP:
    case EXPR_GENERATOR_EXP:
        f_expr_required(&n, "elt", e->list_comp.elt);
        f_comprehensions(&n, "generators", e->list_comp.generators);
        break;
    case EXPR_DICT_COMP:
        f_expr_required(&n, "key", e->dict_comp.key);
        f_expr_required(&n, "value", e->dict_comp.value);
        f_comprehensions(&n, "generators", e->dict_comp.generators);
        break;
    case EXPR_AWAIT:
    case EXPR_YIELD_FROM:
        f_expr_required(&n, "value", e->await.value);
        break;
    case EXPR_YIELD:
        f_expr(&n, "value", e->yield.value);
        break;
    case EXPR_COMPARE:
        f_expr_required(&n, "left", e->compare.left);
        field(&n, "ops");
        puts_(d, "[");
        for (int i = 0; i < e->compare.ops.count; i++) {
            if (i)
                puts_(d, ", ");
            simple_node(d, mo_ast_cmpop_name(e->compare.ops.items[i]));
        }
        puts_(d, "]");
        f_exprs(&n, "comparators", e->compare.comparators);
        break;
    case EXPR_CALL:
        f_expr_required(&n, "func", e->call.func);
        f_exprs(&n, "args", e->call.args);
        f_keywords(&n, "keywords", e->call.keywords);
        break;
    case EXPR_FORMATTED_VALUE:
        f_expr_required(&n, "value", e->formatted_value.value);
        f_int(&n, "conversion", e->formatted_value.conversion);
        f_expr(&n, "format_spec", e->formatted_value.format_spec);
        break;
    case EXPR_JOINED_STR:
        f_exprs(&n, "values", e->joined_str.values);
        break;
    case EXPR_CONSTANT:
        field(&n, "value");
        constant(d, &e->constant.value);
        f_ident(&n, "kind", e->constant.kind);
        break;
    case EXPR_ATTRIBUTE:
        f_expr_required(&n, "value", e->attribute.value);
        f_ident(&n, "attr", e->attribute.attr);
        ctx_field(&n, e->attribute.ctx);
        break;
    case EXPR_SUBSCRIPT:
        f_expr_required(&n, "value", e->subscript.value);
        f_expr_required(&n, "slice", e->subscript.slice);
        ctx_field(&n, e->subscript.ctx);
        break;
    case EXPR_STARRED:
        f_expr_required(&n, "value", e->starred.value);
        ctx_field(&n, e->starred.ctx);
        break;
    case EXPR_NAME:
        f_ident(&n, "id", e->name.id);
        ctx_field(&n, e->name.ctx);
        break;
    case EXPR_LIST:
    case EXPR_TUPLE:
        f_exprs(&n, "elts", e->list.elts);
        ctx_field(&n, e->list.ctx);
        break;
    case EXPR_SLICE:
        f_expr(&n, "lower", e->slice.lower);
        f_expr(&n, "upper", e->slice.upper);
        f_expr(&n, "step", e->slice.step);
        break;
    }
    close_node(&n, &e->loc);
}

static void stmt(Dumper *d, const AstStmt *s) {
    Node n = open_node(d, mo_ast_stmt_name(s->kind));
    switch (s->kind) {
    case STMT_FUNCTION_DEF:
    case STMT_ASYNC_FUNCTION_DEF:
        f_ident(&n, "name", s->function_def.name);
        field(&n, "args");
        arguments_node(d, s->function_def.args);
        f_stmts(&n, "body", s->function_def.body);
        f_exprs(&n, "decorator_list", s->function_def.decorator_list);
        f_expr(&n, "returns", s->function_def.returns);
        f_ident(&n, "type_comment", s->function_def.type_comment);
        break;
    case STMT_CLASS_DEF:
        f_ident(&n, "name", s->class_def.name);
        f_exprs(&n, "bases", s->class_def.bases);
        f_keywords(&n, "keywords", s->class_def.keywords);
        f_stmts(&n, "body", s->class_def.body);
        f_exprs(&n, "decorator_list", s->class_def.decorator_list);
        break;
    case STMT_RETURN:
        f_expr(&n, "value", s->return_.value);
        break;
    case STMT_DELETE:
        f_exprs(&n, "targets", s->delete_.targets);
        break;
    case STMT_ASSIGN:
        f_exprs(&n, "targets", s->assign.targets);
        f_expr_required(&n, "value", s->assign.value);
        f_ident(&n, "type_comment", s->assign.type_comment);
        break;
    case STMT_AUG_ASSIGN:
        f_expr_required(&n, "target", s->aug_assign.target);
        f_simple(&n, "op", mo_ast_operator_name(s->aug_assign.op));
        f_expr_required(&n, "value", s->aug_assign.value);
        break;
    case STMT_ANN_ASSIGN:
        f_expr_required(&n, "target", s->ann_assign.target);
        f_expr_required(&n, "annotation", s->ann_assign.annotation);
        f_expr(&n, "value", s->ann_assign.value);
        f_int(&n, "simple", s->ann_assign.simple);
        break;
    case STMT_FOR:
    case STMT_ASYNC_FOR:
        f_expr_required(&n, "target", s->for_.target);
        f_expr_required(&n, "iter", s->for_.iter);
        f_stmts(&n, "body", s->for_.body);
        f_stmts(&n, "orelse", s->for_.orelse);
        f_ident(&n, "type_comment", s->for_.type_comment);
        break;
    case STMT_WHILE:
        f_expr_required(&n, "test", s->while_.test);
        f_stmts(&n, "body", s->while_.body);
        f_stmts(&n, "orelse", s->while_.orelse);
        break;
    case STMT_IF:
        f_expr_required(&n, "test", s->if_.test);
        f_stmts(&n, "body", s->if_.body);
        f_stmts(&n, "orelse", s->if_.orelse);
        break;
    case STMT_WITH:
    case STMT_ASYNC_WITH:
        f_withitems(&n, "items", s->with.items);
        f_stmts(&n, "body", s->with.body);
        f_ident(&n, "type_comment", s->with.type_comment);
        break;
    case STMT_MATCH:
        f_expr_required(&n, "subject", s->match.subject);
        f_cases(&n, "cases", s->match.cases);
        break;
    case STMT_RAISE:
        f_expr(&n, "exc", s->raise.exc);
        f_expr(&n, "cause", s->raise.cause);
        break;
    case STMT_TRY:
    case STMT_TRY_STAR:
        f_stmts(&n, "body", s->try_.body);
        f_handlers(&n, "handlers", s->try_.handlers);
        f_stmts(&n, "orelse", s->try_.orelse);
        f_stmts(&n, "finalbody", s->try_.finalbody);
        break;
    case STMT_ASSERT:
        f_expr_required(&n, "test", s->assert_.test);
        f_expr(&n, "msg", s->assert_.msg);
        break;
    case STMT_IMPORT:
        f_aliases(&n, "names", s->import.names);
        break;
    case STMT_IMPORT_FROM:
        f_ident(&n, "module", s->import_from.module);
        f_aliases(&n, "names", s->import_from.names);
        f_int(&n, "level", s->import_from.level);
        break;
    case STMT_GLOBAL:
    case STMT_NONLOCAL:
        f_idents(&n, "names", s->global.names);
        break;
    case STMT_EXPR:
        f_expr_required(&n, "value", s->expr.value);
        break;
    case STMT_PASS:
    case STMT_BREAK:
    case STMT_CONTINUE:
        break;
    }
    close_node(&n, &s->loc);
}

static void pattern(Dumper *d, const AstPattern *p) {
    Node n = open_node(d, mo_ast_pattern_name(p->kind));
    switch (p->kind) {
    case PATTERN_MATCH_VALUE:
        f_expr_required(&n, "value", p->match_value.value);
        break;
    case PATTERN_MATCH_SINGLETON:
        field(&n, "value");
        constant(d, &p->match_singleton.value);
        break;
    case PATTERN_MATCH_SEQUENCE:
        f_patterns(&n, "patterns", p->match_sequence.patterns);
        break;
    case PATTERN_MATCH_MAPPING:
        f_exprs(&n, "keys", p->match_mapping.keys);
        f_patterns(&n, "patterns", p->match_mapping.patterns);
        f_ident(&n, "rest", p->match_mapping.rest);
        break;
    case PATTERN_MATCH_CLASS:
        f_expr_required(&n, "cls", p->match_class.cls);
        f_patterns(&n, "patterns", p->match_class.patterns);
        f_idents(&n, "kwd_attrs", p->match_class.kwd_attrs);
        f_patterns(&n, "kwd_patterns", p->match_class.kwd_patterns);
        break;
    case PATTERN_MATCH_STAR:
        f_ident(&n, "name", p->match_star.name);
        break;
    case PATTERN_MATCH_AS:
        if (p->match_as.pattern) {
            field(&n, "pattern");
            pattern(d, p->match_as.pattern);
        }
        f_ident(&n, "name", p->match_as.name);
        break;
    case PATTERN_MATCH_OR:
        f_patterns(&n, "patterns", p->match_or.patterns);
        break;
    }
    close_node(&n, &p->loc);
}

char *mo_ast_dump(const AstMod *mod, bool include_attributes) {
    return mo_ast_dump_flags(mod, include_attributes ? MO_AST_DUMP_ATTRIBUTES : 0);
}

char *mo_ast_dump_flags(const AstMod *mod, int flags) {
    Dumper d = {STRBUF_INIT, (flags & MO_AST_DUMP_ATTRIBUTES) != 0, (flags & MO_AST_DUMP_ASCII) != 0};
    Node n;
    switch (mod->kind) {
    case MOD_MODULE:
        n = open_node(&d, "Module");
        f_stmts(&n, "body", mod->module.body);
        field(&n, "type_ignores");
        puts_(&d, "[]");
        close_node(&n, NULL);
        break;
    case MOD_INTERACTIVE:
        n = open_node(&d, "Interactive");
        f_stmts(&n, "body", mod->interactive.body);
        close_node(&n, NULL);
        break;
    case MOD_EXPRESSION:
        n = open_node(&d, "Expression");
        f_expr_required(&n, "body", mod->expression.body);
        close_node(&n, NULL);
        break;
    case MOD_FUNCTION_TYPE:
        n = open_node(&d, "FunctionType");
        f_exprs(&n, "argtypes", mod->function_type.argtypes);
        f_expr_required(&n, "returns", mod->function_type.returns);
        close_node(&n, NULL);
        break;
    }
    if (d.out.failed) {
        mo_strbuf_free(&d.out);
        return NULL;
    }
    return mo_strbuf_take(&d.out, NULL);
}
