// src/objects/sort.c — list.sort: a stable natural merge sort.
//
// The design:
// - The input is cut into *runs*: maximal stretches that are already
//   ascending (non-decreasing), or strictly descending (reversed in place,
//   which keeps the sort stable). Runs shorter than `minrun` (32..64, chosen
//   so n / minrun is close to a power of two) are extended by binary
//   insertion sort.
// - Runs are merged in the order given by the *powersort* rule (Munro and
//   Wild, 2018): each boundary between two adjacent runs gets a "power", the
//   depth of the boundary's midpoint in a perfect binary split of [0, n);
//   a stack of pending runs is merged while its top boundary is deeper than
//   the new one. This gives near-optimal merge costs on partly sorted input.
// - A merge first skips the prefix of the left run and the suffix of the
//   right run that are already in place, then copies the shorter side into
//   a scratch buffer and merges towards the other end.
//
// With key=, the keys are computed once into a parallel array, and every
// move of a key moves the item at the same index.
//
// Robustness: comparisons and the key function run Python code, which may
// raise or change the list. While sorting, the list is emptied (its array
// is held by a hidden holder list, so the collector still sees the items);
// at the end the sorted array goes back into the list and, if the list was
// changed meanwhile, ValueError "list modified during sort" is raised. When a
// comparison raises, every merge first puts the elements it holds in scratch
// back, so the list always ends up a permutation of its items.
//
// Read next: list.c.
#include <string.h>

#include "objects/abstract.h"
#include "objects/list.h"
#include "objects/str.h"
#include "runtime/error.h"
#include "runtime/gc.h"

// Two parallel arrays: keys (compared) and values (moved along); values is
// NULL when there is no key function (the items are their own keys).
typedef struct Slice {
    Value *keys;
    Value *values;
} Slice;

typedef struct Run {
    int64_t start, len;
    int power;      // of the boundary between this run and the next one
} Run;

typedef struct SortState {
    Slice a;            // the array being sorted
    Slice tmp;          // scratch, room for n/2 + 1 elements
    bool error;         // a comparison raised
} SortState;

// keys[i] < keys[j]? -1 with an exception set on error. Common homogeneous
// cases are decided here without going through the generic protocol.
static inline int less(Value a, Value b) {
    if (mo_both_smallint(a, b))
        return mo_smallint_val(a) < mo_smallint_val(b);
    if (mo_is_float(a) && mo_is_float(b))
        return mo_float_val(a) < mo_float_val(b);
    if (mo_is_exact(a, &mo_str_type) && mo_is_exact(b, &mo_str_type))
        return mo_str_cmp(a, b) < 0;
    return mo_compare(a, b, MO_CMP_LT);
}

static inline void move(Slice dst, int64_t di, Slice src, int64_t si, int64_t n) {
    memmove(dst.keys + di, src.keys + si, (size_t)n * sizeof(Value));
    if (dst.values)
        memmove(dst.values + di, src.values + si, (size_t)n * sizeof(Value));
}

static inline void put(Slice dst, int64_t di, Slice src, int64_t si) {
    dst.keys[di] = src.keys[si];
    if (dst.values)
        dst.values[di] = src.values[si];
}

static void reverse_range(Slice s, int64_t lo, int64_t hi) {
    for (int64_t i = lo, j = hi - 1; i < j; i++, j--) {
        Value t = s.keys[i];
        s.keys[i] = s.keys[j];
        s.keys[j] = t;
        if (s.values) {
            t = s.values[i];
            s.values[i] = s.values[j];
            s.values[j] = t;
        }
    }
}

// Sorts [lo, hi) given that [lo, start) is already sorted. On error the
// slice is left a permutation (each element is placed before the next
// comparison begins).
static int binary_insertion(Slice s, int64_t lo, int64_t hi, int64_t start) {
    for (int64_t i = start; i < hi; i++) {
        Value pivot = s.keys[i];
        int64_t l = lo, r = i;
        while (l < r) {
            int64_t p = l + ((r - l) >> 1);
            int c = less(pivot, s.keys[p]);
            if (c < 0)
                return -1;
            if (c)
                r = p;
            else
                l = p + 1;
        }
        if (l == i)
            continue;
        Value pv = s.values ? s.values[i] : 0;
        memmove(s.keys + l + 1, s.keys + l, (size_t)(i - l) * sizeof(Value));
        s.keys[l] = pivot;
        if (s.values) {
            memmove(s.values + l + 1, s.values + l, (size_t)(i - l) * sizeof(Value));
            s.values[l] = pv;
        }
    }
    return 0;
}

// The length of the run starting at lo (at most hi - lo), made ascending.
static int64_t count_run(Slice s, int64_t lo, int64_t hi) {
    if (hi - lo < 2)
        return hi - lo;
    int64_t i = lo + 1;
    int c = less(s.keys[i], s.keys[lo]);
    if (c < 0)
        return -1;
    if (c) {
        // Strictly descending: equal neighbours would be swapped by the
        // reversal, so they end the run.
        for (i++; i < hi; i++) {
            c = less(s.keys[i], s.keys[i - 1]);
            if (c < 0)
                return -1;
            if (!c)
                break;
        }
        reverse_range(s, lo, i);
    } else {
        for (i++; i < hi; i++) {
            c = less(s.keys[i], s.keys[i - 1]);
            if (c < 0)
                return -1;
            if (c)
                break;
        }
    }
    return i - lo;
}

// Smallest k in [lo, hi) with key < keys[k] (where `key` would go after
// its equals), or hi.
static int64_t upper_bound(Slice s, int64_t lo, int64_t hi, Value key) {
    while (lo < hi) {
        int64_t p = lo + ((hi - lo) >> 1);
        int c = less(key, s.keys[p]);
        if (c < 0)
            return -1;
        if (c)
            hi = p;
        else
            lo = p + 1;
    }
    return lo;
}

// Smallest k in [lo, hi) with !(keys[k] < key) (where `key` would go before
// its equals), or hi.
static int64_t lower_bound(Slice s, int64_t lo, int64_t hi, Value key) {
    while (lo < hi) {
        int64_t p = lo + ((hi - lo) >> 1);
        int c = less(s.keys[p], key);
        if (c < 0)
            return -1;
        if (c)
            lo = p + 1;
        else
            hi = p;
    }
    return lo;
}

// Merges [lo, mid) and [mid, hi), both sorted, when the left side is the
// shorter: it goes to scratch and the merge fills the array from the left.
static int merge_lo(SortState *st, int64_t lo, int64_t mid, int64_t hi) {
    Slice a = st->a, t = st->tmp;
    int64_t na = mid - lo;
    move(t, 0, a, lo, na);
    int64_t pa = 0, pb = mid, dest = lo;
    int rc = 0;
    // Invariant: dest + (na - pa) == pb, so the unmerged scratch elements
    // always fit exactly in [dest, pb).
    while (pa < na && pb < hi) {
        int c = less(a.keys[pb], t.keys[pa]);
        if (c < 0) {
            rc = -1;
            break;
        }
        if (c)
            put(a, dest++, a, pb++);
        else
            put(a, dest++, t, pa++);
    }
    if (pa < na)
        move(a, dest, t, pa, na - pa);
    return rc;
}

// The mirror image: the right side [mid, hi) is shorter; it goes to scratch
// and the merge fills the array from the right.
static int merge_hi(SortState *st, int64_t lo, int64_t mid, int64_t hi) {
    Slice a = st->a, t = st->tmp;
    int64_t nb = hi - mid;
    move(t, 0, a, mid, nb);
    int64_t pa = mid - 1, pb = nb - 1, dest = hi - 1;
    int rc = 0;
    // Invariant: dest - pa == pb + 1 (the unmerged scratch elements fit in
    // (pa, dest]).
    while (pb >= 0 && pa >= lo) {
        int c = less(t.keys[pb], a.keys[pa]);
        if (c < 0) {
            rc = -1;
            break;
        }
        if (c)
            put(a, dest--, a, pa--);
        else
            put(a, dest--, t, pb--);
    }
    if (pb >= 0)
        move(a, pa + 1, t, 0, pb + 1);
    return rc;
}

// Merges the adjacent sorted ranges [lo, mid) and [mid, hi).
static int merge_at(SortState *st, int64_t lo, int64_t mid, int64_t hi) {
    Slice a = st->a;
    // Left elements not greater than the right run's first are in place.
    int64_t k = upper_bound(a, lo, mid, a.keys[mid]);
    if (k < 0)
        return -1;
    lo = k;
    if (lo == mid)
        return 0;
    // Right elements not less than the left run's last are in place.
    k = lower_bound(a, mid, hi, a.keys[mid - 1]);
    if (k < 0)
        return -1;
    hi = k;
    if (mid - lo <= hi - mid)
        return merge_lo(st, lo, mid, hi);
    return merge_hi(st, lo, mid, hi);
}

// Powersort's boundary power for runs [s1, s1 + n1) and [s1 + n1, s1 + n1 +
// n2) in an array of n: the number of leading bits that the binary
// fractions of the two runs' midpoints (relative to n) have in common, plus
// one.
static int node_power(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
    // Midpoints scaled by 2: a = 2*s1 + n1, b = a + n1 + n2; compare a/(2n)
    // and b/(2n) bit by bit.
    uint64_t a = (uint64_t)(2 * s1 + n1), b = a + (uint64_t)(n1 + n2);
    uint64_t two_n = 2 * (uint64_t)n;
    int power = 0;
    for (;;) {
        power++;
        // Next bit of each fraction: double and compare against 2n.
        a <<= 1;
        b <<= 1;
        bool abit = a >= two_n, bbit = b >= two_n;
        if (abit != bbit)
            return power;
        if (abit) {
            a -= two_n;
            b -= two_n;
        }
    }
}

static int64_t compute_minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int sort_slice(SortState *st, int64_t n) {
    if (n < 2)
        return 0;
    int64_t minrun = compute_minrun(n);
    Run stack[128];
    int top = 0;
    int64_t lo = 0;

    // The first run.
    int64_t len = count_run(st->a, lo, n);
    if (len < 0)
        return -1;
    if (len < minrun) {
        int64_t force = n - lo < minrun ? n - lo : minrun;
        if (binary_insertion(st->a, lo, lo + force, lo + len) < 0)
            return -1;
        len = force;
    }
    Run cur = {lo, len, 0};
    while (cur.start + cur.len < n) {
        int64_t next = cur.start + cur.len;
        len = count_run(st->a, next, n);
        if (len < 0)
            return -1;
        if (len < minrun) {
            int64_t force = n - next < minrun ? n - next : minrun;
            if (binary_insertion(st->a, next, next + force, next + len) < 0)
                return -1;
            len = force;
        }
        int power = node_power(cur.start, cur.len, len, n);
        // Merge pending runs whose boundary is deeper than this one.
        while (top > 0 && stack[top - 1].power > power) {
            Run left = stack[--top];
            if (merge_at(st, left.start, cur.start, cur.start + cur.len) < 0)
                return -1;
            cur.start = left.start;
            cur.len += left.len;
        }
        cur.power = power;
        stack[top++] = cur;
        cur = (Run){next, len, 0};
    }
    while (top > 0) {
        Run left = stack[--top];
        if (merge_at(st, left.start, cur.start, cur.start + cur.len) < 0)
            return -1;
        cur.start = left.start;
        cur.len += left.len;
    }
    return 0;
}

// A hidden list that owns `n` None-filled slots: scratch memory that the
// collector traces.
static Value holder(size_t n) { return mo_list_new(n); }

int mo_list_sort(Value list, Value key, bool reverse) {
    ListObject *l = mo_list_obj(list);
    if (key == MO_NONE)
        key = MO_NULL;
    // Take the items away from the list; `items_holder` keeps them visible
    // to the collector.
    Value items_holder = mo_list_new(0);
    if (items_holder == V_ERR)
        return -1;
    ListObject *h = mo_list_obj(items_holder);
    h->items = l->items;
    h->size = l->size;
    h->capacity = l->capacity;
    l->items = NULL;
    l->size = 0;
    l->capacity = 0;
    int64_t n = h->size;
    int rc = 0;
    // The holders are reached only through this array while sorting: being
    // volatile, it stays in memory on the C stack, where the collector's
    // conservative scan finds them.
    volatile Value keep[4] __attribute__((unused)) = {items_holder, MO_NULL, MO_NULL, MO_NULL};

    SortState st = {{h->items, NULL}, {NULL, NULL}, false};
    Value keys_holder = MO_NULL, tmp_keys = MO_NULL, tmp_values = MO_NULL;
    if (key != MO_NULL && n > 0) {
        keys_holder = holder((size_t)n);
        if (keys_holder == V_ERR) {
            rc = -1;
            goto restore;
        }
        keep[1] = keys_holder;
        for (int64_t i = 0; i < n; i++) {
            Value k = mo_call1(key, h->items[i]);
            if (k == V_ERR) {
                rc = -1;
                goto restore;
            }
            mo_list_items(keys_holder)[i] = k;
        }
        st.a.keys = mo_list_items(keys_holder);
        st.a.values = h->items;
    }
    if (n > 1) {
        // Scratch for the shorter side of a merge.
        size_t half = (size_t)n / 2 + 1;
        tmp_keys = holder(half);
        if (tmp_keys == V_ERR) {
            rc = -1;
            goto restore;
        }
        keep[2] = tmp_keys;
        st.tmp.keys = mo_list_items(tmp_keys);
        if (st.a.values) {
            tmp_values = holder(half);
            if (tmp_values == V_ERR) {
                rc = -1;
                goto restore;
            }
            keep[3] = tmp_values;
            st.tmp.values = mo_list_items(tmp_values);
        }
        // reverse=True: reverse, sort stably, reverse back. Equal elements
        // keep their original order.
        if (reverse)
            reverse_range(st.a, 0, n);
        rc = sort_slice(&st, n);
        if (reverse)
            reverse_range(st.a, 0, n);
    }

restore:;
    // Put the (sorted, or on error permuted) items back. Anything the list
    // gained meanwhile is dropped, as in CPython.
    bool modified = l->items != NULL || l->size != 0;
    Value *extra = l->items;
    int64_t extra_cap = l->capacity;
    l->items = h->items;
    l->size = h->size;
    l->capacity = h->capacity;
    h->items = NULL;
    h->size = h->capacity = 0;
    if (modified) {
        mo_mem_free(extra, (size_t)extra_cap * sizeof(Value));
        if (rc == 0) {
            mo_err_format(&mo_exc_ValueError, "list modified during sort");
            rc = -1;
        }
    }
    keep[0] = MO_NULL;
    return rc;
}
