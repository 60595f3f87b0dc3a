// tests/unit/test_gc.c — the collector: what survives, what is freed, and
// that a steady allocation rate runs in flat memory.
//
// An object is "freed" when mo_gc_find_object no longer finds it (its cell
// went back to a free list or its large block was unmapped).
#include <stdio.h>
#include <string.h>

#include "objects/dict.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/gc.h"
#include "vm/runtime.h"

static int passed, failed;

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (cond) {                                                          \
            passed++;                                                        \
        } else {                                                             \
            failed++;                                                        \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);           \
        }                                                                    \
    } while (0)

// Makes garbage out of sight of the C stack of the caller: the pointers die
// with this frame (and the frame's stack is scrubbed afterwards).
__attribute__((noinline)) static void *make_garbage_list(void) {
    Value l = mo_list_new(3);
    return mo_ptr(l);
}

__attribute__((noinline)) static void scrub_stack(void) {
    volatile char buf[16384];
    memset((char *)buf, 0, sizeof buf);
}

#define NGARBAGE 1000

// How many of `hidden` (addresses xor 0x5555) are still objects.
static int count_alive(const uintptr_t *hidden, int n) {
    int alive = 0;
    for (int i = 0; i < n; i++)
        if (mo_gc_find_object((void *)(hidden[i] ^ 0x5555)))
            alive++;
    return alive;
}

// A conservative collector may keep an object or two alive through a stale
// register or stack word; what matters is that garbage as a whole goes.
static void test_unreachable_is_freed(void) {
    static uintptr_t hidden[NGARBAGE];
    for (int i = 0; i < NGARBAGE; i++)
        hidden[i] = (uintptr_t)make_garbage_list() ^ 0x5555;
    scrub_stack();
    mo_gc_collect();
    CHECK(count_alive(hidden, NGARBAGE) <= 2);
}

static Value root;


static void test_roots_survive(void) {
    root = mo_list_new(0);
    for (int i = 0; i < 100; i++)
        mo_list_append(root, mo_str_format("item %d", i));
    uintptr_t hidden = (uintptr_t)mo_ptr(root) ^ 0x5555;
    mo_gc_add_root(&root);
    scrub_stack();
    mo_gc_collect();
    CHECK(mo_gc_find_object((void *)(hidden ^ 0x5555)) != NULL);
    CHECK(mo_list_size(root) == 100);
    Value s = mo_list_items(root)[42];
    CHECK(mo_str_eq_cstr(s, "item 42"));
}

static void test_stack_reference_survives(void) {
    Value local = mo_str_from_cstr("kept alive by the C stack only");
    volatile Value keep = local;
    mo_gc_collect();
    CHECK(mo_gc_find_object(mo_ptr(keep)) == mo_ptr(keep));
    CHECK(mo_str_eq_cstr(keep, "kept alive by the C stack only"));
}

static void test_interior_pointer_survives(void) {
    Value s = mo_str_from_cstr("an interior pointer keeps the whole object");
    volatile const char *inside = mo_str_data(s) + 10;
    uintptr_t hidden = (uintptr_t)mo_ptr(s) ^ 0x5555;
    s = 0;
    mo_gc_collect();
    Object *o = mo_gc_find_object((const void *)inside);
    CHECK(o != NULL && (uintptr_t)o == (hidden ^ 0x5555));
}

__attribute__((noinline)) static uintptr_t make_cycle(void) {
    Value a = mo_list_new(0), b = mo_list_new(0);
    mo_list_append(a, b);
    mo_list_append(b, a);
    return (uintptr_t)mo_ptr(a) ^ 0x5555;
}

static void test_cycles_are_freed(void) {
    static uintptr_t hidden[NGARBAGE];
    for (int i = 0; i < NGARBAGE; i++)
        hidden[i] = make_cycle();
    scrub_stack();
    mo_gc_collect();
    CHECK(count_alive(hidden, NGARBAGE) <= 2);
}

__attribute__((noinline)) static uintptr_t make_large(void) {
    StrBuf b = STRBUF_INIT;
    mo_strbuf_fill(&b, 'x', 200000);
    Value s = mo_str_from_strbuf(&b);
    return (uintptr_t)mo_ptr(s) ^ 0x5555;
}

static void test_large_objects(void) {
    static uintptr_t hidden[50];
    for (int i = 0; i < 50; i++)
        hidden[i] = make_large();
    CHECK(mo_gc_find_object((void *)((hidden[7] ^ 0x5555) + 100000)) != NULL);
    scrub_stack();
    mo_gc_collect();
    CHECK(count_alive(hidden, 50) <= 2);
}

__attribute__((noinline)) static void churn(int rounds) {
    for (int i = 0; i < rounds; i++) {
        Value d = mo_dict_new();
        for (int k = 0; k < 20; k++)
            mo_dict_set(d, mo_smallint(k), mo_str_format("value %d", k));
        Value l = mo_list_new(0);
        for (int k = 0; k < 20; k++)
            mo_list_append(l, mo_tuple_pack(2, d, mo_smallint(k)));
    }
}

static void test_steady_state_is_flat(void) {
    GcStats before, after;
    churn(20000);
    mo_gc_collect();
    mo_gc_stats(&before);
    churn(200000);
    mo_gc_collect();
    mo_gc_stats(&after);
    // Ten times the allocation, and the heap did not grow with it.
    CHECK(after.collections > before.collections + 5);
    CHECK(after.pages <= before.pages * 2 + 64);
    CHECK(after.heap_bytes <= before.heap_bytes * 2 + (1 << 20));
    printf("steady state: %zu pages, %zu live bytes after %zu collections\n", after.pages, after.heap_bytes,
           after.collections);
}

int main(int argc, char **argv) {
    mo_runtime_init(argc, argv);
    test_unreachable_is_freed();
    test_roots_survive();
    test_stack_reference_survives();
    test_interior_pointer_survives();
    test_cycles_are_freed();
    test_large_objects();
    test_steady_state_is_flat();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
