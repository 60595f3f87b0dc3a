// src/front/tokenizer.c — Python 3.11 tokens from prepared source.
//
// Structure: `mo_tokenizer_prepare` checks and normalizes the raw bytes once;
// `nextc`/`backup` walk the buffer a line at a time, updating `lineno` and
// `line_start` exactly when CPython's tokenizer would (a line counts as read
// when its first byte is); `get_token` is a transcription of the rules of
// CPython's `tok_get` (not its code) so that the same inputs produce the same
// tokens, the same errors and the same positions; `mo_tokenizer_next` turns
// its result into a `Token` with CPython's position conventions.
//
// Errors come in two flavours, as in CPython: those with their own message
// (bad numbers, unterminated strings, brackets, invalid characters) fill
// `tok->error` and set TOK_ERROR; the others only set a `done` code and the
// parser words the message (src/front/parser_errors.c).
//
// Read next: src/front/tokenizer.h (the token model), src/front/parser.c.
#include "front/tokenizer.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "front/unicode.h"

#define TABSIZE 8
#define ALTTABSIZE 1

// ------------------------------------------------------------ preparation

// Finds a PEP 263 cookie ("coding[:=] name") in one line; returns the name's
// start and length, or NULL.
static const char *find_cookie(const char *line, size_t len, size_t *name_len) {
    size_t i = 0;
    while (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f'))
        i++;
    if (i == len || line[i] != '#')
        return NULL;
    for (; i + 6 < len; i++) {
        if (memcmp(line + i, "coding", 6) == 0 &&
            (line[i + 6] == ':' || line[i + 6] == '=')) {
            size_t j = i + 7;
            while (j < len && (line[j] == ' ' || line[j] == '\t'))
                j++;
            size_t k = j;
            while (k < len && (isalnum((unsigned char)line[k]) || line[k] == '-' ||
                               line[k] == '_' || line[k] == '.'))
                k++;
            if (k == j)
                return NULL;
            *name_len = k - j;
            return line + j;
        }
    }
    return NULL;
}

// Is this line blank or only a comment (so the cookie may be on line 2)?
static bool blank_or_comment(const char *line, size_t len) {
    size_t i = 0;
    while (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f'))
        i++;
    return i == len || line[i] == '#' || line[i] == '\n' || line[i] == '\r';
}

// CPython's get_normal_name: 0 = utf-8, 1 = latin-1, -1 = other.
static int normal_encoding(const char *name, size_t len) {
    char low[32];
    if (len >= sizeof low)
        return -1;
    for (size_t i = 0; i < len; i++)
        low[i] = (char)(name[i] == '_' ? '-' : tolower((unsigned char)name[i]));
    low[len] = '\0';
    if (strcmp(low, "utf-8") == 0 || strncmp(low, "utf-8-", 6) == 0 ||
        strcmp(low, "utf8") == 0 || strcmp(low, "ascii") == 0 ||
        strcmp(low, "us-ascii") == 0)
        return 0;
    if (strcmp(low, "latin-1") == 0 || strcmp(low, "iso-8859-1") == 0 ||
        strcmp(low, "iso-latin-1") == 0 || strncmp(low, "latin-1-", 8) == 0 ||
        strncmp(low, "iso-8859-1-", 11) == 0 ||
        strncmp(low, "iso-latin-1-", 12) == 0 || strcmp(low, "latin1") == 0 ||
        strcmp(low, "l1") == 0 || strcmp(low, "iso8859-1") == 0)
        return 1;
    return -1;
}

bool mo_tokenizer_prepare(const char *src, size_t len, const char *filename,
                          bool from_string, TokSource *out, char *msg, size_t msg_size) {
    memset(out, 0, sizeof *out);
    bool bom = false;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        len -= 3;
        bom = true;
    }
    if (from_string && memchr(src, '\0', len)) {
        snprintf(msg, msg_size, "source code string cannot contain null bytes");
        return false;
    }
    bool latin1 = false;
    if (!from_string) {
        // The cookie may be on line 1, or on line 2 when line 1 is blank
        // or a comment.
        const char *line = src;
        for (int n = 0; n < 2 && line < src + len; n++) {
            const char *nl = memchr(line, '\n', (size_t)(src + len - line));
            size_t line_len = nl ? (size_t)(nl - line) : (size_t)(src + len - line);
            size_t name_len;
            const char *name = find_cookie(line, line_len, &name_len);
            if (name) {
                int enc = normal_encoding(name, name_len);
                if (enc < 0 || (bom && enc != 0)) {
                    snprintf(msg, msg_size, "encoding problem: %.*s%s", (int)name_len, name,
                             bom ? " with BOM"
                                 : " (Mosaic reads only utf-8 and latin-1 source files)");
                    return false;
                }
                latin1 = enc == 1;
                break;
            }
            if (!blank_or_comment(line, line_len) || !nl)
                break;
            line = nl + 1;
        }
    }
    // Worst case: latin-1 doubles every byte; one more for the final
    // newline and one for the NUL.
    size_t cap = (latin1 ? len * 2 : len) + 2;
    char *buf = malloc(cap);
    if (!buf) {
        snprintf(msg, msg_size, "out of memory");
        return false;
    }
    size_t o = 0;
    int line = 1;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)src[i];
        if (c == '\r') {
            buf[o++] = '\n';
            i += (i + 1 < len && src[i + 1] == '\n') ? 2 : 1;
            line++;
            continue;
        }
        if (c == '\n')
            line++;
        if (c == '\0' && !out->bad_lineno) {
            out->bad_lineno = line;
            out->bad_located = true;
            snprintf(out->bad_msg, sizeof out->bad_msg, "source code cannot contain null bytes");
        }
        if (c < 0x80) {
            buf[o++] = (char)c;
            i++;
            continue;
        }
        if (latin1) {
            buf[o++] = (char)(0xC0 | (c >> 6));
            buf[o++] = (char)(0x80 | (c & 0x3F));
            i++;
            continue;
        }
        uint32_t cp;
        int n = mo_unicode_decode_utf8((const unsigned char *)src + i, len - i, &cp, false);
        if (n == 0) {
            if (from_string) {
                snprintf(msg, msg_size,
                         "(unicode error) 'utf-8' codec can't decode byte 0x%02x "
                         "in position %zu: invalid start byte", c, i);
                free(buf);
                return false;
            }
            if (!out->bad_lineno) {
                out->bad_lineno = line;
                out->bad_located = false;
                snprintf(out->bad_msg, sizeof out->bad_msg,
                         "Non-UTF-8 code starting with '\\x%02x' in file %.100s on line %d, "
                         "but no encoding declared; see "
                         "https://peps.python.org/pep-0263/ for details",
                         c, filename ? filename : "<unknown>", line);
            }
            n = 1;
        }
        memcpy(buf + o, src + i, (size_t)n);
        o += (size_t)n;
        i += (size_t)n;
    }
    if (o > 0 && buf[o - 1] != '\n')
        buf[o++] = '\n';
    buf[o] = '\0';
    out->buf = buf;
    out->len = o;
    return true;
}

// ---------------------------------------------------------- reading bytes

void mo_tokenizer_init(Tokenizer *tok, const char *buf, size_t len) {
    memset(tok, 0, sizeof *tok);
    tok->buf = buf;
    tok->buf_end = buf + len;
    tok->cur = tok->inp = tok->line_start = buf;
    tok->atbol = true;
}

void mo_tokenizer_init_source(Tokenizer *tok, const TokSource *src) {
    mo_tokenizer_init(tok, src->buf, src->len);
    tok->bad_lineno = src->bad_lineno;
    tok->bad_msg = src->bad_msg;
    tok->bad_located = src->bad_located;
}

static TokenKind error_range(Tokenizer *tok, int col, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

// Reached the line a file reader rejects: report it as CPython would.
static int bad_line(Tokenizer *tok) {
    if (tok->bad_located) {
        error_range(tok, -1, -1, "%s", tok->bad_msg);
    } else {
        snprintf(tok->error.msg, sizeof tok->error.msg, "%s", tok->bad_msg);
        tok->error.lineno = tok->error.end_lineno = 0;
        tok->error.offset = tok->error.end_offset = 0;
        tok->done = TOK_ERROR;
    }
    tok->cur = tok->inp;
    return EOF;
}

// Returns the next byte, reading a new line when the current one is used
// up; EOF (-1) at the end of input or after an error.
static int nextc(Tokenizer *tok) {
    if (tok->cur != tok->inp)
        return (unsigned char)*tok->cur++;
    if (tok->done != TOK_OK)
        return EOF;
    if (tok->inp >= tok->buf_end) {
        tok->done = TOK_EOF;
        return EOF;
    }
    tok->line_start = tok->cur;
    tok->lineno++;
    const char *nl = memchr(tok->inp, '\n', (size_t)(tok->buf_end - tok->inp));
    tok->inp = nl ? nl + 1 : tok->buf_end;
    if (tok->lineno == tok->bad_lineno)
        return bad_line(tok);
    return (unsigned char)*tok->cur++;
}

// Steps back over `c` (which must be the byte just read).
static void backup(Tokenizer *tok, int c) {
    if (c != EOF)
        tok->cur--;
}

int mo_tokenizer_count_chars(const char *s, size_t nbytes) {
    int n = 0;
    for (size_t i = 0; i < nbytes; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

// Records a lexical error at [col, end_col] (1-based character columns; -1
// means "where the tokenizer is"), as CPython's _syntaxerror_range does.
static TokenKind error_range(Tokenizer *tok, int col, int end_col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tok->error.msg, sizeof tok->error.msg, fmt, ap);
    va_end(ap);
    if (col == -1)
        col = mo_tokenizer_count_chars(tok->line_start, (size_t)(tok->cur - tok->line_start));
    if (end_col == -1)
        end_col = col;
    tok->error.lineno = tok->lineno;
    tok->error.end_lineno = tok->lineno;
    tok->error.offset = col;
    tok->error.end_offset = end_col;
    tok->done = TOK_ERROR;
    return TK_ERRORTOKEN;
}

#define syntax_error(tok, ...) error_range(tok, -1, -1, __VA_ARGS__)

// -------------------------------------------------------------- the rules

static bool is_identifier_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static bool is_identifier_char(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '_' || c >= 128;
}

static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_xdigit(int c) { return c != EOF && isxdigit(c); }

// Checks a run of identifier bytes containing non-ASCII characters; reports
// the first character that may not appear in an identifier.
static bool verify_identifier(Tokenizer *tok) {
    const unsigned char *s = (const unsigned char *)tok->start;
    const unsigned char *end = (const unsigned char *)tok->cur;
    bool first = true;
    while (s < end) {
        uint32_t cp;
        int n = mo_unicode_decode_utf8(s, (size_t)(end - s), &cp, false);
        if (n == 0) {
            cp = *s;
            n = 1;
        }
        bool ok = first ? mo_unicode_is_xid_start(cp) : mo_unicode_is_xid_continue(cp);
        if (!ok) {
            tok->cur = (const char *)s + n;
            if (mo_unicode_is_printable(cp)) {
                char utf8[5] = {0};
                memcpy(utf8, s, (size_t)n);
                syntax_error(tok, "invalid character '%s' (U+%04X)", utf8, cp);
            } else {
                syntax_error(tok, "invalid non-printable character U+%04X", cp);
            }
            return false;
        }
        first = false;
        s += n;
    }
    return true;
}

// Does `word` follow, as a whole word? Never moves the position.
static bool lookahead(Tokenizer *tok, const char *word) {
    const char *s = tok->cur;
    for (const char *w = word; *w; w++, s++)
        if (s >= tok->inp || *s != *w)
            return false;
    return s >= tok->inp || !is_identifier_char((unsigned char)*s);
}

// After a number: a keyword that may legally follow (`1if x else y`) is
// allowed; any other identifier character is an error.
static bool verify_end_of_number(Tokenizer *tok, int c, const char *kind) {
    bool r = false;
    if (c == 'a')
        r = lookahead(tok, "nd");
    else if (c == 'e')
        r = lookahead(tok, "lse");
    else if (c == 'f')
        r = lookahead(tok, "or");
    else if (c == 'i')
        r = tok->cur < tok->inp && (*tok->cur == 'f' || *tok->cur == 'n' || *tok->cur == 's');
    else if (c == 'o')
        r = lookahead(tok, "r");
    else if (c == 'n')
        r = lookahead(tok, "ot");
    if (r)
        return true;  // CPython warns here; the token ends before `c`.
    if (is_identifier_char(c)) {
        backup(tok, c);
        syntax_error(tok, "invalid %s literal", kind);
        return false;
    }
    return true;
}

// Digits with single underscores between them; returns the byte after, or 0
// after reporting "invalid decimal literal".
static int decimal_tail(Tokenizer *tok) {
    int c;
    for (;;) {
        do {
            c = nextc(tok);
        } while (is_digit(c));
        if (c != '_')
            break;
        c = nextc(tok);
        if (!is_digit(c)) {
            backup(tok, c);
            syntax_error(tok, "invalid decimal literal");
            return 0;
        }
    }
    return c;
}

static TokenKind one_char(int c) {
    switch (c) {
    case '%': return TK_PERCENT;
    case '&': return TK_AMPER;
    case '(': return TK_LPAR;
    case ')': return TK_RPAR;
    case '*': return TK_STAR;
    case '+': return TK_PLUS;
    case ',': return TK_COMMA;
    case '-': return TK_MINUS;
    case '.': return TK_DOT;
    case '/': return TK_SLASH;
    case ':': return TK_COLON;
    case ';': return TK_SEMI;
    case '<': return TK_LESS;
    case '=': return TK_EQUAL;
    case '>': return TK_GREATER;
    case '@': return TK_AT;
    case '[': return TK_LSQB;
    case ']': return TK_RSQB;
    case '^': return TK_CIRCUMFLEX;
    case '{': return TK_LBRACE;
    case '|': return TK_VBAR;
    case '}': return TK_RBRACE;
    case '~': return TK_TILDE;
    default: return TK_OP;
    }
}

static TokenKind two_chars(int c1, int c2) {
    switch (c1) {
    case '!': if (c2 == '=') return TK_NOTEQUAL; break;
    case '%': if (c2 == '=') return TK_PERCENTEQUAL; break;
    case '&': if (c2 == '=') return TK_AMPEREQUAL; break;
    case '*':
        if (c2 == '*') return TK_DOUBLESTAR;
        if (c2 == '=') return TK_STAREQUAL;
        break;
    case '+': if (c2 == '=') return TK_PLUSEQUAL; break;
    case '-':
        if (c2 == '=') return TK_MINEQUAL;
        if (c2 == '>') return TK_RARROW;
        break;
    case '/':
        if (c2 == '/') return TK_DOUBLESLASH;
        if (c2 == '=') return TK_SLASHEQUAL;
        break;
    case ':': if (c2 == '=') return TK_COLONEQUAL; break;
    case '<':
        if (c2 == '<') return TK_LEFTSHIFT;
        if (c2 == '=') return TK_LESSEQUAL;
        // `<>` is a NOTEQUAL only under barry_as_FLUFL; otherwise it is a
        // token no rule accepts.
        if (c2 == '>') return TK_OP;
        break;
    case '=': if (c2 == '=') return TK_EQEQUAL; break;
    case '>':
        if (c2 == '=') return TK_GREATEREQUAL;
        if (c2 == '>') return TK_RIGHTSHIFT;
        break;
    case '@': if (c2 == '=') return TK_ATEQUAL; break;
    case '^': if (c2 == '=') return TK_CIRCUMFLEXEQUAL; break;
    case '|': if (c2 == '=') return TK_VBAREQUAL; break;
    }
    return TK_ERRORTOKEN;  // "not a two-character token"
}

static TokenKind three_chars(int c1, int c2, int c3) {
    if (c3 != '=')
        return TK_ERRORTOKEN;
    if (c1 == '*' && c2 == '*') return TK_DOUBLESTAREQUAL;
    if (c1 == '/' && c2 == '/') return TK_DOUBLESLASHEQUAL;
    if (c1 == '<' && c2 == '<') return TK_LEFTSHIFTEQUAL;
    if (c1 == '>' && c2 == '>') return TK_RIGHTSHIFTEQUAL;
    return TK_ERRORTOKEN;
}

// A backslash was read: the next byte must end the line, and input must
// continue after it. Returns the first byte of the next line (unread), or -1.
static int continuation_line(Tokenizer *tok) {
    int c = nextc(tok);
    if (c != '\n') {
        tok->done = TOK_LINECONT;
        return -1;
    }
    c = nextc(tok);
    if (c == EOF) {
        tok->done = TOK_EOF;
        tok->cur = tok->inp;
        return -1;
    }
    backup(tok, c);
    return c;
}

static TokenKind indent_error(Tokenizer *tok) {
    tok->done = TOK_TABSPACE;
    tok->cur = tok->inp;
    return TK_ERRORTOKEN;
}

// Reads a number whose first byte `c` has been consumed. `c` is '.' when
// called for ".5" (fraction entry).
static TokenKind read_number(Tokenizer *tok, int c, const char **p_start, const char **p_end) {
    if (c == '.') {
        c = nextc(tok);
        goto fraction;
    }
    if (c == '0') {
        c = nextc(tok);
        if (c == 'x' || c == 'X') {
            c = nextc(tok);
            do {
                if (c == '_')
                    c = nextc(tok);
                if (!is_xdigit(c)) {
                    backup(tok, c);
                    return syntax_error(tok, "invalid hexadecimal literal");
                }
                do {
                    c = nextc(tok);
                } while (is_xdigit(c));
            } while (c == '_');
            if (!verify_end_of_number(tok, c, "hexadecimal"))
                return TK_ERRORTOKEN;
        } else if (c == 'o' || c == 'O') {
            c = nextc(tok);
            do {
                if (c == '_')
                    c = nextc(tok);
                if (c < '0' || c >= '8') {
                    if (is_digit(c))
                        return syntax_error(tok, "invalid digit '%c' in octal literal", c);
                    backup(tok, c);
                    return syntax_error(tok, "invalid octal literal");
                }
                do {
                    c = nextc(tok);
                } while ('0' <= c && c < '8');
            } while (c == '_');
            if (is_digit(c))
                return syntax_error(tok, "invalid digit '%c' in octal literal", c);
            if (!verify_end_of_number(tok, c, "octal"))
                return TK_ERRORTOKEN;
        } else if (c == 'b' || c == 'B') {
            c = nextc(tok);
            do {
                if (c == '_')
                    c = nextc(tok);
                if (c != '0' && c != '1') {
                    if (is_digit(c))
                        return syntax_error(tok, "invalid digit '%c' in binary literal", c);
                    backup(tok, c);
                    return syntax_error(tok, "invalid binary literal");
                }
                do {
                    c = nextc(tok);
                } while (c == '0' || c == '1');
            } while (c == '_');
            if (is_digit(c))
                return syntax_error(tok, "invalid digit '%c' in binary literal", c);
            if (!verify_end_of_number(tok, c, "binary"))
                return TK_ERRORTOKEN;
        } else {
            bool nonzero = false;
            // Leading zeros; "0" alone is fine, "0_0" too.
            for (;;) {
                if (c == '_') {
                    c = nextc(tok);
                    if (!is_digit(c)) {
                        backup(tok, c);
                        return syntax_error(tok, "invalid decimal literal");
                    }
                }
                if (c != '0')
                    break;
                c = nextc(tok);
            }
            const char *zeros_end = tok->cur;
            if (is_digit(c)) {
                nonzero = true;
                c = decimal_tail(tok);
                if (c == 0)
                    return TK_ERRORTOKEN;
            }
            if (c == '.') {
                c = nextc(tok);
                goto fraction;
            } else if (c == 'e' || c == 'E') {
                goto exponent;
            } else if (c == 'j' || c == 'J') {
                goto imaginary;
            } else if (nonzero) {
                backup(tok, c);
                return error_range(tok, (int)(tok->start + 1 - tok->line_start),
                                   (int)(zeros_end - tok->line_start),
                                   "leading zeros in decimal integer literals are not "
                                   "permitted; use an 0o prefix for octal integers");
            }
            if (!verify_end_of_number(tok, c, "decimal"))
                return TK_ERRORTOKEN;
        }
    } else {
        c = decimal_tail(tok);
        if (c == 0)
            return TK_ERRORTOKEN;
        if (c == '.') {
            c = nextc(tok);
        fraction:
            if (is_digit(c)) {
                c = decimal_tail(tok);
                if (c == 0)
                    return TK_ERRORTOKEN;
            }
        }
        if (c == 'e' || c == 'E') {
            int e;
        exponent:
            e = c;
            c = nextc(tok);
            if (c == '+' || c == '-') {
                c = nextc(tok);
                if (!is_digit(c)) {
                    backup(tok, c);
                    return syntax_error(tok, "invalid decimal literal");
                }
            } else if (!is_digit(c)) {
                backup(tok, c);
                if (!verify_end_of_number(tok, e, "decimal"))
                    return TK_ERRORTOKEN;
                backup(tok, e);
                *p_start = tok->start;
                *p_end = tok->cur;
                return TK_NUMBER;
            }
            c = decimal_tail(tok);
            if (c == 0)
                return TK_ERRORTOKEN;
        }
        if (c == 'j' || c == 'J') {
        imaginary:
            c = nextc(tok);
            if (!verify_end_of_number(tok, c, "imaginary"))
                return TK_ERRORTOKEN;
        } else if (!verify_end_of_number(tok, c, "decimal")) {
            return TK_ERRORTOKEN;
        }
    }
    backup(tok, c);
    *p_start = tok->start;
    *p_end = tok->cur;
    return TK_NUMBER;
}

// Reads a string whose opening quote `quote` has just been consumed.
static TokenKind read_string(Tokenizer *tok, int quote, const char **p_start,
                             const char **p_end) {
    int quote_size = 1;
    int end_quote_size = 0;
    tok->first_lineno = tok->lineno;
    tok->multi_line_start = tok->line_start;
    int c = nextc(tok);
    if (c == quote) {
        c = nextc(tok);
        if (c == quote)
            quote_size = 3;
        else
            end_quote_size = 1;  // the empty string
    }
    if (c != quote)
        backup(tok, c);
    while (end_quote_size != quote_size) {
        c = nextc(tok);
        if (c == EOF || (quote_size == 1 && c == '\n')) {
            // Report from the opening quote, on the line where it is.
            int detected = tok->lineno;
            tok->cur = tok->start + 1;
            tok->line_start = tok->multi_line_start;
            tok->lineno = tok->first_lineno;
            if (quote_size == 3) {
                syntax_error(tok, "unterminated triple-quoted string literal"
                                  " (detected at line %d)", detected);
                tok->error.at_eof = c == EOF;
            } else {
                syntax_error(tok, "unterminated string literal (detected at line %d)",
                             detected);
            }
            return TK_ERRORTOKEN;
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\')
                nextc(tok);  // skip the escaped byte
        }
    }
    *p_start = tok->start;
    *p_end = tok->cur;
    return TK_STRING;
}

// One token; CPython's tok_get. `*p_start`/`*p_end` are left NULL for tokens
// without text (INDENT, DEDENT, ENDMARKER, most ERRORTOKENs).
static TokenKind get_token(Tokenizer *tok, const char **p_start, const char **p_end) {
    int c;
    bool blankline;
    *p_start = *p_end = NULL;
nextline:
    tok->start = NULL;
    blankline = false;
    if (tok->atbol) {
        int col = 0, altcol = 0, cont_line_col = 0;
        tok->atbol = false;
        for (;;) {
            c = nextc(tok);
            if (c == ' ') {
                col++, altcol++;
            } else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
            } else if (c == '\014') {
                col = altcol = 0;
            } else if (c == '\\') {
                // A backslash in the indentation: the indentation before the
                // first one counts.
                cont_line_col = cont_line_col ? cont_line_col : col;
                if ((c = continuation_line(tok)) == -1)
                    return TK_ERRORTOKEN;
            } else {
                break;
            }
        }
        backup(tok, c);
        if (c == '#' || c == '\n')
            blankline = true;  // comments and blank lines do not indent
        if (!blankline && tok->level == 0) {
            col = cont_line_col ? cont_line_col : col;
            altcol = cont_line_col ? cont_line_col : altcol;
            if (col == tok->indstack[tok->indent]) {
                if (altcol != tok->altindstack[tok->indent])
                    return indent_error(tok);
            } else if (col > tok->indstack[tok->indent]) {
                if (tok->indent + 1 >= MO_TOK_MAXINDENT) {
                    tok->done = TOK_TOODEEP;
                    tok->cur = tok->inp;
                    return TK_ERRORTOKEN;
                }
                if (altcol <= tok->altindstack[tok->indent])
                    return indent_error(tok);
                tok->pendin++;
                tok->indent++;
                tok->indstack[tok->indent] = col;
                tok->altindstack[tok->indent] = altcol;
            } else {
                while (tok->indent > 0 && col < tok->indstack[tok->indent]) {
                    tok->pendin--;
                    tok->indent--;
                }
                if (col != tok->indstack[tok->indent]) {
                    tok->done = TOK_DEDENT;
                    tok->cur = tok->inp;
                    return TK_ERRORTOKEN;
                }
                if (altcol != tok->altindstack[tok->indent])
                    return indent_error(tok);
            }
        }
    }
    tok->start = tok->cur;
    if (tok->pendin != 0) {
        if (tok->pendin < 0) {
            tok->pendin++;
            return TK_DEDENT;
        }
        tok->pendin--;
        return TK_INDENT;
    }
again:
    tok->start = NULL;
    do {
        c = nextc(tok);
    } while (c == ' ' || c == '\t' || c == '\014');
    tok->start = tok->cur - 1;
    if (c == '#') {
        while (c != EOF && c != '\n')
            c = nextc(tok);
    }
    if (c == EOF) {
        if (tok->level)
            return TK_ERRORTOKEN;
        return tok->done == TOK_EOF ? TK_ENDMARKER : TK_ERRORTOKEN;
    }
    if (is_identifier_start(c)) {
        // String prefixes: any order of r with one of b, u, f (no "ur").
        bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
        for (;;) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
                saw_b = true;
            else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
                saw_u = true;
            else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
                saw_r = true;
            else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
                saw_f = true;
            else
                break;
            c = nextc(tok);
            if (c == '"' || c == '\'')
                return read_string(tok, c, p_start, p_end);
        }
        bool nonascii = false;
        while (is_identifier_char(c)) {
            if (c >= 128)
                nonascii = true;
            c = nextc(tok);
        }
        backup(tok, c);
        if (nonascii && !verify_identifier(tok))
            return TK_ERRORTOKEN;
        *p_start = tok->start;
        *p_end = tok->cur;
        return TK_NAME;
    }
    if (c == '\n') {
        tok->atbol = true;
        if (blankline || tok->level > 0)
            goto nextline;
        *p_start = tok->start;
        *p_end = tok->cur - 1;  // NEWLINE has no width
        tok->cont_line = false;
        return TK_NEWLINE;
    }
    if (c == '.') {
        c = nextc(tok);
        if (is_digit(c)) {
            backup(tok, c);
            return read_number(tok, '.', p_start, p_end);
        }
        if (c == '.') {
            c = nextc(tok);
            if (c == '.') {
                *p_start = tok->start;
                *p_end = tok->cur;
                return TK_ELLIPSIS;
            }
            backup(tok, c);
            backup(tok, '.');
        } else {
            backup(tok, c);
        }
        *p_start = tok->start;
        *p_end = tok->cur;
        return TK_DOT;
    }
    if (is_digit(c))
        return read_number(tok, c, p_start, p_end);
    if (c == '\'' || c == '"')
        return read_string(tok, c, p_start, p_end);
    if (c == '\\') {
        if ((c = continuation_line(tok)) == -1)
            return TK_ERRORTOKEN;
        tok->cont_line = true;
        goto again;
    }
    {
        int c2 = nextc(tok);
        TokenKind kind = two_chars(c, c2);
        if (kind != TK_ERRORTOKEN) {
            int c3 = nextc(tok);
            TokenKind kind3 = three_chars(c, c2, c3);
            if (kind3 != TK_ERRORTOKEN)
                kind = kind3;
            else
                backup(tok, c3);
            *p_start = tok->start;
            *p_end = tok->cur;
            return kind;
        }
        backup(tok, c2);
    }
    switch (c) {
    case '(':
    case '[':
    case '{':
        if (tok->level >= MO_TOK_MAXLEVEL)
            return syntax_error(tok, "too many nested parentheses");
        tok->parenstack[tok->level] = (char)c;
        tok->parenlinenostack[tok->level] = tok->lineno;
        tok->parencolstack[tok->level] = (int)(tok->start - tok->line_start);
        tok->level++;
        break;
    case ')':
    case ']':
    case '}': {
        if (!tok->level)
            return syntax_error(tok, "unmatched '%c'", c);
        tok->level--;
        int opening = tok->parenstack[tok->level];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
              (opening == '{' && c == '}'))) {
            if (tok->parenlinenostack[tok->level] != tok->lineno)
                return syntax_error(tok, "closing parenthesis '%c' does not match "
                                         "opening parenthesis '%c' on line %d",
                                    c, opening, tok->parenlinenostack[tok->level]);
            return syntax_error(tok, "closing parenthesis '%c' does not match "
                                     "opening parenthesis '%c'", c, opening);
        }
        break;
    }
    }
    if (c < 0x20 || c == 0x7F)
        return syntax_error(tok, "invalid non-printable character U+%04X", c);
    *p_start = tok->start;
    *p_end = tok->cur;
    return one_char(c);
}

// ------------------------------------------------------------- keywords

static const struct { const char *word; TokenKind kind; } keywords[] = {
    {"False", TK_KW_FALSE}, {"None", TK_KW_NONE}, {"True", TK_KW_TRUE},
    {"and", TK_KW_AND}, {"as", TK_KW_AS}, {"assert", TK_KW_ASSERT},
    {"async", TK_KW_ASYNC}, {"await", TK_KW_AWAIT}, {"break", TK_KW_BREAK},
    {"class", TK_KW_CLASS}, {"continue", TK_KW_CONTINUE}, {"def", TK_KW_DEF},
    {"del", TK_KW_DEL}, {"elif", TK_KW_ELIF}, {"else", TK_KW_ELSE},
    {"except", TK_KW_EXCEPT}, {"finally", TK_KW_FINALLY}, {"for", TK_KW_FOR},
    {"from", TK_KW_FROM}, {"global", TK_KW_GLOBAL}, {"if", TK_KW_IF},
    {"import", TK_KW_IMPORT}, {"in", TK_KW_IN}, {"is", TK_KW_IS},
    {"lambda", TK_KW_LAMBDA}, {"nonlocal", TK_KW_NONLOCAL}, {"not", TK_KW_NOT},
    {"or", TK_KW_OR}, {"pass", TK_KW_PASS}, {"raise", TK_KW_RAISE},
    {"return", TK_KW_RETURN}, {"try", TK_KW_TRY}, {"while", TK_KW_WHILE},
    {"with", TK_KW_WITH}, {"yield", TK_KW_YIELD},
};

static TokenKind keyword_kind(const char *s, size_t n) {
    if (n < 2 || n > 8)
        return TK_NAME;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (keywords[i].word[0] == s[0] && strlen(keywords[i].word) == n &&
            memcmp(keywords[i].word, s, n) == 0)
            return keywords[i].kind;
    return TK_NAME;
}

TokenKind mo_tokenizer_next(Tokenizer *tok, Token *t) {
    const char *start = NULL, *end = NULL;
    // After an error the tokenizer is stuck: CPython's would return
    // ERRORTOKEN forever too.
    TokenKind kind = tok->done != TOK_OK && tok->done != TOK_EOF
                         ? TK_ERRORTOKEN : get_token(tok, &start, &end);
    if (kind == TK_NAME)
        kind = keyword_kind(start, (size_t)(end - start));
    const char *line_start = kind == TK_STRING ? tok->multi_line_start : tok->line_start;
    t->kind = kind;
    t->level = tok->level;
    t->lineno = kind == TK_STRING ? tok->first_lineno : tok->lineno;
    t->end_lineno = tok->lineno;
    t->col = (start && start >= line_start) ? (int)(start - line_start) : -1;
    t->end_col = (end && end >= tok->line_start) ? (int)(end - tok->line_start) : -1;
    t->cur_col = (int)(tok->cur - tok->line_start);
    if (tok->starting_lineno && tok->lineno == tok->starting_lineno) {
        if (t->col >= 0)
            t->col += tok->starting_col;
        if (t->end_col >= 0)
            t->end_col += tok->starting_col;
    }
    t->start = start;
    t->end = end;
    return kind;
}

static const char *const kind_names[TK_KIND_COUNT] = {
    [TK_ENDMARKER] = "ENDMARKER", [TK_NAME] = "NAME", [TK_NUMBER] = "NUMBER",
    [TK_STRING] = "STRING", [TK_NEWLINE] = "NEWLINE", [TK_INDENT] = "INDENT",
    [TK_DEDENT] = "DEDENT", [TK_LPAR] = "'('", [TK_RPAR] = "')'",
    [TK_LSQB] = "'['", [TK_RSQB] = "']'", [TK_COLON] = "':'", [TK_COMMA] = "','",
    [TK_SEMI] = "';'", [TK_PLUS] = "'+'", [TK_MINUS] = "'-'", [TK_STAR] = "'*'",
    [TK_SLASH] = "'/'", [TK_VBAR] = "'|'", [TK_AMPER] = "'&'", [TK_LESS] = "'<'",
    [TK_GREATER] = "'>'", [TK_EQUAL] = "'='", [TK_DOT] = "'.'",
    [TK_PERCENT] = "'%'", [TK_LBRACE] = "'{'", [TK_RBRACE] = "'}'",
    [TK_EQEQUAL] = "'=='", [TK_NOTEQUAL] = "'!='", [TK_LESSEQUAL] = "'<='",
    [TK_GREATEREQUAL] = "'>='", [TK_TILDE] = "'~'", [TK_CIRCUMFLEX] = "'^'",
    [TK_LEFTSHIFT] = "'<<'", [TK_RIGHTSHIFT] = "'>>'", [TK_DOUBLESTAR] = "'**'",
    [TK_PLUSEQUAL] = "'+='", [TK_MINEQUAL] = "'-='", [TK_STAREQUAL] = "'*='",
    [TK_SLASHEQUAL] = "'/='", [TK_PERCENTEQUAL] = "'%='",
    [TK_AMPEREQUAL] = "'&='", [TK_VBAREQUAL] = "'|='",
    [TK_CIRCUMFLEXEQUAL] = "'^='", [TK_LEFTSHIFTEQUAL] = "'<<='",
    [TK_RIGHTSHIFTEQUAL] = "'>>='", [TK_DOUBLESTAREQUAL] = "'**='",
    [TK_DOUBLESLASH] = "'//'", [TK_DOUBLESLASHEQUAL] = "'//='", [TK_AT] = "'@'",
    [TK_ATEQUAL] = "'@='", [TK_RARROW] = "'->'", [TK_ELLIPSIS] = "'...'",
    [TK_COLONEQUAL] = "':='", [TK_OP] = "OP", [TK_ERRORTOKEN] = "ERRORTOKEN",
    [TK_KW_FALSE] = "'False'", [TK_KW_NONE] = "'None'", [TK_KW_TRUE] = "'True'",
    [TK_KW_AND] = "'and'", [TK_KW_AS] = "'as'", [TK_KW_ASSERT] = "'assert'",
    [TK_KW_ASYNC] = "'async'", [TK_KW_AWAIT] = "'await'",
    [TK_KW_BREAK] = "'break'", [TK_KW_CLASS] = "'class'",
    [TK_KW_CONTINUE] = "'continue'", [TK_KW_DEF] = "'def'", [TK_KW_DEL] = "'del'",
    [TK_KW_ELIF] = "'elif'", [TK_KW_ELSE] = "'else'", [TK_KW_EXCEPT] = "'except'",
    [TK_KW_FINALLY] = "'finally'", [TK_KW_FOR] = "'for'", [TK_KW_FROM] = "'from'",
    [TK_KW_GLOBAL] = "'global'", [TK_KW_IF] = "'if'", [TK_KW_IMPORT] = "'import'",
    [TK_KW_IN] = "'in'", [TK_KW_IS] = "'is'", [TK_KW_LAMBDA] = "'lambda'",
    [TK_KW_NONLOCAL] = "'nonlocal'", [TK_KW_NOT] = "'not'", [TK_KW_OR] = "'or'",
    [TK_KW_PASS] = "'pass'", [TK_KW_RAISE] = "'raise'",
    [TK_KW_RETURN] = "'return'", [TK_KW_TRY] = "'try'", [TK_KW_WHILE] = "'while'",
    [TK_KW_WITH] = "'with'", [TK_KW_YIELD] = "'yield'",
};

const char *mo_tokenizer_kind_name(TokenKind kind) {
    if ((unsigned)kind < TK_KIND_COUNT && kind_names[kind])
        return kind_names[kind];
    return "?";
}
