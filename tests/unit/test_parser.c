// tests/unit/test_parser.c — the parser against CPython's ast module.
//
// Usage:
//   test_parser                      self-checks (run by `make test`): every
//                                    tests/parser/corpus/*.py must dump like
//                                    its recorded .ast (CPython's ast.dump),
//                                    every case in tests/parser/errors.txt
//                                    must fail with CPython's error, plus
//                                    nesting, size and garbage tests
//   test_parser [-a] [-m MODE] FILE  prints ast.dump(ast.parse(FILE)) (with
//                                    -a: include_attributes=True; MODE is
//                                    exec, eval or single), or the error as
//                                    "Type: msg (lineno, offset, end_lineno,
//                                    end_offset)"
//   test_parser -e FILE              just the error line (or "OK")
//   test_parser -t ...               also print the best parse time of 20
//   test_parser -x ...               escape all non-ASCII text in the dump
//                                    (compare.py and the .ast files use it)
//
// tests/parser/compare.py drives the second form over many files and diffs
// against python3; `compare.py --record` regenerates the expected files.
//
// Dumping a very deep tree recurses deeply, so all work runs on a thread
// with a 512 MiB stack.
#include <dirent.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "front/arena.h"
#include "front/ast.h"
#include "front/parser.h"

static int passed, failed;

static void check(bool ok, const char *what, const char *detail) {
    if (ok) {
        passed++;
    } else {
        failed++;
        printf("FAIL: %s%s%s\n", what, detail ? "\n  " : "", detail ? detail : "");
    }
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        fclose(f);
        free(buf);
        return NULL;
    }
    fclose(f);
    buf[n] = '\0';
    *len = (size_t)n;
    return buf;
}

// Parses and returns the dump or the error line (malloc'd).
static bool ascii_mode;

static char *parse_to_text(const char *src, size_t len, const char *filename, int mode,
                           bool attrs, bool error_only) {
    Arena *arena = mo_arena_new();
    SyntaxErrorInfo err;
    AstMod *mod = mo_parser_parse(arena, src, len, filename, mode, &err);
    char *out;
    if (mod) {
        out = error_only ? strdup("OK")
                         : mo_ast_dump_flags(mod, (attrs ? MO_AST_DUMP_ATTRIBUTES : 0) |
                                                      (ascii_mode ? MO_AST_DUMP_ASCII : 0));
    } else {
        size_t n = strlen(err.msg) + 128;
        out = malloc(n);
        snprintf(out, n, "%s: %s (%d, %d, %d, %d)", err.type, err.msg, err.lineno, err.offset,
                 err.end_lineno, err.end_offset);
        mo_parser_error_clear(&err);
    }
    mo_arena_free(arena);
    return out;
}

static int mode_from(const char *s) {
    if (strcmp(s, "eval") == 0)
        return MO_PARSE_EVAL;
    if (strcmp(s, "single") == 0)
        return MO_PARSE_SINGLE;
    return MO_PARSE_FILE;
}

// ---------------------------------------------------------- the corpus

static void run_corpus(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) {
        check(false, "open corpus directory", dir);
        return;
    }
    struct dirent *ent;
    while ((ent = readdir(d))) {
        size_t n = strlen(ent->d_name);
        if (n < 4 || strcmp(ent->d_name + n - 3, ".py") != 0)
            continue;
        char path[1024], expected_path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, ent->d_name);
        snprintf(expected_path, sizeof expected_path, "%s/%.*s.ast", dir, (int)(n - 3), ent->d_name);
        size_t len, elen;
        char *src = read_file(path, &len);
        char *expected = read_file(expected_path, &elen);
        if (!src || !expected) {
            check(false, "read corpus file", path);
            free(src);
            free(expected);
            continue;
        }
        while (elen && (expected[elen - 1] == '\n'))
            expected[--elen] = '\0';
        // The .ast file holds the dump with attributes.
        char *got = parse_to_text(src, len, path, MO_PARSE_FILE, true, false);
        bool ok = got && strcmp(got, expected) == 0;
        char detail[600] = "";
        if (!ok && got) {
            size_t i = 0;
            while (got[i] && got[i] == expected[i])
                i++;
            size_t from = i > 80 ? i - 80 : 0;
            snprintf(detail, sizeof detail, "first difference at byte %zu:\n  got:      ...%.160s\n  expected: ...%.160s",
                     i, got + from, expected + from);
        }
        check(ok, path, ok ? NULL : detail);
        free(got);
        free(src);
        free(expected);
    }
    closedir(d);
}

// tests/parser/errors.txt: pairs of lines
//   <mode>|<source, bytes outside printable ASCII (and '\\') as \xHH>
//   <expected error line, as parse_to_text prints it>
static size_t unescape(const char *s, size_t n, char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 3 < n && s[i + 1] == 'x') {
            char hex[3] = {s[i + 2], s[i + 3], 0};
            out[o++] = (char)strtol(hex, NULL, 16);
            i += 3;
        } else {
            out[o++] = s[i];
        }
    }
    return o;
}

static void run_errors(const char *path) {
    size_t len;
    char *text = read_file(path, &len);
    if (!text) {
        check(false, "read", path);
        return;
    }
    int count = 0;
    char *p = text;
    while (*p) {
        if (*p == '#' || *p == '\n') {
            char *nl = strchr(p, '\n');
            p = nl ? nl + 1 : p + strlen(p);
            continue;
        }
        char *line1 = p;
        char *nl1 = strchr(line1, '\n');
        if (!nl1)
            break;
        char *line2 = nl1 + 1;
        char *nl2 = strchr(line2, '\n');
        if (!nl2)
            nl2 = line2 + strlen(line2);
        p = *nl2 ? nl2 + 1 : nl2;
        char *bar = memchr(line1, '|', (size_t)(nl1 - line1));
        if (!bar)
            continue;
        char mode_name[16];
        snprintf(mode_name, sizeof mode_name, "%.*s", (int)(bar - line1), line1);
        size_t src_len = (size_t)(nl1 - bar - 1);
        char *src = malloc(src_len + 1);
        size_t n = unescape(bar + 1, src_len, src);
        char *got = parse_to_text(src, n, "f", mode_from(mode_name), false, true);
        char expected[1024];
        snprintf(expected, sizeof expected, "%.*s", (int)(nl2 - line2), line2);
        bool ok = strcmp(got, expected) == 0;
        char detail[2400];
        snprintf(detail, sizeof detail, "source: %.*s\n  got:      %.900s\n  expected: %.900s",
                 (int)(src_len > 300 ? 300 : src_len), bar + 1, got, expected);
        char what[64];
        snprintf(what, sizeof what, "%s case %d", path, ++count);
        check(ok, what, ok ? NULL : detail);
        free(got);
        free(src);
    }
    free(text);
}

// ------------------------------------------------------- limits, garbage

static char *repeat(const char *prefix, const char *unit, int n, const char *suffix) {
    size_t pl = strlen(prefix), ul = strlen(unit), sl = strlen(suffix);
    char *s = malloc(pl + ul * (size_t)n + sl + 1);
    memcpy(s, prefix, pl);
    for (int i = 0; i < n; i++)
        memcpy(s + pl + ul * (size_t)i, unit, ul);
    memcpy(s + pl + ul * (size_t)n, suffix, sl + 1);
    return s;
}

static void expect_error(const char *name, char *src, const char *expected) {
    char *got = parse_to_text(src, strlen(src), "f", MO_PARSE_FILE, false, true);
    bool ok = strncmp(got, expected, strlen(expected)) == 0;
    char detail[512];
    snprintf(detail, sizeof detail, "got: %.400s", got);
    check(ok, name, ok ? NULL : detail);
    free(got);
    free(src);
}

static void run_limits(void) {
    // Brackets: the tokenizer's 200-level limit.
    char *a = repeat("x = ", "(", 10000, "");
    expect_error("10000 parentheses", a, "SyntaxError: too many nested parentheses (1, 205");
    expect_error("10000 brackets", repeat("", "[", 10000, "1"), "SyntaxError: too many nested parentheses");
    expect_error("10000 braces", repeat("", "{", 10000, "1"), "SyntaxError: too many nested parentheses");
    {
        char *open_ = repeat("", "(", 200, "1");
        char *src = repeat(open_, ")", 200, "\n");
        free(open_);
        expect_error("200 parentheses fine", src, "OK");
    }
    // CPython 3.11 reports MemoryError for too deep a parse.
    expect_error("10000 unary minus", repeat("", "-", 10000, "1"), "MemoryError");
    expect_error("10000 not", repeat("", "not ", 10000, "1"), "MemoryError");
    expect_error("10000 lambdas", repeat("", "lambda:", 10000, "1"), "MemoryError");
    expect_error("10000 conditionals", repeat("", "x if y else ", 10000, "1"), "MemoryError");
    expect_error("10000 powers", repeat("", "x**", 10000, "1"), "MemoryError");
    expect_error("10000 lambda defaults", repeat("", "lambda x=", 10000, "1"), "MemoryError");
    expect_error("1000 unary minus fine", repeat("", "-", 1000, "1"), "OK");
    // Statement nesting: the tokenizer's 100-level indentation limit.
    {
        size_t cap = 1 << 20;
        char *s = malloc(cap);
        size_t o = 0;
        for (int i = 0; i < 150; i++) {
            memset(s + o, ' ', (size_t)i);
            o += (size_t)i;
            o += (size_t)sprintf(s + o, "if x:\n");
        }
        memset(s + o, ' ', 150);
        o += 150;
        strcpy(s + o, "pass\n");
        expect_error("150 nested ifs", s, "IndentationError: too many levels of indentation");
    }
    // A flat 100,000-term sum parses.
    {
        char *s = repeat("x = 1", "+1", 100000, "\n");
        clock_t t0 = clock();
        char *got = parse_to_text(s, strlen(s), "f", MO_PARSE_FILE, false, true);
        double ms = (double)(clock() - t0) * 1000.0 / CLOCKS_PER_SEC;
        check(strcmp(got, "OK") == 0, "100000-term sum", got);
        check(ms < 2000, "100000-term sum is fast", NULL);
        free(got);
        free(s);
    }
}

// A 10,000-line file parses quickly.
static void run_speed(void) {
    size_t cap = 1 << 22;
    char *s = malloc(cap);
    size_t o = 0;
    for (int i = 0; i < 2000; i++)
        o += (size_t)snprintf(s + o, cap - o,
                              "def f%d(a, b=1, *args, **kw):\n"
                              "    x = [i * 2 for i in range(a) if i %% 3]\n"
                              "    y = {'k': a + b, **kw}\n"
                              "    return f'{x!r} {y[\"k\"]:>10}' if a else (a, b, *args)\n"
                              "\n", i);
    clock_t t0 = clock();
    char *got = parse_to_text(s, o, "f", MO_PARSE_FILE, false, true);
    double ms = (double)(clock() - t0) * 1000.0 / CLOCKS_PER_SEC;
    char detail[128];
    snprintf(detail, sizeof detail, "%.1f ms", ms);
    check(strcmp(got, "OK") == 0, "10000-line file parses", got);
#ifdef MO_DEBUG
    const double limit = 2000;  // sanitizers and -O0 are much slower
#else
    const double limit = 100;
#endif
    check(ms < limit, "10000-line file parses fast enough", detail);
    free(got);
    free(s);
}

// Random bytes and truncations never crash (and always either parse or
// produce an error with a message).
static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint64_t rng(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static void fuzz_one(const char *src, size_t len, int mode) {
    Arena *arena = mo_arena_new();
    SyntaxErrorInfo err;
    AstMod *mod = mo_parser_parse(arena, src, len, "fuzz", mode, &err);
    if (!mod) {
        if (!err.type || (strcmp(err.type, "MemoryError") != 0 && !err.msg[0])) {
            check(false, "error without message", NULL);
        }
    } else {
        char *d = mo_ast_dump(mod, true);
        free(d);
    }
    mo_parser_error_clear(&err);
    mo_arena_free(arena);
}

static void run_garbage(void) {
    static const char *alphabet[] = {
        "(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "==", "+", "-", "*", "**", "/",
        "//", "%", "@", "&", "|", "^", "~", "<", ">", "<<", ">>", ".", "...", "->", ":=",
        "!", "\n", "\n    ", "\n  ", "\t", " ", "\\\n", "#c\n", "x", "y", "1", "0x1f",
        "1.5e3", "2j", "'s'", "\"d\"", "'''t\n'''", "f'{x}'", "f'{x!r:>{w}}'", "b'b'",
        "rb'\\d'", "if", "else", "elif", "for", "in", "while", "def", "class", "return",
        "lambda", "yield", "not", "and", "or", "is", "import", "from", "as", "with", "try",
        "except", "finally", "raise", "del", "pass", "global", "nonlocal", "async", "await",
        "match", "case", "_", "None", "True", "é", "€", "\x01", "'", "\"", "f'{", "}",
    };
    size_t nalpha = sizeof alphabet / sizeof alphabet[0];
    char buf[4096];
    int runs = 0;
    for (int i = 0; i < 3000; i++) {
        size_t o = 0;
        int tokens = (int)(rng() % 40);
        for (int k = 0; k < tokens; k++) {
            const char *t = alphabet[rng() % nalpha];
            size_t n = strlen(t);
            if (o + n + 1 >= sizeof buf)
                break;
            memcpy(buf + o, t, n);
            o += n;
            if (rng() % 3 == 0)
                buf[o++] = ' ';
        }
        fuzz_one(buf, o, (int)(rng() % 3));
        runs++;
    }
    for (int i = 0; i < 2000; i++) {
        size_t n = rng() % 256;
        for (size_t k = 0; k < n; k++)
            buf[k] = (char)(rng() & 0xFF);
        fuzz_one(buf, n, MO_PARSE_FILE);
        runs++;
    }
    check(true, "garbage", NULL);
    (void)runs;
}

// Every prefix of the corpus files parses or fails cleanly.
static void run_truncations(const char *dir) {
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *ent;
    while ((ent = readdir(d))) {
        size_t n = strlen(ent->d_name);
        if (n < 4 || strcmp(ent->d_name + n - 3, ".py") != 0)
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, ent->d_name);
        size_t len;
        char *src = read_file(path, &len);
        if (!src)
            continue;
        size_t step = len / 200 + 1;
        for (size_t cut = 0; cut < len; cut += step)
            fuzz_one(src, cut, MO_PARSE_FILE);
        free(src);
    }
    closedir(d);
    check(true, "truncations", NULL);
}

// ----------------------------------------------------------------- main

typedef struct Job {
    int argc;
    char **argv;
    int status;
} Job;

static void *run(void *arg) {
    Job *job = arg;
    int argc = job->argc;
    char **argv = job->argv;
    if (argc == 1) {
        ascii_mode = true;
        run_corpus("tests/parser/corpus");
        run_errors("tests/parser/errors.txt");
        run_limits();
        run_speed();
        run_garbage();
        run_truncations("tests/parser/corpus");
        printf("%d passed, %d failed\n", passed, failed);
        job->status = failed ? 1 : 0;
        return NULL;
    }
    bool attrs = false, error_only = false, timing = false;
    int mode = MO_PARSE_FILE;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-a") == 0)
            attrs = true;
        else if (strcmp(argv[i], "-e") == 0)
            error_only = true;
        else if (strcmp(argv[i], "-x") == 0)
            ascii_mode = true;
        else if (strcmp(argv[i], "-t") == 0)
            timing = true;
        else if (strcmp(argv[i], "-m") == 0 && i + 1 < argc)
            mode = mode_from(argv[++i]);
        else
            path = argv[i];
    }
    size_t len;
    char *src = path ? read_file(path, &len) : NULL;
    if (!src) {
        fprintf(stderr, "cannot read %s\n", path ? path : "(no file)");
        job->status = 2;
        return NULL;
    }
    if (timing) {
        // Parse 20 times; report the best time.
        double best = 1e9;
        for (int i = 0; i < 20; i++) {
            struct timespec t0, t1;
            clock_gettime(CLOCK_MONOTONIC, &t0);
            Arena *arena = mo_arena_new();
            SyntaxErrorInfo err;
            AstMod *mod = mo_parser_parse(arena, src, len, path, mode, &err);
            if (!mod)
                mo_parser_error_clear(&err);
            mo_arena_free(arena);
            clock_gettime(CLOCK_MONOTONIC, &t1);
            double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
            if (ms < best)
                best = ms;
        }
        printf("%.2f ms\n", best);
    }
    char *out = parse_to_text(src, len, path, mode, attrs, error_only);
    puts(out ? out : "(out of memory)");
    free(out);
    free(src);
    job->status = 0;
    return NULL;
}

int main(int argc, char **argv) {
    Job job = {argc, argv, 0};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)512 << 20);
    pthread_t thread;
    if (pthread_create(&thread, &attr, run, &job) != 0) {
        run(&job);
        return job.status;
    }
    pthread_join(thread, NULL);
    return job.status;
}
