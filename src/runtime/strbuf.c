// src/runtime/strbuf.c — the growable byte buffer of strbuf.h.
//
// Growth doubles the capacity so appending n bytes one at a time is O(n).
#include "runtime/strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool mo_strbuf_reserve(StrBuf *b, size_t extra) {
    if (b->failed)
        return false;
    if (extra > SIZE_MAX / 2 - b->len) {
        b->failed = true;
        return false;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 32;
    while (cap < need)
        cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

void mo_strbuf_append(StrBuf *b, const char *s, size_t n) {
    if (!mo_strbuf_reserve(b, n))
        return;
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void mo_strbuf_puts(StrBuf *b, const char *s) { mo_strbuf_append(b, s, strlen(s)); }

void mo_strbuf_putc(StrBuf *b, char c) {
    if (!mo_strbuf_reserve(b, 1))
        return;
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

void mo_strbuf_fill(StrBuf *b, char c, size_t n) {
    if (!mo_strbuf_reserve(b, n))
        return;
    memset(b->data + b->len, c, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void mo_strbuf_put_codepoint(StrBuf *b, uint32_t cp) {
    char tmp[4];
    size_t n;
    if (cp < 0x80) {
        tmp[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        tmp[0] = (char)(0xC0 | (cp >> 6));
        tmp[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        tmp[0] = (char)(0xE0 | (cp >> 12));
        tmp[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        tmp[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        tmp[0] = (char)(0xF0 | (cp >> 18));
        tmp[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        tmp[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        tmp[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    mo_strbuf_append(b, tmp, n);
}

void mo_strbuf_vprintf(StrBuf *b, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0 || !mo_strbuf_reserve(b, (size_t)n))
        return;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void mo_strbuf_printf(StrBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    mo_strbuf_vprintf(b, fmt, ap);
    va_end(ap);
}

void mo_strbuf_free(StrBuf *b) {
    free(b->data);
    *b = (StrBuf)STRBUF_INIT;
}

char *mo_strbuf_take(StrBuf *b, size_t *len) {
    char *p = b->data;
    if (len)
        *len = b->len;
    *b = (StrBuf)STRBUF_INIT;
    return p;
}
