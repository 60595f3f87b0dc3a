// tests/unit/test_jit_arena.c — the code arena (src/jit/code_arena.c):
// allocation and reuse by size class, large blocks, region reset, and the
// W^X protocol (pages are RW after alloc, RX after seal, never both — read
// from /proc/self/maps). Prints "N passed, N failed".
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "jit/code_arena.h"

static long passed, failed;

#define CHECK(cond, ...)                                   \
    do {                                                   \
        if (cond) {                                        \
            passed++;                                      \
        } else {                                           \
            failed++;                                      \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);    \
            printf(__VA_ARGS__);                           \
            printf("\n");                                  \
        }                                                  \
    } while (0)

// The permissions ("rw-p", "r-xp", …) of the mapping holding `p`, or "".
static const char *perms_of(const void *p)
{
    static char perms[8];
    perms[0] = 0;
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f)
        return perms;
    char line[512];
    uintptr_t a = (uintptr_t)p;
    while (fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        char pr[8];
        if (sscanf(line, "%lx-%lx %7s", &lo, &hi, pr) == 3 && a >= lo && a < hi) {
            strcpy(perms, pr);
            break;
        }
    }
    fclose(f);
    return perms;
}

static int any_rwx(void)
{
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f)
        return 0;
    char line[512];
    int n = 0;
    while (fgets(line, sizeof line, f)) {
        char pr[8] = "";
        if (sscanf(line, "%*s %7s", pr) == 1 && pr[1] == 'w' && pr[2] == 'x')
            n++;
    }
    fclose(f);
    return n;
}

static void test_wx(void)
{
    CodeArena *a = mo_code_arena_new(1 << 16, 0);
    CHECK(a != NULL, "arena");
    uint8_t *p = mo_code_arena_alloc(a, 100);
    CHECK(p && ((uintptr_t)p % 64) == 0, "64-byte aligned block");
    memset(p, 0xC3, 100);   // writable now
    CHECK(strncmp(perms_of(p), "rw-", 3) == 0, "allocated: %s", perms_of(p));
    CHECK(!mo_code_arena_sealed(a), "unsealed after a write");
    CHECK(mo_code_arena_seal(a) == 0, "seal");
    CHECK(strncmp(perms_of(p), "r-x", 3) == 0, "sealed: %s", perms_of(p));
    CHECK(mo_code_arena_sealed(a), "sealed");
    // The next block starts on a fresh page (read-write since it was
    // mapped, never executable), so its trace costs one mprotect, the seal;
    // the sealed page stays read-execute.
    uint8_t *q = mo_code_arena_alloc(a, 100);
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    CHECK(q == (uint8_t *)(((uintptr_t)p + page) & ~(uintptr_t)(page - 1)), "bump allocation on a fresh page");
    CHECK(strncmp(perms_of(q), "rw-", 3) == 0, "page of a new block: %s", perms_of(q));
    CHECK(strncmp(perms_of(p), "r-x", 3) == 0, "the sealed page stays: %s", perms_of(p));
    CHECK(any_rwx() == 0, "no mapping is writable and executable");
    mo_code_arena_seal(a);
    CHECK(any_rwx() == 0, "none after sealing either");
    CodeArenaStats st;
    mo_code_arena_stats(a, &st);
    CHECK(st.live == 256 && st.allocs == 2 && st.seals == 2, "stats: live %zu", st.live);
    mo_code_arena_delete(a);
}

static void test_reuse(void)
{
    CodeArena *a = mo_code_arena_new(1 << 16, 0);
    void *b[8];
    for (int i = 0; i < 8; i++)
        b[i] = mo_code_arena_alloc(a, 64 * (size_t)(i + 1));
    mo_code_arena_free(a, b[2], 64 * 3);
    CHECK(mo_code_arena_alloc(a, 64 * 3) == b[2], "a freed block of the same class is reused");
    mo_code_arena_free(a, b[5], 64 * 6);
    void *small = mo_code_arena_alloc(a, 64 * 2);
    CHECK(small == b[5], "a larger free block is split");
    CHECK(mo_code_arena_alloc(a, 64 * 4) == (uint8_t *)b[5] + 128, "… and its rest reused");
    // Large blocks (above the small classes) come from first fit.
    void *big = mo_code_arena_alloc(a, 10000);
    CHECK(big != NULL, "large block");
    mo_code_arena_free(a, big, 10000);
    CHECK(mo_code_arena_alloc(a, 9000) == big, "a large free block is reused");
    // A block larger than a region gets its own region.
    void *huge = mo_code_arena_alloc(a, 200000);
    CHECK(huge != NULL, "a block larger than the region size");
    memset(huge, 0, 200000);
    CodeArenaStats st;
    mo_code_arena_stats(a, &st);
    CHECK(st.regions >= 2, "regions: %zu", st.regions);
    mo_code_arena_seal(a);
    mo_code_arena_delete(a);
}

// Many traces compiled and freed: memory stays bounded and regions that
// empty out are reset.
static void test_churn(void)
{
    CodeArena *a = mo_code_arena_new(1 << 16, 0);
    enum { N = 64 };
    void *live[N] = {0};
    size_t size[N] = {0};
    unsigned seed = 12345;
    for (int round = 0; round < 20000; round++) {
        seed = seed * 1103515245 + 12345;
        int k = (int)((seed >> 8) % N);
        if (live[k]) {
            mo_code_arena_free(a, live[k], size[k]);
            live[k] = NULL;
        } else {
            size[k] = 64 + (seed >> 16) % 3000;
            live[k] = mo_code_arena_alloc(a, size[k]);
            if (!live[k])
                break;
            memset(live[k], 0xCC, size[k]);
        }
        if (round % 64 == 0)
            mo_code_arena_seal(a);
    }
    CodeArenaStats st;
    mo_code_arena_stats(a, &st);
    CHECK(st.mapped <= (size_t)32 << 20, "mapped %zu bytes for at most %d live blocks", st.mapped, N);
    for (int k = 0; k < N; k++)
        if (live[k])
            mo_code_arena_free(a, live[k], size[k]);
    mo_code_arena_stats(a, &st);
    CHECK(st.live == 0, "everything freed: %zu live", st.live);
    mo_code_arena_seal(a);
    CHECK(any_rwx() == 0, "no RWX mapping after churn");
    mo_code_arena_delete(a);
}

int main(void)
{
    test_wx();
    test_reuse();
    test_churn();
    printf("%ld passed, %ld failed\n", passed, failed);
    return failed != 0;
}
