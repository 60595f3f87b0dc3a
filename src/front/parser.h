// src/front/parser.h — source text to AST: the front end's public entry point.
//
//     Arena *arena = mo_arena_new();
//     SyntaxErrorInfo err;
//     AstMod *mod = mo_parser_parse(arena, src, len, "x.py", MO_PARSE_FILE, &err);
//     if (!mod) { report err.type, err.msg, err.lineno, err.offset ...;
//                 mo_parser_error_clear(&err); }
//     ... compile mod ...
//     mo_arena_free(arena);   // frees the whole tree
//
// The parser accepts Python 3.11's grammar, except `async`/`await`, the
// `match` statement and `except*`, which are rejected with a clear
// SyntaxError ("... not supported yet"). `match`/`case` stay usable as
// identifiers. It checks what CPython's parser checks (assignment targets,
// argument order, f-string syntax, ...); checks CPython leaves to the symbol
// table or compiler ('return' outside function, duplicate arguments, nonlocal
// at module level, ...) are left to src/front/symtable*.c / compile*.c.
//
// Recursion is bounded: nesting deeper than CPython allows gives the same
// SyntaxError CPython gives ("too many nested parentheses", "too many
// statically nested blocks" style), never a C stack overflow.
//
// Read next: src/front/ast.h (the tree), src/front/tokenizer.h (tokens).
#ifndef MO_PARSER_H
#define MO_PARSER_H

#include <stdbool.h>
#include <stddef.h>

#include "front/arena.h"
#include "front/ast.h"

// What the source is (CPython's compile() modes).
enum {
    MO_PARSE_FILE = 0,    // a module: `exec` mode; returns MOD_MODULE
    MO_PARSE_EVAL = 1,    // one expression: `eval` mode; returns MOD_EXPRESSION
    MO_PARSE_SINGLE = 2,  // one interactive statement: `single`; MOD_INTERACTIVE
    // Or'ed into the mode: the source is a str given to compile()/exec()/
    // eval(), not a file: no coding cookie, and NUL bytes are reported as
    // "source code string cannot contain null bytes" (without a line).
    MO_PARSE_FLAG_STRING = 0x100,
};

// A syntax error, as Python's SyntaxError would describe it.
typedef struct SyntaxErrorInfo {
    const char *type;  // "SyntaxError", "IndentationError", "TabError" or
                       // "MemoryError" (static strings)
    char msg[256];     // e.g. "expected ':'"
    int lineno;        // 1-based
    int offset;        // 1-based column in characters (CPython's
                       // SyntaxError.offset); 0 when unknown
    int end_lineno;    // 0 when unknown
    int end_offset;    // 1-based, exclusive, in characters; 0 when unknown
    char *text;        // the offending source line incl. its newline,
                       // malloc'd (free with mo_parser_error_clear), or NULL
    // True when the error is only that the input ended too early: inside an
    // open bracket, a triple-quoted string, after a backslash continuation,
    // or with a compound statement still expecting its (indented) body. A
    // REPL uses it to ask for another line instead of reporting the error.
    bool incomplete;
} SyntaxErrorInfo;

// Parses `len` bytes of UTF-8 source (need not be NUL-terminated; may hold
// NULs, which are an error as in CPython). `filename` is only recorded for
// messages and may be NULL. Returns the tree, allocated in `arena`, or NULL
// with `*err` filled in. `*err` is always initialized (zeroed on success).
AstMod *mo_parser_parse(Arena *arena, const char *src, size_t len,
                        const char *filename, int mode, SyntaxErrorInfo *err);

// Frees `err->text` and resets the struct. Safe to call twice.
void mo_parser_error_clear(SyntaxErrorInfo *err);

#endif
