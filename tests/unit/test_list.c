// tests/unit/test_list.c — list storage, slices and sort.
//
// Slice semantics are checked against CPython with checksums: a grid of
// slice.indices() results, and 3,000 pseudo-random slice assignments and
// deletions (extended slices, size mismatches, self-assignment). The
// reference checksums come from this program (python3, 3.11):
//
//   M = (1 << 64) - 1
//   state = 0
//   def rnd():
//       global state
//       state = (state + 0x9E3779B97F4A7C15) & M
//       z = state
//       z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
//       z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
//       return z ^ (z >> 31)
//   def below(n): return rnd() % n
//   def fold(h, xs):
//       h = (h * 31 + len(xs)) & M
//       for x in xs:
//           h = (h * 1000003 + (x & M)) & M
//       return h
//   # slice.indices over a grid
//   BOUNDS = [None, -12, -6, -1, 0, 1, 3, 6, 12]
//   STEPS = [None, 1, 2, 3, -1, -2, -4]
//   h = 0
//   for L in [0, 1, 5, 10]:
//       for a in BOUNDS:
//           for b in BOUNDS:
//               for c in STEPS:
//                   s, e, st = slice(a, b, c).indices(L)
//                   h = fold(h, [s, e, st, len(range(s, e, st))])
//   print("indices 0x%016xull" % h)
//   # random slice assignments and deletions
//   STEPS2 = [None, 1, 1, 2, 3, -1, -2, -3]
//   a = list(range(20)); counter = 1000; errors = 0; h = 0
//   for n in range(3000):
//       L = len(a)
//       def rb():
//           return None if below(4) == 0 else below(2 * L + 5) - L - 2
//       start = rb(); stop = rb(); st = STEPS2[below(8)]
//       sl = slice(start, stop, st)
//       kind = below(3)
//       if kind == 0:
//           if below(2):
//               m = len(range(*sl.indices(L)))
//           else:
//               m = below(6)
//           new = [counter + j for j in range(m)]; counter += m
//           try:
//               a[sl] = new
//           except ValueError:
//               errors += 1
//       elif kind == 1:
//           del a[sl]
//       else:
//           try:
//               a[sl] = a
//           except ValueError:
//               errors += 1
//       if len(a) > 200:
//           del a[100:]
//       h = fold(h, a)
//   h = fold(h, [errors])
//   print("assign 0x%016xull" % h)
//
// Sorting is checked for order, stability with key= (100,000 elements, both
// directions), run patterns, a raising comparison (the list must stay a
// permutation) and mutation during the sort.
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/func.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "vm/runtime.h"

static int passed, failed;

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

static uint64_t state;

static uint64_t rnd(void) {
    state += 0x9E3779B97F4A7C15ull;
    uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static int64_t below(int64_t n) { return (int64_t)(rnd() % (uint64_t)n); }

static uint64_t fold_array(uint64_t h, const int64_t *xs, int64_t n) {
    h = h * 31 + (uint64_t)n;
    for (int64_t i = 0; i < n; i++)
        h = h * 1000003 + (uint64_t)xs[i];
    return h;
}

static uint64_t fold_list(uint64_t h, Value l) {
    h = h * 31 + (uint64_t)mo_list_size(l);
    for (int64_t i = 0; i < mo_list_size(l); i++)
        h = h * 1000003 + (uint64_t)mo_smallint_val(mo_list_items(l)[i]);
    return h;
}

static Value opt(int64_t v, bool none) { return none ? MO_NONE : mo_smallint(v); }

// ------------------------------------------------------------- slices

static void test_indices(void) {
    static const int64_t bounds[9] = {0, -12, -6, -1, 0, 1, 3, 6, 12};   // [0] is None
    static const int64_t steps[7] = {0, 1, 2, 3, -1, -2, -4};          // [0] is None
    static const int64_t lengths[4] = {0, 1, 5, 10};
    uint64_t h = 0;
    for (int li = 0; li < 4; li++)
        for (int a = 0; a < 9; a++)
            for (int b = 0; b < 9; b++)
                for (int c = 0; c < 7; c++) {
                    Value s = mo_slice_new(opt(bounds[a], a == 0), opt(bounds[b], b == 0), opt(steps[c], c == 0));
                    int64_t r[4];
                    if (mo_slice_indices(s, lengths[li], &r[0], &r[1], &r[2], &r[3]) < 0) {
                        mo_err_clear();
                        r[3] = -99;
                    }
                    h = fold_array(h, r, 4);
                }
    CHECK(h == 0xc5710290cd2af03cull, "slice indices checksum %016" PRIx64, h);
}

static void test_slice_assignment(void) {
    static const int64_t steps[8] = {0, 1, 1, 2, 3, -1, -2, -3};   // [0] is None
    state = 0;
    Value a = mo_list_new(20);
    for (int i = 0; i < 20; i++)
        mo_list_items(a)[i] = mo_smallint(i);
    int64_t counter = 1000, errors = 0;
    uint64_t h = 0;
    bool unexpected = false;
    for (int n = 0; n < 3000; n++) {
        int64_t len = mo_list_size(a);
        int64_t bs[2];
        bool none[2];
        for (int k = 0; k < 2; k++) {
            none[k] = below(4) == 0;
            bs[k] = none[k] ? 0 : below(2 * len + 5) - len - 2;
        }
        int64_t si = below(8);
        Value sl = mo_slice_new(opt(bs[0], none[0]), opt(bs[1], none[1]), opt(steps[si], si == 0));
        int64_t kind = below(3);
        int rc;
        if (kind == 0) {
            int64_t m;
            if (below(2)) {
                int64_t s0, s1, st;
                mo_slice_indices(sl, len, &s0, &s1, &st, &m);
            } else {
                m = below(6);
            }
            Value nl = mo_list_new((size_t)m);
            for (int64_t j = 0; j < m; j++)
                mo_list_items(nl)[j] = mo_smallint(counter + j);
            counter += m;
            rc = mo_setitem(a, sl, nl);
        } else if (kind == 1) {
            rc = mo_delitem(a, sl);
        } else {
            rc = mo_setitem(a, sl, a);
        }
        if (rc < 0) {
            if (mo_err_matches(&mo_exc_ValueError))
                errors++;
            else
                unexpected = true;
            mo_err_clear();
        }
        if (mo_list_size(a) > 200 && mo_delitem(a, mo_slice_new(mo_smallint(100), MO_NONE, MO_NONE)) < 0)
            unexpected = true;
        h = fold_list(h, a);
    }
    h = fold_array(h, &errors, 1);
    CHECK(!unexpected, "slice assignment raised something other than ValueError");
    CHECK(h == 0x4bcae5f6d156b2d8ull, "slice assignment checksum %016" PRIx64 " (%lld ValueErrors)", h,
          (long long)errors);

    // The exact message for a size mismatch.
    Value l = mo_list_new(4);
    Value three = mo_list_new(3);
    Value sl = mo_slice_new(MO_NONE, MO_NONE, mo_smallint(2));
    CHECK(mo_setitem(l, sl, three) < 0, "extended slice size mismatch fails");
    Value e = mo_err_fetch();
    Value msg = e == MO_NULL ? V_ERR : mo_str(e);
    CHECK(msg != V_ERR && strcmp(mo_str_data(msg), "attempt to assign sequence of size 3 to extended slice of size 2") == 0,
          "message: %s", msg == V_ERR ? "?" : mo_str_data(msg));
}

// ------------------------------------------------------------ growth

static void test_append(void) {
    Value l = mo_list_new(0);
    for (int64_t i = 0; i < 100000; i++)
        if (mo_list_append(l, mo_smallint(i)) < 0)
            break;
    bool good = mo_list_size(l) == 100000;
    for (int64_t i = 0; good && i < 100000; i++)
        good = mo_list_items(l)[i] == mo_smallint(i);
    CHECK(good, "100000 appends");
    CHECK(mo_list_obj(l)->capacity < 100000 + 100000 / 4, "over-allocation is modest (%lld)",
          (long long)mo_list_obj(l)->capacity);
    // Self-extension doubles.
    CHECK(mo_list_extend(l, l) == 0 && mo_list_size(l) == 200000 && mo_list_items(l)[150000] == mo_smallint(50000),
          "l.extend(l)");
    // insert clamps like Python's.
    Value m = mo_list_new(0);
    mo_list_insert(m, 0, mo_smallint(1));
    mo_list_insert(m, -100, mo_smallint(0));
    mo_list_insert(m, 100, mo_smallint(3));
    mo_list_insert(m, -1, mo_smallint(2));
    Value r = mo_repr(m);
    CHECK(r != V_ERR && strcmp(mo_str_data(r), "[0, 1, 2, 3]") == 0, "insert: %s", r == V_ERR ? "?" : mo_str_data(r));
}

// --------------------------------------------------------------- sort

static int64_t key_calls;

// Also collects now and then: the items, keys and scratch arrays of a sort
// in progress must all survive a collection.
static Value key_first(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (++key_calls % 20000 == 0)
        mo_gc_collect();
    return mo_tuple_items(args[0])[0];
}

static const MethodDef key_first_def = {"key_first", key_first, 0, NULL};

static void test_sort_stability(void) {
    Value key = mo_cfunction_new(&key_first_def, MO_NULL, MO_NULL);
    for (int reverse = 0; reverse < 2; reverse++) {
        state = 12345 + (uint64_t)reverse;
        int64_t n = 100000;
        Value l = mo_list_new((size_t)n);
        for (int64_t i = 0; i < n; i++) {
            Value t = mo_tuple_pack(2, mo_smallint(below(1000)), mo_smallint(i));
            mo_list_items(l)[i] = t;
        }
        int rc = mo_list_sort(l, key, reverse);
        CHECK(rc == 0, "sort with key (reverse=%d) succeeded", reverse);
        mo_gc_collect();
        bool good = mo_list_size(l) == n;
        for (int64_t i = 1; good && i < n; i++) {
            int64_t k0 = mo_smallint_val(mo_tuple_items(mo_list_items(l)[i - 1])[0]);
            int64_t k1 = mo_smallint_val(mo_tuple_items(mo_list_items(l)[i])[0]);
            int64_t i0 = mo_smallint_val(mo_tuple_items(mo_list_items(l)[i - 1])[1]);
            int64_t i1 = mo_smallint_val(mo_tuple_items(mo_list_items(l)[i])[1]);
            good = reverse ? (k0 > k1 || (k0 == k1 && i0 < i1)) : (k0 < k1 || (k0 == k1 && i0 < i1));
            if (!good)
                printf("at %lld: (%lld, %lld) then (%lld, %lld)\n", (long long)i, (long long)k0, (long long)i0,
                       (long long)k1, (long long)i1);
        }
        CHECK(good, "100000 elements sorted stably by key (reverse=%d)", reverse);
    }
}

static int cmp_i64(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

// Sorts `n` ints laid out by `pattern` and compares with qsort.
static bool sort_matches(int pattern, int64_t n) {
    int64_t *ref = malloc((size_t)n * sizeof *ref);
    Value l = mo_list_new((size_t)n);
    for (int64_t i = 0; i < n; i++) {
        int64_t v;
        switch (pattern) {
        case 0: v = below(1000000); break;                     // random
        case 1: v = i; break;                                  // sorted
        case 2: v = n - i; break;                              // reversed
        case 3: v = (i / 100) % 2 ? n - i : i; break;          // alternating runs
        case 4: v = below(3); break;                           // few values
        case 5: v = i % 1000 == 0 ? below(n) : i; break;       // nearly sorted
        default: v = (i * 7919) % 1021 - 500; break;           // sawtooth
        }
        ref[i] = v;
        mo_list_items(l)[i] = mo_smallint(v);
    }
    qsort(ref, (size_t)n, sizeof *ref, cmp_i64);
    bool good = mo_list_sort(l, MO_NULL, false) == 0 && mo_list_size(l) == n;
    for (int64_t i = 0; good && i < n; i++)
        good = mo_smallint_val(mo_list_items(l)[i]) == ref[i];
    free(ref);
    return good;
}

static void test_sort_patterns(void) {
    state = 99;
    static const int64_t sizes[] = {0, 1, 2, 3, 31, 32, 33, 63, 64, 65, 100, 1000, 4097, 50000};
    for (int p = 0; p < 7; p++)
        for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++)
            CHECK(sort_matches(p, sizes[s]), "pattern %d, %lld elements", p, (long long)sizes[s]);
    // Strings and floats take their own fast paths.
    Value l = mo_list_new(5);
    const char *words[5] = {"pear", "apple", "fig", "banana", "apple"};
    for (int i = 0; i < 5; i++)
        mo_list_items(l)[i] = mo_str_from_cstr(words[i]);
    mo_list_sort(l, MO_NULL, true);
    Value r = mo_repr(l);
    CHECK(r != V_ERR && strcmp(mo_str_data(r), "['pear', 'fig', 'banana', 'apple', 'apple']") == 0, "strings: %s",
          r == V_ERR ? "?" : mo_str_data(r));
}

static void test_sort_errors(void) {
    // An int list with one None: comparing raises TypeError part-way; the
    // list must still hold every element once.
    state = 7;
    int64_t n = 5000;
    Value l = mo_list_new((size_t)n);
    for (int64_t i = 0; i < n; i++)
        mo_list_items(l)[i] = mo_smallint(i);
    for (int64_t i = n - 1; i > 0; i--) {
        int64_t j = below(i + 1);
        Value t = mo_list_items(l)[i];
        mo_list_items(l)[i] = mo_list_items(l)[j];
        mo_list_items(l)[j] = t;
    }
    mo_list_items(l)[n / 2] = MO_NONE;
    int rc = mo_list_sort(l, MO_NULL, false);
    CHECK(rc < 0 && mo_err_matches(&mo_exc_TypeError), "comparing None with int raises TypeError");
    mo_err_clear();
    char *seen = calloc((size_t)n, 1);
    int64_t nones = 0;
    bool good = mo_list_size(l) == n;
    for (int64_t i = 0; good && i < n; i++) {
        Value v = mo_list_items(l)[i];
        if (v == MO_NONE) {
            nones++;
            continue;
        }
        int64_t x = mo_smallint_val(v);
        good = x >= 0 && x < n && !seen[x];
        seen[x] = 1;
    }
    free(seen);
    CHECK(good && nones == 1, "after a failed sort the list is a permutation");
}

static Value victim;

static Value key_mutates(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_list_append(victim, mo_smallint(0)) < 0)
        return V_ERR;
    return args[0];
}

static const MethodDef key_mutates_def = {"key_mutates", key_mutates, 0, NULL};

static void test_sort_mutation(void) {
    victim = mo_list_new(10);
    for (int i = 0; i < 10; i++)
        mo_list_items(victim)[i] = mo_smallint(10 - i);
    Value key = mo_cfunction_new(&key_mutates_def, MO_NULL, MO_NULL);
    int rc = mo_list_sort(victim, key, false);
    CHECK(rc < 0 && mo_err_matches(&mo_exc_ValueError), "list modified during sort");
    mo_err_clear();
    CHECK(mo_list_size(victim) == 10, "the list keeps its own items (%lld)", (long long)mo_list_size(victim));
}

// TODO: remove once the library defines it (today src/cli/main.c does,
// which unit tests do not link); weak, so a library definition wins.
__attribute__((weak)) char *mo_c_stack_limit;

int main(int argc, char **argv) {
    mo_runtime_init(argc, argv);
    test_indices();
    test_slice_assignment();
    test_append();
    test_sort_stability();
    test_sort_patterns();
    test_sort_errors();
    test_sort_mutation();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
