// src/front/symtable.c — building and analysing symbol tables (symtable.h).
//
// Two passes, as in CPython: the first walks the AST recording how each
// scope uses each name (assigned, parameter, used, declared global or
// nonlocal) and which scopes nest in which; the second resolves every name
// (local, cell, free, global) from the innermost scope outwards and computes
// the ordered slot lists the compiler needs.
#include "front/symtable.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// ------------------------------------------------------------ small tools

static void st_verror(SymTable *st, AstLoc loc, const char *fmt, va_list ap) {
    if (st->failed)
        return;
    st->failed = true;
    vsnprintf(st->msg, sizeof st->msg, fmt, ap);
    st->err_lineno = loc.lineno;
    st->err_col = loc.col_offset;
    st->err_end_lineno = loc.end_lineno;
    st->err_end_col = loc.end_col_offset;
}

// An error whose caret is one character at `lineno`, `col`.
static void st_error(SymTable *st, int lineno, int col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    st_verror(st, (AstLoc){lineno, col, lineno, col + 1}, fmt, ap);
    va_end(ap);
}

// An error whose carets underline the node at `loc`, as CPython's compiler
// errors do (`'yield' outside function`, global declarations...).
static void st_error_at(SymTable *st, AstLoc loc, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    st_verror(st, loc, fmt, ap);
    va_end(ap);
}

static unsigned hash_str(const char *s) {
    unsigned h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static void *grow(Arena *a, void *old, int count, int *cap, size_t elem) {
    if (count < *cap)
        return old;
    int ncap = *cap ? *cap * 2 : 8;
    void *p = mo_arena_alloc(a, (size_t)ncap * elem);
    if (!p)
        return NULL;
    if (old)
        memcpy(p, old, (size_t)count * elem);
    *cap = ncap;
    return p;
}

Symbol *mo_scope_symbol(const Scope *scope, const char *name) {
    if (!scope->tcap)
        return NULL;
    unsigned mask = (unsigned)scope->tcap - 1;
    for (unsigned i = hash_str(name) & mask;; i = (i + 1) & mask) {
        int k = scope->table[i];
        if (k < 0)
            return NULL;
        if (strcmp(scope->syms[k].name, name) == 0)
            return &scope->syms[k];
    }
}

static Symbol *add_symbol(SymTable *st, Scope *scope, const char *name) {
    Symbol *s = mo_scope_symbol(scope, name);
    if (s)
        return s;
    Symbol *syms = grow(st->arena, scope->syms, scope->nsyms, &scope->cap, sizeof(Symbol));
    if (!syms) {
        st_error(st, 0, 0, "out of memory");
        return NULL;
    }
    scope->syms = syms;
    // Keep the index at most half full.
    if ((scope->nsyms + 1) * 2 > scope->tcap) {
        int ncap = scope->tcap ? scope->tcap * 2 : 16;
        int *table = mo_arena_alloc(st->arena, (size_t)ncap * sizeof(int));
        if (!table) {
            st_error(st, 0, 0, "out of memory");
            return NULL;
        }
        for (int i = 0; i < ncap; i++)
            table[i] = -1;
        unsigned mask = (unsigned)ncap - 1;
        for (int k = 0; k < scope->nsyms; k++) {
            unsigned i = hash_str(scope->syms[k].name) & mask;
            while (table[i] >= 0)
                i = (i + 1) & mask;
            table[i] = k;
        }
        scope->table = table;
        scope->tcap = ncap;
    }
    int k = scope->nsyms++;
    scope->syms[k] = (Symbol){.name = name};
    unsigned mask = (unsigned)scope->tcap - 1;
    unsigned i = hash_str(name) & mask;
    while (scope->table[i] >= 0)
        i = (i + 1) & mask;
    scope->table[i] = k;
    return &scope->syms[k];
}

static Scope *new_scope(SymTable *st, Scope *parent, ScopeKind kind, const char *name, const void *node,
                        int lineno, int col) {
    Scope *s = mo_arena_alloc(st->arena, sizeof *s);
    if (!s) {
        st_error(st, lineno, col, "out of memory");
        return NULL;
    }
    s->kind = kind;
    s->name = name;
    s->private_name = kind == SCOPE_CLASS ? name : parent ? parent->private_name : NULL;
    s->node = node;
    s->parent = parent;
    s->lineno = lineno;
    s->col = col;
    if (parent) {
        Scope **c = grow(st->arena, parent->children, parent->nchildren, &parent->ccap, sizeof(Scope *));
        if (!c) {
            st_error(st, lineno, col, "out of memory");
            return NULL;
        }
        parent->children = c;
        parent->children[parent->nchildren++] = s;
    }
    // Remember node → scope.
    if ((st->map_count + 1) * 2 > st->map_cap) {
        int ncap = st->map_cap ? st->map_cap * 2 : 64;
        const void **keys = mo_arena_alloc(st->arena, (size_t)ncap * sizeof(void *));
        Scope **values = mo_arena_alloc(st->arena, (size_t)ncap * sizeof(Scope *));
        if (!keys || !values) {
            st_error(st, lineno, col, "out of memory");
            return NULL;
        }
        for (int i = 0; i < st->map_cap; i++) {
            if (!st->keys[i])
                continue;
            unsigned j = (unsigned)(((uintptr_t)st->keys[i] >> 4) & (unsigned)(ncap - 1));
            while (keys[j])
                j = (j + 1) & (unsigned)(ncap - 1);
            keys[j] = st->keys[i];
            values[j] = st->values[i];
        }
        st->keys = keys;
        st->values = values;
        st->map_cap = ncap;
    }
    if (node) {
        unsigned j = (unsigned)(((uintptr_t)node >> 4) & (unsigned)(st->map_cap - 1));
        while (st->keys[j])
            j = (j + 1) & (unsigned)(st->map_cap - 1);
        st->keys[j] = node;
        st->values[j] = s;
        st->map_count++;
    }
    return s;
}

Scope *mo_symtable_lookup_scope(const SymTable *st, const void *node) {
    if (!st->map_cap)
        return NULL;
    unsigned j = (unsigned)(((uintptr_t)node >> 4) & (unsigned)(st->map_cap - 1));
    while (st->keys[j]) {
        if (st->keys[j] == node)
            return st->values[j];
        j = (j + 1) & (unsigned)(st->map_cap - 1);
    }
    return NULL;
}

int mo_scope_index(const char *const *list, int n, const char *name) {
    for (int i = 0; i < n; i++)
        if (strcmp(list[i], name) == 0)
            return i;
    return -1;
}

// ----------------------------------------------------------------- pass 1

typedef struct Builder {
    SymTable *st;
    Scope *cur;
    // Parameters in declaration order, per function scope being built.
} Builder;

static void visit_stmts(Builder *b, const AstStmtSeq *seq);
static void visit_stmt(Builder *b, const AstStmt *s);
static void visit_expr(Builder *b, const AstExpr *e);
static void visit_exprs(Builder *b, const AstExprSeq *seq);

const char *mo_symtable_mangle(Arena *arena, const char *private_name, const char *name) {
    if (!private_name || name[0] != '_' || name[1] != '_' || strchr(name, '.'))
        return name;
    size_t n = strlen(name);
    if (n >= 4 && name[n - 1] == '_' && name[n - 2] == '_')
        return name;
    while (*private_name == '_')
        private_name++;
    if (!*private_name)
        return name;
    size_t pn = strlen(private_name);
    char *m = mo_arena_alloc(arena, 1 + pn + n + 1);
    if (!m)
        return NULL;
    m[0] = '_';
    memcpy(m + 1, private_name, pn);
    memcpy(m + 1 + pn, name, n + 1);
    return m;
}

// `name` mangled for the scope being built.
static const char *mangle(Builder *b, const char *name) {
    const char *m = mo_symtable_mangle(b->st->arena, b->cur->private_name, name);
    if (!m) {
        st_error(b->st, 0, 0, "out of memory");
        return name;
    }
    return m;
}

static void use_name(Builder *b, const char *name, unsigned flag, int lineno, int col) {
    name = mangle(b, name);
    Symbol *s = add_symbol(b->st, b->cur, name);
    if (!s)
        return;
    if ((flag & (SYMF_ASSIGNED | SYMF_USED)) && (s->flags & (SYMF_GLOBAL | SYMF_NONLOCAL)) == 0) {
        // fine
    }
    s->flags |= flag;
}

static void declare_global(Builder *b, const char *name, bool nonlocal, AstLoc loc) {
    name = mangle(b, name);
    int lineno = loc.lineno, col = loc.col_offset;
    Symbol *s = mo_scope_symbol(b->cur, name);
    const char *what = nonlocal ? "nonlocal" : "global";
    if (s) {
        if (s->flags & SYMF_PARAM) {
            st_error_at(b->st, loc, "name '%s' is parameter and %s", name, what);
            return;
        }
        // CPython reports this at the first declaration.
        if ((nonlocal && (s->flags & SYMF_GLOBAL)) || (!nonlocal && (s->flags & SYMF_NONLOCAL))) {
            st_error_at(b->st, s->decl, "name '%s' is nonlocal and global", name);
            return;
        }
        if (s->flags & SYMF_USED) {
            st_error_at(b->st, loc, "name '%s' is used prior to %s declaration", name, what);
            return;
        }
        if (s->flags & SYMF_ANNOT) {
            st_error_at(b->st, loc, "annotated name '%s' can't be %s", name, what);
            return;
        }
        if (s->flags & SYMF_ASSIGNED) {
            st_error_at(b->st, loc, "name '%s' is assigned to before %s declaration", name, what);
            return;
        }
    }
    if (nonlocal && b->cur->kind == SCOPE_MODULE) {
        st_error_at(b->st, loc, "nonlocal declaration not allowed at module level");
        return;
    }
    bool first = !s || !(s->flags & (SYMF_GLOBAL | SYMF_NONLOCAL));
    use_name(b, name, nonlocal ? SYMF_NONLOCAL : SYMF_GLOBAL, lineno, col);
    if (first && (s = mo_scope_symbol(b->cur, name)) != NULL)
        s->decl = loc;
}

static void add_param(Builder *b, const AstArg *a) {
    Symbol *s = mo_scope_symbol(b->cur, mangle(b, a->arg));
    if (s && (s->flags & SYMF_PARAM)) {
        st_error(b->st, a->loc.lineno, a->loc.col_offset, "duplicate argument '%s' in function definition", a->arg);
        return;
    }
    use_name(b, a->arg, SYMF_PARAM, a->loc.lineno, a->loc.col_offset);
}

static void visit_annotation(Builder *b, const AstExpr *e) {
    if (e)
        visit_expr(b, e);
}

static void visit_arguments_outer(Builder *b, const AstArguments *args) {
    // Defaults and annotations are evaluated where the function is defined.
    visit_exprs(b, &args->defaults);
    for (int i = 0; i < args->kw_defaults.count; i++)
        if (args->kw_defaults.items[i])
            visit_expr(b, args->kw_defaults.items[i]);
    for (int i = 0; i < args->posonlyargs.count; i++)
        visit_annotation(b, args->posonlyargs.items[i]->annotation);
    for (int i = 0; i < args->args.count; i++)
        visit_annotation(b, args->args.items[i]->annotation);
    if (args->vararg)
        visit_annotation(b, args->vararg->annotation);
    for (int i = 0; i < args->kwonlyargs.count; i++)
        visit_annotation(b, args->kwonlyargs.items[i]->annotation);
    if (args->kwarg)
        visit_annotation(b, args->kwarg->annotation);
}

static void visit_arguments_inner(Builder *b, const AstArguments *args) {
    for (int i = 0; i < args->posonlyargs.count; i++)
        add_param(b, args->posonlyargs.items[i]);
    for (int i = 0; i < args->args.count; i++)
        add_param(b, args->args.items[i]);
    for (int i = 0; i < args->kwonlyargs.count; i++)
        add_param(b, args->kwonlyargs.items[i]);
    if (args->vararg) {
        add_param(b, args->vararg);
        b->cur->has_varargs = true;
    }
    if (args->kwarg) {
        add_param(b, args->kwarg);
        b->cur->has_varkw = true;
    }
}

static void visit_target(Builder *b, const AstExpr *e) { visit_expr(b, e); }

static const char *comp_name(AstExprKind k) {
    switch (k) {
    case EXPR_LIST_COMP: return "<listcomp>";
    case EXPR_SET_COMP: return "<setcomp>";
    case EXPR_DICT_COMP: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

static void visit_comprehension(Builder *b, const AstExpr *e, const AstComprehensionSeq *gens, const AstExpr *elt,
                                const AstExpr *value) {
    // The first iterable is evaluated in the enclosing scope.
    visit_expr(b, gens->items[0]->iter);
    Scope *outer = b->cur;
    Scope *s = new_scope(b->st, outer, SCOPE_FUNCTION, comp_name(e->kind), e, e->loc.lineno, e->loc.col_offset);
    if (!s)
        return;
    s->is_comprehension = true;
    if (e->kind == EXPR_GENERATOR_EXP)
        s->is_generator = true;
    b->cur = s;
    use_name(b, ".0", SYMF_PARAM, e->loc.lineno, e->loc.col_offset);
    for (int i = 0; i < gens->count; i++) {
        const AstComprehension *g = gens->items[i];
        if (i > 0)
            visit_expr(b, g->iter);
        visit_target(b, g->target);
        visit_exprs(b, &g->ifs);
    }
    if (value)
        visit_expr(b, value);
    visit_expr(b, elt);
    b->cur = outer;
}

static void visit_exprs(Builder *b, const AstExprSeq *seq) {
    for (int i = 0; i < seq->count; i++)
        if (seq->items[i])
            visit_expr(b, seq->items[i]);
}

static void visit_expr(Builder *b, const AstExpr *e) {
    if (b->st->failed || !e)
        return;
    switch (e->kind) {
    case EXPR_BOOL_OP: visit_exprs(b, &e->bool_op.values); break;
    case EXPR_NAMED_EXPR: {
        visit_expr(b, e->named_expr.value);
        const char *name = mangle(b, e->named_expr.target->name.id);
        Scope *s = b->cur;
        if (s->is_comprehension) {
            // The target binds in the nearest enclosing non-comprehension scope.
            Scope *t = s;
            while (t->is_comprehension) {
                Symbol *sym = mo_scope_symbol(t, name);
                if (sym && (sym->flags & SYMF_ASSIGNED) && t->kind == SCOPE_FUNCTION && t == s) {
                    // Iteration variables cannot be rebound.
                }
                t = t->parent;
            }
            if (t->kind == SCOPE_CLASS) {
                st_error(b->st, e->loc.lineno, e->loc.col_offset,
                         "assignment expression within a comprehension cannot be used in a class body");
                return;
            }
            Symbol *own = mo_scope_symbol(s, name);
            if (own && (own->flags & SYMF_PARAM) == 0 && (own->flags & SYMF_ASSIGNED)) {
                st_error(b->st, e->loc.lineno, e->loc.col_offset,
                         "assignment expression cannot rebind comprehension iteration variable '%s'", name);
                return;
            }
            // Global in the comprehensions when the binding scope is the
            // module or declares the name global; otherwise nonlocal.
            Symbol *tsym = mo_scope_symbol(t, name);
            bool glob = t->kind == SCOPE_MODULE || (tsym && (tsym->flags & SYMF_GLOBAL));
            Scope *save = b->cur;
            for (Scope *c = s; c != t; c = c->parent) {
                b->cur = c;
                use_name(b, name, glob ? SYMF_GLOBAL : SYMF_NONLOCAL, e->loc.lineno, e->loc.col_offset);
            }
            b->cur = t;
            use_name(b, name, SYMF_ASSIGNED, e->loc.lineno, e->loc.col_offset);
            b->cur = save;
        } else {
            use_name(b, name, SYMF_ASSIGNED, e->loc.lineno, e->loc.col_offset);
        }
        break;
    }
    case EXPR_BIN_OP:
        visit_expr(b, e->bin_op.left);
        visit_expr(b, e->bin_op.right);
        break;
    case EXPR_UNARY_OP: visit_expr(b, e->unary_op.operand); break;
    case EXPR_LAMBDA: {
        visit_arguments_outer(b, e->lambda.args);
        Scope *outer = b->cur;
        Scope *s = new_scope(b->st, outer, SCOPE_FUNCTION, "<lambda>", e, e->loc.lineno, e->loc.col_offset);
        if (!s)
            return;
        s->is_lambda = true;
        b->cur = s;
        visit_arguments_inner(b, e->lambda.args);
        visit_expr(b, e->lambda.body);
        b->cur = outer;
        break;
    }
    case EXPR_IF_EXP:
        visit_expr(b, e->if_exp.test);
        visit_expr(b, e->if_exp.body);
        visit_expr(b, e->if_exp.orelse);
        break;
    case EXPR_DICT:
        visit_exprs(b, &e->dict.keys);
        visit_exprs(b, &e->dict.values);
        break;
    case EXPR_SET: visit_exprs(b, &e->set.elts); break;
    case EXPR_LIST_COMP:
    case EXPR_SET_COMP:
    case EXPR_GENERATOR_EXP:
        visit_comprehension(b, e, &e->list_comp.generators, e->list_comp.elt, NULL);
        break;
    case EXPR_DICT_COMP:
        visit_comprehension(b, e, &e->dict_comp.generators, e->dict_comp.value, e->dict_comp.key);
        break;
    case EXPR_AWAIT:
        st_error(b->st, e->loc.lineno, e->loc.col_offset, "'await' is not supported yet");
        break;
    case EXPR_YIELD:
    case EXPR_YIELD_FROM: {
        Scope *s = b->cur;
        if (s->kind != SCOPE_FUNCTION || s->is_lambda) {
            if (s->kind == SCOPE_FUNCTION && s->is_lambda) {
                s->is_generator = true;
            } else {
                st_error_at(b->st, e->loc, "'%s' outside function",
                         e->kind == EXPR_YIELD ? "yield" : "yield from");
                return;
            }
        }
        if (s->is_comprehension) {
            static const char *const what[] = {"list comprehension", "set comprehension", "dict comprehension",
                                               "generator expression"};
            const AstExpr *ce = s->node;
            int k = ce->kind == EXPR_LIST_COMP ? 0 : ce->kind == EXPR_SET_COMP ? 1 : ce->kind == EXPR_DICT_COMP ? 2 : 3;
            st_error_at(b->st, e->loc, "'yield' inside %s", what[k]);
            return;
        }
        s->is_generator = true;
        visit_expr(b, e->yield.value);
        break;
    }
    case EXPR_COMPARE:
        visit_expr(b, e->compare.left);
        visit_exprs(b, &e->compare.comparators);
        break;
    case EXPR_CALL:
        visit_expr(b, e->call.func);
        visit_exprs(b, &e->call.args);
        for (int i = 0; i < e->call.keywords.count; i++)
            visit_expr(b, e->call.keywords.items[i]->value);
        break;
    case EXPR_FORMATTED_VALUE:
        visit_expr(b, e->formatted_value.value);
        visit_expr(b, e->formatted_value.format_spec);
        break;
    case EXPR_JOINED_STR: visit_exprs(b, &e->joined_str.values); break;
    case EXPR_CONSTANT: break;
    case EXPR_ATTRIBUTE: visit_expr(b, e->attribute.value); break;
    case EXPR_SUBSCRIPT:
        visit_expr(b, e->subscript.value);
        visit_expr(b, e->subscript.slice);
        break;
    case EXPR_STARRED: visit_expr(b, e->starred.value); break;
    case EXPR_NAME: {
        const char *id = e->name.id;
        if (e->name.ctx == AST_LOAD) {
            use_name(b, id, SYMF_USED, e->loc.lineno, e->loc.col_offset);
            // super() and __class__ in a method need the class cell.
            if (b->cur->kind == SCOPE_FUNCTION && (strcmp(id, "super") == 0 || strcmp(id, "__class__") == 0))
                use_name(b, "__class__", SYMF_USED, e->loc.lineno, e->loc.col_offset);
        } else if (e->name.ctx == AST_DEL) {
            use_name(b, id, SYMF_ASSIGNED | SYMF_DELETED, e->loc.lineno, e->loc.col_offset);
        } else {
            use_name(b, id, SYMF_ASSIGNED, e->loc.lineno, e->loc.col_offset);
        }
        break;
    }
    case EXPR_LIST:
    case EXPR_TUPLE: visit_exprs(b, &e->list.elts); break;
    case EXPR_SLICE:
        visit_expr(b, e->slice.lower);
        visit_expr(b, e->slice.upper);
        visit_expr(b, e->slice.step);
        break;
    }
}

// A pattern binds its capture names and evaluates its value patterns,
// class names and mapping keys.
static void visit_pattern(Builder *b, const AstPattern *p) {
    switch (p->kind) {
    case PATTERN_MATCH_VALUE:
        visit_expr(b, p->match_value.value);
        break;
    case PATTERN_MATCH_SINGLETON:
        break;
    case PATTERN_MATCH_SEQUENCE:
        for (int i = 0; i < p->match_sequence.patterns.count; i++)
            visit_pattern(b, p->match_sequence.patterns.items[i]);
        break;
    case PATTERN_MATCH_MAPPING:
        visit_exprs(b, &p->match_mapping.keys);
        for (int i = 0; i < p->match_mapping.patterns.count; i++)
            visit_pattern(b, p->match_mapping.patterns.items[i]);
        if (p->match_mapping.rest)
            use_name(b, p->match_mapping.rest, SYMF_ASSIGNED, p->loc.lineno, p->loc.col_offset);
        break;
    case PATTERN_MATCH_CLASS:
        visit_expr(b, p->match_class.cls);
        for (int i = 0; i < p->match_class.patterns.count; i++)
            visit_pattern(b, p->match_class.patterns.items[i]);
        for (int i = 0; i < p->match_class.kwd_patterns.count; i++)
            visit_pattern(b, p->match_class.kwd_patterns.items[i]);
        break;
    case PATTERN_MATCH_STAR:
        if (p->match_star.name)
            use_name(b, p->match_star.name, SYMF_ASSIGNED, p->loc.lineno, p->loc.col_offset);
        break;
    case PATTERN_MATCH_AS:
        if (p->match_as.pattern)
            visit_pattern(b, p->match_as.pattern);
        if (p->match_as.name)
            use_name(b, p->match_as.name, SYMF_ASSIGNED, p->loc.lineno, p->loc.col_offset);
        break;
    case PATTERN_MATCH_OR:
        for (int i = 0; i < p->match_or.patterns.count; i++)
            visit_pattern(b, p->match_or.patterns.items[i]);
        break;
    }
}

static void visit_stmts(Builder *b, const AstStmtSeq *seq) {
    for (int i = 0; i < seq->count && !b->st->failed; i++)
        visit_stmt(b, seq->items[i]);
}

static void bind_alias(Builder *b, const AstAlias *a, int lineno, int col) {
    const char *name = a->asname;
    if (!name) {
        // `import a.b.c` binds `a`.
        const char *dot = strchr(a->name, '.');
        name = dot ? mo_arena_strndup(b->st->arena, a->name, (size_t)(dot - a->name)) : a->name;
    }
    use_name(b, name, SYMF_ASSIGNED, lineno, col);
}

static void visit_stmt(Builder *b, const AstStmt *s) {
    if (b->st->failed)
        return;
    switch (s->kind) {
    case STMT_FUNCTION_DEF: {
        const AstStmt *f = s;
        use_name(b, f->function_def.name, SYMF_ASSIGNED, s->loc.lineno, s->loc.col_offset);
        visit_exprs(b, &f->function_def.decorator_list);
        visit_arguments_outer(b, f->function_def.args);
        visit_annotation(b, f->function_def.returns);
        Scope *outer = b->cur;
        Scope *sc = new_scope(b->st, outer, SCOPE_FUNCTION, f->function_def.name, s, s->loc.lineno,
                              s->loc.col_offset);
        if (!sc)
            return;
        b->cur = sc;
        visit_arguments_inner(b, f->function_def.args);
        visit_stmts(b, &f->function_def.body);
        b->cur = outer;
        break;
    }
    case STMT_ASYNC_FUNCTION_DEF:
    case STMT_ASYNC_FOR:
    case STMT_ASYNC_WITH:
        st_error(b->st, s->loc.lineno, s->loc.col_offset, "async functions are not supported yet");
        break;
    case STMT_CLASS_DEF: {
        use_name(b, s->class_def.name, SYMF_ASSIGNED, s->loc.lineno, s->loc.col_offset);
        visit_exprs(b, &s->class_def.decorator_list);
        visit_exprs(b, &s->class_def.bases);
        for (int i = 0; i < s->class_def.keywords.count; i++)
            visit_expr(b, s->class_def.keywords.items[i]->value);
        Scope *outer = b->cur;
        Scope *sc = new_scope(b->st, outer, SCOPE_CLASS, s->class_def.name, s, s->loc.lineno, s->loc.col_offset);
        if (!sc)
            return;
        b->cur = sc;
        visit_stmts(b, &s->class_def.body);
        b->cur = outer;
        break;
    }
    case STMT_RETURN: visit_expr(b, s->return_.value); break;
    case STMT_DELETE: visit_exprs(b, &s->delete_.targets); break;
    case STMT_ASSIGN:
        visit_expr(b, s->assign.value);
        visit_exprs(b, &s->assign.targets);
        break;
    case STMT_AUG_ASSIGN:
        visit_expr(b, s->aug_assign.value);
        if (s->aug_assign.target->kind == EXPR_NAME) {
            use_name(b, s->aug_assign.target->name.id, SYMF_ASSIGNED | SYMF_USED, s->loc.lineno,
                     s->loc.col_offset);
        } else {
            visit_expr(b, s->aug_assign.target);
        }
        break;
    case STMT_ANN_ASSIGN: {
        const AstExpr *t = s->ann_assign.target;
        if (t->kind == EXPR_NAME) {
            Symbol *sym = mo_scope_symbol(b->cur, mangle(b, t->name.id));
            // A module's `global x` changes nothing, so `x: int` may follow it.
            if (sym && (sym->flags & (SYMF_GLOBAL | SYMF_NONLOCAL)) && s->ann_assign.simple &&
                b->cur->kind != SCOPE_MODULE) {
                st_error_at(b->st, s->loc, "annotated name '%s' can't be %s", t->name.id,
                            (sym->flags & SYMF_GLOBAL) ? "global" : "nonlocal");
                return;
            }
            use_name(b, t->name.id, SYMF_ASSIGNED | (s->ann_assign.simple ? SYMF_ANNOT : 0), t->loc.lineno,
                     t->loc.col_offset);
        } else {
            visit_expr(b, t);
        }
        if (b->cur->kind != SCOPE_FUNCTION)
            visit_expr(b, s->ann_assign.annotation);
        visit_expr(b, s->ann_assign.value);
        break;
    }
    case STMT_FOR:
        visit_expr(b, s->for_.iter);
        visit_target(b, s->for_.target);
        visit_stmts(b, &s->for_.body);
        visit_stmts(b, &s->for_.orelse);
        break;
    case STMT_WHILE:
        visit_expr(b, s->while_.test);
        visit_stmts(b, &s->while_.body);
        visit_stmts(b, &s->while_.orelse);
        break;
    case STMT_IF:
        visit_expr(b, s->if_.test);
        visit_stmts(b, &s->if_.body);
        visit_stmts(b, &s->if_.orelse);
        break;
    case STMT_WITH:
        for (int i = 0; i < s->with.items.count; i++) {
            visit_expr(b, s->with.items.items[i]->context_expr);
            visit_expr(b, s->with.items.items[i]->optional_vars);
        }
        visit_stmts(b, &s->with.body);
        break;
    case STMT_MATCH:
        visit_expr(b, s->match.subject);
        for (int i = 0; i < s->match.cases.count; i++) {
            const AstMatchCase *mc = s->match.cases.items[i];
            visit_pattern(b, mc->pattern);
            visit_expr(b, mc->guard);
            visit_stmts(b, &mc->body);
        }
        break;
    case STMT_RAISE:
        visit_expr(b, s->raise.exc);
        visit_expr(b, s->raise.cause);
        break;
    case STMT_TRY:
    case STMT_TRY_STAR:
        visit_stmts(b, &s->try_.body);
        for (int i = 0; i < s->try_.handlers.count; i++) {
            const AstExceptHandler *h = s->try_.handlers.items[i];
            visit_expr(b, h->type);
            if (h->name)
                use_name(b, h->name, SYMF_ASSIGNED, h->loc.lineno, h->loc.col_offset);
            visit_stmts(b, &h->body);
        }
        visit_stmts(b, &s->try_.orelse);
        visit_stmts(b, &s->try_.finalbody);
        break;
    case STMT_ASSERT:
        visit_expr(b, s->assert_.test);
        visit_expr(b, s->assert_.msg);
        break;
    case STMT_IMPORT:
        for (int i = 0; i < s->import.names.count; i++)
            bind_alias(b, s->import.names.items[i], s->loc.lineno, s->loc.col_offset);
        break;
    case STMT_IMPORT_FROM:
        for (int i = 0; i < s->import_from.names.count; i++) {
            const AstAlias *a = s->import_from.names.items[i];
            if (strcmp(a->name, "*") == 0) {
                if (b->cur->kind != SCOPE_MODULE) {
                    st_error_at(b->st, a->loc, "import * only allowed at module level");
                    return;
                }
                continue;
            }
            use_name(b, a->asname ? a->asname : a->name, SYMF_ASSIGNED, s->loc.lineno, s->loc.col_offset);
        }
        break;
    case STMT_GLOBAL:
        for (int i = 0; i < s->global.names.count; i++)
            declare_global(b, s->global.names.items[i], false, s->loc);
        break;
    case STMT_NONLOCAL:
        for (int i = 0; i < s->nonlocal.names.count; i++)
            declare_global(b, s->nonlocal.names.items[i], true, s->loc);
        break;
    case STMT_EXPR: visit_expr(b, s->expr.value); break;
    case STMT_PASS:
    case STMT_BREAK:
    case STMT_CONTINUE: break;
    }
}

// ----------------------------------------------------------------- pass 2

// A set of names (a growable array; sets here are small).
typedef struct NameSet {
    const char **names;
    int n, cap;
} NameSet;

static bool set_has(const NameSet *s, const char *name) {
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->names[i], name) == 0)
            return true;
    return false;
}

static void set_remove(NameSet *s, const char *name) {
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->names[i], name) == 0) {
            s->names[i] = s->names[--s->n];
            return;
        }
}

static void set_add(SymTable *st, NameSet *s, const char *name) {
    if (set_has(s, name))
        return;
    const char **p = grow(st->arena, s->names, s->n, &s->cap, sizeof(char *));
    if (!p) {
        st_error(st, 0, 0, "out of memory");
        return;
    }
    s->names = p;
    s->names[s->n++] = name;
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

static const char **sorted_copy(SymTable *st, const NameSet *s) {
    if (!s->n)
        return NULL;
    const char **p = mo_arena_alloc(st->arena, (size_t)s->n * sizeof(char *));
    if (!p) {
        st_error(st, 0, 0, "out of memory");
        return NULL;
    }
    memcpy(p, s->names, (size_t)s->n * sizeof(char *));
    qsort(p, (size_t)s->n, sizeof(char *), cmp_names);
    return p;
}

// Resolves the names of `scope`, given the names bound in enclosing
// function scopes and those declared global there; collects the names free
// in `scope` into `free_out`.
static void analyze(SymTable *st, Scope *scope, const NameSet *bound, const NameSet *globals, NameSet *free_out) {
    NameSet child_bound = {0}, child_globals = {0};
    for (int i = 0; i < globals->n; i++)
        set_add(st, &child_globals, globals->names[i]);
    if (scope->kind == SCOPE_FUNCTION || scope->kind == SCOPE_CLASS)
        for (int i = 0; i < bound->n; i++)
            set_add(st, &child_bound, bound->names[i]);

    for (int i = 0; i < scope->nsyms; i++) {
        Symbol *s = &scope->syms[i];
        if (s->flags & SYMF_GLOBAL) {
            s->scope = SYM_GLOBAL_EXPLICIT;
            set_add(st, &child_globals, s->name);
            // A function's `global x` hides an enclosing function's x from
            // the functions nested in it (a class body's does not).
            if (scope->kind != SCOPE_CLASS)
                set_remove(&child_bound, s->name);
        } else if (s->flags & SYMF_NONLOCAL) {
            if (!set_has(bound, s->name)) {
                st_error_at(st, s->decl, "no binding for nonlocal '%s' found", s->name);
                return;
            }
            s->scope = SYM_FREE;
        } else if (s->flags & (SYMF_ASSIGNED | SYMF_PARAM)) {
            s->scope = SYM_LOCAL;
            if (scope->kind == SCOPE_FUNCTION)
                set_add(st, &child_bound, s->name);
        } else if (scope->kind != SCOPE_MODULE && set_has(bound, s->name) &&
                   !(scope->kind == SCOPE_CLASS && strcmp(s->name, "__class__") == 0 && false)) {
            s->scope = SYM_FREE;
        } else if (set_has(globals, s->name)) {
            s->scope = SYM_GLOBAL_IMPLICIT;
        } else {
            s->scope = SYM_GLOBAL_IMPLICIT;
        }
    }
    if (scope->kind == SCOPE_CLASS)
        set_add(st, &child_bound, "__class__");

    NameSet free_children = {0};
    for (int c = 0; c < scope->nchildren && !st->failed; c++) {
        NameSet cf = {0};
        analyze(st, scope->children[c], &child_bound, &child_globals, &cf);
        for (int i = 0; i < cf.n; i++)
            set_add(st, &free_children, cf.names[i]);
    }
    if (st->failed)
        return;

    NameSet cells = {0}, frees = {0};
    for (int i = 0; i < free_children.n; i++) {
        const char *name = free_children.names[i];
        Symbol *s = mo_scope_symbol(scope, name);
        if (scope->kind == SCOPE_CLASS && strcmp(name, "__class__") == 0) {
            scope->needs_class_cell = true;
            set_add(st, &cells, name);
            continue;
        }
        if (scope->kind == SCOPE_FUNCTION && s && (s->scope == SYM_LOCAL || s->scope == SYM_CELL)) {
            s->scope = SYM_CELL;
            continue;
        }
        if (s && s->scope == SYM_GLOBAL_EXPLICIT) {
            // A class body's `global y` does not reach its methods and
            // comprehensions: theirs is still the enclosing function's y,
            // whose cell the class passes through (CPython's DEF_FREE_CLASS).
            if (scope->kind == SCOPE_CLASS) {
                s->flags |= SYMF_FREE_CLASS;
                set_add(st, &frees, name);
            }
            continue;
        }
        // Passing through: free here too.
        if (!s) {
            s = add_symbol(st, scope, name);
            if (!s)
                return;
            s->scope = SYM_FREE;
        } else if (scope->kind == SCOPE_CLASS && s->scope == SYM_LOCAL) {
            s->flags |= SYMF_FREE_CLASS;
            set_add(st, &frees, name);
            continue;
        } else if (s->scope != SYM_FREE) {
            s->scope = SYM_FREE;
        }
    }
    for (int i = 0; i < scope->nsyms; i++) {
        Symbol *s = &scope->syms[i];
        if (s->scope == SYM_FREE) {
            set_add(st, &frees, s->name);
            set_add(st, free_out, s->name);
        } else if (s->scope == SYM_CELL) {
            set_add(st, &cells, s->name);
        }
        if (s->flags & SYMF_FREE_CLASS)
            set_add(st, free_out, s->name);
    }
    scope->cellvars = sorted_copy(st, &cells);
    scope->ncellvars = cells.n;
    scope->freevars = sorted_copy(st, &frees);
    scope->nfreevars = frees.n;

    if (scope->kind == SCOPE_FUNCTION) {
        // Parameters first, in order, then the other locals as they appear.
        NameSet vars = {0};
        for (int i = 0; i < scope->nsyms; i++)
            if (scope->syms[i].flags & SYMF_PARAM)
                set_add(st, &vars, scope->syms[i].name);
        for (int i = 0; i < scope->nsyms; i++) {
            Symbol *s = &scope->syms[i];
            if ((s->scope == SYM_LOCAL || s->scope == SYM_CELL) && !(s->flags & SYMF_PARAM))
                set_add(st, &vars, s->name);
        }
        scope->varnames = vars.names;
        scope->nvarnames = vars.n;
    }
}

bool mo_symtable_build(SymTable *st, Arena *arena, const AstMod *mod) {
    memset(st, 0, sizeof *st);
    st->arena = arena;
    Builder b = {st, NULL};
    st->top = new_scope(st, NULL, SCOPE_MODULE, "<module>", NULL, 1, 0);
    if (!st->top)
        return false;
    b.cur = st->top;
    switch (mod->kind) {
    case MOD_MODULE: visit_stmts(&b, &mod->module.body); break;
    case MOD_INTERACTIVE: visit_stmts(&b, &mod->interactive.body); break;
    case MOD_EXPRESSION: visit_expr(&b, mod->expression.body); break;
    default: break;
    }
    if (st->failed)
        return false;
    NameSet none = {0}, free_top = {0};
    analyze(st, st->top, &none, &none, &free_top);
    return !st->failed;
}
