// src/runtime/traceback.c — printing an exception as CPython does:
//
//   Traceback (most recent call last):
//     File "prog.py", line 7, in <module>
//       main()
//     File "prog.py", line 3, in main
//       return 1 / 0
//   ZeroDivisionError: division by zero
//
// with chained exceptions (__cause__ / __context__) printed first, runs of
// identical entries collapsed ("[Previous line repeated 996 more times]"),
// and SyntaxErrors shown with their source line and a caret.
//
// Source lines come from the text the compiler read (remembered here), so a
// traceback never depends on the file still being there.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "vm/call.h"
#include "objects/str.h"
#include "runtime/error.h"
#include "runtime/strbuf.h"

typedef struct Source {
    char *filename;
    char *text;
    size_t len;
    struct Source *next;
} Source;

static Source *sources;

void mo_exc_remember_source(const char *filename, const char *src, size_t len) {
    for (Source *s = sources; s; s = s->next)
        if (strcmp(s->filename, filename) == 0)
            return;
    Source *s = malloc(sizeof *s);
    char *f = strdup(filename);
    char *t = malloc(len + 1);
    if (!s || !f || !t) {
        free(s);
        free(f);
        free(t);
        return;
    }
    memcpy(t, src, len);
    t[len] = '\0';
    *s = (Source){f, t, len, sources};
    sources = s;
}

// Finds line `lineno` (1-based) of `filename` in the remembered sources:
// sets *line and *n to its text without the newline (not NUL-terminated);
// returns false if it is not available.
static bool source_line(const char *filename, int lineno, const char **line, size_t *n) {
    const char *text = NULL;
    size_t len = 0;
    for (Source *s = sources; s; s = s->next)
        if (strcmp(s->filename, filename) == 0) {
            text = s->text;
            len = s->len;
            break;
        }
    if (!text || lineno < 1)
        return false;
    // Lines end in \n, \r\n or a lone \r (universal newlines, as the
    // tokenizer reads them).
    const char *p = text, *end = text + len;
    for (int l = 1; l < lineno && p < end; l++) {
        while (p < end && *p != '\n' && *p != '\r')
            p++;
        if (p == end)
            return false;
        p += p + 1 < end && p[0] == '\r' && p[1] == '\n' ? 2 : 1;
    }
    if (p >= end)
        return false;
    const char *q = p;
    while (q < end && *q != '\n' && *q != '\r')
        q++;
    size_t k = (size_t)(q - p);
    *line = p;
    *n = k;
    return true;
}

static const char *strip_leading(const char *s) {
    while (*s == ' ' || *s == '\t' || *s == '\f')
        s++;
    return s;
}

// The name CPython prints for an exception's type: "module.Name" unless the
// type is a built-in.
static void put_type_name(Value exc, StrBuf *b) {
    TypeObject *t = mo_type(exc);
    if (t->module != MO_NULL && t->module != 0 && mo_is_str(t->module) &&
        !mo_str_eq_cstr(t->module, "builtins") && !mo_str_eq_cstr(t->module, "__main__")) {
        mo_strbuf_append(b, mo_str_data(t->module), (size_t)mo_str_size(t->module));
        mo_strbuf_putc(b, '.');
    }
    if (t->qualname != MO_NULL && t->qualname != 0 && mo_is_str(t->qualname))
        mo_strbuf_append(b, mo_str_data(t->qualname), (size_t)mo_str_size(t->qualname));
    else
        mo_strbuf_puts(b, t->name);
}

Value mo_exc_format_only(Value exc) {
    StrBuf b = STRBUF_INIT;
    put_type_name(exc, &b);
    Value s = mo_str(exc);
    if (s == V_ERR) {
        mo_err_clear();
        mo_strbuf_puts(&b, ": <exception str() failed>");
    } else if (mo_str_size(s) > 0) {
        mo_strbuf_puts(&b, ": ");
        mo_strbuf_append(&b, mo_str_data(s), (size_t)mo_str_size(s));
    }
    return mo_str_from_strbuf(&b);
}

// ------------------------------------------------- "Did you mean" hints
//
// CPython 3.11 appends ". Did you mean: 'x'?" to NameError and
// AttributeError lines when a close name exists: a Levenshtein distance
// where a change of case costs 1 and any other edit 2, accepting at most a
// third of the characters involved, over the names visible where the error
// happened (locals, then globals, then builtins) or the object's dir().

#define MAX_CANDIDATES 750
#define MAX_NAME 40
#define MOVE_COST 2
#define CASE_COST 1

static size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a = (char)(a + 32);
    if (b >= 'A' && b <= 'Z')
        b = (char)(b + 32);
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t edit_distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost) {
    while (na && nb && a[0] == b[0]) {
        a++, b++;
        na--, nb--;
    }
    while (na && nb && a[na - 1] == b[nb - 1])
        na--, nb--;
    if (na == 0 || nb == 0)
        return (na + nb) * MOVE_COST;
    if (na > MAX_NAME || nb > MAX_NAME)
        return max_cost + 1;
    if (nb < na) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost)
        return max_cost + 1;
    size_t row[MAX_NAME];
    for (size_t i = 0; i < na; i++)
        row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t diag = j * MOVE_COST;
        result = diag;
        size_t minimum = (size_t)-1;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = diag + substitution_cost(b[j], a[i]);
            diag = row[i];
            size_t insert_delete = (result < diag ? result : diag) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            row[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

// The closest name among `names` (a list of str), or MO_NULL.
static Value closest(Value names, Value name) {
    if (!mo_is_list(names) || mo_list_size(names) > MAX_CANDIDATES)
        return MO_NULL;
    const char *n = mo_str_data(name);
    size_t nn = (size_t)mo_str_size(name);
    Value best = MO_NULL;
    size_t best_distance = (size_t)-1;
    for (int64_t i = 0; i < mo_list_size(names); i++) {
        Value item = mo_list_items(names)[i];
        if (!mo_is_str(item) || mo_str_eq(item, name))
            continue;
        size_t ni = (size_t)mo_str_size(item);
        size_t max_distance = (nn + ni + 3) * MOVE_COST / 6;
        if (best != MO_NULL && best_distance - 1 < max_distance)
            max_distance = best_distance - 1;
        size_t d = edit_distance(n, nn, mo_str_data(item), ni, max_distance);
        if (d > max_distance)
            continue;
        if (best == MO_NULL || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return best;
}

static Value sorted_keys(Value dict) {
    if (dict == MO_NULL || !mo_is_dict(dict))
        return MO_NULL;
    Value keys = mo_dict_keys_list(dict);
    if (keys == V_ERR || mo_list_sort(keys, MO_NULL, false) < 0) {
        mo_err_clear();
        return MO_NULL;
    }
    return keys;
}

static Value suggestion_for(Value exc) {
    Value d = mo_exc_obj(exc)->dict;
    Value name = mo_dict_get_cstr(d, "name");
    if (name == MO_NULL || !mo_is_str(name))
        return MO_NULL;
    if (mo_isinstance_type(exc, &mo_exc_NameError)) {
        static const char *const where[] = {"__mo_locals__", "__mo_globals__", "__mo_builtins__"};
        for (int i = 0; i < 3; i++) {
            Value s = closest(sorted_keys(mo_dict_get_cstr(d, where[i])), name);
            if (s != MO_NULL)
                return s;
        }
        return MO_NULL;
    }
    if (mo_isinstance_type(exc, &mo_exc_AttributeError)) {
        Value obj = mo_dict_get_cstr(d, "obj");
        if (obj == MO_NULL)
            return MO_NULL;
        Value dir = mo_dict_get_cstr(mo_call_builtins_of(MO_NULL), "dir");
        Value names = dir == MO_NULL ? V_ERR : mo_call1(dir, obj);
        if (names == V_ERR) {
            mo_err_clear();
            return MO_NULL;
        }
        return closest(names, name);
    }
    return MO_NULL;
}

// ------------------------------------------------------ the caret line
//
// Under a traceback entry's source line CPython 3.11 marks the failing
// expression: `^^^^` under it, or, for a binary operation or a subscript,
// `~~` under the operands and `^` under the operator or the brackets:
//
//     return a[1] + 1/0
//                   ~^~
//
// The columns are the instruction's position (objects/code.h). None is
// printed when the expression is the whole line and has no anchors. The
// arithmetic below is CPython's, quirks included (in the traceback module,
// trailing blanks shift the line left; the interpreter's report prints them
// and counts them as part of the line); columns are counted in characters,
// not display cells.

static bool is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v'; }

// The number of characters in the first `bytes` bytes of `s` (UTF-8).
static int chars_in(const char *s, int bytes) {
    int n = 0;
    for (int i = 0; i < bytes && s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

static void put_repeated(StrBuf *b, char ch, int n) {
    for (int i = 0; i < n; i++)
        mo_strbuf_putc(b, ch);
}

bool mo_tb_caret_line(const CodeObject *code, int lasti, const char *line, bool interp, StrBuf *out) {
    if (!code->positions || lasti < 0 || (uint32_t)lasti >= code->ncode)
        return false;
    const CodePosition *p = &code->positions[lasti];
    int lineno = code->lines[lasti];
    if (p->col < 0 || p->end_col < 0)
        return false;
    int len = (int)strlen(line);
    int lead = 0, trail = 0;
    while (lead < len && is_space(line[lead]))
        lead++;
    while (trail < len - lead && is_space(line[len - 1 - trail]))
        trail++;
    int nchars = chars_in(line, len);
    int lead_chars = chars_in(line, lead);
    int trail_chars = chars_in(line + len - trail, trail);
    // The characters of trailing blanks that shift the carets (see above).
    int shift = interp ? 0 : trail_chars;
    int stripped = nchars - lead_chars - shift;
    if (stripped <= 0)
        return false;
    int col = p->col < len ? p->col : len;
    int end_col = p->end_col < len ? p->end_col : len;
    int start = chars_in(line, col), end = chars_in(line, end_col);
    bool anchored = false;
    int left = 0, right = 0;
    if (p->end_lineno == lineno && p->anchor != MO_ANCHOR_NONE && end_col > col) {
        const char *seg = line + col;
        int seglen = end_col - col;
        int a = p->anchor_a - col, b = p->anchor_b - col;
        if (a >= 0 && b >= a && b <= seglen) {
            anchored = true;
            if (p->anchor == MO_ANCHOR_BINOP) {
                int off = 0;
                while (a + off < b && is_space(seg[a + off]))
                    off++;
                left = a + off;
                right = left + 1;
                if (a + off + 1 < b && !is_space(seg[a + off + 1]))
                    right++;
                while (left < seglen && (is_space(seg[left]) || seg[left] == ')' || seg[left] == '#')) {
                    left++;
                    right++;
                }
            } else {
                left = a;
                right = b + 1;
                while (left < seglen && seg[left] != '[')
                    left++;
                while (right < seglen && seg[right] != ']')
                    right++;
                if (right < seglen)
                    right++;
            }
            // (Offsets past the segment's end count one character each.)
            left = left <= seglen ? chars_in(seg, left) : chars_in(seg, seglen) + left - seglen;
            right = right <= seglen ? chars_in(seg, right) : chars_in(seg, seglen) + right - seglen;
        }
    } else if (p->end_lineno != lineno) {
        end = nchars - trail_chars;
    }
    if (!(end - start < stripped || (anchored && right - left > 0)))
        return false;
    mo_strbuf_puts(out, "    ");
    put_repeated(out, ' ', start - lead_chars - shift);
    if (anchored) {
        put_repeated(out, '~', left);
        put_repeated(out, '^', right - left);
        put_repeated(out, '~', end - start - right);
    } else {
        put_repeated(out, '^', end - start);
    }
    mo_strbuf_putc(out, '\n');
    return true;
}

static void print_entry(FILE *out, const char *filename, const CodeObject *code, int lasti, int lineno,
                        const char *name) {
    fprintf(out, "  File \"%s\", line %d, in %s\n", filename, lineno, name);
    const char *src;
    size_t len;
    if (!source_line(filename, lineno, &src, &len))
        return;
    // The whole line is copied, however long: a fixed buffer would cut a
    // long line short and leave the caret columns pointing past its end.
    char *line = malloc(len + 1);
    if (!line)
        return;
    memcpy(line, src, len);
    line[len] = '\0';
    // A line of blanks is not shown; any other is shown with its trailing
    // blanks, as CPython's interpreter prints it.
    const char *s = strip_leading(line);
    size_t n = strlen(s);
    if (n) {
        fprintf(out, "    %s\n", s);
        StrBuf b = STRBUF_INIT;
        if (mo_tb_caret_line(code, lasti, line, true, &b) && !b.failed)
            fwrite(b.data, 1, b.len, out);
        mo_strbuf_free(&b);
    }
    free(line);
}

static void print_traceback(Value tb, FILE *out) {
    fputs("Traceback (most recent call last):\n", out);
    const char *last_file = NULL;
    int last_line = -1;
    const char *last_name = NULL;
    int repeats = 0;
    for (; tb != MO_NONE && mo_is_exact(tb, &mo_traceback_type);
         tb = ((TracebackObject *)mo_ptr(tb))->next) {
        TracebackObject *t = (TracebackObject *)mo_ptr(tb);
        CodeObject *code = mo_code_obj(t->code);
        const char *file = mo_str_data(code->filename);
        const char *name = mo_str_data(code->name);
        int lineno = mo_tb_lineno(t);
        if (last_file && strcmp(file, last_file) == 0 && lineno == last_line &&
            strcmp(name, last_name) == 0) {
            repeats++;
            if (repeats >= 3)
                continue;
        } else {
            if (repeats >= 3)
                fprintf(out, "  [Previous line repeated %d more time%s]\n", repeats - 2,
                        repeats - 2 == 1 ? "" : "s");
            repeats = 0;
            last_file = file;
            last_line = lineno;
            last_name = name;
        }
        print_entry(out, file, code, t->lasti, lineno, name);
    }
    if (repeats >= 3)
        fprintf(out, "  [Previous line repeated %d more time%s]\n", repeats - 2,
                repeats - 2 == 1 ? "" : "s");
}

// The byte offset in UTF-8 `s` of its character `chars` (0-based); past
// the end, one byte per missing character.
static int64_t char_to_byte(const char *s, int64_t chars) {
    int64_t i = 0, n = 0;
    while (s[i] && n < chars) {
        i++;
        while (((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        n++;
    }
    return i + (chars - n);
}

// The location part of a SyntaxError: file, line, source text and caret.
static void print_syntax_location(Value exc, FILE *out) {
    Value dict = mo_exc_obj(exc)->dict;
    Value filename = mo_dict_get_cstr(dict, "filename");
    Value lineno = mo_dict_get_cstr(dict, "lineno");
    Value offset = mo_dict_get_cstr(dict, "offset");
    Value end_offset = mo_dict_get_cstr(dict, "end_offset");
    Value end_lineno = mo_dict_get_cstr(dict, "end_lineno");
    Value text = mo_dict_get_cstr(dict, "text");
    if (filename == MO_NULL || !mo_is_str(filename) || lineno == MO_NULL || !mo_is_smallint(lineno))
        return;
    fprintf(out, "  File \"%s\", line %lld\n", mo_str_data(filename), (long long)mo_smallint_val(lineno));
    if (text == MO_NULL || !mo_is_str(text))
        return;
    // CPython's rules: an error spanning lines underlines the rest of its
    // first line; the carets never run more than one past the line; an
    // IndentationError gets one caret; an offset that falls inside the
    // stripped indentation gets none.
    const char *t = mo_str_data(text);
    int64_t line_size = (int64_t)strlen(t);
    int64_t off = offset != MO_NULL && mo_is_smallint(offset) ? mo_smallint_val(offset) : 0;
    int64_t end = end_offset != MO_NULL && mo_is_smallint(end_offset) ? mo_smallint_val(end_offset) : -1;
    // The offsets count characters, but CPython 3.11 draws the carets in
    // bytes of the UTF-8 line: after a non-ASCII character they shift right.
    if (off > 0 && off - 1 <= line_size)
        off = char_to_byte(t, off - 1) + 1;
    if (end > 0 && end - 1 <= line_size)
        end = char_to_byte(t, end - 1) + 1;
    if (end_lineno != MO_NULL && mo_is_smallint(end_lineno) &&
        mo_smallint_val(end_lineno) > mo_smallint_val(lineno))
        end = line_size;
    if (end > line_size + 1)
        end = line_size + 1;
    int64_t width = end > 0 && end > off ? end - off : 1;
    if (mo_isinstance_type(exc, &mo_exc_IndentationError))
        width = 1;
    const char *s = strip_leading(t);
    int64_t col = off - 1 - (int64_t)(s - t);
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    fprintf(out, "    %.*s\n", (int)n, s);
    if (offset == MO_NULL || !mo_is_smallint(offset) || col < 0)
        return;
    if (col > (int64_t)n)
        col = (int64_t)n;
    fputs("    ", out);
    for (int64_t i = 0; i < col; i++)
        fputc(' ', out);
    for (int64_t i = 0; i < width; i++)
        fputc('^', out);
    fputc('\n', out);
}

static void print_one(Value exc, FILE *out) {
    ExceptionObject *e = mo_exc_obj(exc);
    if (e->traceback != MO_NONE)
        print_traceback(e->traceback, out);
    bool syntax = mo_isinstance_type(exc, &mo_exc_SyntaxError);
    if (syntax)
        print_syntax_location(exc, out);
    Value line;
    if (syntax) {
        // The location is shown above; the last line carries only the message.
        StrBuf b = STRBUF_INIT;
        put_type_name(exc, &b);
        Value msg = mo_dict_get_cstr(e->dict, "msg");
        Value s = msg != MO_NULL && mo_is_str(msg) ? msg : mo_str(exc);
        if (s != V_ERR && mo_str_size(s)) {
            mo_strbuf_puts(&b, ": ");
            mo_strbuf_append(&b, mo_str_data(s), (size_t)mo_str_size(s));
        }
        line = mo_str_from_strbuf(&b);
    } else {
        line = mo_exc_format_only(exc);
        if (line != V_ERR && (mo_isinstance_type(exc, &mo_exc_NameError) ||
                              mo_isinstance_type(exc, &mo_exc_AttributeError))) {
            Value hint = suggestion_for(exc);
            if (hint != MO_NULL) {
                Value l = mo_str_format("%U. Did you mean: '%U'?", line, hint);
                if (l != V_ERR)
                    line = l;
            }
        }
    }
    if (line != V_ERR)
        fprintf(out, "%s\n", mo_str_data(line));
    else
        mo_err_clear();
    Value notes = mo_dict_get_cstr(e->dict, "__notes__");
    if (notes != MO_NULL) {
        Value it = mo_iter(notes);
        Value n;
        if (it == V_ERR) {
            // Not iterable: CPython 3.11 prints the whole value, and
            // (a quirk) no newline after it.
            mo_err_clear();
            Value s = mo_str(notes);
            if (s != V_ERR)
                fputs(mo_str_data(s), out);
        }
        while (it != V_ERR && (n = mo_next(it)) != MO_NULL && n != V_ERR) {
            Value s = mo_str(n);
            if (s != V_ERR)
                fprintf(out, "%s\n", mo_str_data(s));
        }
        mo_err_clear();
    }
}

// The exceptions of a chain already printed or being printed: as in
// CPython, an exception met again (a cycle of __context__ links) ends the
// chain rather than being printed twice.
#define MAX_CHAIN 1000

typedef struct Seen {
    Value items[MAX_CHAIN];
    int count;
} Seen;

static bool seen_has(const Seen *seen, Value exc) {
    for (int i = 0; i < seen->count; i++)
        if (seen->items[i] == exc)
            return true;
    return false;
}

// Prints the chain oldest first.
static void print_chain(Value exc, FILE *out, Seen *seen) {
    ExceptionObject *e = mo_exc_obj(exc);
    if (seen->count < MAX_CHAIN) {
        seen->items[seen->count++] = exc;
        if (e->cause != MO_NONE && mo_is_exception(e->cause)) {
            if (!seen_has(seen, e->cause)) {
                print_chain(e->cause, out, seen);
                fputs("\nThe above exception was the direct cause of the following exception:\n\n", out);
            }
        } else if (e->context != MO_NONE && mo_is_exception(e->context) && !e->suppress_context &&
                   !seen_has(seen, e->context)) {
            print_chain(e->context, out, seen);
            fputs("\nDuring handling of the above exception, another exception occurred:\n\n", out);
        }
    }
    print_one(exc, out);
}

void mo_exc_print(Value exc, FILE *out) {
    fflush(stdout);
    if (!mo_is_exception(exc)) {
        fputs("Error: a non-exception was raised\n", out);
        return;
    }
    Seen *seen = malloc(sizeof *seen);
    if (seen) {
        seen->count = 0;
        print_chain(exc, out, seen);
        free(seen);
    } else {
        print_one(exc, out);
    }
    fflush(out);
}
