// src/front/unicode.h — the few Unicode properties the front end needs.
//
// Identifier characters (XID_Start / XID_Continue, as str.isidentifier()),
// "printable" (str.isprintable(), for error messages and repr) and character
// names for "\N{...}" escapes, all from Python 3.11's Unicode 14.0 data.
// The name table covers the commonly named blocks, not every character.
//
// Read next: src/front/tokenizer.c (identifiers), src/front/strings.c.
#ifndef MO_UNICODE_H
#define MO_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

bool mo_unicode_is_xid_start(uint32_t cp);
bool mo_unicode_is_xid_continue(uint32_t cp);
// Python's str.isprintable() for one code point.
bool mo_unicode_is_printable(uint32_t cp);
// Looks up a character name (case-insensitive, as CPython's \N{} lookup);
// returns false when the name is not in the table.
bool mo_unicode_lookup_name(const char *name, size_t len, uint32_t *cp);

// Appends the NFKC normalization of UTF-8 text to `out` (Python normalizes
// non-ASCII identifiers this way). Returns false when out of memory.
struct StrBuf;
bool mo_unicode_nfkc(const char *s, size_t len, struct StrBuf *out);

// Decodes one UTF-8 sequence at `s` (at most `n` bytes). Returns its length
// (1-4) and stores the code point, or returns 0 for an invalid sequence.
// Surrogates encoded in 3 bytes are accepted when `allow_surrogates`.
int mo_unicode_decode_utf8(const unsigned char *s, size_t n, uint32_t *cp,
                           bool allow_surrogates);

#endif
