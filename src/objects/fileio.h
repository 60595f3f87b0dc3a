// src/objects/fileio.h — file objects: what open() returns, and sys.stdin,
// sys.stdout, sys.stderr.
//
// One C layout (FileObject) over a file descriptor, with Mosaic's own read
// and write buffers (no C stdio), behind four types named as CPython names
// them in reprs:
//   _io.TextIOWrapper   text mode: str in and out, an encoding (UTF-8 fast
//                       path; ascii, latin-1 through the codecs in bytes.c),
//                       universal newlines
//   _io.BufferedReader  "rb"           ┐
//   _io.BufferedWriter  "wb", "ab", "xb" ├ binary mode: bytes in and out
//   _io.BufferedRandom  "r+b", "w+b" …  ┘
//
// Invariants:
// - The read buffer holds raw bytes not yet consumed, rbuf[rpos .. rlen);
//   the write buffer holds encoded bytes not yet written, wbuf[0 .. wlen).
//   At most one of them is non-empty at a time: a write first gives back
//   unread read-ahead (seeking the descriptor back), a read first flushes.
// - Text is decoded lazily, a chunk per call, from the raw read buffer, so
//   tell() is always the byte offset of the next unread byte.
// - Every open file is on a list (not a GC root) so the shutdown flush can
//   write out files the program never closed, as CPython does; a collected
//   file is flushed and closed by its finalizer. Because CPython closes a
//   dropped file at once, open() first writes out every file's pending
//   data, so `open(p, "w").write(s)` then `open(p).read()` sees `s`.
// - A text file's `buffer` attribute is a binary file object that shares
//   its descriptor and buffers (sys.stdout.buffer), so bytes and text stay
//   in order.
// - The std streams never close their descriptors (closefd is false).
//   stdout is line-buffered when it is a terminal and block-buffered
//   otherwise; stderr writes through on every write.
//
// Read next: src/objects/fileio.c; src/modules/builtins_code.c for print()
// and input(), which use the fast paths below.
#ifndef MO_FILEIO_H
#define MO_FILEIO_H

#include <stdbool.h>
#include <stddef.h>

#include "objects/object.h"

extern TypeObject mo_textio_type, mo_bufferedreader_type, mo_bufferedwriter_type,
    mo_bufferedrandom_type;
// io.UnsupportedOperation: a subclass of both OSError and ValueError.
extern TypeObject mo_exc_UnsupportedOperation;

// The std streams (the objects sys.stdin / sys.stdout / sys.stderr start
// as, and sys.__stdin__ … keep). Valid after mo_fileio_init.
extern Value mo_fileio_stdin, mo_fileio_stdout, mo_fileio_stderr;

// True when `v` is one of the file objects of this file (any mode).
bool mo_fileio_check(Value v);
// True when `v` is one of our text files (print's and input()'s fast path).
bool mo_fileio_is_text(Value v);

// Writes UTF-8 text `s[0 .. n)` (valid as str data) to a text file, like
// file.write() but without making a str when the encoding is UTF-8.
// `file` must satisfy mo_fileio_is_text. Returns -1 with an exception set
// (closed file, not writable, encoding or OS errors).
int mo_fileio_write(Value file, const char *s, size_t n);
// file.flush() for one of our files; -1 on error.
int mo_fileio_flush(Value file);
// file.readline() for one of our text files: a str, "" at end of file.
Value mo_fileio_readline(Value file);

// The open() built-in, as a CFunction: open(file, mode='r', buffering=-1,
// encoding=None, errors=None, newline=None, closefd=True, opener=None).
Value mo_fileio_open(Value self, const Value *args, size_t nargs, Value kwnames);

// Flushes the std streams and every other open file, ignoring (and
// clearing) errors: called at shutdown and before a traceback is printed.
void mo_fileio_flush_std(void);

// Readies the types and makes the std streams. Safe to call more than once
// (sys and builtins call it when they are made).
void mo_fileio_init(void);

#endif
