// src/front/arena.h — a bump allocator for the front end's short-lived data.
//
// The tokenizer's decoded strings, every AST node, sequence and identifier
// live in one Arena created before parsing and freed in one go after the
// compiler has turned the AST into a code object. Nothing in an arena is
// freed individually, so nodes may share pointers freely.
//
// Invariants: every pointer returned is aligned to 16 bytes and zero-filled
// (so freshly allocated nodes have NULL/0 in every field they do not set).
// Allocation failure returns NULL and sets `failed`; the parser turns that into
// a MemoryError.
//
// Read next: src/front/ast.h (what lives in the arena).
#ifndef MO_ARENA_H
#define MO_ARENA_H

#include <stdbool.h>
#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;

typedef struct Arena {
    ArenaBlock *head;   // the block being filled; older blocks chain behind it
    char *cursor;       // next free byte in `head`
    char *limit;        // one past the last usable byte in `head`
    size_t total;       // bytes requested from malloc so far (for statistics)
    bool failed;        // some allocation failed
} Arena;

// Creates an empty arena (NULL when out of memory).
Arena *mo_arena_new(void);
// Frees every block and the arena itself. NULL is allowed.
void mo_arena_free(Arena *arena);
// Returns `size` zeroed bytes aligned to 16, or NULL when out of memory.
void *mo_arena_alloc(Arena *arena, size_t size);
// Copies `len` bytes and appends a NUL; `s` may contain NULs.
char *mo_arena_strndup(Arena *arena, const char *s, size_t len);

#endif
