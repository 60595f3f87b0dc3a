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
#include "objects/str.h"
#include "runtime/error.h"

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

// Copies line `lineno` (1-based) of `filename`, without its newline, into
// `out`; returns false if it is not available.
static bool source_line(const char *filename, int lineno, char *out, size_t cap) {
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
    const char *p = text, *end = text + len;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return false;
        p = nl + 1;
    }
    if (p >= end)
        return false;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = (size_t)((nl ? nl : end) - p);
    if (n && p[n - 1] == '\r')
        n--;
    if (n >= cap)
        n = cap - 1;
    memcpy(out, p, n);
    out[n] = '\0';
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
        !mo_str_eq_cstr(t->module, "builtins")) {
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

static void print_entry(FILE *out, const char *filename, int lineno, const char *name) {
    fprintf(out, "  File \"%s\", line %d, in %s\n", filename, lineno, name);
    char line[4096];
    if (source_line(filename, lineno, line, sizeof line)) {
        const char *s = strip_leading(line);
        size_t n = strlen(s);
        while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
            n--;
        if (n)
            fprintf(out, "    %.*s\n", (int)n, s);
    }
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
        if (last_file && strcmp(file, last_file) == 0 && t->lineno == last_line &&
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
            last_line = t->lineno;
            last_name = name;
        }
        print_entry(out, file, t->lineno, name);
    }
    if (repeats >= 3)
        fprintf(out, "  [Previous line repeated %d more time%s]\n", repeats - 2,
                repeats - 2 == 1 ? "" : "s");
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
    // Strip leading whitespace and the newline; shift the caret to match.
    const char *t = mo_str_data(text);
    const char *s = strip_leading(t);
    int64_t skipped_chars = 0;
    for (const char *p = t; p < s; p++)
        skipped_chars++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    fprintf(out, "    %.*s\n", (int)n, s);
    if (offset == MO_NULL || !mo_is_smallint(offset))
        return;
    int64_t col = mo_smallint_val(offset) - 1 - skipped_chars;
    int64_t width = 1;
    if (end_offset != MO_NULL && mo_is_smallint(end_offset) && end_lineno != MO_NULL &&
        end_lineno == lineno && mo_smallint_val(end_offset) > mo_smallint_val(offset))
        width = mo_smallint_val(end_offset) - mo_smallint_val(offset);
    // Count characters, not bytes, of the visible line.
    int64_t nchars = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            nchars++;
    if (col < 0)
        col = 0;
    if (col > nchars)
        col = nchars;
    if (col + width > nchars + 1)
        width = nchars + 1 - col;
    if (width < 1)
        width = 1;
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
    }
    if (line != V_ERR)
        fprintf(out, "%s\n", mo_str_data(line));
    else
        mo_err_clear();
    Value notes = mo_dict_get_cstr(e->dict, "__notes__");
    if (notes != MO_NULL) {
        Value it = mo_iter(notes);
        Value n;
        while (it != V_ERR && (n = mo_next(it)) != MO_NULL && n != V_ERR) {
            Value s = mo_str(n);
            if (s != V_ERR)
                fprintf(out, "%s\n", mo_str_data(s));
        }
        mo_err_clear();
    }
}

// Prints the chain oldest first, guarding against cycles.
static void print_chain(Value exc, FILE *out, int depth) {
    ExceptionObject *e = mo_exc_obj(exc);
    if (depth < 100) {
        if (e->cause != MO_NONE && mo_is_exception(e->cause)) {
            print_chain(e->cause, out, depth + 1);
            fputs("\nThe above exception was the direct cause of the following exception:\n\n", out);
        } else if (e->context != MO_NONE && mo_is_exception(e->context) && !e->suppress_context) {
            print_chain(e->context, out, depth + 1);
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
    print_chain(exc, out, 0);
    fflush(out);
}
