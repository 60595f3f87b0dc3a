// src/objects/sort.c — list.sort: CPython's sort, comparison for comparison.
//
// The design (Tim Peters' listsort, with the powersort merge policy CPython
// 3.11 adopted):
// - The input is cut into *runs*: maximal stretches that are already
//   ascending (non-decreasing), or strictly descending (reversed in place,
//   which keeps the sort stable). Runs shorter than `minrun` (32..64, chosen
//   so n / minrun is close to a power of two) are extended by binary
//   insertion sort.
// - Runs are merged in the order given by the *powersort* rule (Munro and
//   Wild, 2018): each boundary between two adjacent runs gets a "power", the
//   depth of the boundary's midpoint in a perfect binary split of [0, n);
//   a stack of pending runs is merged while its top boundary is deeper than
//   the new one. At the end the stack collapses as CPython's does.
// - A merge first skips, by galloping, the prefix of the left run and the
//   suffix of the right run that are already in place, then copies the
//   shorter side into a scratch buffer and merges towards the other end,
//   switching to galloping when one side keeps winning.
// Any stable sort gives the same result for a consistent order, but
// comparisons run Python code: programs that count them, raise from them,
// or sort NaNs see which comparisons happen, so these are CPython's.
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
    int min_gallop;     // adapts across the merges of one sort
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

// ------------------------------------------------------------ galloping
//
// The merges gallop the way Tim Peters' listsort does (and CPython with
// it): when one side keeps winning, the next position is found by an
// exponential then binary search. With a consistent order any stable merge
// gives the same result, but comparisons run Python code: a program that
// counts them, or sorts with NaNs, sees exactly which ones are made, so
// these follow CPython's comparison for comparison.

#define MIN_GALLOP 7

// Where `key` goes in the sorted keys[base .. base+n), before its equals:
// the k with keys[base+k-1] < key <= keys[base+k]. The search starts at
// keys[base+hint] and gallops outwards. -1 on error.
static int64_t gallop_left(const Value *keys, int64_t n, int64_t hint, Value key) {
    const Value *a = keys + hint;
    int64_t lastofs = 0, ofs = 1;
    int c = less(*a, key);
    if (c < 0)
        return -1;
    if (c) {
        // a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs].
        int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            c = less(a[ofs], key);
            if (c < 0)
                return -1;
            if (!c)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs].
        int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            c = less(*(a - ofs), key);
            if (c < 0)
                return -1;
            if (c)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        int64_t k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    // keys[lastofs] < key <= keys[ofs]: binary search in between.
    lastofs++;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        c = less(keys[m], key);
        if (c < 0)
            return -1;
        if (c)
            lastofs = m + 1;
        else
            ofs = m;
    }
    return ofs;
}

// Where `key` goes after its equals: keys[k-1] <= key < keys[k].
static int64_t gallop_right(const Value *keys, int64_t n, int64_t hint, Value key) {
    const Value *a = keys + hint;
    int64_t lastofs = 0, ofs = 1;
    int c = less(key, *a);
    if (c < 0)
        return -1;
    if (c) {
        // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs].
        int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            c = less(key, *(a - ofs));
            if (c < 0)
                return -1;
            if (!c)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        int64_t k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        // a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs].
        int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            c = less(key, a[ofs]);
            if (c < 0)
                return -1;
            if (c)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        c = less(key, keys[m]);
        if (c < 0)
            return -1;
        if (c)
            ofs = m;
        else
            lastofs = m + 1;
    }
    return ofs;
}

static inline Slice at(Slice s, int64_t i) {
    return (Slice){s.keys + i, s.values ? s.values + i : NULL};
}

// Merges a = [pa, pa+na) and the run right after it, b = [pa+na, +nb),
// with na <= nb: a goes to scratch and the merge fills from the left. The
// caller has made sure b's first element goes first and a's last goes last.
static int merge_lo(SortState *st, int64_t pa, int64_t na, int64_t nb) {
    Slice tmp = st->tmp;
    move(tmp, 0, st->a, pa, na);
    Slice dest = at(st->a, pa), sa = tmp, sb = at(st->a, pa + na);
    int min_gallop = st->min_gallop;
    int rc = -1;
    put(dest, 0, sb, 0);
    dest = at(dest, 1);
    sb = at(sb, 1);
    if (--nb == 0)
        goto succeed;
    if (na == 1)
        goto copy_b;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        // One at a time, until one side wins min_gallop times in a row.
        for (;;) {
            int c = less(sb.keys[0], sa.keys[0]);
            if (c < 0)
                goto fail;
            if (c) {
                put(dest, 0, sb, 0);
                dest = at(dest, 1);
                sb = at(sb, 1);
                bcount++;
                acount = 0;
                if (--nb == 0)
                    goto succeed;
                if (bcount >= min_gallop)
                    break;
            } else {
                put(dest, 0, sa, 0);
                dest = at(dest, 1);
                sa = at(sa, 1);
                acount++;
                bcount = 0;
                if (--na == 1)
                    goto copy_b;
                if (acount >= min_gallop)
                    break;
            }
        }
        // Gallop while a side keeps winning by MIN_GALLOP or more.
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            st->min_gallop = min_gallop;
            int64_t k = gallop_right(sa.keys, na, 0, sb.keys[0]);
            acount = k;
            if (k) {
                if (k < 0)
                    goto fail;
                move(dest, 0, sa, 0, k);
                dest = at(dest, k);
                sa = at(sa, k);
                na -= k;
                if (na == 1)
                    goto copy_b;
                // Impossible for a consistent order, but orders may lie.
                if (na == 0)
                    goto succeed;
            }
            put(dest, 0, sb, 0);
            dest = at(dest, 1);
            sb = at(sb, 1);
            if (--nb == 0)
                goto succeed;
            k = gallop_left(sb.keys, nb, 0, sa.keys[0]);
            bcount = k;
            if (k) {
                if (k < 0)
                    goto fail;
                move(dest, 0, sb, 0, k);
                dest = at(dest, k);
                sb = at(sb, k);
                nb -= k;
                if (nb == 0)
                    goto succeed;
            }
            put(dest, 0, sa, 0);
            dest = at(dest, 1);
            sa = at(sa, 1);
            if (--na == 1)
                goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;       // leaving gallop mode costs
        st->min_gallop = min_gallop;
    }
succeed:
    rc = 0;
fail:
    // Whatever of a is still in scratch fills the gap, so the array stays a
    // permutation of its elements even after an error.
    if (na)
        move(dest, 0, sa, 0, na);
    return rc;
copy_b:
    // a's last element belongs after everything left in b.
    move(dest, 0, sb, 0, nb);
    put(dest, nb, sa, 0);
    return 0;
}

// The mirror image for na >= nb: b goes to scratch and the merge fills from
// the right. a's last element goes last and b's first goes first.
static int merge_hi(SortState *st, int64_t pa, int64_t na, int64_t nb) {
    Slice tmp = st->tmp, basea = at(st->a, pa);
    move(tmp, 0, st->a, pa + na, nb);
    Slice baseb = tmp;
    Slice dest = at(st->a, pa + na + nb - 1), sa = at(basea, na - 1), sb = at(tmp, nb - 1);
    int min_gallop = st->min_gallop;
    int rc = -1;
    put(dest, 0, sa, 0);
    dest = at(dest, -1);
    sa = at(sa, -1);
    if (--na == 0)
        goto succeed;
    if (nb == 1)
        goto copy_a;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
            int c = less(sb.keys[0], sa.keys[0]);
            if (c < 0)
                goto fail;
            if (c) {
                put(dest, 0, sa, 0);
                dest = at(dest, -1);
                sa = at(sa, -1);
                acount++;
                bcount = 0;
                if (--na == 0)
                    goto succeed;
                if (acount >= min_gallop)
                    break;
            } else {
                put(dest, 0, sb, 0);
                dest = at(dest, -1);
                sb = at(sb, -1);
                bcount++;
                acount = 0;
                if (--nb == 1)
                    goto copy_a;
                if (bcount >= min_gallop)
                    break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            st->min_gallop = min_gallop;
            int64_t k = gallop_right(basea.keys, na, na - 1, sb.keys[0]);
            if (k < 0)
                goto fail;
            k = na - k;
            acount = k;
            if (k) {
                dest = at(dest, -k);
                sa = at(sa, -k);
                move(dest, 1, sa, 1, k);
                na -= k;
                if (na == 0)
                    goto succeed;
            }
            put(dest, 0, sb, 0);
            dest = at(dest, -1);
            sb = at(sb, -1);
            if (--nb == 1)
                goto copy_a;
            k = gallop_left(baseb.keys, nb, nb - 1, sa.keys[0]);
            if (k < 0)
                goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                dest = at(dest, -k);
                sb = at(sb, -k);
                move(dest, 1, sb, 1, k);
                nb -= k;
                if (nb == 1)
                    goto copy_a;
                if (nb == 0)
                    goto succeed;
            }
            put(dest, 0, sa, 0);
            dest = at(dest, -1);
            sa = at(sa, -1);
            if (--na == 0)
                goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        st->min_gallop = min_gallop;
    }
succeed:
    rc = 0;
fail:
    if (nb)
        move(dest, -(nb - 1), baseb, 0, nb);
    return rc;
copy_a:
    // b's first element belongs before everything left in a.
    move(dest, 1 - na, sa, 1 - na, na);
    dest = at(dest, -na);
    put(dest, 0, sb, 0);
    return 0;
}

// Merges the adjacent sorted runs [pa, pa+na) and [pa+na, pa+na+nb).
static int merge_at(SortState *st, int64_t pa, int64_t na, int64_t nb) {
    Slice a = st->a;
    // Elements of the left run not after the right run's first are in place.
    int64_t k = gallop_right(a.keys + pa, na, 0, a.keys[pa + na]);
    if (k < 0)
        return -1;
    pa += k;
    na -= k;
    if (na == 0)
        return 0;
    // Elements of the right run not before the left run's last are too.
    nb = gallop_left(a.keys + pa + na, nb, nb - 1, a.keys[pa + na - 1]);
    if (nb <= 0)
        return (int)nb;
    if (na <= nb)
        return merge_lo(st, pa, na, nb);
    return merge_hi(st, pa, na, nb);
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
            if (merge_at(st, left.start, left.len, cur.len) < 0)
                return -1;
            cur.start = left.start;
            cur.len += left.len;
        }
        cur.power = power;
        stack[top++] = cur;
        cur = (Run){next, len, 0};
    }
    // The final collapse, as CPython's: merge the top two runs, unless the
    // run below them is shorter than the topmost, then merge that one with
    // the second.
    stack[top++] = cur;
    while (top > 1) {
        int i = top - 2;
        if (i > 0 && stack[i - 1].len < stack[i + 1].len)
            i--;
        if (merge_at(st, stack[i].start, stack[i].len, stack[i + 1].len) < 0)
            return -1;
        stack[i].len += stack[i + 1].len;
        for (int j = i + 1; j < top - 1; j++)
            stack[j] = stack[j + 1];
        top--;
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

    SortState st = {{h->items, NULL}, {NULL, NULL}, false, MIN_GALLOP};
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
