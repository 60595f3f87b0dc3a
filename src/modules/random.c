// src/modules/random.c — `_random`: the Mersenne Twister core of `random`.
//
// What CPython's `_random` module provides, with its numbers: the Random
// type with seed(), random(), getrandbits(), getstate() and setstate(). The
// rest of the random module (randint, choice, shuffle, sample, the
// distributions, str seeds) is lib/random.py, which may subclass this type
// to get the generator at C speed.
// - The generator is MT19937 (Matsumoto and Nishimura). seed(n) for an int
//   runs init_by_array over the 32-bit words of abs(n), least significant
//   first; any other value is seeded by its hash (as an unsigned 64-bit
//   number); None by the clock and the process id.
// - random() takes 27 + 26 bits from two outputs; getrandbits(k) fills
//   32-bit words from the low end, the last one shifted right.
// - getstate() is the 624 state words and the position, as a tuple of 625
//   ints; setstate() takes it back.
//
// Read next: objects/bigint.h (ints are built from and read as 32-bit words).
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bigint.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/gc.h"

// ------------------------------------------------------------- MT19937

#define MT_N 624
#define MT_M 397

typedef struct RandomObject {
    Object hdr;
    uint32_t mt[MT_N];
    int index;
} RandomObject;

static TypeObject random_type;

static inline RandomObject *rnd(Value v) { return (RandomObject *)mo_ptr(v); }

static void init_genrand(RandomObject *r, uint32_t s) {
    r->mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        r->mt[i] = 1812433253u * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void init_by_array(RandomObject *r, const uint32_t *key, size_t len) {
    init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    uint32_t *mt = r->mt;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;    // the most significant bit is set: the state is not all zero
}

static uint32_t genrand(RandomObject *r) {
    static const uint32_t mag01[2] = {0u, 0x9908b0dfu};
    uint32_t *mt = r->mt, y;
    if (r->index >= MT_N) {
        int k;
        for (k = 0; k < MT_N - MT_M; k++) {
            y = (mt[k] & 0x80000000u) | (mt[k + 1] & 0x7fffffffu);
            mt[k] = mt[k + MT_M] ^ (y >> 1) ^ mag01[y & 1u];
        }
        for (; k < MT_N - 1; k++) {
            y = (mt[k] & 0x80000000u) | (mt[k + 1] & 0x7fffffffu);
            mt[k] = mt[k + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1u];
        }
        y = (mt[MT_N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1u];
        r->index = 0;
    }
    y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

// A double in [0, 1) with 53 random bits.
static double random_double(RandomObject *r) {
    uint32_t a = genrand(r) >> 5, b = genrand(r) >> 6;
    return ((double)a * 67108864.0 + (double)b) * (1.0 / 9007199254740992.0);
}

// getrandbits(k) for k >= 0.
static Value getrandbits(RandomObject *r, uint64_t k) {
    if (k == 0)
        return mo_smallint(0);
    if (k <= 32)
        return mo_int_from_u64(genrand(r) >> (32 - k));
    size_t words = (size_t)((k - 1) / 32 + 1);
    Digit *w = mo_mem_alloc(words * sizeof(Digit));
    if (!w)
        return V_ERR;
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t x = genrand(r);
        if (k < 32)
            x >>= 32 - k;
        w[i] = x;
    }
    Value v = mo_bigint_from_mag(w, (int64_t)words, false);
    mo_mem_free(w, words * sizeof(Digit));
    return v;
}

// ---------------------------------------------------------------- seeding

static void seed_from_words(RandomObject *r, const uint32_t *words, size_t n) {
    uint32_t zero = 0;
    if (n == 0)
        init_by_array(r, &zero, 1);
    else
        init_by_array(r, words, n);
}

// Seeds from the magnitude of the int `n`.
static void seed_from_int(RandomObject *r, Value n) {
    IntView w;
    mo_bigint_view(mo_int_value(n), &w);
    seed_from_words(r, w.d, (size_t)w.n);
}

static int seed(RandomObject *r, Value a) {
    if (a == MO_NULL || a == MO_NONE) {
        // Not reproducible by design: the time, the process and a counter.
        static uint32_t counter;
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        uint32_t key[4] = {(uint32_t)ts.tv_sec, (uint32_t)ts.tv_nsec, (uint32_t)getpid(), ++counter};
        init_by_array(r, key, 4);
        return 0;
    }
    if (mo_is_int(a)) {
        seed_from_int(r, a);
        return 0;
    }
    // Anything else: its hash, read as an unsigned 64-bit number.
    int64_t h = mo_hash(a);
    if (h == -1)
        return -1;
    uint32_t w[2] = {(uint32_t)(uint64_t)h, (uint32_t)((uint64_t)h >> 32)};
    seed_from_words(r, w, w[1] ? 2 : w[0] ? 1 : 0);
    return 0;
}

#define METHOD(name) static Value m_##name(Value self, const Value *args, size_t nargs, Value kwnames)

// ------------------------------------------------------------------ methods

METHOD(seed) {
    if (mo_args_check("seed", nargs, kwnames, 0, 1) < 0)
        return V_ERR;
    return seed(rnd(self), nargs ? args[0] : MO_NULL) < 0 ? V_ERR : MO_NONE;
}

METHOD(random) {
    if (mo_args_check("random", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return mo_float(random_double(rnd(self)));
}

METHOD(getrandbits) {
    if (mo_args_check("getrandbits", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    int64_t k;
    if (mo_index_i64(args[0], &k) < 0)
        return V_ERR;
    if (k < 0)
        return mo_err_format(&mo_exc_ValueError, "number of bits must be non-negative");
    return getrandbits(rnd(self), (uint64_t)k);
}

METHOD(getstate) {
    if (mo_args_check("getstate", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    RandomObject *r = rnd(self);
    Value t = mo_tuple_new(MT_N + 1);
    if (t == V_ERR)
        return V_ERR;
    for (int i = 0; i < MT_N; i++)
        mo_tuple_items(t)[i] = mo_int_from_u64(r->mt[i]);
    mo_tuple_items(t)[MT_N] = mo_smallint(r->index);
    return t;
}

METHOD(setstate) {
    if (mo_args_check("setstate", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value st = args[0];
    if (!mo_is_tuple(st))
        return mo_err_format(&mo_exc_TypeError, "state vector must be a tuple");
    if (mo_tuple_size(st) != MT_N + 1)
        return mo_err_format(&mo_exc_ValueError, "state vector is the wrong size");
    RandomObject *r = rnd(self);
    uint32_t mt[MT_N];
    Value *items = mo_tuple_items(st);
    for (int i = 0; i < MT_N; i++) {
        int64_t v;
        if (mo_index_i64(items[i], &v) < 0)
            return V_ERR;
        mt[i] = (uint32_t)v;
    }
    int64_t index;
    if (mo_index_i64(items[MT_N], &index) < 0)
        return V_ERR;
    if (index < 0 || index > MT_N)
        return mo_err_format(&mo_exc_ValueError, "invalid state");
    memcpy(r->mt, mt, sizeof mt);
    r->index = (int)index;
    return MO_NONE;
}

static const MethodDef random_methods[] = {
    {"seed", m_seed, 0, NULL},
    {"random", m_random, 0, NULL},
    {"getrandbits", m_getrandbits, 0, NULL},
    {"getstate", m_getstate, 0, NULL},
    {"setstate", m_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

// _random.Random(x=None): __new__ seeds from the clock, __init__ with its
// argument (a subclass with its own __init__ decides for itself).
static Value random_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    if (type == &random_type && mo_args_nkw(kwnames))
        return mo_err_format(&mo_exc_TypeError, "Random() takes no keyword arguments");
    RandomObject *r = mo_gc_alloc(type, type->basicsize);
    if (!r)
        return V_ERR;
    if (seed(r, MO_NULL) < 0)
        return V_ERR;
    return mo_obj(r);
}

static Value random_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_nkw(kwnames))
        return mo_err_format(&mo_exc_TypeError, "Random() takes no keyword arguments");
    if (nargs > 1)
        return mo_err_format(&mo_exc_TypeError, "Random() requires 0 or 1 argument");
    return seed(rnd(self), nargs ? args[0] : MO_NULL) < 0 ? V_ERR : MO_NONE;
}

static void random_trace(Object *o) {
    TypeObject *t = o->type;
    if (t->dictoffset >= sizeof(RandomObject))
        mo_gc_mark(*(Value *)((char *)o + t->dictoffset));
}

static TypeObject random_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "Random",
    .base = &mo_object_type,
    .flags = MO_TPFLAG_BASETYPE,
    .basicsize = sizeof(RandomObject),
    .new_ = random_new,
    .init = random_init,
    .trace = random_trace,
    .methods = random_methods,
};

static int random_exec(Value m) {
    mo_type_ready(&random_type);
    random_type.module = mo_str_intern_cstr("_random");
    return mo_module_add(m, "Random", mo_obj(&random_type));
}

static const MethodDef random_module_methods[] = {
    {NULL, NULL, 0, NULL},
};

const ModuleDef mo_random_module_def = {"_random", random_module_methods, random_exec};
