// src/runtime/strbuf.h — a growable byte buffer for building text.
//
// Used wherever C code assembles output of unknown length: number and string
// formatting, repr(), the tokenizer's string decoding, tracebacks. The bytes
// are UTF-8 by convention but the buffer does not check. `data` is always
// NUL-terminated (the NUL is not counted in `len`), so a finished buffer can be
// handed to C string functions when it holds no embedded NUL.
//
// Memory comes from malloc, not from the garbage collector: a StrBuf is a C
// local, built and then copied into a string object (or freed). Out of memory
// sets `failed`; every later append is a no-op, and the owner reports a
// MemoryError once, at the end, instead of checking after every append.
#ifndef MO_STRBUF_H
#define MO_STRBUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct StrBuf {
    char *data;     // NUL-terminated; NULL until the first append
    size_t len;     // bytes used, excluding the NUL
    size_t cap;     // bytes allocated
    bool failed;    // an allocation failed; the contents are incomplete
} StrBuf;

#define STRBUF_INIT {NULL, 0, 0, false}

// Makes room for `extra` more bytes; returns false (and sets `failed`) when
// memory runs out.
bool mo_strbuf_reserve(StrBuf *b, size_t extra);
void mo_strbuf_append(StrBuf *b, const char *s, size_t n);
void mo_strbuf_puts(StrBuf *b, const char *s);
void mo_strbuf_putc(StrBuf *b, char c);
// Appends `n` copies of `c`.
void mo_strbuf_fill(StrBuf *b, char c, size_t n);
// Appends the UTF-8 encoding of code point `cp` (0 ≤ cp ≤ 0x10FFFF; lone
// surrogates are encoded as three bytes, like Python's "surrogatepass").
void mo_strbuf_put_codepoint(StrBuf *b, uint32_t cp);
void mo_strbuf_printf(StrBuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void mo_strbuf_vprintf(StrBuf *b, const char *fmt, va_list ap);
// Releases the memory and resets the buffer to STRBUF_INIT.
void mo_strbuf_free(StrBuf *b);
// Gives up ownership of the data (the caller frees it); resets the buffer.
char *mo_strbuf_take(StrBuf *b, size_t *len);

#endif
