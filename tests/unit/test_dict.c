// tests/unit/test_dict.c — dict against a reference model and CPython's
// messages.
//
// The model is a plain array of (key, value) in insertion order; random
// insertions, overwrites, deletions, popitems and clears are applied to
// both, with int keys and with str keys that are equal but not identical
// objects (so lookups go through hash + bytes comparison), and the dict's
// iteration order is compared with the model after every step. Tables of
// 100,000 entries exercise every index width and many resizes.
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/list.h"
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

static uint64_t state = 1;

static uint64_t rnd(void) {
    state += 0x9E3779B97F4A7C15ull;
    uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static int64_t below(int64_t n) { return (int64_t)(rnd() % (uint64_t)n); }

// A fresh key object for model key `k`: an int, or a new (not interned)
// str "k<k>" when `strs`.
static Value make_key(int64_t k, bool strs) {
    if (!strs)
        return mo_smallint(k);
    char buf[32];
    snprintf(buf, sizeof buf, "k%lld", (long long)k);
    return mo_str_from_cstr(buf);
}

static int64_t key_id(Value key, bool strs) {
    if (!strs)
        return mo_smallint_val(key);
    return atoll(mo_str_data(key) + 1);
}

typedef struct Model {
    int64_t *keys, *vals;
    int64_t n, cap;
} Model;

static int64_t model_find(const Model *m, int64_t k) {
    for (int64_t i = 0; i < m->n; i++)
        if (m->keys[i] == k)
            return i;
    return -1;
}

static void model_set(Model *m, int64_t k, int64_t v) {
    int64_t i = model_find(m, k);
    if (i >= 0) {
        m->vals[i] = v;
        return;
    }
    if (m->n == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 64;
        m->keys = realloc(m->keys, (size_t)m->cap * sizeof(int64_t));
        m->vals = realloc(m->vals, (size_t)m->cap * sizeof(int64_t));
    }
    m->keys[m->n] = k;
    m->vals[m->n] = v;
    m->n++;
}

static void model_del_at(Model *m, int64_t i) {
    memmove(m->keys + i, m->keys + i + 1, (size_t)(m->n - i - 1) * sizeof(int64_t));
    memmove(m->vals + i, m->vals + i + 1, (size_t)(m->n - i - 1) * sizeof(int64_t));
    m->n--;
}

static bool same_as_model(Value d, const Model *m, bool strs) {
    if (mo_dict_size(d) != m->n)
        return false;
    int64_t pos = 0, i = 0;
    Value k, v;
    while (mo_dict_next(d, &pos, &k, &v)) {
        if (i >= m->n || key_id(k, strs) != m->keys[i] || mo_smallint_val(v) != m->vals[i])
            return false;
        i++;
    }
    return i == m->n;
}

static void test_against_model(bool strs, int steps, int64_t keyspace) {
    Value d = mo_dict_new();
    Model m = {0};
    bool good = true;
    int step;
    for (step = 0; step < steps && good; step++) {
        int64_t r = below(100);
        if (r < 55) {
            int64_t k = below(keyspace), v = below(1000000);
            good = mo_dict_set(d, make_key(k, strs), mo_smallint(v)) == 0;
            model_set(&m, k, v);
        } else if (r < 90) {
            int64_t k = below(keyspace);
            int rc = mo_dict_del(d, make_key(k, strs));
            int64_t i = model_find(&m, k);
            good = rc == (i >= 0);
            if (i >= 0)
                model_del_at(&m, i);
        } else if (r < 99) {
            Value v = mo_dict_get(d, make_key(below(keyspace), strs));
            good = v != V_ERR;
        } else if (m.n > 0) {
            Value item = mo_call_method_cstr(d, "popitem", NULL, 0);
            good = item != V_ERR && key_id(mo_tuple_items(item)[0], strs) == m.keys[m.n - 1];
            model_del_at(&m, m.n - 1);
        }
        if (good && (steps < 20000 || step % 97 == 0))
            good = same_as_model(d, &m, strs);
        // The str keys live only in the dict: a collection must keep them.
        if (step % 5000 == 4999)
            mo_gc_collect();
    }
    CHECK(good && same_as_model(d, &m, strs), "%s keys, %d steps, keyspace %lld: diverged at step %d",
          strs ? "str" : "int", steps, (long long)keyspace, step);
    // Every key of the model is found, and with the right value.
    bool found = true;
    for (int64_t i = 0; i < m.n && found; i++) {
        Value v = mo_dict_get(d, make_key(m.keys[i], strs));
        found = v != MO_NULL && v != V_ERR && mo_smallint_val(v) == m.vals[i];
    }
    CHECK(found, "lookups agree with the model");
    free(m.keys);
    free(m.vals);
}

static void test_big(void) {
    Value d = mo_dict_new();
    int64_t n = 100000;
    for (int64_t i = 0; i < n; i++)
        mo_dict_set(d, mo_smallint(i * 7919 % n), mo_smallint(i));
    CHECK(mo_dict_size(d) == n, "100000 entries");
    bool good = true;
    for (int64_t i = 0; i < n && good; i++)
        good = mo_dict_get(d, mo_smallint(i * 7919 % n)) == mo_smallint(i);
    CHECK(good, "100000 lookups");
    for (int64_t i = 0; i < n; i += 2)
        mo_dict_del(d, mo_smallint(i * 7919 % n));
    // Re-insert half of the deleted keys: they go to the end.
    for (int64_t i = 0; i < n; i += 4)
        mo_dict_set(d, mo_smallint(i * 7919 % n), mo_smallint(-i));
    int64_t pos = 0, expect = 1;
    Value k, v;
    good = true;
    while (good && mo_dict_next(d, &pos, &k, &v)) {
        if (expect < n) {
            good = v == mo_smallint(expect) && k == mo_smallint(expect * 7919 % n);
            expect += 2;
            if (expect >= n)
                expect = n;   // now the re-inserted ones
        } else {
            int64_t i = (expect - n) * 4;
            good = v == mo_smallint(-i) && k == mo_smallint(i * 7919 % n);
            expect++;
        }
    }
    CHECK(good && mo_dict_size(d) == n / 2 + n / 4, "order after deleting and re-inserting");
    // Presized dicts take n insertions without growing.
    Value p = mo_dict_new_presized(1000);
    DictObject *po = mo_dict_obj(p);
    void *index = po->index;
    for (int64_t i = 0; i < 1000; i++)
        mo_dict_set(p, mo_smallint(i), MO_NONE);
    CHECK(po->index == index, "presized dict did not resize");
}

static void test_versions(void) {
    Value d = mo_dict_new();
    uint64_t v0 = mo_dict_obj(d)->version;
    mo_dict_set(d, mo_smallint(1), mo_smallint(1));
    uint64_t v1 = mo_dict_obj(d)->version;
    CHECK(v1 != v0, "insert bumps the version");
    mo_dict_get(d, mo_smallint(1));
    mo_dict_get(d, mo_smallint(2));
    CHECK(mo_dict_obj(d)->version == v1, "lookups do not");
    mo_dict_set(d, mo_smallint(1), mo_smallint(2));
    uint64_t v2 = mo_dict_obj(d)->version;
    CHECK(v2 != v1, "overwriting bumps the version");
    mo_dict_del(d, mo_smallint(1));
    uint64_t v3 = mo_dict_obj(d)->version;
    CHECK(v3 != v2, "deleting bumps the version");
    mo_dict_del(d, mo_smallint(1));
    CHECK(mo_dict_obj(d)->version == v3, "deleting a missing key does not");
    mo_dict_clear(d);
    CHECK(mo_dict_obj(d)->version != v3, "clear bumps the version");
    Value e = mo_dict_new();
    CHECK(mo_dict_obj(e)->version != mo_dict_obj(d)->version, "versions are unique across dicts");
}

static const char *repr_of(Value v) {
    Value r = mo_repr(v);
    if (r == V_ERR) {
        mo_err_clear();
        return "<error>";
    }
    return mo_str_data(r);
}

static void test_str_keys(void) {
    Value d = mo_dict_new();
    Value a = mo_str_intern_cstr("alpha");
    mo_dict_set_str(d, a, mo_smallint(1));
    mo_dict_set_cstr(d, "beta", mo_smallint(2));
    Value fresh = mo_str_from_cstr("alpha");     // equal, not identical
    CHECK(mo_dict_get_str(d, fresh) == mo_smallint(1), "get_str with an equal str");
    CHECK(mo_dict_get(d, fresh) == mo_smallint(1), "get with an equal str");
    CHECK(mo_dict_get_cstr(d, "beta") == mo_smallint(2), "get_cstr");
    CHECK(mo_dict_get_cstr(d, "gamma") == MO_NULL, "missing key");
    mo_dict_set(d, mo_smallint(3), mo_list_new(0));
    CHECK(strcmp(repr_of(d), "{'alpha': 1, 'beta': 2, 3: []}") == 0, "repr %s", repr_of(d));
    // A dict that contains itself.
    mo_dict_set(d, mo_smallint(4), d);
    CHECK(strcmp(repr_of(d), "{'alpha': 1, 'beta': 2, 3: [], 4: {...}}") == 0, "recursive repr %s", repr_of(d));
    CHECK(strcmp(repr_of(mo_dict_new()), "{}") == 0, "empty repr");
}

static void test_errors_and_iteration(void) {
    Value d = mo_dict_new();
    for (int i = 0; i < 5; i++)
        mo_dict_set(d, mo_smallint(i), mo_smallint(i * i));
    Value it = mo_iter(d);
    Value first = mo_next(it);
    CHECK(first == mo_smallint(0), "iteration starts with the first key");
    mo_dict_set(d, mo_smallint(99), MO_NONE);
    Value second = mo_next(it);
    CHECK(second == V_ERR && mo_err_matches(&mo_exc_RuntimeError), "changed size during iteration");
    mo_err_clear();
    // Deleting and re-adding keeps the size but changes the keys.
    Value it2 = mo_iter(d);
    mo_next(it2);
    mo_dict_del(d, mo_smallint(0));
    mo_dict_set(d, mo_smallint(100), MO_NONE);
    Value r = MO_NULL;
    for (int i = 0; i < 10; i++) {
        r = mo_next(it2);
        if (r == V_ERR || r == MO_NULL)
            break;
    }
    CHECK(r == V_ERR && mo_err_matches(&mo_exc_RuntimeError), "keys changed during iteration");
    mo_err_clear();

    // popitem is LIFO.
    Value p = mo_call_method_cstr(d, "popitem", NULL, 0);
    CHECK(p != V_ERR && mo_tuple_items(p)[0] == mo_smallint(100), "popitem returns the last item");
    CHECK(mo_dict_size(d) == 5, "popitem removes it");
    Value e = mo_dict_new();
    CHECK(mo_call_method_cstr(e, "popitem", NULL, 0) == V_ERR && mo_err_matches(&mo_exc_KeyError),
          "popitem on an empty dict");
    mo_err_clear();

    // Missing keys raise KeyError(key).
    CHECK(mo_getitem(d, mo_smallint(42)) == V_ERR && mo_err_matches(&mo_exc_KeyError), "KeyError");
    mo_err_clear();

    // Unhashable keys.
    CHECK(mo_dict_set(d, mo_list_new(0), MO_NONE) < 0 && mo_err_matches(&mo_exc_TypeError), "unhashable key");
    mo_err_clear();

    // update() from pairs.
    Value pairs = mo_list_new(2);
    mo_list_items(pairs)[0] = mo_tuple_pack(2, mo_smallint(7), mo_smallint(8));
    mo_list_items(pairs)[1] = mo_tuple_pack(3, mo_smallint(1), mo_smallint(2), mo_smallint(3));
    CHECK(mo_dict_update(d, pairs) < 0 && mo_err_matches(&mo_exc_ValueError), "pair of length 3");
    mo_err_clear();
    CHECK(mo_dict_get(d, mo_smallint(7)) == mo_smallint(8), "pairs before the bad one were added");

    // Equality does not depend on order.
    Value x = mo_dict_new(), y = mo_dict_new();
    for (int i = 0; i < 50; i++) {
        mo_dict_set(x, mo_smallint(i), mo_smallint(-i));
        mo_dict_set(y, mo_smallint(49 - i), mo_smallint(i - 49));
    }
    CHECK(mo_eq(x, y) == 1, "equal dicts in different orders");
    mo_dict_set(y, mo_smallint(0), mo_smallint(1));
    CHECK(mo_eq(x, y) == 0, "different value");
    Value c = mo_dict_copy(x);
    CHECK(mo_eq(x, c) == 1 && mo_dict_obj(c)->used == 50, "copy");
}

// TODO: remove once the library defines it (today src/cli/main.c does,
// which unit tests do not link); weak, so a library definition wins.
__attribute__((weak)) char *mo_c_stack_limit;

int main(int argc, char **argv) {
    mo_runtime_init(argc, argv);
    test_against_model(false, 20000, 300);
    test_against_model(true, 20000, 300);
    test_against_model(false, 200000, 50000);
    test_big();
    test_versions();
    test_str_keys();
    test_errors_and_iteration();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
