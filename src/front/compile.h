// src/front/compile.h — source text to code objects: the front end's entry
// for the rest of the runtime.
//
// Parses (src/front/parser.h), builds the symbol table (symtable.c) and
// generates bytecode (compile.c, assemble.c). A syntax error raises
// SyntaxError / IndentationError / TabError with CPython's attributes
// (msg, filename, lineno, offset, text, end_lineno, end_offset).
#ifndef MO_COMPILE_H
#define MO_COMPILE_H

#include <stddef.h>

#include "objects/object.h"

// `mode` is MO_PARSE_FILE, MO_PARSE_EVAL or MO_PARSE_SINGLE (parser.h).
// Returns a CodeObject, or V_ERR with an exception set.
Value mo_compile_source(const char *src, size_t len, const char *filename, int mode);

// Reads and compiles a file; OSError if it cannot be read.
Value mo_compile_file(const char *path);

#endif
