// src/front/parser.c — the parser's entry point, token buffer and errors.
//
// Owns: `mo_parser_parse` (prepare the source, run the first pass, run the
// error pass when needed, settle which error to report — CPython's
// _PyPegen_run_parser and _PyPegen_set_syntax_error), the lazily filled
// token array, the second-pass memo table, and every way of raising a
// SyntaxError with CPython's line/offset conventions (offsets reported in
// characters, computed from byte columns by decoding the line).
//
// Invariants: tokens are appended, never moved (pointers stay valid); once
// `p->error` is set the error is final except where CPython itself replaces
// it (a lexical error found later in the file, an unclosed bracket).
//
// Read next: src/front/parser_internal.h (the rule conventions),
// src/front/parser_stmt.c (the grammar starts there).
#include "front/parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "front/parser_internal.h"
#include "front/unicode.h"
#include "runtime/strbuf.h"

#define TOKEN_CHUNK 256

// ------------------------------------------------------------- errors

// The text of line `lineno` of the parser's source, or NULL.
static const char *find_line(Parser *p, int lineno, size_t *len) {
    int first = p->starting_lineno ? p->starting_lineno : 1;
    if (lineno < first)
        return NULL;
    const char *s = p->src;
    const char *end = p->src + p->src_len;
    for (int n = first; n < lineno; n++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        if (!nl)
            return NULL;
        s = nl + 1;
    }
    if (s >= end)
        return NULL;
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    *len = nl ? (size_t)(nl + 1 - s) : (size_t)(end - s);
    return s;
}

// CPython's _PyPegen_byte_offset_to_character_offset: the number of
// characters in the first `col` bytes of the line (`col` is 1-based, so this
// is the 1-based character column), clamped to the line's length + 1.
static int byte_to_char_offset(const char *line, size_t len, int col) {
    if (!line)
        return col;
    if (col < 0)
        return col;
    // The line as Python sees it is NUL-terminated; one past its end counts
    // as a character.
    size_t n = (size_t)col;
    if (n > len + 1)
        n = len + 1;
    int chars = mo_tokenizer_count_chars(line, n > len ? len : n);
    if (n > len)
        chars++;
    return chars;
}

static void set_error(Parser *p, const char *type, int lineno, int col_offset,
                      int end_lineno, int end_col_offset, const char *msg) {
    SyntaxErrorInfo *err = p->err;
    free(err->text);
    err->text = NULL;
    err->type = type;
    err->incomplete = false;
    if (p->mode == MO_PARSE_FSTRING && strcmp(type, "MemoryError") != 0) {
        snprintf(err->msg, sizeof err->msg, "f-string: %.240s", msg);
        col_offset -= p->starting_col;
        end_col_offset -= p->starting_col;
    } else {
        snprintf(err->msg, sizeof err->msg, "%s", msg);
    }
    size_t len = 0;
    const char *line = find_line(p, lineno, &len);
    // CPython takes a line behind the tokenizer from the source without its
    // newline, and the tokenizer's current line with it; the difference
    // shows when a column is clamped to the line's length.
    if (line && lineno < p->tok->lineno && len && line[len - 1] == '\n')
        len--;
    err->lineno = lineno;
    err->end_lineno = end_lineno;
    // CPython converts both columns with the text of the *first* line, even
    // when the error ends on a later one.
    err->offset = byte_to_char_offset(line, len, col_offset);
    err->end_offset = end_col_offset > 0 ? byte_to_char_offset(line, len, end_col_offset)
                                         : end_col_offset;
    if (line) {
        err->text = malloc(len + 1);
        if (err->text) {
            memcpy(err->text, line, len);
            err->text[len] = '\0';
        }
    }
    p->error = true;
}

static void vraise_known(Parser *p, const char *type, int lineno, int col_offset,
                         int end_lineno, int end_col_offset, const char *fmt, va_list ap) {
    if (p->error)
        return;
    char msg[256];
    vsnprintf(msg, sizeof msg, fmt, ap);
    set_error(p, type, lineno, col_offset, end_lineno, end_col_offset, msg);
}

// RAISE_ERROR_KNOWN_LOCATION: 0-based columns in, CPython's +1 applied.
void mo_parser_raise_at(Parser *p, const char *type, int lineno, int col,
                        int end_lineno, int end_col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vraise_known(p, type, lineno, col + 1, end_lineno, end_col + 1, fmt, ap);
    va_end(ap);
}

// _PyPegen_raise_error: at the last token read (or `known_err_token`).
static void vraise_last(Parser *p, const char *type, const char *fmt, va_list ap) {
    if (p->error)
        return;
    if (p->fill == 0) {
        vraise_known(p, type, 0, 0, 0, -1, fmt, ap);
        return;
    }
    Token *t = p->known_err_token ? p->known_err_token : p->tokens[p->fill - 1];
    int col = t->col == -1 ? t->cur_col : t->col + 1;
    int end_col = t->end_col != -1 ? t->end_col + 1 : -1;
    vraise_known(p, type, t->lineno, col, t->end_lineno, end_col, fmt, ap);
}

void mo_parser_raise(Parser *p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vraise_last(p, "SyntaxError", fmt, ap);
    va_end(ap);
}

void mo_parser_raise_indentation(Parser *p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vraise_last(p, "IndentationError", fmt, ap);
    va_end(ap);
}

void mo_parser_raise_loc(Parser *p, AstLoc loc, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vraise_known(p, "SyntaxError", loc.lineno, loc.col_offset + 1, loc.end_lineno,
                 loc.end_col_offset + 1, fmt, ap);
    va_end(ap);
}

void mo_parser_raise_range(Parser *p, AstLoc a, AstLoc b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vraise_known(p, "SyntaxError", a.lineno, a.col_offset + 1, b.end_lineno,
                 b.end_col_offset + 1, fmt, ap);
    va_end(ap);
}

// RAISE_SYNTAX_ERROR_STARTING_FROM: the end is CPython's CURRENT_POS,
// where the tokenizer stands (after the last token read).
void mo_parser_raise_from(Parser *p, AstLoc a, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Token *last = p->fill ? p->tokens[p->fill - 1] : NULL;
    vraise_known(p, "SyntaxError", a.lineno, a.col_offset + 1, last ? last->end_lineno : a.lineno,
                 last ? last->cur_col : -1, fmt, ap);
    va_end(ap);
}

void mo_parser_raise_memory(Parser *p) {
    if (p->error)
        return;
    SyntaxErrorInfo *err = p->err;
    free(err->text);
    memset(err, 0, sizeof *err);
    err->type = "MemoryError";
    p->error = true;
}

AstLoc mo_parser_token_loc(Token *t) {
    return (AstLoc){t->lineno, t->col, t->end_lineno, t->end_col};
}

static void raise_unclosed_parentheses(Parser *p) {
    Tokenizer *tok = p->tok;
    int lineno = tok->parenlinenostack[tok->level - 1];
    int col = tok->parencolstack[tok->level - 1];
    char c = tok->parenstack[tok->level - 1];
    mo_parser_raise_at(p, "SyntaxError", lineno, col, lineno, -1, "'%c' was never closed", c);
}

// The tokenizer returned ERRORTOKEN: word its error (CPython's
// tokenizer_error).
static void tokenizer_error(Parser *p) {
    Tokenizer *tok = p->tok;
    switch (tok->done) {
    case TOK_ERROR: {
        if (p->error)
            return;
        // The tokenizer computed character offsets already.
        TokError *e = &tok->error;
        SyntaxErrorInfo *err = p->err;
        free(err->text);
        err->text = NULL;
        err->type = "SyntaxError";
        if (p->mode == MO_PARSE_FSTRING)
            snprintf(err->msg, sizeof err->msg, "f-string: %.240s", e->msg);
        else
            snprintf(err->msg, sizeof err->msg, "%s", e->msg);
        err->lineno = e->lineno;
        err->offset = e->offset;
        err->end_lineno = e->end_lineno;
        err->end_offset = e->end_offset;
        err->incomplete = e->at_eof;
        size_t len;
        const char *line = find_line(p, e->lineno, &len);
        if (line) {
            // Tokenizer errors show the line without its newline.
            if (len && line[len - 1] == '\n')
                len--;
            err->text = malloc(len + 1);
            if (err->text) {
                memcpy(err->text, line, len);
                err->text[len] = '\0';
            }
        }
        p->error = true;
        return;
    }
    case TOK_EOF:
        if (tok->level)
            raise_unclosed_parentheses(p);
        else
            mo_parser_raise(p, "unexpected EOF while parsing");
        p->err->incomplete = true;
        return;
    case TOK_DEDENT:
        mo_parser_raise_indentation(p, "unindent does not match any outer indentation level");
        return;
    case TOK_TABSPACE:
        mo_parser_raise_at(p, "TabError", tok->lineno, 0, tok->lineno, -1,
                           "inconsistent use of tabs and spaces in indentation");
        return;
    case TOK_TOODEEP:
        mo_parser_raise_at(p, "IndentationError", tok->lineno, 0, tok->lineno, -1,
                           "too many levels of indentation");
        return;
    case TOK_LINECONT:
        mo_parser_raise_at(p, "SyntaxError", tok->lineno,
                           (int)(tok->cur - tok->line_start) - 1, tok->lineno, -1,
                           "unexpected character after line continuation character");
        return;
    case TOK_OK:
        mo_parser_raise(p, "unknown parsing error");
        return;
    }
}

// --------------------------------------------------------------- tokens

static Token *new_token(Parser *p) {
    if (p->fill == p->size) {
        int size = p->size ? p->size * 2 : 256;
        Token **tokens = realloc(p->tokens, (size_t)size * sizeof *tokens);
        if (!tokens)
            return NULL;
        p->tokens = tokens;
        p->size = size;
    }
    if (p->chunk_left == 0) {
        p->chunk = mo_arena_alloc(p->arena, TOKEN_CHUNK * sizeof(Token));
        if (!p->chunk)
            return NULL;
        p->chunk_left = TOKEN_CHUNK;
    }
    p->chunk_left--;
    return p->chunk++;
}

// Reads one more token (CPython's _PyPegen_fill_token). Returns false when
// an error was raised.
static bool fill_token(Parser *p) {
    Token *t = new_token(p);
    if (!t) {
        mo_parser_raise_memory(p);
        return false;
    }
    TokenKind kind = mo_tokenizer_next(p->tok, t);
    // Interactive input: the end of input first reads as a NEWLINE (and
    // closes every open block), so a compound statement can end there.
    if (p->mode == MO_PARSE_SINGLE && kind == TK_ENDMARKER && p->parsing_started) {
        t->kind = TK_NEWLINE;
        p->parsing_started = false;
        if (p->tok->indent) {
            p->tok->pendin = -p->tok->indent;
            p->tok->indent = 0;
        }
    } else {
        p->parsing_started = true;
    }
    p->tokens[p->fill++] = t;
    if (kind == TK_ERRORTOKEN) {
        tokenizer_error(p);
        return false;
    }
    return true;
}

Token *mo_parser_peek_at(Parser *p, int index) {
    while (index >= p->fill) {
        if (p->fill && p->tokens[p->fill - 1]->kind == TK_ERRORTOKEN)
            return p->tokens[p->fill - 1];
        if (!fill_token(p) && p->fill == 0) {
            // Could not even allocate the first token.
            static Token dummy = {.kind = TK_ERRORTOKEN};
            return &dummy;
        }
    }
    return p->tokens[index];
}

Token *mo_parser_peek(Parser *p) { return mo_parser_peek_at(p, p->mark); }

TokenKind mo_parser_peek_kind(Parser *p) { return mo_parser_peek_at(p, p->mark)->kind; }

Token *mo_parser_expect(Parser *p, TokenKind kind) {
    Token *t = mo_parser_peek(p);
    if (t->kind != kind)
        return NULL;
    p->mark++;
    return t;
}

Token *mo_parser_expect_forced(Parser *p, TokenKind kind, const char *text) {
    if (p->error)
        return NULL;
    Token *t = mo_parser_peek(p);
    if (p->error)
        return NULL;
    if (t->kind != kind) {
        mo_parser_raise_loc(p, mo_parser_token_loc(t), "expected '%s'", text);
        return NULL;
    }
    p->mark++;
    return t;
}

Token *mo_parser_last(Parser *p) { return p->tokens[p->mark - 1]; }

// An identifier from a NAME token: non-ASCII names are NFKC-normalized, as
// Python does (`ﬁle` and `file` are the same name).
char *mo_parser_identifier(Parser *p, Token *t) {
    size_t n = (size_t)(t->end - t->start);
    bool ascii = true;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)t->start[i] >= 0x80)
            ascii = false;
    char *s;
    if (ascii) {
        s = mo_arena_strndup(p->arena, t->start, n);
    } else {
        StrBuf b = STRBUF_INIT;
        s = mo_unicode_nfkc(t->start, n, &b) ? mo_arena_strndup(p->arena, b.data, b.len) : NULL;
        mo_strbuf_free(&b);
    }
    if (!s)
        mo_parser_raise_memory(p);
    return s;
}

const char *mo_parser_name(Parser *p, Token **tok_out) {
    Token *t = mo_parser_peek(p);
    if (t->kind != TK_NAME)
        return NULL;
    const char *s = mo_parser_identifier(p, t);
    if (!s)
        return NULL;
    p->mark++;
    if (tok_out)
        *tok_out = t;
    return s;
}

bool mo_parser_is_name(Parser *p, int index, const char *word) {
    Token *t = mo_parser_peek_at(p, index);
    size_t n = strlen(word);
    return t->kind == TK_NAME && (size_t)(t->end - t->start) == n &&
           memcmp(t->start, word, n) == 0;
}

// ------------------------------------------------------------ helpers

bool mo_parser_enter(Parser *p) {
    if (p->error)
        return false;
    if ((*p->level)++ >= MO_PARSER_MAXSTACK) {
        (*p->level)--;
        mo_parser_raise_memory(p);
        return false;
    }
    return true;
}

void *mo_parser_alloc(Parser *p, size_t size) {
    void *r = mo_arena_alloc(p->arena, size);
    if (!r)
        mo_parser_raise_memory(p);
    return r;
}

AstLoc mo_parser_loc(Token *start, Token *end) {
    return (AstLoc){start->lineno, start->col, end->end_lineno, end->end_col};
}

AstLoc mo_parser_loc_from(Token *start, AstLoc end) {
    return (AstLoc){start->lineno, start->col, end.end_lineno, end.end_col_offset};
}

AstLoc mo_parser_span(AstLoc start, AstLoc end) {
    return (AstLoc){start.lineno, start.col_offset, end.end_lineno, end.end_col_offset};
}

// CPython's EXTRA ends at the last token that is not NEWLINE, INDENT,
// DEDENT or ENDMARKER (_PyPegen_get_last_nonnwhitespace_token).
AstLoc mo_parser_extra(Parser *p, Token *start) {
    Token *t = start;
    for (int m = p->mark - 1; m >= 0; m--) {
        t = p->tokens[m];
        if (t->kind != TK_ENDMARKER && t->kind != TK_NEWLINE && t->kind != TK_INDENT &&
            t->kind != TK_DEDENT)
            break;
    }
    return mo_parser_loc(start, t);
}

AstExpr *mo_parser_new_expr(Parser *p, AstExprKind kind, AstLoc loc) {
    AstExpr *e = mo_ast_new_expr(p->arena, kind, loc);
    if (!e)
        mo_parser_raise_memory(p);
    return e;
}

AstStmt *mo_parser_new_stmt(Parser *p, AstStmtKind kind, AstLoc loc) {
    AstStmt *s = mo_ast_new_stmt(p->arena, kind, loc);
    if (!s)
        mo_parser_raise_memory(p);
    return s;
}

void mo_parser_list_init(PtrList *l) {
    l->items = l->inline_items;
    l->count = 0;
    l->cap = (int)(sizeof l->inline_items / sizeof l->inline_items[0]);
}

bool mo_parser_list_push(Parser *p, PtrList *l, void *item) {
    if (l->count == l->cap) {
        int cap = l->cap * 2;
        void **items = mo_arena_alloc(p->arena, (size_t)cap * sizeof(void *));
        if (!items) {
            mo_parser_raise_memory(p);
            return false;
        }
        memcpy(items, l->items, (size_t)l->count * sizeof(void *));
        l->items = items;
        l->cap = cap;
    }
    l->items[l->count++] = item;
    return true;
}

void **mo_parser_list_finish(Parser *p, PtrList *l) {
    if (l->count == 0)
        return NULL;
    void **items = mo_arena_alloc(p->arena, (size_t)l->count * sizeof(void *));
    if (!items) {
        mo_parser_raise_memory(p);
        return NULL;
    }
    memcpy(items, l->items, (size_t)l->count * sizeof(void *));
    return items;
}

// ------------------------------------------------------------------ memo

typedef struct MemoEntry {
    int rule;   // 0 = empty slot
    int mark;
    int end;    // mark after the rule, or -1 when it failed
    void *result;
} MemoEntry;

struct MemoTable {
    MemoEntry *entries;
    size_t cap;   // a power of two
    size_t used;
};

static size_t memo_hash(int rule, int mark, size_t cap) {
    size_t h = ((size_t)(unsigned)mark * 31u + (size_t)(unsigned)rule) * 0x9E3779B97F4A7C15ull;
    return (h >> 17) & (cap - 1);
}

bool mo_parser_memo_get(Parser *p, int rule, int mark, void **result) {
    MemoTable *m = p->memo;
    if (!m || !m->cap)
        return false;
    for (size_t i = memo_hash(rule, mark, m->cap);; i = (i + 1) & (m->cap - 1)) {
        MemoEntry *e = &m->entries[i];
        if (!e->rule)
            return false;
        if (e->rule == rule && e->mark == mark) {
            *result = e->result;
            if (e->end >= 0)
                p->mark = e->end;
            return true;
        }
    }
}

void mo_parser_memo_put(Parser *p, int rule, int mark, void *result) {
    MemoTable *m = p->memo;
    if (!m || p->error)
        return;
    if ((m->used + 1) * 2 > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 1024;
        MemoEntry *entries = calloc(cap, sizeof *entries);
        if (!entries)
            return;  // memoizing is only an optimization
        for (size_t i = 0; i < m->cap; i++) {
            MemoEntry *e = &m->entries[i];
            if (!e->rule)
                continue;
            size_t j = memo_hash(e->rule, e->mark, cap);
            while (entries[j].rule)
                j = (j + 1) & (cap - 1);
            entries[j] = *e;
        }
        free(m->entries);
        m->entries = entries;
        m->cap = cap;
    }
    size_t i = memo_hash(rule, mark, m->cap);
    while (m->entries[i].rule && !(m->entries[i].rule == rule && m->entries[i].mark == mark))
        i = (i + 1) & (m->cap - 1);
    if (!m->entries[i].rule)
        m->used++;
    m->entries[i] = (MemoEntry){rule, mark, result ? p->mark : -1, result};
}

// -------------------------------------------------------------- passes

// After an error raised by the parser, CPython tokenizes the rest of the
// input: a lexical error there wins, and so does an unclosed bracket opened
// on an earlier line than the error.
static void tokenize_rest_for_errors(Parser *p) {
    Tokenizer *tok = p->tok;
    Token *current = p->known_err_token ? p->known_err_token
                     : p->fill ? p->tokens[p->fill - 1] : NULL;
    int current_err_line = current ? current->lineno : 0;
    SyntaxErrorInfo saved = *p->err;  // takes over `text`
    p->err->text = NULL;
    p->error = false;
    for (;;) {
        Token t;
        TokenKind kind = mo_tokenizer_next(tok, &t);
        if (kind == TK_ERRORTOKEN) {
            if (tok->done == TOK_ERROR)
                tokenizer_error(p);  // a lexical error wins as it is
            else if (tok->level != 0 &&
                     current_err_line > tok->parenlinenostack[tok->level - 1])
                raise_unclosed_parentheses(p);
            break;
        }
        if (kind == TK_ENDMARKER)
            break;
    }
    if (p->error) {
        free(saved.text);
    } else {
        free(p->err->text);
        *p->err = saved;
        p->error = true;
    }
}

static bool tokenizer_ok(Parser *p) { return p->tok->done == TOK_OK; }

// Which error to report after a failed parse (_PyPegen_set_syntax_error).
static void set_syntax_error(Parser *p, Token *last_token) {
    if (p->error) {
        if (tokenizer_ok(p) && p->err->type && strcmp(p->err->type, "MemoryError") != 0)
            tokenize_rest_for_errors(p);
        return;
    }
    if (p->fill == 0) {
        mo_parser_raise(p, "error at start before reading any input");
        return;
    }
    if (last_token->kind == TK_INDENT || last_token->kind == TK_DEDENT) {
        mo_parser_raise_indentation(p, last_token->kind == TK_INDENT ? "unexpected indent"
                                                                     : "unexpected unindent");
        return;
    }
    mo_parser_raise_at(p, "SyntaxError", last_token->lineno, last_token->col,
                       last_token->end_lineno, last_token->end_col, "invalid syntax");
    tokenize_rest_for_errors(p);
}

static AstMod *run_pass(Parser *p) {
    bool ok = false;
    AstMod *mod = mo_parser_alloc(p, sizeof(AstMod));
    if (!mod)
        return NULL;
    switch (p->mode) {
    case MO_PARSE_FILE:
        mod->kind = MOD_MODULE;
        mod->module.body = mo_parser_stmt_file(p, &ok);
        break;
    case MO_PARSE_SINGLE:
        mod->kind = MOD_INTERACTIVE;
        mod->interactive.body = mo_parser_stmt_interactive(p, &ok);
        break;
    case MO_PARSE_EVAL: {
        // eval: expressions NEWLINE* ENDMARKER
        mod->kind = MOD_EXPRESSION;
        AstExpr *e = mo_parser_expr_expressions(p);
        if (e) {
            while (mo_parser_expect(p, TK_NEWLINE))
                ;
            if (mo_parser_expect(p, TK_ENDMARKER)) {
                mod->expression.body = e;
                ok = true;
            }
        }
        break;
    }
    case MO_PARSE_FSTRING: {
        // fstring: star_expressions
        mod->kind = MOD_EXPRESSION;
        AstExpr *e = mo_parser_expr_star_expressions(p);
        if (e) {
            mod->expression.body = e;
            ok = true;
        }
        break;
    }
    }
    return ok && !p->error ? mod : NULL;
}

// Input left after one interactive statement (only whitespace and comments
// may follow). CPython's bad_single_statement.
static bool bad_single_statement(Parser *p) {
    const char *cur = p->tok->cur;
    const char *end = p->tok->buf_end;
    for (;;) {
        while (cur < end && (*cur == ' ' || *cur == '\t' || *cur == '\n' || *cur == '\014'))
            cur++;
        if (cur >= end)
            return false;
        if (*cur == '#') {
            while (cur < end && *cur != '\n')
                cur++;
            continue;
        }
        return true;
    }
}

// Runs both passes over an initialized parser.
static AstMod *run_parser(Parser *p) {
    MemoTable memo = {0};
    p->memo = &memo;
    AstMod *mod = run_pass(p);
    free(memo.entries);
    memo = (MemoTable){0};
    if (mod) {
        if (p->mode == MO_PARSE_SINGLE && bad_single_statement(p)) {
            p->memo = NULL;
            mo_parser_raise(p, "multiple statements found while compiling a single statement");
            return NULL;
        }
        p->memo = NULL;
        if (!p->parent && p->unsupported_msg) {
            mo_parser_raise_loc(p, p->unsupported_loc, "%s", p->unsupported_msg);
            return NULL;
        }
        return mod;
    }
    if (p->error && p->err->type && strcmp(p->err->type, "MemoryError") == 0) {
        p->memo = NULL;
        return NULL;
    }
    Token *last_token = p->fill ? p->tokens[p->fill - 1] : NULL;
    if (!p->error) {
        // The error pass: the same grammar plus the invalid_* rules.
        p->mark = 0;
        p->call_invalid_rules = true;
        p->error_pass = true;
        *p->level = 0;
        run_pass(p);
        free(memo.entries);
    }
    p->memo = NULL;
    // Input that merely stopped too early (checked before the rest of the
    // input is tokenized for errors): a REPL may read more.
    bool at_eof = p->tok->done == TOK_EOF || p->err->incomplete;
    set_syntax_error(p, last_token);
    if (at_eof && p->mode != MO_PARSE_FSTRING && p->err->type &&
        strcmp(p->err->type, "MemoryError") != 0)
        p->err->incomplete = true;
    return NULL;
}

static void init_parser(Parser *p, Arena *arena, Tokenizer *tok, int mode,
                        SyntaxErrorInfo *err, const char *filename, const char *src,
                        size_t src_len) {
    memset(p, 0, sizeof *p);
    p->arena = arena;
    p->tok = tok;
    p->mode = mode;
    p->err = err;
    p->filename = filename;
    p->src = src;
    p->src_len = src_len;
    p->level = &p->level_storage;
}

AstMod *mo_parser_parse(Arena *arena, const char *src, size_t len,
                        const char *filename, int mode, SyntaxErrorInfo *err) {
    memset(err, 0, sizeof *err);
    bool from_string = (mode & MO_PARSE_FLAG_STRING) != 0;
    mode &= ~MO_PARSE_FLAG_STRING;
    TokSource source;
    char msg[256];
    if (!mo_tokenizer_prepare(src, len, filename, from_string, &source, msg, sizeof msg)) {
        err->type = "SyntaxError";
        snprintf(err->msg, sizeof err->msg, "%s", msg);
        return NULL;
    }
    Tokenizer tok;
    mo_tokenizer_init_source(&tok, &source);
    Parser p;
    init_parser(&p, arena, &tok, mode, err, filename, source.buf, source.len);
    AstMod *mod = run_parser(&p);
    free(p.tokens);
    free(source.buf);
    if (mod)
        memset(err, 0, sizeof *err);
    return mod;
}

void mo_parser_error_clear(SyntaxErrorInfo *err) {
    free(err->text);
    memset(err, 0, sizeof *err);
}

// ------------------------------------------------------------- f-strings

// Where the expression of an f-string replacement field starts, relative to
// the string token (CPython's fstring_find_expr_location): `*lines` newlines
// precede it, and `*cols` bytes precede it on its line.
static void find_expr_location(Token *t, const char *expr_start, int *lines, int *cols) {
    *lines = 0;
    *cols = 0;
    const char *parent = t->start;
    bool newline_after_brace = true;
    for (const char *s = expr_start + 1; *s != '}' && *s != '\n'; s++) {
        if (*s != ' ' && *s != '\t' && *s != '\f') {
            newline_after_brace = false;
            break;
        }
    }
    if (!newline_after_brace) {
        const char *s = expr_start;
        while (s > parent && *s != '\n')
            s--;
        *cols += (int)(expr_start - s);
        if (*s == '\n')
            *cols -= 1;
    }
    for (const char *s = parent; s < expr_start; s++)
        if (*s == '\n')
            (*lines)++;
}

AstExpr *mo_parser_fstring_expr(Parser *p, const char *expr_start, const char *expr_end,
                                Token *t) {
    size_t len = (size_t)(expr_end - expr_start);
    // "(" expr ")" "\n" NUL: the parentheses allow leading whitespace.
    char *str = malloc(len + 4);
    if (!str) {
        mo_parser_raise_memory(p);
        return NULL;
    }
    str[0] = '(';
    memcpy(str + 1, expr_start, len);
    str[len + 1] = ')';
    str[len + 2] = '\n';
    str[len + 3] = '\0';
    int lines, cols;
    find_expr_location(t, expr_start - 1, &lines, &cols);
    Tokenizer tok;
    mo_tokenizer_init(&tok, str, len + 3);
    tok.lineno = t->lineno + lines - 1;
    tok.starting_lineno = t->lineno + lines;
    tok.starting_col = lines != 0 ? cols : t->col + cols;
    Parser sub;
    init_parser(&sub, p->arena, &tok, MO_PARSE_FSTRING, p->err, p->filename, str, len + 3);
    sub.starting_lineno = tok.starting_lineno;
    sub.starting_col = tok.starting_col;
    sub.parent = p;
    AstMod *mod = run_parser(&sub);
    free(sub.tokens);
    free(str);
    if (!mod) {
        p->error = true;
        return NULL;
    }
    return mod->expression.body;
}
