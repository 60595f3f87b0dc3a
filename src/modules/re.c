// src/modules/re.c — the `re` module: regular expressions.
//
// Two layers. In C: the pattern parser (CPython's syntax and error
// messages, "nothing to repeat at position 0") and a backtracking matcher
// over the subject's code points, exposed as _compile() (a Program object)
// and Program.match(string, pos, endpos, mode) returning the group marks.
// In Python (RE_PY, run when the module is made): re.compile with its
// cache, Pattern and Match, search/match/fullmatch, findall/finditer,
// sub/subn with templates, split, escape, the flags and re.error.
//
// The matcher is the classic backtracking one, as CPython's sre: a program
// of nodes linked by `next`; alternatives, repeats and groups recurse and
// undo their effects on failure; a repeat of one character (a*, [a-z]+?,
// .*) scans without recursing; repeats of more keep an iteration frame and
// refuse to loop on an empty iteration. Greedy, lazy and possessive
// repeats, atomic groups, look-ahead, fixed-width look-behind, back
// references, conditionals and inline flags are supported; semantics of ^,
// $, \b, \w, \d, \s (Unicode or ASCII) and IGNORECASE follow sre.
//
// Read next: objects/str.h (subjects are decoded to code points once).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/strbuf.h"

enum {
    F_TEMPLATE = 1, F_IGNORECASE = 2, F_LOCALE = 4, F_MULTILINE = 8, F_DOTALL = 16, F_UNICODE = 32,
    F_VERBOSE = 64, F_DEBUG = 128, F_ASCII = 256,
};

// ------------------------------------------------------------------ nodes

typedef enum Kind {
    N_SUCCESS, N_CHAR, N_ANY, N_CLASS, N_BOL, N_EOL, N_BOS, N_EOS, N_WORDB, N_NWORDB, N_OPEN, N_CLOSE,
    N_ALT, N_REPEAT_ONE, N_REPEAT, N_UNTIL, N_BACKREF, N_LOOK, N_LOOK_END, N_ATOMIC, N_COND, N_EMPTY,
    // Parse-tree only:
    T_SEQ, T_GROUP, T_ALTS,
} Kind;

enum { CAT_NONE, CAT_DIGIT, CAT_NOT_DIGIT, CAT_WORD, CAT_NOT_WORD, CAT_SPACE, CAT_NOT_SPACE };

typedef struct ClassItem {
    uint32_t lo, hi;
    int cat;
} ClassItem;

typedef struct Node {
    Kind kind;
    struct Node *next;
    // Flags in force where the node was written.
    bool icase, multiline, dotall, ascii;
    uint32_t ch;                    // N_CHAR
    ClassItem *items;               // N_CLASS
    int nitems;
    bool negate;
    int group;                      // N_OPEN, N_CLOSE, N_BACKREF, N_COND, T_GROUP (-1: no capture)
    struct Node **kids;             // N_ALT branches, T_SEQ items, T_ALTS branches
    int nkids;
    struct Node *body;              // repeats, N_LOOK, N_ATOMIC, N_COND (yes), T_GROUP
    struct Node *no;                // N_COND
    int64_t min, max;               // repeats (max -1: no limit)
    bool greedy, possessive;
    bool behind, negative;          // N_LOOK
    int64_t width;                  // N_LOOK behind
    struct Node *owner;             // N_UNTIL: its N_REPEAT; N_LOOK_END: its N_LOOK/N_ATOMIC
} Node;

// Every node of a program lives in one arena, freed with the program.
typedef struct Arena {
    void **blocks;
    size_t n, cap;
} Arena;

static void *arena_alloc(Arena *a, size_t size) {
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 16;
        void **b = realloc(a->blocks, cap * sizeof *b);
        if (!b)
            return NULL;
        a->blocks = b;
        a->cap = cap;
    }
    void *p = calloc(1, size ? size : 1);
    if (p)
        a->blocks[a->n++] = p;
    return p;
}

static void arena_free(Arena *a) {
    for (size_t i = 0; i < a->n; i++)
        free(a->blocks[i]);
    free(a->blocks);
    *a = (Arena){0};
}

// --------------------------------------------------------------- parsing

typedef struct Parser {
    const uint32_t *p;      // the pattern's code points
    int64_t n, i;
    int flags;
    bool is_bytes;
    int ngroups;
    Value names;            // dict name -> group
    Arena *arena;
    const char *err;        // set on a syntax error
    int64_t err_pos;
    char errbuf[160];
    bool failed_memory;
} Parser;

static Node *node(Parser *ps, Kind k) {
    Node *n = arena_alloc(ps->arena, sizeof *n);
    if (!n) {
        ps->failed_memory = true;
        return NULL;
    }
    n->kind = k;
    n->icase = ps->flags & F_IGNORECASE;
    n->multiline = ps->flags & F_MULTILINE;
    n->dotall = ps->flags & F_DOTALL;
    n->ascii = (ps->flags & F_ASCII) || ps->is_bytes;
    n->group = -1;
    n->max = -1;
    return n;
}

static void *error_at(Parser *ps, int64_t pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void *error_at(Parser *ps, int64_t pos, const char *fmt, ...) {
    if (!ps->err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(ps->errbuf, sizeof ps->errbuf, fmt, ap);
        va_end(ap);
        ps->err = ps->errbuf;
        ps->err_pos = pos;
    }
    return NULL;
}

static bool at_end(Parser *ps) { return ps->i >= ps->n; }
static uint32_t peek(Parser *ps) { return ps->i < ps->n ? ps->p[ps->i] : 0; }

static bool is_ascii_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static bool is_ascii_letter(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// In VERBOSE mode, whitespace and #-comments between items are ignored.
static void skip_verbose(Parser *ps) {
    if (!(ps->flags & F_VERBOSE))
        return;
    for (;;) {
        while (!at_end(ps) && (peek(ps) == ' ' || peek(ps) == '\t' || peek(ps) == '\n' || peek(ps) == '\r' ||
                               peek(ps) == '\f' || peek(ps) == '\v'))
            ps->i++;
        if (!at_end(ps) && peek(ps) == '#') {
            while (!at_end(ps) && peek(ps) != '\n')
                ps->i++;
            continue;
        }
        return;
    }
}

static int hexval(uint32_t c) {
    if (c >= '0' && c <= '9')
        return (int)(c - '0');
    if (c >= 'a' && c <= 'f')
        return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F')
        return (int)(c - 'A' + 10);
    return -1;
}

// \xhh, \uXXXX, \UXXXXXXXX after the letter at ps->i - 1; `start` is the
// backslash.
static bool hex_escape(Parser *ps, int digits, int64_t start, uint32_t *out) {
    uint32_t v = 0;
    for (int k = 0; k < digits; k++) {
        int d = at_end(ps) ? -1 : hexval(peek(ps));
        if (d < 0) {
            char esc[24];
            int64_t len = ps->i - start;
            int m = 0;
            for (int64_t j = start; j < ps->i + (at_end(ps) ? 0 : 1) && m < 20; j++)
                esc[m++] = (char)ps->p[j];
            esc[m] = 0;
            (void)len;
            error_at(ps, start, "incomplete escape %s", esc);
            return false;
        }
        v = v * 16 + (uint32_t)d;
        ps->i++;
    }
    if (v > 0x10FFFF) {
        char esc[24];
        int m = 0;
        for (int64_t j = start; j < ps->i && m < 20; j++)
            esc[m++] = (char)ps->p[j];
        esc[m] = 0;
        error_at(ps, start, "bad escape %s", esc);
        return false;
    }
    *out = v;
    return true;
}

// An escape inside or outside a class. Returns 1 with *ch set for a
// character, 2 with *cat set for a category (\d, \w …), 3 for an anchor
// or back reference (outside classes only, *cat holds the letter or
// group), 0 on error.
static int parse_escape(Parser *ps, bool in_class, uint32_t *ch, int *cat) {
    int64_t start = ps->i - 1;  // the backslash
    if (at_end(ps)) {
        error_at(ps, start, "bad escape (end of pattern)");
        return 0;
    }
    uint32_t c = ps->p[ps->i++];
    switch (c) {
    case 'n': *ch = '\n'; return 1;
    case 't': *ch = '\t'; return 1;
    case 'r': *ch = '\r'; return 1;
    case 'f': *ch = '\f'; return 1;
    case 'v': *ch = '\v'; return 1;
    case 'a': *ch = '\a'; return 1;
    case '\\': *ch = '\\'; return 1;
    case 'd': *cat = CAT_DIGIT; return 2;
    case 'D': *cat = CAT_NOT_DIGIT; return 2;
    case 'w': *cat = CAT_WORD; return 2;
    case 'W': *cat = CAT_NOT_WORD; return 2;
    case 's': *cat = CAT_SPACE; return 2;
    case 'S': *cat = CAT_NOT_SPACE; return 2;
    case 'x': return hex_escape(ps, 2, start, ch) ? 1 : 0;
    case 'u':
    case 'U':
        if (ps->is_bytes)
            break;
        return hex_escape(ps, c == 'u' ? 4 : 8, start, ch) ? 1 : 0;
    case 'b':
        if (in_class) {
            *ch = '\b';
            return 1;
        }
        *cat = 'b';
        return 3;
    case 'B': case 'A': case 'Z':
        if (in_class)
            break;
        *cat = (int)c;
        return 3;
    default: break;
    }
    if (c == '0' || (in_class && is_ascii_digit(c) && c <= '7')) {
        // Octal: up to three digits.
        uint32_t v = c - '0';
        for (int k = 0; k < 2 && !at_end(ps) && peek(ps) >= '0' && peek(ps) <= '7'; k++)
            v = v * 8 + (ps->p[ps->i++] - '0');
        if (v > 0377) {
            error_at(ps, start, "octal escape value \\%o outside of range 0-0o377", v);
            return 0;
        }
        *ch = v;
        return 1;
    }
    if (is_ascii_digit(c)) {
        // A back reference \1..\99, or an octal escape of three digits.
        if (!in_class) {
            int64_t save = ps->i;
            if (!at_end(ps) && is_ascii_digit(peek(ps))) {
                if (c <= '7' && peek(ps) <= '7' && ps->i + 1 < ps->n && ps->p[ps->i + 1] >= '0' &&
                    ps->p[ps->i + 1] <= '7') {
                    uint32_t v = (c - '0') * 64 + (ps->p[ps->i] - '0') * 8 + (ps->p[ps->i + 1] - '0');
                    ps->i += 2;
                    if (v > 0377) {
                        error_at(ps, start, "octal escape value \\%o outside of range 0-0o377", v);
                        return 0;
                    }
                    *ch = v;
                    return 1;
                }
                ps->i++;
            }
            int g = 0;
            for (int64_t j = save - 1; j < ps->i; j++)
                g = g * 10 + (int)(ps->p[j] - '0');
            if (g > ps->ngroups) {
                error_at(ps, start + 1, "invalid group reference %d", g);
                return 0;
            }
            *cat = 1000 + g;
            return 3;
        }
        error_at(ps, start, "bad escape \\%c", (char)c);
        return 0;
    }
    if (c < 128 && is_ascii_letter(c)) {
        error_at(ps, start, "bad escape \\%c", (char)c);
        return 0;
    }
    *ch = c;
    return 1;
}

static bool class_add(Parser *ps, ClassItem **items, int *n, int *cap, ClassItem it) {
    if (*n == *cap) {
        int ncap = *cap ? *cap * 2 : 8;
        ClassItem *b = arena_alloc(ps->arena, (size_t)ncap * sizeof *b);
        if (!b) {
            ps->failed_memory = true;
            return false;
        }
        if (*n)
            memcpy(b, *items, (size_t)*n * sizeof *b);
        *items = b;
        *cap = ncap;
    }
    (*items)[(*n)++] = it;
    return true;
}

// A character class; ps->i is just past the '['.
static Node *parse_class(Parser *ps) {
    int64_t start = ps->i - 1;
    Node *nd = node(ps, N_CLASS);
    if (!nd)
        return NULL;
    int cap = 0;
    if (!at_end(ps) && peek(ps) == '^') {
        nd->negate = true;
        ps->i++;
    }
    bool first = true;
    for (;;) {
        if (at_end(ps))
            return error_at(ps, start, "unterminated character set");
        uint32_t c = ps->p[ps->i];
        if (c == ']' && !first) {
            ps->i++;
            break;
        }
        first = false;
        int64_t item_start = ps->i;
        ps->i++;
        uint32_t lo;
        int cat = CAT_NONE;
        if (c == '\\') {
            int r = parse_escape(ps, true, &lo, &cat);
            if (r == 0)
                return NULL;
            if (r == 2) {
                if (!class_add(ps, &nd->items, &nd->nitems, &cap, (ClassItem){0, 0, cat}))
                    return NULL;
                continue;
            }
        } else {
            lo = c;
        }
        // A range lo-hi?
        if (ps->i + 1 < ps->n && ps->p[ps->i] == '-' && ps->p[ps->i + 1] != ']') {
            ps->i++;
            uint32_t hi = ps->p[ps->i++];
            if (hi == '\\') {
                int r = parse_escape(ps, true, &hi, &cat);
                if (r == 0)
                    return NULL;
                if (r == 2) {
                    char a[8], b2[8];
                    snprintf(a, sizeof a, "%c", (char)lo);
                    snprintf(b2, sizeof b2, "\\%c", (char)ps->p[ps->i - 1]);
                    return error_at(ps, item_start, "bad character range %s-%s", a, b2);
                }
            }
            if (hi < lo) {
                StrBuf b = STRBUF_INIT;
                for (int64_t j = item_start; j < ps->i; j++)
                    mo_strbuf_put_codepoint(&b, ps->p[j]);
                error_at(ps, item_start, "bad character range %s", b.data ? b.data : "");
                mo_strbuf_free(&b);
                return NULL;
            }
            if (!class_add(ps, &nd->items, &nd->nitems, &cap, (ClassItem){lo, hi, CAT_NONE}))
                return NULL;
        } else if (!class_add(ps, &nd->items, &nd->nitems, &cap, (ClassItem){lo, lo, CAT_NONE})) {
            return NULL;
        }
    }
    return nd;
}

static Node *parse_alts(Parser *ps);

static bool parse_int_at(Parser *ps, int64_t *out) {
    if (at_end(ps) || !is_ascii_digit(peek(ps)))
        return false;
    int64_t v = 0;
    while (!at_end(ps) && is_ascii_digit(peek(ps))) {
        if (v < ((int64_t)1 << 40))
            v = v * 10 + (ps->p[ps->i] - '0');
        ps->i++;
    }
    *out = v;
    return true;
}

// A group name: an identifier up to `term`.
static Value parse_name(Parser *ps, uint32_t term, int64_t *name_start) {
    *name_start = ps->i;
    StrBuf b = STRBUF_INIT;
    while (!at_end(ps) && peek(ps) != term)
        mo_strbuf_put_codepoint(&b, ps->p[ps->i++]);
    if (at_end(ps)) {
        mo_strbuf_free(&b);
        error_at(ps, *name_start, "missing %c, unterminated name", (char)term);
        return MO_NULL;
    }
    ps->i++;
    Value name = mo_str_new(b.data ? b.data : "", b.len);
    mo_strbuf_free(&b);
    if (name == V_ERR) {
        ps->failed_memory = true;
        return MO_NULL;
    }
    return name;
}

static bool valid_identifier(Value name) {
    Value r = mo_call_method_cstr(name, "isidentifier", NULL, 0);
    if (r == V_ERR) {
        mo_err_clear();
        return false;
    }
    return r == MO_TRUE;
}

// Inline flags letters; returns the flag or 0.
static int flag_of(uint32_t c) {
    switch (c) {
    case 'i': return F_IGNORECASE;
    case 'L': return F_LOCALE;
    case 'm': return F_MULTILINE;
    case 's': return F_DOTALL;
    case 'x': return F_VERBOSE;
    case 'a': return F_ASCII;
    case 'u': return F_UNICODE;
    default: return 0;
    }
}

// What follows "(?": ps->i is at the character after '?'.
static Node *parse_extension(Parser *ps, int64_t paren) {
    uint32_t c = peek(ps);
    if (c == ':' || c == '>' || c == '=' || c == '!') {
        ps->i++;
        Node *body = parse_alts(ps);
        if (!body)
            return NULL;
        if (at_end(ps) || peek(ps) != ')')
            return error_at(ps, paren, "missing ), unterminated subpattern");
        ps->i++;
        if (c == ':')
            return body;
        Node *nd = node(ps, c == '>' ? N_ATOMIC : N_LOOK);
        if (!nd)
            return NULL;
        nd->body = body;
        nd->negative = c == '!';
        return nd;
    }
    if (c == '<' && ps->i + 1 < ps->n && (ps->p[ps->i + 1] == '=' || ps->p[ps->i + 1] == '!')) {
        bool neg = ps->p[ps->i + 1] == '!';
        ps->i += 2;
        Node *body = parse_alts(ps);
        if (!body)
            return NULL;
        if (at_end(ps) || peek(ps) != ')')
            return error_at(ps, paren, "missing ), unterminated subpattern");
        ps->i++;
        Node *nd = node(ps, N_LOOK);
        if (!nd)
            return NULL;
        nd->body = body;
        nd->behind = true;
        nd->negative = neg;
        return nd;
    }
    if (c == '#') {
        while (!at_end(ps) && peek(ps) != ')')
            ps->i++;
        if (at_end(ps))
            return error_at(ps, paren, "missing ), unterminated comment");
        ps->i++;
        return node(ps, N_EMPTY);
    }
    if (c == 'P' || c == '<') {
        bool p = c == 'P';
        ps->i++;
        if (p && peek(ps) == '=') {
            ps->i++;
            int64_t ns;
            Value name = parse_name(ps, ')', &ns);
            if (name == MO_NULL)
                return NULL;
            Value g = mo_dict_get(ps->names, name);
            if (g == MO_NULL || g == V_ERR) {
                if (g == V_ERR)
                    mo_err_clear();
                if (!valid_identifier(name))
                    return error_at(ps, ns, "bad character in group name '%s'", mo_str_data(name));
                return error_at(ps, ns, "unknown group name '%s'", mo_str_data(name));
            }
            Node *nd = node(ps, N_BACKREF);
            if (!nd)
                return NULL;
            nd->group = (int)mo_smallint_val(g);
            return nd;
        }
        if (p && peek(ps) != '<') {
            if (at_end(ps))
                return error_at(ps, ps->i, "unexpected end of pattern");
            return error_at(ps, ps->i, "unknown extension ?P%c", (char)peek(ps));
        }
        if (p)
            ps->i++;
        int64_t ns;
        Value name = parse_name(ps, '>', &ns);
        if (name == MO_NULL)
            return NULL;
        if (mo_str_len(name) == 0)
            return error_at(ps, ns, "missing group name");
        if (!valid_identifier(name))
            return error_at(ps, ns, "bad character in group name '%s'", mo_str_data(name));
        Value old = mo_dict_get(ps->names, name);
        if (old != MO_NULL && old != V_ERR)
            return error_at(ps, ns, "redefinition of group name '%s' as group %d; was group %d", mo_str_data(name),
                            ps->ngroups + 1, (int)mo_smallint_val(old));
        int g = ++ps->ngroups;
        if (mo_dict_set(ps->names, name, mo_smallint(g)) < 0) {
            ps->failed_memory = true;
            return NULL;
        }
        Node *body = parse_alts(ps);
        if (!body)
            return NULL;
        if (at_end(ps) || peek(ps) != ')')
            return error_at(ps, paren, "missing ), unterminated subpattern");
        ps->i++;
        Node *nd = node(ps, T_GROUP);
        if (!nd)
            return NULL;
        nd->group = g;
        nd->body = body;
        return nd;
    }
    if (c == '(') {
        // (?(group)yes|no)
        ps->i++;
        int64_t ns;
        Value name = parse_name(ps, ')', &ns);
        if (name == MO_NULL)
            return NULL;
        int g;
        Value gi = mo_call1(mo_obj(&mo_int_type), name);
        if (gi != V_ERR && mo_is_int(gi)) {
            g = (int)mo_smallint_val(gi);
            if (g == 0)
                return error_at(ps, ns, "bad group number");
            if (g > ps->ngroups)
                return error_at(ps, ns, "invalid group reference %d", g);
        } else {
            mo_err_clear();
            Value v = mo_dict_get(ps->names, name);
            if (v == MO_NULL || v == V_ERR) {
                if (v == V_ERR)
                    mo_err_clear();
                return error_at(ps, ns, "unknown group name '%s'", mo_str_data(name));
            }
            g = (int)mo_smallint_val(v);
        }
        Node *yes = parse_alts(ps);
        if (!yes)
            return NULL;
        Node *no = NULL;
        if (yes->kind == T_ALTS) {
            if (yes->nkids > 2)
                return error_at(ps, ps->i, "conditional backref with more than two branches");
            no = yes->kids[1];
            yes = yes->kids[0];
        }
        if (at_end(ps) || peek(ps) != ')')
            return error_at(ps, paren, "missing ), unterminated subpattern");
        ps->i++;
        Node *nd = node(ps, N_COND);
        if (!nd)
            return NULL;
        nd->group = g;
        nd->body = yes;
        nd->no = no;
        return nd;
    }
    // Inline flags: (?aiLmsux) or (?flags-flags:...).
    int64_t fstart = ps->i;
    int add = 0, del = 0;
    while (!at_end(ps) && flag_of(peek(ps)))
        add |= flag_of(ps->p[ps->i++]);
    if (!at_end(ps) && peek(ps) == '-') {
        ps->i++;
        while (!at_end(ps) && flag_of(peek(ps)))
            del |= flag_of(ps->p[ps->i++]);
        if (at_end(ps) || peek(ps) != ':') {
            if (at_end(ps))
                return error_at(ps, ps->i, "missing :");
            return error_at(ps, ps->i, "unknown flag");
        }
    }
    if (at_end(ps))
        return error_at(ps, ps->i, "missing -, : or )");
    if (ps->i == fstart && peek(ps) != ':' && peek(ps) != ')')
        return error_at(ps, fstart - 1, "unknown extension ?%c", (char)peek(ps));
    if (peek(ps) == ')') {
        // Global flags: only at the start of the expression.
        ps->i++;
        if (paren != 0)
            return error_at(ps, fstart - 2, "global flags not at the start of the expression");
        ps->flags |= add;
        return node(ps, N_EMPTY);
    }
    if (peek(ps) != ':') {
        if (flag_of(peek(ps)) == 0 && peek(ps) != '-')
            return error_at(ps, ps->i, "unknown flag");
        return error_at(ps, ps->i, "missing -, : or )");
    }
    ps->i++;
    int saved = ps->flags;
    ps->flags = (ps->flags | add) & ~del;
    Node *body = parse_alts(ps);
    ps->flags = saved;
    if (!body)
        return NULL;
    if (at_end(ps) || peek(ps) != ')')
        return error_at(ps, paren, "missing ), unterminated subpattern");
    ps->i++;
    return body;
}

static Node *parse_atom(Parser *ps) {
    int64_t start = ps->i;
    uint32_t c = ps->p[ps->i++];
    Node *nd;
    switch (c) {
    case '.':
        return node(ps, N_ANY);
    case '^':
        return node(ps, N_BOL);
    case '$':
        return node(ps, N_EOL);
    case '[':
        return parse_class(ps);
    case '(':
        if (!at_end(ps) && peek(ps) == '?') {
            ps->i++;
            return parse_extension(ps, start);
        } else {
            int g = ++ps->ngroups;
            Node *body = parse_alts(ps);
            if (!body)
                return NULL;
            if (at_end(ps) || peek(ps) != ')')
                return error_at(ps, start, "missing ), unterminated subpattern");
            ps->i++;
            nd = node(ps, T_GROUP);
            if (!nd)
                return NULL;
            nd->group = g;
            nd->body = body;
            return nd;
        }
    case '\\': {
        uint32_t ch = 0;
        int cat = 0;
        int r = parse_escape(ps, false, &ch, &cat);
        if (r == 0)
            return NULL;
        if (r == 1) {
            nd = node(ps, N_CHAR);
            if (nd)
                nd->ch = ch;
            return nd;
        }
        if (r == 2) {
            nd = node(ps, N_CLASS);
            if (!nd)
                return NULL;
            nd->items = arena_alloc(ps->arena, sizeof(ClassItem));
            if (!nd->items) {
                ps->failed_memory = true;
                return NULL;
            }
            nd->items[0] = (ClassItem){0, 0, cat};
            nd->nitems = 1;
            return nd;
        }
        if (cat >= 1000) {
            nd = node(ps, N_BACKREF);
            if (nd)
                nd->group = cat - 1000;
            return nd;
        }
        switch (cat) {
        case 'b': return node(ps, N_WORDB);
        case 'B': return node(ps, N_NWORDB);
        case 'A': return node(ps, N_BOS);
        default: return node(ps, N_EOS);
        }
    }
    default:
        nd = node(ps, N_CHAR);
        if (nd)
            nd->ch = c;
        return nd;
    }
}

// {m}, {m,}, {,n}, {m,n} at ps->i (just past '{'): false (position
// unchanged) when this is not a quantifier, which makes '{' a literal.
static bool parse_braces(Parser *ps, int64_t *min, int64_t *max) {
    int64_t save = ps->i;
    int64_t lo = 0, hi = -1;
    bool has_lo = parse_int_at(ps, &lo);
    if (!at_end(ps) && peek(ps) == ',') {
        ps->i++;
        int64_t h;
        if (parse_int_at(ps, &h))
            hi = h;
    } else {
        if (!has_lo) {
            ps->i = save;
            return false;
        }
        hi = lo;
    }
    if (at_end(ps) || peek(ps) != '}') {
        ps->i = save;
        return false;
    }
    ps->i++;
    *min = lo;
    *max = hi;
    return true;
}

static bool repeatable(const Node *n) {
    return n->kind != N_BOL && n->kind != N_EOL && n->kind != N_BOS && n->kind != N_EOS && n->kind != N_WORDB &&
           n->kind != N_NWORDB && n->kind != N_EMPTY;
}

static Node *parse_seq(Parser *ps) {
    Node *seq = node(ps, T_SEQ);
    if (!seq)
        return NULL;
    int cap = 0;
    for (;;) {
        skip_verbose(ps);
        if (at_end(ps) || peek(ps) == '|' || peek(ps) == ')')
            break;
        int64_t item_pos = ps->i;
        uint32_t c = peek(ps);
        if (c == '*' || c == '+' || c == '?')
            return error_at(ps, item_pos, "nothing to repeat");
        if (c == '{') {
            int64_t save = ps->i;
            ps->i++;
            int64_t mn, mx;
            if (parse_braces(ps, &mn, &mx))
                return error_at(ps, save, "nothing to repeat");
            ps->i = save;
        }
        Node *atom;
        if (c == '{') {
            ps->i++;
            atom = node(ps, N_CHAR);
            if (atom)
                atom->ch = '{';
        } else {
            atom = parse_atom(ps);
        }
        if (!atom)
            return NULL;
        // Quantifiers.
        skip_verbose(ps);
        if (!at_end(ps)) {
            c = peek(ps);
            int64_t qpos = ps->i;
            int64_t mn = -2, mx = -1;
            if (c == '*') {
                mn = 0;
                ps->i++;
            } else if (c == '+') {
                mn = 1;
                ps->i++;
            } else if (c == '?') {
                mn = 0;
                mx = 1;
                ps->i++;
            } else if (c == '{') {
                ps->i++;
                if (!parse_braces(ps, &mn, &mx)) {
                    ps->i = qpos;
                    mn = -2;
                } else if (mx >= 0 && mx < mn) {
                    return error_at(ps, qpos + 1, "min repeat greater than max repeat");
                }
            }
            if (mn != -2) {
                if (!repeatable(atom))
                    return error_at(ps, qpos, "nothing to repeat");
                if (atom->kind == N_REPEAT_ONE || atom->kind == N_REPEAT)
                    return error_at(ps, qpos, "multiple repeat");
                Node *rep = node(ps, N_REPEAT);
                if (!rep)
                    return NULL;
                rep->body = atom;
                rep->min = mn;
                rep->max = mx;
                rep->greedy = true;
                if (!at_end(ps) && peek(ps) == '?') {
                    rep->greedy = false;
                    ps->i++;
                } else if (!at_end(ps) && peek(ps) == '+') {
                    rep->possessive = true;
                    ps->i++;
                }
                skip_verbose(ps);
                if (!at_end(ps) && (peek(ps) == '*' || peek(ps) == '+' || peek(ps) == '?' ||
                                    (peek(ps) == '{' && ({
                                         int64_t s2 = ps->i, a, b;
                                         ps->i++;
                                         bool q = parse_braces(ps, &a, &b);
                                         ps->i = s2;
                                         q;
                                     }))))
                    return error_at(ps, ps->i, "multiple repeat");
                atom = rep;
            }
        }
        if (seq->nkids == cap) {
            int ncap = cap ? cap * 2 : 8;
            Node **k = arena_alloc(ps->arena, (size_t)ncap * sizeof *k);
            if (!k) {
                ps->failed_memory = true;
                return NULL;
            }
            if (seq->nkids)
                memcpy(k, seq->kids, (size_t)seq->nkids * sizeof *k);
            seq->kids = k;
            cap = ncap;
        }
        seq->kids[seq->nkids++] = atom;
    }
    return seq;
}

static Node *parse_alts(Parser *ps) {
    Node *first = parse_seq(ps);
    if (!first)
        return NULL;
    if (at_end(ps) || peek(ps) != '|')
        return first;
    Node *alts = node(ps, T_ALTS);
    if (!alts)
        return NULL;
    int cap = 4;
    alts->kids = arena_alloc(ps->arena, (size_t)cap * sizeof(Node *));
    if (!alts->kids) {
        ps->failed_memory = true;
        return NULL;
    }
    alts->kids[alts->nkids++] = first;
    while (!at_end(ps) && peek(ps) == '|') {
        ps->i++;
        Node *s = parse_seq(ps);
        if (!s)
            return NULL;
        if (alts->nkids == cap) {
            Node **k = arena_alloc(ps->arena, (size_t)cap * 2 * sizeof *k);
            if (!k) {
                ps->failed_memory = true;
                return NULL;
            }
            memcpy(k, alts->kids, (size_t)cap * sizeof *k);
            alts->kids = k;
            cap *= 2;
        }
        alts->kids[alts->nkids++] = s;
    }
    return alts;
}

// The fixed width of a look-behind body, or -1 when it varies.
static int64_t width_of(const Node *n) {
    switch (n->kind) {
    case N_CHAR: case N_ANY: case N_CLASS: return 1;
    case N_BOL: case N_EOL: case N_BOS: case N_EOS: case N_WORDB: case N_NWORDB: case N_LOOK: case N_EMPTY:
        return 0;
    case T_SEQ: {
        int64_t w = 0;
        for (int i = 0; i < n->nkids; i++) {
            int64_t k = width_of(n->kids[i]);
            if (k < 0)
                return -1;
            w += k;
        }
        return w;
    }
    case T_ALTS: {
        int64_t w = -2;
        for (int i = 0; i < n->nkids; i++) {
            int64_t k = width_of(n->kids[i]);
            if (k < 0 || (w != -2 && k != w))
                return -1;
            w = k;
        }
        return w < 0 ? 0 : w;
    }
    case T_GROUP: case N_ATOMIC: return width_of(n->body);
    case N_REPEAT: {
        int64_t k = width_of(n->body);
        if (k < 0 || n->max != n->min)
            return -1;
        return k * n->min;
    }
    default: return -1;
    }
}

// --------------------------------------------------------------- linking

// Turns the parse tree into the program: each node's `next` is what
// follows it. Returns the entry node.
static Node *link_node(Parser *ps, Node *n, Node *next) {
    if (!n)
        return next;
    switch (n->kind) {
    case T_SEQ: {
        Node *cur = next;
        for (int i = n->nkids - 1; i >= 0; i--) {
            cur = link_node(ps, n->kids[i], cur);
            if (!cur)
                return NULL;
        }
        return cur;
    }
    case T_ALTS: {
        Node *alt = node(ps, N_ALT);
        if (!alt)
            return NULL;
        alt->kids = n->kids;
        alt->nkids = n->nkids;
        for (int i = 0; i < n->nkids; i++)
            if (!(alt->kids[i] = link_node(ps, n->kids[i], next)))
                return NULL;
        return alt;
    }
    case T_GROUP: {
        Node *open = node(ps, N_OPEN), *close = node(ps, N_CLOSE);
        if (!open || !close)
            return NULL;
        open->group = close->group = n->group;
        close->next = next;
        open->next = link_node(ps, n->body, close);
        return open->next ? open : NULL;
    }
    case N_EMPTY:
        return next;
    case N_REPEAT: {
        Node *body = n->body;
        bool single = body->kind == N_CHAR || body->kind == N_ANY || body->kind == N_CLASS;
        Node *rep = n;
        if (single) {
            rep->kind = N_REPEAT_ONE;
            body->next = NULL;
            rep->next = next;
        } else {
            Node *until = node(ps, N_UNTIL);
            if (!until)
                return NULL;
            until->owner = rep;
            rep->next = next;
            rep->body = link_node(ps, body, until);
            if (!rep->body)
                return NULL;
        }
        if (!rep->possessive)
            return rep;
        // a*+ is (?>a*).
        Node *atomic = node(ps, N_ATOMIC), *end = node(ps, N_LOOK_END);
        if (!atomic || !end)
            return NULL;
        rep->possessive = false;
        end->owner = atomic;
        rep->next = end;
        atomic->body = rep;
        atomic->next = next;
        return atomic;
    }
    case N_LOOK:
    case N_ATOMIC: {
        if (n->kind == N_LOOK && n->behind) {
            n->width = width_of(n->body);
            if (n->width < 0)
                return error_at(ps, -1, "look-behind requires fixed-width pattern");
        }
        Node *end = node(ps, N_LOOK_END);
        if (!end)
            return NULL;
        end->owner = n;
        n->next = next;
        n->body = link_node(ps, n->body, end);
        return n->body ? n : NULL;
    }
    case N_COND: {
        Node *yes = link_node(ps, n->body, next);
        Node *no = n->no ? link_node(ps, n->no, next) : next;
        if (!yes || !no)
            return NULL;
        n->body = yes;
        n->no = no;
        n->next = next;
        return n;
    }
    default:
        n->next = next;
        return n;
    }
}

// --------------------------------------------------------------- matching

typedef struct Frame {
    Node *rep;
    int64_t count, last;
} Frame;

typedef struct Ctx {
    const uint32_t *s;
    int64_t end;            // endpos: the subject ends here for matching
    int64_t *marks;         // 2 per group, -1 when unset
    int lastindex;
    Frame *frames;
    int nframes, capframes;
    int64_t *targets;       // look-behind ends
    int ntargets, captargets;
    bool full;              // fullmatch: SUCCESS only at `end`
    bool must_advance;      // no empty match at search_start (after an empty match)
    int64_t search_start;
    int64_t match_end;
    int64_t look_end;       // where the last look-around/atomic body ended
    char *stack_limit;
    bool failed;            // out of memory or stack: report an error
    const char *fail_msg;
} Ctx;

static uint32_t lower1(uint32_t c) {
    if (c < 128)
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    uint32_t out[3];
    int n = mo_unicode_to_lower(c, out);
    return n >= 1 ? out[0] : c;
}

static uint32_t upper1(uint32_t c) {
    if (c < 128)
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    uint32_t out[3];
    int n = mo_unicode_to_upper(c, out);
    return n >= 1 ? out[0] : c;
}

static bool is_word(uint32_t c, bool ascii) {
    if (c < 128)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    return !ascii && (mo_unicode_isalnum(c) || c == '_');
}

static bool is_digit_cat(uint32_t c, bool ascii) {
    if (c < 128)
        return c >= '0' && c <= '9';
    return !ascii && mo_unicode_isdecimal(c);
}

static bool is_space_cat(uint32_t c, bool ascii) {
    if (c < 128)
        return c == ' ' || (c >= '\t' && c <= '\r') || (!ascii && c >= 0x1C && c <= 0x1F);
    return !ascii && mo_unicode_isspace(c);
}

static bool in_items(const Node *n, uint32_t c) {
    for (int k = 0; k < n->nitems; k++) {
        const ClassItem *it = &n->items[k];
        switch (it->cat) {
        case CAT_NONE:
            if (c >= it->lo && c <= it->hi)
                return true;
            break;
        case CAT_DIGIT: if (is_digit_cat(c, n->ascii)) return true; break;
        case CAT_NOT_DIGIT: if (!is_digit_cat(c, n->ascii)) return true; break;
        case CAT_WORD: if (is_word(c, n->ascii)) return true; break;
        case CAT_NOT_WORD: if (!is_word(c, n->ascii)) return true; break;
        case CAT_SPACE: if (is_space_cat(c, n->ascii)) return true; break;
        case CAT_NOT_SPACE: if (!is_space_cat(c, n->ascii)) return true; break;
        default: break;
        }
    }
    return false;
}

static bool in_class(const Node *n, uint32_t c) {
    bool r = in_items(n, c);
    if (!r && n->icase) {
        uint32_t l = lower1(c), u = upper1(c);
        r = (l != c && in_items(n, l)) || (u != c && in_items(n, u));
    }
    return r != n->negate;
}

static bool char_eq(const Node *n, uint32_t c) {
    if (c == n->ch)
        return true;
    if (!n->icase)
        return false;
    if (n->ascii && (c >= 128 || n->ch >= 128))
        return false;
    return lower1(c) == lower1(n->ch) || upper1(c) == upper1(n->ch);
}

// Whether the single-character node `n` matches at i.
static inline bool one(const Ctx *c, const Node *n, int64_t i) {
    if (i >= c->end)
        return false;
    uint32_t ch = c->s[i];
    switch (n->kind) {
    case N_CHAR: return char_eq(n, ch);
    case N_ANY: return n->dotall || ch != '\n';
    default: return in_class(n, ch);
    }
}

static int m(Ctx *c, Node *n, int64_t i);

static bool push_frame(Ctx *c, Frame f) {
    if (c->nframes == c->capframes) {
        int cap = c->capframes ? c->capframes * 2 : 16;
        Frame *b = realloc(c->frames, (size_t)cap * sizeof *b);
        if (!b) {
            c->failed = true;
            return false;
        }
        c->frames = b;
        c->capframes = cap;
    }
    c->frames[c->nframes++] = f;
    return true;
}

// The repeat loop: called when an iteration of `rep` may begin (entering
// the repeat, or at the end of an iteration). The top frame is rep's.
static int until(Ctx *c, Node *rep, int64_t i) {
    int fi = c->nframes - 1;
    int64_t count = ++c->frames[fi].count;
    int r;
    if (count < rep->min) {
        int64_t saved = c->frames[fi].last;
        c->frames[fi].last = i;
        r = m(c, rep->body, i);
        if (r)
            return r;
        c->frames[fi].last = saved;
        c->frames[fi].count--;
        return 0;
    }
    bool more = (rep->max < 0 || count < rep->max) && i != c->frames[fi].last;
    if (rep->greedy && more) {
        int64_t saved = c->frames[fi].last;
        c->frames[fi].last = i;
        r = m(c, rep->body, i);
        if (r)
            return r;
        c->frames[fi].last = saved;
    }
    // Leave the repeat: its frame goes while the rest is matched.
    Frame f = c->frames[fi];
    c->nframes--;
    r = m(c, rep->next, i);
    if (r)
        return r;
    if (!push_frame(c, f))
        return -1;
    if (!rep->greedy && more) {
        int64_t saved = c->frames[fi].last;
        c->frames[fi].last = i;
        r = m(c, rep->body, i);
        if (r)
            return r;
        c->frames[fi].last = saved;
    }
    c->frames[fi].count--;
    return 0;
}

// Runs a look-around or atomic body from i; 1 when it matched (c->look_end
// is where it ended), 0, or -1.
static int sub_match(Ctx *c, Node *body, int64_t i, int64_t target) {
    if (c->ntargets == c->captargets) {
        int cap = c->captargets ? c->captargets * 2 : 8;
        int64_t *b = realloc(c->targets, (size_t)cap * sizeof *b);
        if (!b) {
            c->failed = true;
            return -1;
        }
        c->targets = b;
        c->captargets = cap;
    }
    c->targets[c->ntargets++] = target;
    bool full = c->full;
    c->full = false;
    int nframes = c->nframes;
    int r = m(c, body, i);
    c->full = full;
    c->nframes = nframes;
    c->ntargets--;
    return r;
}

static int m(Ctx *c, Node *n, int64_t i) {
    char probe;
    if (&probe < c->stack_limit) {
        c->failed = true;
        c->fail_msg = "maximum recursion limit exceeded";
        return -1;
    }
    for (;;) {
        switch (n->kind) {
        case N_SUCCESS:
            if (c->full && i != c->end)
                return 0;
            if (c->must_advance && i == c->search_start)
                return 0;
            c->match_end = i;
            return 1;
        case N_CHAR:
        case N_ANY:
        case N_CLASS:
            if (!one(c, n, i))
                return 0;
            i++;
            n = n->next;
            continue;
        case N_BOL:
            if (!(i == 0 || (n->multiline && i <= c->end && c->s[i - 1] == '\n')))
                return 0;
            n = n->next;
            continue;
        case N_EOL:
            if (!(i == c->end || (i == c->end - 1 && c->s[i] == '\n') || (n->multiline && i < c->end && c->s[i] == '\n')))
                return 0;
            n = n->next;
            continue;
        case N_BOS:
            if (i != 0)
                return 0;
            n = n->next;
            continue;
        case N_EOS:
            if (i != c->end)
                return 0;
            n = n->next;
            continue;
        case N_WORDB:
        case N_NWORDB: {
            bool before = i > 0 && is_word(c->s[i - 1], n->ascii);
            bool after = i < c->end && is_word(c->s[i], n->ascii);
            if ((before != after) != (n->kind == N_WORDB))
                return 0;
            n = n->next;
            continue;
        }
        case N_OPEN: {
            int k = n->group;
            int64_t saved = c->marks[2 * k];
            c->marks[2 * k] = i;
            int r = m(c, n->next, i);
            if (r <= 0)
                c->marks[2 * k] = saved;
            return r;
        }
        case N_CLOSE: {
            int k = n->group;
            int64_t saved_end = c->marks[2 * k + 1];
            int saved_last = c->lastindex;
            c->marks[2 * k + 1] = i;
            c->lastindex = k;
            int r = m(c, n->next, i);
            if (r <= 0) {
                c->marks[2 * k + 1] = saved_end;
                c->lastindex = saved_last;
            }
            return r;
        }
        case N_ALT:
            for (int k = 0; k < n->nkids - 1; k++) {
                int r = m(c, n->kids[k], i);
                if (r)
                    return r;
            }
            n = n->kids[n->nkids - 1];
            continue;
        case N_REPEAT_ONE: {
            Node *item = n->body;
            int64_t lo = n->min, hi = n->max < 0 ? c->end - i : n->max;
            if (hi > c->end - i)
                hi = c->end - i;
            int64_t k = 0;
            if (n->greedy) {
                while (k < hi && one(c, item, i + k))
                    k++;
                if (k < lo)
                    return 0;
                // The next node is a literal: only try where it can match.
                Node *nx = n->next;
                for (; k >= lo; k--) {
                    if (nx->kind == N_CHAR && !one(c, nx, i + k))
                        continue;
                    int r = m(c, nx, i + k);
                    if (r)
                        return r;
                }
                return 0;
            }
            while (k < lo) {
                if (!one(c, item, i + k))
                    return 0;
                k++;
            }
            for (;;) {
                int r = m(c, n->next, i + k);
                if (r)
                    return r;
                if (k >= hi || !one(c, item, i + k))
                    return 0;
                k++;
            }
        }
        case N_REPEAT: {
            if (!push_frame(c, (Frame){n, -1, -1}))
                return -1;
            int r = until(c, n, i);
            if (r <= 0)
                c->nframes--;
            return r;
        }
        case N_UNTIL:
            return until(c, n->owner, i);
        case N_BACKREF: {
            int k = n->group;
            int64_t a = c->marks[2 * k], b = c->marks[2 * k + 1];
            if (a < 0 || b < 0 || b < a)
                return 0;
            int64_t len = b - a;
            if (i + len > c->end)
                return 0;
            for (int64_t j = 0; j < len; j++) {
                uint32_t x = c->s[a + j], y = c->s[i + j];
                if (x != y && !(n->icase && (lower1(x) == lower1(y) || upper1(x) == upper1(y))))
                    return 0;
            }
            i += len;
            n = n->next;
            continue;
        }
        case N_LOOK: {
            int64_t start = i, target = -1;
            int r;
            if (n->behind) {
                start = i - n->width;
                target = i;
            }
            r = start < 0 ? 0 : sub_match(c, n->body, start, target);
            if (r < 0)
                return -1;
            if ((r == 1) == n->negative)
                return 0;
            n = n->next;
            continue;
        }
        case N_LOOK_END:
            if (c->ntargets > 0 && c->targets[c->ntargets - 1] >= 0 && c->targets[c->ntargets - 1] != i)
                return 0;
            c->look_end = i;
            return 1;
        case N_ATOMIC: {
            int r = sub_match(c, n->body, i, -1);
            if (r <= 0)
                return r;
            i = c->look_end;
            n = n->next;
            continue;
        }
        case N_COND: {
            int k = n->group;
            bool set = c->marks[2 * k] >= 0 && c->marks[2 * k + 1] >= 0;
            n = set ? n->body : n->no;
            continue;
        }
        default:
            n = n->next;
            continue;
        }
    }
}

// ------------------------------------------------------------- the program

typedef struct ProgramObject {
    Object hdr;
    Arena arena;
    Node *entry;
    int ngroups;
    int flags;              // after inline flags
    bool is_bytes;
    Value groupindex;       // dict
    Value pattern;
    // The last subject, decoded to code points.
    Value subject;
    uint32_t *cps;
    int64_t ncps;
} ProgramObject;

static TypeObject program_type;

static void program_finalize(Object *o) {
    ProgramObject *p = (ProgramObject *)o;
    arena_free(&p->arena);
    free(p->cps);
    p->cps = NULL;
}

static void program_trace(Object *o) {
    ProgramObject *p = (ProgramObject *)o;
    mo_gc_mark(p->groupindex);
    mo_gc_mark(p->pattern);
    mo_gc_mark(p->subject);
}

// The code points of a str, or the bytes of a bytes-like, into a malloc'd
// array.
static uint32_t *decode_subject(Value s, int64_t *n) {
    const char *d;
    int64_t size;
    if (mo_is_str(s)) {
        d = mo_str_data(s);
        size = mo_str_size(s);
        int64_t len = mo_str_len(s);
        uint32_t *a = malloc((size_t)(len + 1) * sizeof *a);
        if (!a)
            return NULL;
        if (mo_str_is_ascii(s)) {
            for (int64_t k = 0; k < len; k++)
                a[k] = (uint8_t)d[k];
        } else {
            int64_t pos = 0;
            for (int64_t k = 0; k < len; k++)
                a[k] = mo_utf8_decode(d, &pos);
        }
        *n = len;
        return a;
    }
    if (!mo_bytes_like(s, &d, &size))
        return NULL;
    uint32_t *a = malloc((size_t)(size + 1) * sizeof *a);
    if (!a)
        return NULL;
    for (int64_t k = 0; k < size; k++)
        a[k] = (uint8_t)d[k];
    *n = size;
    return a;
}

// _re_compile(pattern, flags, error) -> Program, or raises error(msg,
// pattern, pos).
static Value re_compile(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("_re_compile", nargs, kwnames, 3, 3) < 0)
        return V_ERR;
    Value pat = args[0];
    int64_t flags;
    if (mo_index_i64(args[1], &flags) < 0)
        return V_ERR;
    bool is_bytes = !mo_is_str(pat);
    int64_t n;
    uint32_t *cps = decode_subject(pat, &n);
    if (!cps)
        return mo_err_format(&mo_exc_TypeError, "first argument must be string or compiled pattern");
    ProgramObject *p = mo_gc_alloc(&program_type, sizeof *p);
    if (!p) {
        free(cps);
        return V_ERR;
    }
    p->groupindex = mo_dict_new();
    p->pattern = pat;
    p->subject = MO_NONE;
    if (p->groupindex == V_ERR) {
        free(cps);
        return V_ERR;
    }
    Parser ps = {.p = cps, .n = n, .flags = (int)flags, .is_bytes = is_bytes, .names = p->groupindex,
                 .arena = &p->arena};
    if (!is_bytes && !(flags & F_ASCII))
        ps.flags |= F_UNICODE;
    // Global inline flags count from the start: find them first.
    Node *tree = parse_alts(&ps);
    if (tree && !at_end(&ps)) {
        if (peek(&ps) == ')')
            error_at(&ps, ps.i, "unbalanced parenthesis");
        tree = NULL;
    }
    if (tree && (ps.flags & (F_ASCII | F_UNICODE)) == (F_ASCII | F_UNICODE) && !(flags & F_UNICODE) && is_bytes == false) {
        // (?a) given inline: ASCII wins over the default UNICODE.
        ps.flags &= ~F_UNICODE;
    }
    Node *entry = NULL;
    if (tree) {
        Node *succ = node(&ps, N_SUCCESS);
        entry = succ ? link_node(&ps, tree, succ) : NULL;
    }
    free(cps);
    if (ps.failed_memory)
        return mo_err_no_memory();
    if (ps.err) {
        Value msg = mo_str_from_cstr(ps.err);
        if (msg == V_ERR)
            return V_ERR;
        // A negative position: an error about the whole pattern.
        Value eargs[3] = {msg, pat, mo_int_from_i64(ps.err_pos)};
        Value exc = mo_call(args[2], eargs, ps.err_pos < 0 ? 1 : 3, MO_NULL);
        return exc == V_ERR ? V_ERR : mo_err_set(exc);
    }
    if (!entry)
        return mo_err_no_memory();
    p->entry = entry;
    p->ngroups = ps.ngroups;
    p->flags = ps.flags;
    p->is_bytes = is_bytes;
    // The flags of a str pattern include UNICODE unless ASCII was asked for.
    if ((p->flags & F_ASCII))
        p->flags &= ~F_UNICODE;
    return mo_obj(p);
}

// Program.match(string, pos, endpos, mode): mode 0 match, 1 fullmatch,
// 2 search, plus 4 when the previous match was empty there (it must not
// match empty at pos again). None, or (marks: 2 * (groups + 1) ints,
// lastindex).
static Value program_match(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("match", nargs, kwnames, 4, 4) < 0)
        return V_ERR;
    ProgramObject *p = (ProgramObject *)mo_ptr(self);
    Value s = args[0];
    if (p->is_bytes ? mo_is_str(s) : !mo_is_str(s)) {
        if (p->is_bytes)
            return mo_err_format(&mo_exc_TypeError, "cannot use a bytes pattern on a string-like object");
        if (!mo_is_bytes(s) && !mo_is_bytearray(s))
            return mo_err_format(&mo_exc_TypeError, "expected string or bytes-like object, got '%s'",
                                 mo_type_name(s));
        return mo_err_format(&mo_exc_TypeError, "cannot use a string pattern on a bytes-like object");
    }
    if (p->subject != s || !p->cps) {
        free(p->cps);
        p->cps = decode_subject(s, &p->ncps);
        if (!p->cps) {
            p->subject = MO_NONE;
            if (!mo_is_str(s) && !mo_is_bytes(s) && !mo_is_bytearray(s))
                return mo_err_format(&mo_exc_TypeError, "expected string or bytes-like object, got '%s'",
                                     mo_type_name(s));
            return mo_err_no_memory();
        }
        // A bytearray may change between calls: never reuse its decoding.
        p->subject = mo_is_bytearray(s) ? MO_NONE : s;
    }
    int64_t pos, endpos, mode;
    if (mo_index_i64(args[1], &pos) < 0 || mo_index_i64(args[2], &endpos) < 0 || mo_index_i64(args[3], &mode) < 0)
        return V_ERR;
    int64_t len = p->ncps;
    if (pos < 0)
        pos = 0;
    if (pos > len)
        pos = len;
    if (endpos > len)
        endpos = len;
    if (endpos < pos)
        return MO_NONE;
    int nmarks = 2 * (p->ngroups + 1);
    int64_t *marks = malloc((size_t)nmarks * sizeof *marks);
    if (!marks)
        return mo_err_no_memory();
    extern char *mo_c_stack_limit;
    char here;
    bool must_advance = mode & 4;
    mode &= 3;
    Ctx c = {.s = p->cps, .end = endpos, .marks = marks, .lastindex = -1, .full = mode == 1,
             .must_advance = must_advance, .search_start = pos,
             .stack_limit = mo_c_stack_limit ? mo_c_stack_limit + 256 * 1024 : &here - (6 << 20)};
    int r = 0;
    int64_t start = pos;
    // A literal first character lets the search skip impossible starts.
    Node *first = p->entry;
    for (;;) {
        for (int k = 0; k < nmarks; k++)
            marks[k] = -1;
        c.lastindex = -1;
        c.nframes = 0;
        c.ntargets = 0;
        if (mode == 2 && first->kind == N_CHAR && !first->icase) {
            while (start < endpos && p->cps[start] != first->ch)
                start++;
            if (start >= endpos && endpos > start)
                break;
        }
        r = m(&c, p->entry, start);
        if (r != 0 || mode != 2 || start >= endpos)
            break;
        if (first->kind == N_BOS)
            break;
        start++;
    }
    free(c.frames);
    free(c.targets);
    if (r < 0) {
        free(marks);
        if (c.fail_msg)
            return mo_err_format(&mo_exc_RecursionError, "%s", c.fail_msg);
        return mo_err_no_memory();
    }
    if (r == 0) {
        free(marks);
        return MO_NONE;
    }
    marks[0] = start;
    marks[1] = c.match_end;
    Value t = mo_tuple_new((size_t)nmarks);
    if (t == V_ERR) {
        free(marks);
        return V_ERR;
    }
    for (int k = 0; k < nmarks; k += 2) {
        bool set = marks[k] >= 0 && marks[k + 1] >= 0 && marks[k] <= marks[k + 1];
        mo_tuple_items(t)[k] = mo_int_from_i64(set ? marks[k] : -1);
        mo_tuple_items(t)[k + 1] = mo_int_from_i64(set ? marks[k + 1] : -1);
    }
    int last = c.lastindex;
    free(marks);
    return mo_tuple_pack(2, t, last < 0 ? MO_NONE : mo_smallint(last));
}

static Value get_groups(Value self) { return mo_smallint(((ProgramObject *)mo_ptr(self))->ngroups); }
static Value get_flags(Value self) { return mo_smallint(((ProgramObject *)mo_ptr(self))->flags); }
static Value get_groupindex(Value self) { return ((ProgramObject *)mo_ptr(self))->groupindex; }

static const GetSetDef program_getsets[] = {
    {"groups", get_groups, NULL},
    {"flags", get_flags, NULL},
    {"groupindex", get_groupindex, NULL},
    {NULL, NULL, NULL},
};

static const MethodDef program_methods[] = {
    {"match", program_match, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static TypeObject program_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "_Program",
    .base = &mo_object_type,
    .basicsize = sizeof(ProgramObject),
    .trace = program_trace,
    .finalize = program_finalize,
    .methods = program_methods,
    .getsets = program_getsets,
};

// ------------------------------------------------------------ the module

static const char RE_PY[] =
    "import sys as _sys\n"
    "\n"
    "class RegexFlag(int):\n"
    "    # re.I and friends: ints that show their names, as CPython's IntFlag.\n"
    "    __module__ = 're'\n"
    "    _order = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),\n"
    "              ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128))\n"
    "\n"
    "    def __repr__(self):\n"
    "        v = int(self)\n"
    "        if v == 0:\n"
    "            return 're.NOFLAG'\n"
    "        names = []\n"
    "        for name, bit in RegexFlag._order:\n"
    "            if v & bit:\n"
    "                names.append('re.' + name)\n"
    "                v &= ~bit\n"
    "        if v:\n"
    "            names.append(hex(v))\n"
    "        return '|'.join(names)\n"
    "\n"
    "    __str__ = __repr__\n"
    "\n"
    "    def __format__(self, spec):\n"
    "        return format(str(self), spec) if not spec or spec[-1:] not in 'bdoxXn' else format(int(self), spec)\n"
    "\n"
    "    def __or__(self, other):\n"
    "        if not isinstance(other, int):\n"
    "            return NotImplemented\n"
    "        return RegexFlag(int(self) | int(other))\n"
    "\n"
    "    def __and__(self, other):\n"
    "        if not isinstance(other, int):\n"
    "            return NotImplemented\n"
    "        return RegexFlag(int(self) & int(other))\n"
    "\n"
    "    def __xor__(self, other):\n"
    "        if not isinstance(other, int):\n"
    "            return NotImplemented\n"
    "        return RegexFlag(int(self) ^ int(other))\n"
    "\n"
    "    __ror__ = __or__\n"
    "    __rand__ = __and__\n"
    "    __rxor__ = __xor__\n"
    "\n"
    "    def __invert__(self):\n"
    "        return RegexFlag(0x1FF & ~int(self))\n"
    "\n"
    "\n"
    "TEMPLATE = T = RegexFlag(1)\n"
    "IGNORECASE = I = RegexFlag(2)\n"
    "LOCALE = L = RegexFlag(4)\n"
    "MULTILINE = M = RegexFlag(8)\n"
    "DOTALL = S = RegexFlag(16)\n"
    "UNICODE = U = RegexFlag(32)\n"
    "VERBOSE = X = RegexFlag(64)\n"
    "DEBUG = RegexFlag(128)\n"
    "ASCII = A = RegexFlag(256)\n"
    "NOFLAG = RegexFlag(0)\n"
    "\n"
    "__all__ = [\"match\", \"fullmatch\", \"search\", \"sub\", \"subn\", \"split\", \"findall\", \"finditer\", \"compile\",\n"
    "           \"purge\", \"escape\", \"error\", \"Pattern\", \"Match\", \"A\", \"I\", \"L\", \"M\", \"S\", \"X\", \"U\",\n"
    "           \"ASCII\", \"IGNORECASE\", \"LOCALE\", \"MULTILINE\", \"DOTALL\", \"VERBOSE\", \"UNICODE\", \"NOFLAG\"]\n"
    "\n"
    "\n"
    "class error(Exception):\n"
    "    __module__ = 're'\n"
    "\n"
    "    def __init__(self, msg, pattern=None, pos=None):\n"
    "        self.msg = msg\n"
    "        self.pattern = pattern\n"
    "        self.pos = pos\n"
    "        if pattern is not None and pos is not None:\n"
    "            msg = '%s at position %d' % (msg, pos)\n"
    "            newline = '\\n' if isinstance(pattern, str) else b'\\n'\n"
    "            self.lineno = pattern.count(newline, 0, pos) + 1\n"
    "            self.colno = pos - pattern.rfind(newline, 0, pos)\n"
    "            if newline in pattern:\n"
    "                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)\n"
    "        else:\n"
    "            self.lineno = self.colno = None\n"
    "        super().__init__(msg)\n"
    "\n"
    "\n"
    "_FLAG_NAMES = ((\"re.TEMPLATE\", 1), (\"re.IGNORECASE\", 2), (\"re.LOCALE\", 4), (\"re.MULTILINE\", 8),\n"
    "               (\"re.DOTALL\", 16), (\"re.UNICODE\", 32), (\"re.VERBOSE\", 64), (\"re.DEBUG\", 128),\n"
    "               (\"re.ASCII\", 256))\n"
    "_MAXSIZE = _sys.maxsize\n"
    "\n"
    "\n"
    "class Match:\n"
    "    __module__ = 're'\n"
    "    __slots__ = ('re', 'string', 'pos', 'endpos', '_marks', 'lastindex')\n"
    "\n"
    "    def __init__(self, pattern, string, pos, endpos, marks, lastindex):\n"
    "        self.re = pattern\n"
    "        self.string = string\n"
    "        self.pos = pos\n"
    "        self.endpos = endpos\n"
    "        self._marks = marks\n"
    "        self.lastindex = lastindex\n"
    "\n"
    "    def _index(self, g):\n"
    "        if isinstance(g, int) or hasattr(type(g), '__index__') and not isinstance(g, (str, bytes)):\n"
    "            try:\n"
    "                g = g.__index__()\n"
    "            except AttributeError:\n"
    "                raise IndexError('no such group') from None\n"
    "            if 0 <= g <= self.re.groups:\n"
    "                return g\n"
    "            raise IndexError('no such group')\n"
    "        i = self.re.groupindex.get(g) if isinstance(g, (str, bytes)) else None\n"
    "        if i is None:\n"
    "            raise IndexError('no such group')\n"
    "        return i\n"
    "\n"
    "    def _get(self, i, default=None):\n"
    "        s = self._marks[2 * i]\n"
    "        if s < 0:\n"
    "            return default\n"
    "        return self.string[s:self._marks[2 * i + 1]]\n"
    "\n"
    "    def group(self, *args):\n"
    "        if not args:\n"
    "            return self._get(0)\n"
    "        if len(args) == 1:\n"
    "            return self._get(self._index(args[0]))\n"
    "        return tuple(self._get(self._index(a)) for a in args)\n"
    "\n"
    "    def __getitem__(self, g):\n"
    "        return self._get(self._index(g))\n"
    "\n"
    "    def groups(self, default=None):\n"
    "        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))\n"
    "\n"
    "    def groupdict(self, default=None):\n"
    "        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}\n"
    "\n"
    "    def start(self, group=0):\n"
    "        return self._marks[2 * self._index(group)]\n"
    "\n"
    "    def end(self, group=0):\n"
    "        return self._marks[2 * self._index(group) + 1]\n"
    "\n"
    "    def span(self, group=0):\n"
    "        i = self._index(group)\n"
    "        return (self._marks[2 * i], self._marks[2 * i + 1])\n"
    "\n"
    "    @property\n"
    "    def regs(self):\n"
    "        return tuple((self._marks[2 * i], self._marks[2 * i + 1]) for i in range(self.re.groups + 1))\n"
    "\n"
    "    @property\n"
    "    def lastgroup(self):\n"
    "        if self.lastindex is None:\n"
    "            return None\n"
    "        for name, i in self.re.groupindex.items():\n"
    "            if i == self.lastindex:\n"
    "                return name\n"
    "        return None\n"
    "\n"
    "    def expand(self, template):\n"
    "        return _expand(self.re, template, self)\n"
    "\n"
    "    def __repr__(self):\n"
    "        return '<re.Match object; span=(%d, %d), match=%r>' % (self._marks[0], self._marks[1], self.group(0)[:50] if len(self.group(0)) > 50 else self.group(0))\n"
    "\n"
    "    def __copy__(self):\n"
    "        return self\n"
    "\n"
    "    def __deepcopy__(self, memo):\n"
    "        return self\n"
    "\n"
    "\n"
    "class Pattern:\n"
    "    __module__ = 're'\n"
    "    __slots__ = ('_prog', 'pattern', 'flags', 'groups', 'groupindex', '__weakref__')\n"
    "\n"
    "    def __init__(self, prog, pattern):\n"
    "        self._prog = prog\n"
    "        self.pattern = pattern\n"
    "        self.flags = prog.flags\n"
    "        self.groups = prog.groups\n"
    "        self.groupindex = type(type.__dict__)(prog.groupindex)\n"
    "\n"
    "    def _run(self, string, pos, endpos, mode):\n"
    "        r = self._prog.match(string, pos, endpos, mode)\n"
    "        if r is None:\n"
    "            return None\n"
    "        marks, last = r\n"
    "        n = len(string)\n"
    "        return Match(self, string, min(max(pos, 0), n), min(max(endpos, 0), n) if endpos >= 0 else 0, marks, last)\n"
    "\n"
    "    def match(self, string, pos=0, endpos=_MAXSIZE):\n"
    "        return self._run(string, pos, endpos, 0)\n"
    "\n"
    "    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):\n"
    "        return self._run(string, pos, endpos, 1)\n"
    "\n"
    "    def search(self, string, pos=0, endpos=_MAXSIZE):\n"
    "        return self._run(string, pos, endpos, 2)\n"
    "\n"
    "    def _iter(self, string, pos, endpos):\n"
    "        n = len(string)\n"
    "        if endpos > n:\n"
    "            endpos = n\n"
    "        i = min(max(pos, 0), n)\n"
    "        must_advance = False\n"
    "        while i <= endpos:\n"
    "            r = self._prog.match(string, i, endpos, 6 if must_advance else 2)\n"
    "            if r is None:\n"
    "                return\n"
    "            marks, last = r\n"
    "            yield marks, last\n"
    "            must_advance = marks[1] == marks[0]\n"
    "            i = marks[1]\n"
    "\n"
    "    def finditer(self, string, pos=0, endpos=_MAXSIZE):\n"
    "        n = len(string)\n"
    "        p = min(max(pos, 0), n)\n"
    "        e = min(max(endpos, 0), n)\n"
    "        for marks, last in self._iter(string, pos, endpos):\n"
    "            yield Match(self, string, p, e, marks, last)\n"
    "\n"
    "    def findall(self, string, pos=0, endpos=_MAXSIZE):\n"
    "        out = []\n"
    "        g = self.groups\n"
    "        empty = string[:0]\n"
    "        for marks, last in self._iter(string, pos, endpos):\n"
    "            if g == 0:\n"
    "                out.append(string[marks[0]:marks[1]])\n"
    "            elif g == 1:\n"
    "                out.append(string[marks[2]:marks[3]] if marks[2] >= 0 else empty)\n"
    "            else:\n"
    "                out.append(tuple(string[marks[2 * k]:marks[2 * k + 1]] if marks[2 * k] >= 0 else empty\n"
    "                                 for k in range(1, g + 1)))\n"
    "        return out\n"
    "\n"
    "    def subn(self, repl, string, count=0):\n"
    "        if callable(repl):\n"
    "            filt = repl\n"
    "            literal = None\n"
    "        else:\n"
    "            literal = repl\n"
    "            backslash = '\\\\' if isinstance(repl, str) else b'\\\\'\n"
    "            if not isinstance(repl, (str, bytes)):\n"
    "                raise TypeError('expected str or bytes-like object, got %r' % type(repl).__name__)\n"
    "            if backslash in repl:\n"
    "                items = _parse_template(self, repl)\n"
    "                literal = None\n"
    "                filt = lambda m: _apply_template(items, m)\n"
    "        pieces = []\n"
    "        i = 0\n"
    "        n = 0\n"
    "        for marks, last in self._iter(string, 0, _MAXSIZE):\n"
    "            if count and n >= count:\n"
    "                break\n"
    "            b, e = marks[0], marks[1]\n"
    "            if i < b:\n"
    "                pieces.append(string[i:b])\n"
    "            if literal is not None:\n"
    "                if literal:\n"
    "                    pieces.append(literal)\n"
    "            else:\n"
    "                item = filt(Match(self, string, 0, len(string), marks, last))\n"
    "                if item is not None:\n"
    "                    pieces.append(item)\n"
    "            i = e\n"
    "            n += 1\n"
    "        pieces.append(string[i:])\n"
    "        return string[:0].join(pieces), n\n"
    "\n"
    "    def sub(self, repl, string, count=0):\n"
    "        return self.subn(repl, string, count)[0]\n"
    "\n"
    "    def split(self, string, maxsplit=0):\n"
    "        out = []\n"
    "        last = 0\n"
    "        n = 0\n"
    "        g = self.groups\n"
    "        for marks, _ in self._iter(string, 0, _MAXSIZE):\n"
    "            if maxsplit and n >= maxsplit:\n"
    "                break\n"
    "            out.append(string[last:marks[0]])\n"
    "            for k in range(1, g + 1):\n"
    "                out.append(string[marks[2 * k]:marks[2 * k + 1]] if marks[2 * k] >= 0 else None)\n"
    "            last = marks[1]\n"
    "            n += 1\n"
    "        out.append(string[last:])\n"
    "        return out\n"
    "\n"
    "    def __repr__(self):\n"
    "        flags = self.flags\n"
    "        if isinstance(self.pattern, str) and (flags & (LOCALE | UNICODE | ASCII)) == UNICODE:\n"
    "            flags &= ~UNICODE\n"
    "        names = []\n"
    "        for name, value in _FLAG_NAMES:\n"
    "            if flags & value:\n"
    "                names.append(name)\n"
    "                flags &= ~value\n"
    "        if flags:\n"
    "            names.append(hex(flags))\n"
    "        p = repr(self.pattern)[:200]\n"
    "        if names:\n"
    "            return 're.compile(%s, %s)' % (p, '|'.join(names))\n"
    "        return 're.compile(%s)' % p\n"
    "\n"
    "    def __eq__(self, other):\n"
    "        if not isinstance(other, Pattern):\n"
    "            return NotImplemented\n"
    "        return self.pattern == other.pattern and self.flags == other.flags\n"
    "\n"
    "    def __hash__(self):\n"
    "        return hash((self.pattern, self.flags))\n"
    "\n"
    "    def __copy__(self):\n"
    "        return self\n"
    "\n"
    "    def __deepcopy__(self, memo):\n"
    "        return self\n"
    "\n"
    "\n"
    "def _parse_template(pattern, template):\n"
    "    # A list of str/bytes pieces and int group references.\n"
    "    is_str = isinstance(template, str)\n"
    "    src = template if is_str else template.decode('latin-1')\n"
    "    items = []\n"
    "    lit = []\n"
    "    i = 0\n"
    "    n = len(src)\n"
    "    groups = pattern.groups\n"
    "    index = pattern.groupindex\n"
    "\n"
    "    def flush():\n"
    "        if lit:\n"
    "            s = ''.join(lit)\n"
    "            items.append(s if is_str else s.encode('latin-1'))\n"
    "            lit.clear()\n"
    "\n"
    "    while i < n:\n"
    "        c = src[i]\n"
    "        if c != '\\\\':\n"
    "            lit.append(c)\n"
    "            i += 1\n"
    "            continue\n"
    "        start = i\n"
    "        i += 1\n"
    "        if i >= n:\n"
    "            raise error('bad escape (end of pattern)', template, start)\n"
    "        c = src[i]\n"
    "        i += 1\n"
    "        if c == 'g':\n"
    "            if i >= n or src[i] != '<':\n"
    "                raise error('missing <', template, i)\n"
    "            j = src.find('>', i + 1)\n"
    "            if j < 0:\n"
    "                raise error('missing >, unterminated name', template, i + 1)\n"
    "            name = src[i + 1:j]\n"
    "            if not name:\n"
    "                raise error('missing group name', template, i + 1)\n"
    "            if name.isdigit():\n"
    "                g = int(name)\n"
    "                if g > groups:\n"
    "                    raise error('invalid group reference %d' % g, template, i + 1)\n"
    "            elif name.isidentifier():\n"
    "                if name not in index:\n"
    "                    raise IndexError('unknown group name %r' % name)\n"
    "                g = index[name]\n"
    "            else:\n"
    "                raise error('bad character in group name %r' % name, template, i + 1)\n"
    "            i = j + 1\n"
    "            flush()\n"
    "            items.append(g)\n"
    "        elif c == '0':\n"
    "            v = 0\n"
    "            k = 0\n"
    "            while k < 2 and i < n and src[i] in '01234567':\n"
    "                v = v * 8 + int(src[i])\n"
    "                i += 1\n"
    "                k += 1\n"
    "            lit.append(chr(v))\n"
    "        elif c in '123456789':\n"
    "            if (i + 1 < n and c in '01234567' and src[i] in '01234567' and src[i + 1] in '01234567'):\n"
    "                v = int(src[i - 1:i + 2], 8)\n"
    "                if v > 0o377:\n"
    "                    raise error('octal escape value \\\\%s outside of range 0-0o377' % src[i - 1:i + 2], template, start)\n"
    "                lit.append(chr(v))\n"
    "                i += 2\n"
    "                continue\n"
    "            g = int(c)\n"
    "            if i < n and src[i].isdigit() and src[i] in '0123456789':\n"
    "                g = g * 10 + int(src[i])\n"
    "                i += 1\n"
    "            if g > groups:\n"
    "                raise error('invalid group reference %d' % g, template, start + 1)\n"
    "            flush()\n"
    "            items.append(g)\n"
    "        else:\n"
    "            table = {'n': '\\n', 't': '\\t', 'r': '\\r', 'f': '\\f', 'v': '\\v', 'a': '\\a', 'b': '\\b', '\\\\': '\\\\'}\n"
    "            if c in table:\n"
    "                lit.append(table[c])\n"
    "            elif c.isascii() and c.isalpha():\n"
    "                raise error('bad escape \\\\%s' % c, template, start)\n"
    "            else:\n"
    "                lit.append('\\\\' + c)\n"
    "    flush()\n"
    "    return items\n"
    "\n"
    "\n"
    "def _apply_template(items, m):\n"
    "    empty = m.string[:0]\n"
    "    out = []\n"
    "    for it in items:\n"
    "        if isinstance(it, int):\n"
    "            v = m.group(it)\n"
    "            if v is not None:\n"
    "                out.append(v)\n"
    "        else:\n"
    "            out.append(it)\n"
    "    return empty.join(out)\n"
    "\n"
    "\n"
    "def _expand(pattern, template, m):\n"
    "    return _apply_template(_parse_template(pattern, template), m)\n"
    "\n"
    "\n"
    "_cache = {}\n"
    "_MAXCACHE = 512\n"
    "\n"
    "\n"
    "def _compile(pattern, flags):\n"
    "    if isinstance(flags, int):\n"
    "        flags = int(flags)\n"
    "    else:\n"
    "        raise TypeError(\"unsupported operand type(s) for &: '%s' and 'int'\" % type(flags).__name__)\n"
    "    if isinstance(pattern, Pattern):\n"
    "        if flags:\n"
    "            raise ValueError('cannot process flags argument with a compiled pattern')\n"
    "        return pattern\n"
    "    key = (type(pattern), pattern, flags)\n"
    "    p = _cache.get(key)\n"
    "    if p is not None:\n"
    "        return p\n"
    "    if not isinstance(pattern, (str, bytes)):\n"
    "        raise TypeError('first argument must be string or compiled pattern')\n"
    "    if isinstance(pattern, str) and flags & LOCALE:\n"
    "        raise ValueError('cannot use LOCALE flag with a str pattern')\n"
    "    if isinstance(pattern, str) is False and flags & UNICODE and not flags & ASCII:\n"
    "        raise ValueError('cannot use UNICODE flag with a bytes pattern')\n"
    "    if flags & ASCII and flags & UNICODE:\n"
    "        raise ValueError('ASCII and UNICODE flags are incompatible')\n"
    "    p = Pattern(_re_compile(pattern, flags, error), pattern)\n"
    "    if len(_cache) >= _MAXCACHE:\n"
    "        del _cache[next(iter(_cache))]\n"
    "    _cache[key] = p\n"
    "    return p\n"
    "\n"
    "\n"
    "def compile(pattern, flags=0):\n"
    "    return _compile(pattern, flags)\n"
    "\n"
    "\n"
    "def match(pattern, string, flags=0):\n"
    "    return _compile(pattern, flags).match(string)\n"
    "\n"
    "\n"
    "def fullmatch(pattern, string, flags=0):\n"
    "    return _compile(pattern, flags).fullmatch(string)\n"
    "\n"
    "\n"
    "def search(pattern, string, flags=0):\n"
    "    return _compile(pattern, flags).search(string)\n"
    "\n"
    "\n"
    "def sub(pattern, repl, string, count=0, flags=0):\n"
    "    return _compile(pattern, flags).sub(repl, string, count)\n"
    "\n"
    "\n"
    "def subn(pattern, repl, string, count=0, flags=0):\n"
    "    return _compile(pattern, flags).subn(repl, string, count)\n"
    "\n"
    "\n"
    "def split(pattern, string, maxsplit=0, flags=0):\n"
    "    return _compile(pattern, flags).split(string, maxsplit)\n"
    "\n"
    "\n"
    "def findall(pattern, string, flags=0):\n"
    "    return _compile(pattern, flags).findall(string)\n"
    "\n"
    "\n"
    "def finditer(pattern, string, flags=0):\n"
    "    return _compile(pattern, flags).finditer(string)\n"
    "\n"
    "\n"
    "def purge():\n"
    "    _cache.clear()\n"
    "\n"
    "\n"
    "_special_chars_map = {i: '\\\\' + chr(i) for i in b'()[]{}?*+-|^$\\\\.&~# \\t\\n\\r\\v\\f'}\n"
    "\n"
    "\n"
    "def escape(pattern):\n"
    "    if isinstance(pattern, str):\n"
    "        return pattern.translate(_special_chars_map)\n"
    "    pattern = str(pattern, 'latin1')\n"
    "    return pattern.translate(_special_chars_map).encode('latin1')\n"
    "\n"
    "\n"
    "del _sys\n"
    "\n";

static const MethodDef re_methods[] = {
    {"_re_compile", re_compile, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int re_exec(Value m) {
    mo_type_ready(&program_type);
    Value dict = mo_module_dict(m);
    Value src = mo_str_from_cstr(RE_PY);
    Value exec = src == V_ERR ? V_ERR : mo_getattr_cstr(mo_module_builtin("builtins"), "exec");
    if (exec == V_ERR)
        return -1;
    Value args[2] = {src, dict};
    return mo_call(exec, args, 2, MO_NULL) == V_ERR ? -1 : 0;
}

const ModuleDef mo_re_module_def = {"re", re_methods, re_exec};
