// src/objects/exceptions.h — exception objects and tracebacks.
//
// Every built-in exception type shares one layout (ExceptionObject); classes
// that derive from them add only their __dict__ entries, so a user exception
// is an ExceptionObject too. Type-specific attributes (StopIteration.value,
// SystemExit.code, OSError.errno, SyntaxError.lineno …) live in the __dict__.
//
// A traceback is a chain of TracebackObjects from the outermost frame the
// exception passed through to the innermost (where it was raised), the order
// in which "Traceback (most recent call last):" prints them.
#ifndef MO_EXCEPTIONS_H
#define MO_EXCEPTIONS_H

#include <stdbool.h>
#include <stdio.h>

#include "objects/object.h"

typedef struct ExceptionObject {
    Object hdr;
    Value dict;             // __dict__ (made eagerly; exceptions are rare)
    Value args;             // a tuple
    Value traceback;        // a TracebackObject or None
    Value cause;            // __cause__: an exception or None
    Value context;          // __context__: an exception or None
    bool suppress_context;  // __suppress_context__
} ExceptionObject;

typedef struct TracebackObject {
    Object hdr;
    Value next;             // the next frame inwards, or None
    Value code;             // the CodeObject of the frame
    int lasti;              // the failing instruction's word (its line: mo_tb_lineno)
    Value globals;          // the frame's globals
    Value locals;           // its locals dict (module, class body), or MO_NULL
    Value frame;            // tb_frame, made on first use (MO_NULL before)
} TracebackObject;

// A frame as Python code sees it (tb_frame, gi_frame): a view with the
// code, the line and the namespaces, not the interpreter's Frame itself
// (which is gone once a traceback is read). f_locals of a function frame
// is known only while its generator is alive.
typedef struct FrameObject {
    Object hdr;
    Value code;
    int lineno;
    Value globals;
    Value locals;           // a dict, or MO_NULL
    Value gen;              // the generator whose live frame this is, or MO_NULL
} FrameObject;

extern TypeObject mo_traceback_type;
extern TypeObject mo_frame_object_type;

// A frame view; `locals` may be MO_NULL, `gen` a generator read live.
Value mo_frame_object_new(Value code, int lineno, Value globals, Value locals, Value gen);

static inline ExceptionObject *mo_exc_obj(Value v) { return (ExceptionObject *)mo_ptr(v); }

// Raises the OSError subclass CPython picks for errno `err` (ENOENT:
// FileNotFoundError …) with strerror(err) and, unless MO_NULL, the file
// names it prints ("[Errno 2] No such file or directory: 'a' -> 'b'").
// Returns V_ERR.
Value mo_err_oserror(int err, Value filename, Value filename2);
// type(*args) for an exception type, without running Python __init__.
Value mo_exc_new(TypeObject *type, Value args_tuple);
// Adds a traceback entry for a frame the exception is leaving (innermost
// first, so each new entry goes at the head).
// `globals`/`locals` are the frame's namespaces (locals MO_NULL for a
// function frame).
// The source line of a traceback entry.
int mo_tb_lineno(const TracebackObject *t);
// `lasti` is the word index of the failing instruction in `code`.
int mo_exc_add_traceback(Value exc, Value code, int lasti, Value globals, Value locals);
// Appends to `out` the `^^^`/`~~^~~` line CPython 3.11 prints under `line`
// (the source line, without its newline) for the instruction at word
// `lasti` of `code`; false when there is none to print. `interp` picks the
// rules of the interpreter's own report (C) over those of lib/traceback
// (Python): they differ on trailing blanks, which the module strips from the
// line but still counts, shifting its carets left.
struct CodeObject;
struct StrBuf;
bool mo_tb_caret_line(const struct CodeObject *code, int lasti, const char *line, bool interp,
                      struct StrBuf *out);
// "Type: message" as the last line of a traceback prints it.
Value mo_exc_format_only(Value exc);
// Prints a full traceback with causes and contexts, like CPython.
void mo_exc_print(Value exc, FILE *out);
// Records the source text of a file the compiler read, so tracebacks can
// show lines without reading the file again.
void mo_exc_remember_source(const char *filename, const char *src, size_t len);

void mo_exceptions_init(void);

#endif
