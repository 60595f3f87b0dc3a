// src/front/strings.c — string, bytes and f-string literals.
//
// `mo_strings_parse` implements the grammar's `strings: STRING+` action
// (CPython's _PyPegen_concatenate_strings and string_parser.c): it decodes
// each token (prefixes, escapes), concatenates adjacent literals, checks
// that bytes and str are not mixed, and splits f-strings into literal parts
// and replacement fields, whose expressions are parsed by a sub-parser over
// a "(expr)" copy (src/front/parser.c) exactly as CPython 3.11 does — so
// error messages and node positions match, quirks included (every literal
// part and FormattedValue spans the whole run of string tokens).
//
// Escape errors are reported with CPython's wording, which quotes positions
// in a transformed buffer: CPython rewrites every non-ASCII character of the
// literal as a 10-byte "\UXXXXXXXX" escape before decoding, so we do too.
//
// Output: str constants are UTF-8 (lone surrogates from "\ud800" encoded as
// 3 bytes); bytes constants are raw bytes. Both are NUL-terminated copies in
// the arena.
//
// Read next: src/front/parser_expr.c (atom calls in here).
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "front/parser_internal.h"
#include "front/unicode.h"
#include "runtime/strbuf.h"

// ------------------------------------------------------------ escapes

// Reports a decode error the way _Pypegen_raise_decode_error words it.
static void unicode_error(Parser *p, const char *buf, long start, long end, const char *reason) {
    if (end == start + 1)
        mo_parser_raise(p, "(unicode error) 'unicodeescape' codec can't decode byte 0x%02x in "
                           "position %ld: %s", (unsigned char)buf[start], start, reason);
    else
        mo_parser_raise(p, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                           "position %ld-%ld: %s", start, end - 1, reason);
}

static int hex_digit(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// CPython's unicode-escape decoder over an ASCII buffer.
static bool unicode_escape(Parser *p, const char *buf, size_t len, StrBuf *out) {
    const char *s = buf, *end = buf + len;
    while (s < end) {
        if (*s != '\\') {
            mo_strbuf_putc(out, *s++);
            continue;
        }
        long startinpos = s - buf;
        const char *message;
        s++;
        if (s >= end) {
            message = "\\ at end of string";
            goto error;
        }
        int c = (unsigned char)*s++;
        uint32_t ch;
        int count;
        switch (c) {
        case '\n': continue;
        case '\\': mo_strbuf_putc(out, '\\'); continue;
        case '\'': mo_strbuf_putc(out, '\''); continue;
        case '"': mo_strbuf_putc(out, '"'); continue;
        case 'b': mo_strbuf_putc(out, '\b'); continue;
        case 'f': mo_strbuf_putc(out, '\f'); continue;
        case 't': mo_strbuf_putc(out, '\t'); continue;
        case 'n': mo_strbuf_putc(out, '\n'); continue;
        case 'r': mo_strbuf_putc(out, '\r'); continue;
        case 'v': mo_strbuf_putc(out, '\v'); continue;
        case 'a': mo_strbuf_putc(out, '\a'); continue;
        case '0': case '1': case '2': case '3':
        case '4': case '5': case '6': case '7':
            ch = (uint32_t)(c - '0');
            if (s < end && *s >= '0' && *s <= '7') {
                ch = (ch << 3) + (uint32_t)(*s++ - '0');
                if (s < end && *s >= '0' && *s <= '7')
                    ch = (ch << 3) + (uint32_t)(*s++ - '0');
            }
            mo_strbuf_put_codepoint(out, ch);
            continue;
        case 'x': count = 2; message = "truncated \\xXX escape"; goto hexescape;
        case 'u': count = 4; message = "truncated \\uXXXX escape"; goto hexescape;
        case 'U': count = 8; message = "truncated \\UXXXXXXXX escape";
        hexescape:
            for (ch = 0; count; ++s, --count) {
                if (s >= end)
                    goto error;
                int d = hex_digit((unsigned char)*s);
                if (d < 0)
                    goto error;
                ch = (ch << 4) + (uint32_t)d;
            }
            if (ch > 0x10FFFF) {
                message = "illegal Unicode character";
                goto error;
            }
            mo_strbuf_put_codepoint(out, ch);
            continue;
        case 'N': {
            message = "malformed \\N character escape";
            if (s >= end)
                goto error;
            if (*s == '{') {
                const char *name = ++s;
                while (s < end && *s != '}')
                    s++;
                if (s >= end)
                    goto error;
                size_t namelen = (size_t)(s - name);
                if (namelen) {
                    s++;
                    if (mo_unicode_lookup_name(name, namelen, &ch)) {
                        mo_strbuf_put_codepoint(out, ch);
                        continue;
                    }
                    message = "unknown Unicode character name";
                }
            }
            goto error;
        }
        default:
            // An invalid escape keeps its backslash (CPython warns).
            mo_strbuf_putc(out, '\\');
            mo_strbuf_putc(out, (char)c);
            continue;
        }
    error:
        unicode_error(p, buf, startinpos, s - buf, message);
        return false;
    }
    return true;
}

// decode_unicode_with_escapes: rewrite non-ASCII characters as \U escapes
// (so error positions are CPython's), then decode.
static bool decode_unicode_with_escapes(Parser *p, const char *s, size_t len, StrBuf *out) {
    StrBuf tmp = STRBUF_INIT;
    const char *end = s + len;
    while (s < end) {
        if (*s == '\\') {
            mo_strbuf_putc(&tmp, *s++);
            if (s >= end || (*s & 0x80)) {
                mo_strbuf_puts(&tmp, "u005c");
                if (s >= end)
                    break;
            }
        }
        if (*s & 0x80) {
            while (s < end && (*s & 0x80)) {
                uint32_t cp;
                int n = mo_unicode_decode_utf8((const unsigned char *)s, (size_t)(end - s), &cp, true);
                if (n <= 0) {
                    cp = (unsigned char)*s;
                    n = 1;
                }
                mo_strbuf_printf(&tmp, "\\U%08x", cp);
                s += n;
            }
        } else {
            mo_strbuf_putc(&tmp, *s++);
        }
    }
    if (tmp.failed) {
        mo_strbuf_free(&tmp);
        mo_parser_raise_memory(p);
        return false;
    }
    bool ok = unicode_escape(p, tmp.data ? tmp.data : "", tmp.len, out);
    mo_strbuf_free(&tmp);
    return ok;
}

// _PyBytes_DecodeEscape
static bool decode_bytes_with_escapes(Parser *p, const char *s, size_t len, StrBuf *out) {
    const char *start = s, *end = s + len;
    while (s < end) {
        if (*s != '\\') {
            mo_strbuf_putc(out, *s++);
            continue;
        }
        s++;
        if (s == end) {
            mo_parser_raise(p, "(value error) Trailing \\ in string");
            return false;
        }
        int c = (unsigned char)*s++;
        switch (c) {
        case '\n': break;
        case '\\': mo_strbuf_putc(out, '\\'); break;
        case '\'': mo_strbuf_putc(out, '\''); break;
        case '"': mo_strbuf_putc(out, '"'); break;
        case 'b': mo_strbuf_putc(out, '\b'); break;
        case 'f': mo_strbuf_putc(out, '\f'); break;
        case 't': mo_strbuf_putc(out, '\t'); break;
        case 'n': mo_strbuf_putc(out, '\n'); break;
        case 'r': mo_strbuf_putc(out, '\r'); break;
        case 'v': mo_strbuf_putc(out, '\v'); break;
        case 'a': mo_strbuf_putc(out, '\a'); break;
        case '0': case '1': case '2': case '3':
        case '4': case '5': case '6': case '7': {
            int v = c - '0';
            if (s < end && *s >= '0' && *s <= '7') {
                v = (v << 3) + (*s++ - '0');
                if (s < end && *s >= '0' && *s <= '7')
                    v = (v << 3) + (*s++ - '0');
            }
            mo_strbuf_putc(out, (char)(v & 0xFF));
            break;
        }
        case 'x':
            if (s + 1 < end) {
                int d1 = hex_digit((unsigned char)s[0]), d2 = hex_digit((unsigned char)s[1]);
                if (d1 >= 0 && d2 >= 0) {
                    mo_strbuf_putc(out, (char)((d1 << 4) + d2));
                    s += 2;
                    break;
                }
            }
            mo_parser_raise(p, "(value error) invalid \\x escape at position %ld",
                            (long)(s - 2 - start));
            return false;
        default:
            mo_strbuf_putc(out, '\\');
            s--;
            break;
        }
    }
    return true;
}

// ----------------------------------------------------------- the parts

typedef struct FstringState {
    StrBuf last_str;  // pending literal text (only when non-empty)
    bool has_last_str;
    PtrList exprs;
    bool fmode;
} FstringState;

typedef struct StringsCtx {
    Parser *p;
    Token *first;
    Token *last;
} StringsCtx;

static void state_init(FstringState *st) {
    st->last_str = (StrBuf)STRBUF_INIT;
    st->has_last_str = false;
    mo_parser_list_init(&st->exprs);
    st->fmode = false;
}

static void state_append(FstringState *st, const char *s, size_t n) {
    if (n == 0)
        return;
    mo_strbuf_append(&st->last_str, s, n);
    st->has_last_str = true;
}

// A Constant str node from the pending literal (make_str_node_and_del).
static AstExpr *make_str_node(StringsCtx *c, FstringState *st, Token *first, Token *last) {
    Parser *p = c->p;
    AstExpr *e = mo_parser_new_expr(p, EXPR_CONSTANT, mo_parser_loc(first, last));
    if (!e)
        return NULL;
    size_t len = st->last_str.len;
    char *data = mo_arena_strndup(p->arena, st->last_str.data ? st->last_str.data : "", len);
    if (!data || st->last_str.failed) {
        mo_parser_raise_memory(p);
        return NULL;
    }
    e->constant.value.kind = AST_CONST_STR;
    e->constant.value.str.data = data;
    e->constant.value.str.len = len;
    // CPython looks at the first byte of the first token only.
    if (c->first->start[0] == 'u')
        e->constant.kind = "u";
    mo_strbuf_free(&st->last_str);
    st->last_str = (StrBuf)STRBUF_INIT;
    st->has_last_str = false;
    return e;
}

static bool flush_literal(StringsCtx *c, FstringState *st) {
    if (!st->has_last_str)
        return true;
    AstExpr *e = make_str_node(c, st, c->first, c->last);
    return e && mo_parser_list_push(c->p, &st->exprs, e);
}

// FstringParser_Finish: a Constant (no f-string seen) or a JoinedStr.
static AstExpr *state_finish(StringsCtx *c, FstringState *st, Token *first, Token *last) {
    Parser *p = c->p;
    if (!st->fmode)
        return make_str_node(c, st, first, last);
    if (st->has_last_str) {
        AstExpr *s = make_str_node(c, st, first, last);
        if (!s || !mo_parser_list_push(p, &st->exprs, s))
            return NULL;
    }
    AstExpr *e = mo_parser_new_expr(p, EXPR_JOINED_STR, mo_parser_loc(first, last));
    if (!e)
        return NULL;
    e->joined_str.values.count = st->exprs.count;
    e->joined_str.values.items = (AstExpr **)mo_parser_list_finish(p, &st->exprs);
    return e;
}

static int concat_fstring(StringsCtx *c, FstringState *st, const char **str, const char *end,
                          bool raw, int recurse_lvl, Token *t);

// fstring_find_literal: returns -1 on error, 1 for a doubled brace (the
// caller loops), 0 otherwise.
static int find_literal(StringsCtx *c, const char **str, const char *end, bool raw,
                        int recurse_lvl, StrBuf *literal, bool *has_literal) {
    Parser *p = c->p;
    const char *s = *str;
    const char *literal_start = s;
    int result = 0;
    *has_literal = false;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                // Skip "\N{...}" so its braces do not start an expression.
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {
                    }
                    continue;
                }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (recurse_lvl == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *str = s - 1;
                    mo_parser_raise(p, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
done:
    if (literal_start != s) {
        *has_literal = true;
        if (raw)
            mo_strbuf_append(literal, literal_start, (size_t)(s - literal_start));
        else if (!decode_unicode_with_escapes(p, literal_start, (size_t)(s - literal_start), literal))
            return -1;
    }
    return result;
}

// fstring_find_expr: parses one replacement field starting at '{'.
static int find_expr(StringsCtx *c, const char **str, const char *end, bool raw, int recurse_lvl,
                     StrBuf *expr_text, bool *has_expr_text, AstExpr **expression, Token *t) {
    Parser *p = c->p;
    int conversion = -1;
    char quote_char = 0;
    int string_type = 0;
    int nested_depth = 0;
    char parenstack[MO_TOK_MAXLEVEL];
    AstExpr *format_spec = NULL;
    *has_expr_text = false;
    if (recurse_lvl >= 2) {
        mo_parser_raise(p, "f-string: expressions nested too deeply");
        return -1;
    }
    *str += 1;
    const char *expr_start = *str;
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\') {
            mo_parser_raise(p, "f-string expression part cannot include a backslash");
            return -1;
        }
        if (quote_char) {
            if (ch == quote_char) {
                if (string_type == 3) {
                    if (*str + 2 < end && *(*str + 1) == ch && *(*str + 2) == ch) {
                        *str += 2;
                        string_type = 0;
                        quote_char = 0;
                        continue;
                    }
                } else {
                    string_type = 0;
                    quote_char = 0;
                    continue;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (*str + 2 < end && *(*str + 1) == ch && *(*str + 2) == ch) {
                string_type = 3;
                *str += 2;
            } else {
                string_type = 1;
            }
            quote_char = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (nested_depth >= MO_TOK_MAXLEVEL) {
                mo_parser_raise(p, "f-string: too many nested parenthesis");
                return -1;
            }
            parenstack[nested_depth++] = ch;
        } else if (ch == '#') {
            mo_parser_raise(p, "f-string expression part cannot include '#'");
            return -1;
        } else if (nested_depth == 0 &&
                   (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (*str + 1 < end) {
                char next = *(*str + 1);
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
                    (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
                    *str += 1;
                    continue;
                }
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!nested_depth) {
                mo_parser_raise(p, "f-string: unmatched '%c'", ch);
                return -1;
            }
            nested_depth--;
            int opening = (unsigned char)parenstack[nested_depth];
            if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
                  (opening == '{' && ch == '}'))) {
                mo_parser_raise(p, "f-string: closing parenthesis '%c' does not match opening "
                                   "parenthesis '%c'", ch, opening);
                return -1;
            }
        }
    }
    const char *expr_end = *str;
    if (quote_char) {
        mo_parser_raise(p, "f-string: unterminated string");
        return -1;
    }
    if (nested_depth) {
        mo_parser_raise(p, "f-string: unmatched '%c'", parenstack[nested_depth - 1]);
        return -1;
    }
    if (*str >= end)
        goto unexpected_end;
    // fstring_compile_expr: an all-whitespace expression is an error.
    {
        const char *s = expr_start;
        while (s != expr_end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f'))
            s++;
        if (s == expr_end) {
            if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=')
                mo_parser_raise(p, "f-string: expression required before '%c'", *expr_end);
            else
                mo_parser_raise(p, "f-string: empty expression not allowed");
            return -1;
        }
    }
    AstExpr *simple = mo_parser_fstring_expr(p, expr_start, expr_end, t);
    if (!simple)
        return -1;
    if (**str == '=') {
        *str += 1;
        while (**str == ' ' || **str == '\t' || **str == '\n' || **str == '\r' ||
               **str == '\f' || **str == '\v')
            *str += 1;
        if (*str >= end)
            goto unexpected_end;
        mo_strbuf_append(expr_text, expr_start, (size_t)(*str - expr_start));
        *has_expr_text = true;
    }
    if (**str == '!') {
        *str += 1;
        if (*str >= end)
            goto unexpected_end;
        conversion = (unsigned char)**str;
        *str += 1;
        if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
            mo_parser_raise(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return -1;
        }
    }
    if (*str < end && **str == ':') {
        *str += 1;
        if (*str >= end)
            goto unexpected_end;
        FstringState spec;
        state_init(&spec);
        if (concat_fstring(c, &spec, str, end, raw, recurse_lvl + 1, t) < 0) {
            mo_strbuf_free(&spec.last_str);
            return -1;
        }
        format_spec = state_finish(c, &spec, t, t);
        mo_strbuf_free(&spec.last_str);
        if (!format_spec)
            return -1;
    }
    if (*str >= end || **str != '}')
        goto unexpected_end;
    *str += 1;
    if (*has_expr_text && !format_spec && conversion == -1)
        conversion = 'r';
    AstExpr *e = mo_parser_new_expr(p, EXPR_FORMATTED_VALUE, mo_parser_loc(c->first, c->last));
    if (!e)
        return -1;
    e->formatted_value.value = simple;
    e->formatted_value.conversion = conversion;
    e->formatted_value.format_spec = format_spec;
    *expression = e;
    return 0;
unexpected_end:
    mo_parser_raise(p, "f-string: expecting '}'");
    return -1;
}

// _PyPegen_FstringParser_ConcatFstring
static int concat_fstring(StringsCtx *c, FstringState *st, const char **str, const char *end,
                          bool raw, int recurse_lvl, Token *t) {
    Parser *p = c->p;
    st->fmode = true;
    for (;;) {
        StrBuf literal = STRBUF_INIT;
        StrBuf expr_text = STRBUF_INIT;
        bool has_literal, has_expr_text = false;
        AstExpr *expression = NULL;
        int result = find_literal(c, str, end, raw, recurse_lvl, &literal, &has_literal);
        if (result >= 0 && result != 1 && !(*str >= end || **str == '}')) {
            if (find_expr(c, str, end, raw, recurse_lvl, &expr_text, &has_expr_text,
                          &expression, t) < 0)
                result = -1;
        }
        if (result < 0) {
            mo_strbuf_free(&literal);
            mo_strbuf_free(&expr_text);
            return -1;
        }
        if (has_literal)
            state_append(st, literal.data, literal.len);
        if (has_expr_text)
            state_append(st, expr_text.data, expr_text.len);
        mo_strbuf_free(&literal);
        mo_strbuf_free(&expr_text);
        if (result == 1)
            continue;
        if (!expression)
            break;
        if (!flush_literal(c, st) || !mo_parser_list_push(p, &st->exprs, expression))
            return -1;
    }
    if (recurse_lvl == 0 && *str < end - 1) {
        mo_parser_raise(p, "f-string: unexpected end of string");
        return -1;
    }
    if (recurse_lvl != 0 && (*str >= end || **str != '}')) {
        mo_parser_raise(p, "f-string: expecting '}'");
        return -1;
    }
    return 0;
}

// ------------------------------------------------------------- tokens

// Splits a STRING token into prefix flags and body (_PyPegen_parse_string).
static void split_token(Token *t, bool *bytesmode, bool *rawmode, bool *fmode,
                        const char **body, size_t *len) {
    const char *s = t->start;
    *bytesmode = *rawmode = *fmode = false;
    for (;; s++) {
        char ch = *s;
        if (ch == 'b' || ch == 'B')
            *bytesmode = true;
        else if (ch == 'r' || ch == 'R')
            *rawmode = true;
        else if (ch == 'f' || ch == 'F')
            *fmode = true;
        else if (ch != 'u' && ch != 'U')
            break;
    }
    char quote = *s;
    size_t n = (size_t)(t->end - s);
    if (n >= 6 && s[1] == quote && s[2] == quote) {
        *body = s + 3;
        *len = n - 6;
    } else {
        *body = s + 1;
        *len = n - 2;
    }
}

static AstExpr *concatenate(Parser *p, int first_index, int count) {
    Token *first = p->tokens[first_index];
    Token *last = p->tokens[first_index + count - 1];
    StringsCtx ctx = {p, first, last};
    FstringState st;
    state_init(&st);
    StrBuf bytes = STRBUF_INIT;
    bool bytesmode = false;
    AstExpr *result = NULL;
    for (int i = 0; i < count; i++) {
        Token *t = p->tokens[first_index + i];
        bool this_bytes, raw, fmode;
        const char *body;
        size_t len;
        split_token(t, &this_bytes, &raw, &fmode, &body, &len);
        if (this_bytes) {
            for (const char *ch = body; ch < t->end; ch++) {
                if ((unsigned char)*ch >= 0x80) {
                    mo_parser_raise_loc(p, mo_parser_token_loc(t),
                                        "bytes can only contain ASCII literal characters");
                    goto out;
                }
            }
        }
        if (i != 0 && bytesmode != this_bytes) {
            mo_parser_raise(p, "cannot mix bytes and nonbytes literals");
            goto out;
        }
        bytesmode = this_bytes;
        if (fmode) {
            const char *s = body;
            if (concat_fstring(&ctx, &st, &s, body + len, raw, 0, t) < 0)
                goto out;
        } else if (bytesmode) {
            if (raw || !memchr(body, '\\', len))
                mo_strbuf_append(&bytes, body, len);
            else if (!decode_bytes_with_escapes(p, body, len, &bytes))
                goto out;
        } else {
            StrBuf s = STRBUF_INIT;
            bool ok = true;
            if (raw || !memchr(body, '\\', len))
                mo_strbuf_append(&s, body, len);
            else
                ok = decode_unicode_with_escapes(p, body, len, &s);
            if (ok)
                state_append(&st, s.data, s.len);
            mo_strbuf_free(&s);
            if (!ok)
                goto out;
        }
    }
    if (bytesmode) {
        result = mo_parser_new_expr(p, EXPR_CONSTANT, mo_parser_loc(first, last));
        if (result) {
            char *data = mo_arena_strndup(p->arena, bytes.data ? bytes.data : "", bytes.len);
            if (!data || bytes.failed) {
                mo_parser_raise_memory(p);
                result = NULL;
                goto out;
            }
            result->constant.value.kind = AST_CONST_BYTES;
            result->constant.value.str.data = data;
            result->constant.value.str.len = bytes.len;
        }
    } else {
        result = state_finish(&ctx, &st, first, last);
    }
out:
    mo_strbuf_free(&bytes);
    mo_strbuf_free(&st.last_str);
    return p->error ? NULL : result;
}

// strings: STRING+
AstExpr *mo_strings_parse(Parser *p) {
    int mark = p->mark;
    void *memo;
    if (p->error_pass && mo_parser_memo_get(p, MEMO_STRINGS, mark, &memo))
        return memo;
    int count = 0;
    while (mo_parser_peek_at(p, mark + count)->kind == TK_STRING)
        count++;
    if (count == 0)
        return NULL;
    p->mark = mark + count;
    AstExpr *e = concatenate(p, mark, count);
    if (!e && !p->error)
        p->mark = mark;
    if (p->error_pass)
        mo_parser_memo_put(p, MEMO_STRINGS, mark, e);
    return e;
}
