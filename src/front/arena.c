// src/front/arena.c — the bump allocator of arena.h.
//
// Blocks grow geometrically (16 KiB doubling up to 1 MiB) so a large file
// costs few mallocs; a request larger than a block gets a block of its own.
// Zero-filling uses calloc, which is cheap for fresh pages.
#include "front/arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_ALIGN 16
#define ARENA_FIRST_BLOCK (16 * 1024)
#define ARENA_MAX_BLOCK (1024 * 1024)

struct ArenaBlock {
    ArenaBlock *prev;
    size_t size;  // usable bytes after the header
    // The header is padded to ARENA_ALIGN so data starts aligned.
    _Alignas(ARENA_ALIGN) char data[];
};

Arena *mo_arena_new(void) {
    return calloc(1, sizeof(Arena));
}

void mo_arena_free(Arena *arena) {
    if (!arena)
        return;
    ArenaBlock *b = arena->head;
    while (b) {
        ArenaBlock *prev = b->prev;
        free(b);
        b = prev;
    }
    free(arena);
}

// Adds a block with room for at least `need` bytes and makes it current.
static bool grow(Arena *arena, size_t need) {
    size_t size = arena->head ? arena->head->size * 2 : ARENA_FIRST_BLOCK;
    if (size > ARENA_MAX_BLOCK)
        size = ARENA_MAX_BLOCK;
    if (size < need)
        size = need;
    ArenaBlock *b = calloc(1, sizeof(ArenaBlock) + size);
    if (!b) {
        arena->failed = true;
        return false;
    }
    arena->total += sizeof(ArenaBlock) + size;
    b->size = size;
    // A block made for one oversized request goes behind the current one so
    // the current block's free space is not wasted.
    if (arena->head && size > ARENA_MAX_BLOCK && arena->cursor < arena->limit) {
        b->prev = arena->head->prev;
        arena->head->prev = b;
        return true;
    }
    b->prev = arena->head;
    arena->head = b;
    arena->cursor = b->data;
    arena->limit = b->data + size;
    return true;
}

void *mo_arena_alloc(Arena *arena, size_t size) {
    if (size > SIZE_MAX / 2) {
        arena->failed = true;
        return NULL;
    }
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (size == 0)
        size = ARENA_ALIGN;
    if ((size_t)(arena->limit - arena->cursor) < size || !arena->head) {
        ArenaBlock *old = arena->head;
        if (!grow(arena, size))
            return NULL;
        // An oversized block was linked behind the current one: hand it out
        // whole.
        if (arena->head == old)
            return old->prev->data;
    }
    void *p = arena->cursor;
    arena->cursor += size;
    return p;
}

char *mo_arena_strndup(Arena *arena, const char *s, size_t len) {
    char *p = mo_arena_alloc(arena, len + 1);
    if (!p)
        return NULL;
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}
