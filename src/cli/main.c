// src/cli/main.c — the `mosaic` command.
//
//   mosaic [options] script.py [args…]    run a file
//   mosaic [options] -c CODE [args…]      run a string
//   mosaic [options] - | < file           run standard input
//   mosaic [options]                      interactive prompt (on a terminal)
//
// Options: -X jit=on|off|interp, -X jit-threshold=N, -X jit-stats,
// -X dump=bytecode|uops|trace|stencils, -X gc-stress=N, -h, -V.
// Environment: MOSAIC_GC_STRESS=N is -X gc-stress=N (handy under a test
// runner or qemu that spell the options themselves); -X wins.
//
// Everything runs on a thread with a large stack, so deeply recursive C
// paths (nested data structure reprs, the compiler on deep expressions) hit
// a clean RecursionError long before the stack runs out.
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "front/compile.h"
#include "front/parser.h"
#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/gen.h"
#include "modules/sys.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "jit/jit.h"
#include "tier2/tier2.h"
#include "vm/call.h"
#include "vm/dis.h"
#include "vm/import.h"
#include "vm/runtime.h"
#include "vm/state.h"

#define THREAD_STACK_SIZE ((size_t)1 << 30)
#define STACK_MARGIN ((size_t)1 << 20)


typedef struct Options {
    const char *command;        // -c
    const char *script;         // a path, "-" for stdin, NULL for none
    int script_argc;
    char **script_argv;
    bool jit_stats;
    const char *dump;
    int status;                 // the exit status
} Options;

static Options opts;
static bool jit_mode_given;
static const char *prog_name = "mosaic";   // argv[0], as the user typed it

static void usage(FILE *out) {
    fputs("usage: mosaic [option] ... [-c cmd | file | -] [arg] ...\n"
          "Options:\n"
          "  -c cmd           program passed in as string\n"
          "  -h, --help       print this help and exit\n"
          "  -V, --version    print the version and exit\n"
          "  -X jit=on|off|interp\n"
          "                   on: compile hot loops to machine code (default when built with clang-19)\n"
          "                   interp: run hot loops in the tier-2 uop interpreter; off: tier 1 only\n"
          "  -X jit-threshold=N   loop iterations before a trace is recorded\n"
          "  -X jit-stats     print JIT statistics to stderr at exit\n"
          "  -X dump=bytecode print the bytecode of the program before running it\n"
          "  -X dump=trace    print each loop trace (its uops) when it is made\n"
          "  -X gc-stress=N   collect garbage at every N-th allocation (1: every one; 0: off);\n"
          "                   finds C code that keeps no live reference. Also MOSAIC_GC_STRESS=N\n"
          "file             program read from script file\n"
          "-                program read from stdin (default; interactive mode if a tty)\n",
          out);
}

// N of gc-stress=N: a count of allocations, or -1 if `s` is not one.
static long parse_gc_stress(const char *s) {
    char *end;
    long n = strtol(s, &end, 10);
    if (end == s || *end || n < 0 || n > 1000000000)
        return -1;
    return n;
}

static int parse_x_option(const char *x) {
    if (strncmp(x, "jit=", 4) == 0)
        jit_mode_given = true;
    if (strcmp(x, "jit=on") == 0) {
        mo_jit_mode = MO_JIT_ON;
    } else if (strcmp(x, "jit=off") == 0) {
        mo_jit_mode = MO_JIT_OFF;
    } else if (strcmp(x, "jit=interp") == 0) {
        mo_jit_mode = MO_JIT_INTERP;
    } else if (strncmp(x, "jit-threshold=", 14) == 0) {
        char *end;
        long n = strtol(x + 14, &end, 10);
        if (*end || n < 1 || n > 1000000000) {
            fprintf(stderr, "mosaic: -X jit-threshold needs a positive number\n");
            return -1;
        }
        mo_tier2_threshold = (uint32_t)n;
    } else if (strncmp(x, "gc-stress=", 10) == 0) {
        long n = parse_gc_stress(x + 10);
        if (n < 0) {
            fprintf(stderr, "mosaic: -X gc-stress needs a number of allocations (0: off)\n");
            return -1;
        }
        mo_gc_set_stress((unsigned)n);
    } else if (strcmp(x, "jit-stats") == 0) {
        opts.jit_stats = true;
    } else if (strncmp(x, "dump=", 5) == 0) {
        opts.dump = x + 5;
        if (strcmp(opts.dump, "trace") == 0 || strcmp(opts.dump, "uops") == 0)
            mo_tier2_dump = true;
    } else {
        // Like CPython, unknown -X options are accepted and ignored.
    }
    return 0;
}

static int parse_args(int argc, char **argv) {
    const char *stress = getenv("MOSAIC_GC_STRESS");
    if (stress && *stress) {
        long n = parse_gc_stress(stress);
        if (n < 0) {
            fprintf(stderr, "mosaic: MOSAIC_GC_STRESS needs a number of allocations (0: off)\n");
            return 2;
        }
        mo_gc_set_stress((unsigned)n);
    }
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0)
            break;
        if (strcmp(a, "-c") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the -c option\n");
                usage(stderr);
                return 2;
            }
            opts.command = argv[i + 1];
            opts.script_argc = argc - (i + 1);
            opts.script_argv = argv + i + 1;
            return 0;
        }
        if (strcmp(a, "-X") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the -X option\n");
                return 2;
            }
            if (parse_x_option(argv[++i]) < 0)
                return 2;
        } else if (strncmp(a, "-X", 2) == 0) {
            if (parse_x_option(a + 2) < 0)
                return 2;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            exit(0);
        } else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            puts("Python 3.11.7 (Mosaic)");
            exit(0);
        } else if (strcmp(a, "-u") == 0 || strcmp(a, "-B") == 0 || strcmp(a, "-E") == 0 || strcmp(a, "-s") == 0 ||
                   strcmp(a, "-S") == 0 || strcmp(a, "-I") == 0 || strcmp(a, "-O") == 0) {
            // Accepted for compatibility; they change nothing here.
        } else {
            fprintf(stderr, "Unknown option: %s\n", a);
            usage(stderr);
            return 2;
        }
    }
    if (i < argc) {
        opts.script = argv[i];
        opts.script_argc = argc - i;
        opts.script_argv = argv + i;
    }
    return 0;
}

// The exit status for an uncaught exception (printing it unless SystemExit).
static int handle_uncaught(void) {
    Value exc = mo_err_fetch();
    if (mo_isinstance_type(exc, &mo_exc_SystemExit)) {
        Value args = mo_exc_obj(exc)->args;
        Value code = mo_tuple_size(args) == 0 ? MO_NONE
                     : mo_tuple_size(args) == 1 ? mo_tuple_items(args)[0]
                                                : args;
        if (code == MO_NONE)
            return 0;
        if (mo_is_smallint(code))
            return (int)(mo_smallint_val(code) & 0xFF);
        if (mo_is_bool(code))
            return code == MO_TRUE;
        Value s = mo_str(code);
        mo_runtime_fini();
        if (s != V_ERR)
            fprintf(stderr, "%s\n", mo_str_data(s));
        mo_err_clear();
        return 1;
    }
    // A program's own sys.excepthook(type, value, traceback) reports it.
    Value hook = mo_sys_get("excepthook");
    if (hook != MO_NULL && hook != V_ERR && hook != MO_NONE && mo_is_exception(exc)) {
        Value args[3] = {mo_obj(mo_type(exc)), exc, mo_exc_obj(exc)->traceback};
        Value r = mo_call(hook, args, 3, MO_NULL);
        if (r != V_ERR) {
            mo_runtime_fini();
            return 1;
        }
        Value err = mo_err_fetch();
        mo_runtime_fini();
        fputs("Error in sys.excepthook:\n", stderr);
        mo_exc_print(err, stderr);
        fputs("\nOriginal exception was:\n", stderr);
        mo_exc_print(exc, stderr);
        return 1;
    }
    mo_err_clear();
    mo_runtime_fini();
    mo_exc_print(exc, stderr);
    if (mo_isinstance_type(exc, &mo_exc_KeyboardInterrupt)) {
        // Like CPython: die of the signal, so the parent sees it.
        fflush(stdout);
        fflush(stderr);
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
        return 130;
    }
    return 1;
}

// Functions registered with atexit run once the program is over, after an
// uncaught exception was reported and before __main__ is torn down (the
// order CPython finalizes in). Without an imported atexit there are none.
static void run_atexit(void) {
    Value mod = mo_dict_get_cstr(mo_modules, "atexit");
    if (mod == MO_NULL || mod == V_ERR) {
        mo_err_clear();
        return;
    }
    Value fn = mo_getattr_cstr(mod, "_run_exitfuncs");
    Value r = fn == V_ERR ? V_ERR : mo_call(fn, NULL, 0, MO_NULL);
    if (r == V_ERR)
        mo_err_clear();
    mo_runtime_fini();
}

static Value main_module_dict(void) {
    Value name = mo_str_intern_cstr("__main__");
    Value m = mo_module_new(name);
    if (m == V_ERR)
        return V_ERR;
    // CPython's __main__ starts with these, in this order (__file__ and
    // __cached__ follow for a script).
    Value d = mo_module_dict(m);
    Value ann = mo_dict_new();
    if (ann == V_ERR || mo_dict_set_cstr(d, "__package__", MO_NONE) < 0 ||
        mo_dict_set_cstr(d, "__loader__", MO_NONE) < 0 || mo_dict_set_cstr(d, "__spec__", MO_NONE) < 0 ||
        mo_dict_set_cstr(d, "__annotations__", ann) < 0 ||
        mo_dict_set_cstr(d, "__builtins__", mo_module_builtin("builtins")) < 0 ||
        mo_dict_set(mo_modules, name, m) < 0)
        return V_ERR;
    return d;
}

static int run_source(const char *src, size_t len, const char *filename) {
    Value code = mo_compile_source(src, len, filename, MO_PARSE_FILE);
    if (code == V_ERR)
        return handle_uncaught();
    if (opts.dump && strcmp(opts.dump, "bytecode") == 0)
        mo_dis_code(code, stderr, true);
    Value globals = main_module_dict();
    if (globals == V_ERR)
        return handle_uncaught();
    if (strcmp(filename, "<string>") != 0 && strcmp(filename, "<stdin>") != 0) {
        Value f = mo_str_from_cstr(filename);
        if (f == V_ERR || mo_dict_set_cstr(globals, "__file__", f) < 0 ||
            mo_dict_set_cstr(globals, "__cached__", MO_NONE) < 0)
            return handle_uncaught();
    }
    Value r = mo_call_run_code(code, globals, globals);
    int status = r == V_ERR ? handle_uncaught() : 0;
    run_atexit();
    // Finalizing __main__ closes the generators it still holds.
    mo_gen_close_globals_at_exit(globals);
    return status;
}

static char *read_all(FILE *f, size_t *len) {
    StrBuf b = STRBUF_INIT;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        mo_strbuf_append(&b, buf, n);
    if (b.failed) {
        mo_strbuf_free(&b);
        return NULL;
    }
    if (!b.data)
        mo_strbuf_append(&b, "", 0);
    return mo_strbuf_take(&b, len);
}

static int run_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        int err = errno;
        char abs[PATH_MAX];
        if (path[0] != '/' && getcwd(abs, sizeof abs)) {
            size_t l = strlen(abs);
            snprintf(abs + l, sizeof abs - l, "/%s", path);
        } else {
            snprintf(abs, sizeof abs, "%s", path);
        }
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", prog_name, abs, err, strerror(err));
        return 2;
    }
    size_t len;
    char *src = read_all(f, &len);
    fclose(f);
    if (!src) {
        fprintf(stderr, "mosaic: out of memory reading '%s'\n", path);
        return 1;
    }
    // CPython names the main script by its absolute path (joined to the
    // working directory, not normalized) in `__file__` and tracebacks.
    char absname[PATH_MAX];
    const char *name = path;
    if (path[0] != '/' && getcwd(absname, sizeof absname)) {
        size_t l = strlen(absname);
        if (snprintf(absname + l, sizeof absname - l, "/%s", path) < (int)(sizeof absname - l))
            name = absname;
    }
    int status = run_source(src, len, name);
    free(src);
    return status;
}

// The interactive prompt: statements are compiled in 'single' mode, so the
// values of expression statements are printed.
static int repl(void) {
    Value globals = main_module_dict();
    if (globals == V_ERR)
        return handle_uncaught();
    printf("Mosaic (Python 3.11 compatible) — copy-and-patch JIT %s\n",
           mo_jit_mode != MO_JIT_ON ? "off" : mo_jit_available() ? "on" : mo_jit_unavailable_reason());
    printf("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
    StrBuf src = STRBUF_INIT;
    char line[65536];
    for (;;) {
        fputs(src.len ? "... " : ">>> ", stdout);
        fflush(stdout);
        if (!fgets(line, sizeof line, stdin)) {
            if (mo_ts->pending) {
                mo_ts->pending = 0;
                clearerr(stdin);
                puts("\nKeyboardInterrupt");
                mo_strbuf_free(&src);
                continue;
            }
            putchar('\n');
            break;
        }
        bool blank = line[strspn(line, " \t\r\n")] == '\0';
        mo_strbuf_puts(&src, line);
        // A compound statement ends with a blank line.
        if (!blank && src.len && strchr(src.data, '\n') != strrchr(src.data, '\n'))
            continue;
        Arena *probe_arena = mo_arena_new();
        SyntaxErrorInfo err;
        AstMod *mod = probe_arena ? mo_parser_parse(probe_arena, src.data, src.len, "<stdin>", MO_PARSE_SINGLE, &err)
                                  : NULL;
        bool incomplete = !mod && err.incomplete && !blank;
        bool compound = mod && mod->interactive.body.count == 1 && !blank &&
                        (mod->interactive.body.items[0]->kind == STMT_IF ||
                         mod->interactive.body.items[0]->kind == STMT_FOR ||
                         mod->interactive.body.items[0]->kind == STMT_WHILE ||
                         mod->interactive.body.items[0]->kind == STMT_TRY ||
                         mod->interactive.body.items[0]->kind == STMT_WITH ||
                         mod->interactive.body.items[0]->kind == STMT_FUNCTION_DEF ||
                         mod->interactive.body.items[0]->kind == STMT_CLASS_DEF);
        if (!mod)
            mo_parser_error_clear(&err);
        mo_arena_free(probe_arena);
        if (incomplete || compound)
            continue;
        if (blank && src.len == strlen(line)) {
            mo_strbuf_free(&src);
            continue;
        }
        Value code = mo_compile_source(src.data, src.len, "<stdin>", MO_PARSE_SINGLE);
        mo_strbuf_free(&src);
        Value r = code == V_ERR ? V_ERR : mo_call_run_code(code, globals, globals);
        if (r == V_ERR) {
            Value exc = mo_err_fetch();
            if (mo_isinstance_type(exc, &mo_exc_SystemExit)) {
                mo_ts->exc = exc;
                return handle_uncaught();
            }
            mo_exc_print(exc, stderr);
        }
        fflush(stdout);
    }
    return 0;
}

static void print_stats(void) {
    GcStats g;
    mo_gc_stats(&g);
    fprintf(stderr, "-- mosaic stats --\n");
    fprintf(stderr, "jit mode:            %s\n",
            mo_jit_mode == MO_JIT_ON ? "on" : mo_jit_mode == MO_JIT_INTERP ? "interp" : "off");
    mo_tier2_print_stats(stderr);
    fprintf(stderr, "gc collections:      %zu (%.3f s)\n", g.collections, g.total_seconds);
    fprintf(stderr, "gc heap after last:  %zu bytes (+%zu external)\n", g.heap_bytes, g.external_bytes);
}

static void *real_main(void *arg) {
    char **argv = arg;
    (void)argv;
    sigset_t sigint;
    sigemptyset(&sigint);
    sigaddset(&sigint, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &sigint, NULL);
    // Leave a margin below the stack's end for C code that does not check.
    char here;
    uintptr_t limit = (uintptr_t)&here - (THREAD_STACK_SIZE - STACK_MARGIN);
    mo_c_stack_limit = (char *)limit;
    int argc = opts.script_argc;
    char **sargv = opts.script_argv;
    char *cmd_argv[2] = {"-c", NULL};
    if (opts.command) {
        sargv[0] = cmd_argv[0];
    }
    char *empty_argv[1] = {""};
    if (!opts.command && !opts.script) {
        argc = 1;
        sargv = empty_argv;
    }
    mo_runtime_init(argc, sargv);
    int status;
    if (opts.command) {
        status = run_source(opts.command, strlen(opts.command), "<string>");
    } else if (opts.script && strcmp(opts.script, "-") != 0) {
        status = run_file(opts.script);
    } else if (!opts.script && isatty(0)) {
        status = repl();
    } else {
        size_t len;
        char *src = read_all(stdin, &len);
        status = src ? run_source(src, len, "<stdin>") : 1;
        free(src);
    }
    mo_runtime_fini();
    if (opts.jit_stats)
        print_stats();
    opts.status = status;
    return NULL;
}

int main(int argc, char **argv) {
    if (argc > 0 && argv[0] && argv[0][0])
        prog_name = argv[0];
    int r = parse_args(argc, argv);
    if (r)
        return r;
    // Without a JIT in this build, -X jit=on runs traces in the uop
    // interpreter; -X jit-stats and the interactive banner say so (stderr
    // stays the program's own).
    if (!jit_mode_given)
        mo_jit_mode = MO_JIT_ON;
    if (mo_jit_mode != MO_JIT_OFF && mo_tier2_threshold == UINT32_MAX)
        mo_tier2_threshold = 64;
    // SIGINT goes to the interpreter's thread (which unblocks it), so that
    // it interrupts blocking calls there.
    sigset_t sigint;
    sigemptyset(&sigint);
    sigaddset(&sigint, SIGINT);
    pthread_sigmask(SIG_BLOCK, &sigint, NULL);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, THREAD_STACK_SIZE);
    pthread_t t;
    if (pthread_create(&t, &attr, real_main, argv) != 0) {
        // No big stack available: run here.
        real_main(argv);
    } else {
        pthread_join(t, NULL);
    }
    fflush(stdout);
    return opts.status;
}
