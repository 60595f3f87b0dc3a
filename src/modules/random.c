// src/modules/random.c — the `random` module: the Mersenne Twister and the
// methods of random.Random.
//
// Programs print what a seeded generator produces (random.seed(42) and then
// randint, choice, shuffle …), so everything here reproduces CPython 3.11
// number for number:
// - the generator is MT19937 (Matsumoto and Nishimura), seeded from an int
//   by init_by_array over the 32-bit words of abs(seed), least significant
//   first; a str/bytes seed first becomes int.from_bytes(s + sha512(s)), a
//   float seed its hash;
// - random() takes 27 + 26 bits from two outputs; getrandbits(k) fills
//   32-bit words from the low end, the last one shifted right;
// - integer choices use "rejection": draw k = n.bit_length() bits until the
//   value is below n; randrange, randint, choice, shuffle (Fisher-Yates from
//   the end), sample (a pool or a set of picks, whichever CPython's size
//   rule chooses) and choices (bisect over cumulative weights) consume the
//   generator in exactly CPython's order, as do the float distributions.
// The module's functions are the bound methods of one hidden instance, as
// in CPython.
//
// Read next: objects/bigint.h (ints are built from and read as 32-bit words).
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bigint.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
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
    bool has_gauss;     // gauss() keeps its second value for the next call
    double gauss_next;
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

// A uniformly random int in [0, n) for an int n > 0 (by rejection).
static Value randbelow(RandomObject *r, Value n) {
    if (mo_is_smallint(n)) {
        uint64_t m = (uint64_t)mo_smallint_val(n);
        int k = 64 - __builtin_clzll(m);
        for (;;) {
            uint64_t x;
            if (k <= 32) {
                x = genrand(r) >> (32 - k);
            } else {
                uint64_t lo = genrand(r), hi = genrand(r) >> (64 - k);
                x = lo | (hi << 32);
            }
            if (x < m)
                return mo_int_from_u64(x);
        }
    }
    uint64_t k = mo_int_bit_length(n);
    for (;;) {
        Value x = getrandbits(r, k);
        if (x == V_ERR)
            return V_ERR;
        if (mo_int_cmp(x, n) < 0)
            return x;
    }
}

// An index in [0, n) for a C-sized n > 0.
static int64_t randbelow_i64(RandomObject *r, int64_t n) {
    Value v = randbelow(r, mo_int_from_i64(n));
    return mo_smallint_val(v);
}

// ------------------------------------------------------------- SHA-512
//
// For str and bytes seeds (FIPS 180-4).

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full, 0xe9b5dba58189dbbcull,
    0x3956c25bf348b538ull, 0x59f111f1b605d019ull, 0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull,
    0xd807aa98a3030242ull, 0x12835b0145706fbeull, 0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull,
    0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull, 0xc19bf174cf692694ull,
    0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull, 0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull,
    0x2de92c6f592b0275ull, 0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull,
    0x983e5152ee66dfabull, 0xa831c66d2db43210ull, 0xb00327c898fb213full, 0xbf597fc7beef0ee4ull,
    0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull, 0x06ca6351e003826full, 0x142929670a0e6e70ull,
    0x27b70a8546d22ffcull, 0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull, 0x53380d139d95b3dfull,
    0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull, 0x92722c851482353bull,
    0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull, 0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull,
    0xd192e819d6ef5218ull, 0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull,
    0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull, 0x2748774cdf8eeb99ull, 0x34b0bcb5e19b48a8ull,
    0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull, 0x5b9cca4f7763e373ull, 0x682e6ff3d6b2b8a3ull,
    0x748f82ee5defb2fcull, 0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
    0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull, 0xc67178f2e372532bull,
    0xca273eceea26619cull, 0xd186b8c721c0c207ull, 0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull,
    0x06f067aa72176fbaull, 0x0a637dc5a2c898a6ull, 0x113f9804bef90daeull, 0x1b710b35131c471bull,
    0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull, 0x431d67c49c100d4cull,
    0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull, 0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull,
};

static inline uint64_t ror64(uint64_t x, unsigned n) { return (x >> n) | (x << (64 - n)); }

static void sha512_block(uint64_t h[8], const uint8_t *p) {
    uint64_t w[80];
    for (int t = 0; t < 16; t++) {
        w[t] = 0;
        for (int i = 0; i < 8; i++)
            w[t] = (w[t] << 8) | p[8 * t + i];
    }
    for (int t = 16; t < 80; t++) {
        uint64_t s0 = ror64(w[t - 15], 1) ^ ror64(w[t - 15], 8) ^ (w[t - 15] >> 7);
        uint64_t s1 = ror64(w[t - 2], 19) ^ ror64(w[t - 2], 61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; t++) {
        uint64_t t1 = hh + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) + ((e & f) ^ (~e & g)) + sha512_k[t] + w[t];
        uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

static void sha512(const uint8_t *msg, size_t n, uint8_t out[64]) {
    uint64_t h[8] = {0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull,
                     0x510e527fade682d1ull, 0x9b05688c2b3e6c1full, 0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull};
    size_t i = 0;
    for (; i + 128 <= n; i += 128)
        sha512_block(h, msg + i);
    uint8_t last[256] = {0};
    size_t rest = n - i;
    memcpy(last, msg + i, rest);
    last[rest] = 0x80;
    size_t total = rest + 17 <= 128 ? 128 : 256;
    uint64_t bits = (uint64_t)n * 8;
    for (int k = 0; k < 8; k++)
        last[total - 1 - k] = (uint8_t)(bits >> (8 * k));
    sha512_block(h, last);
    if (total == 256)
        sha512_block(h, last + 128);
    for (int k = 0; k < 8; k++)
        for (int b = 0; b < 8; b++)
            out[8 * k + b] = (uint8_t)(h[k] >> (56 - 8 * b));
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
    r->has_gauss = false;
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
    if (mo_is_str(a) || mo_is_bytes(a) || mo_is_bytearray(a)) {
        // int.from_bytes(s + sha512(s).digest()), big-endian.
        const uint8_t *s;
        size_t n;
        if (mo_is_str(a)) {
            s = (const uint8_t *)mo_str_data(a);
            n = (size_t)mo_str_size(a);
        } else {
            const char *d = "";
            int64_t size = 0;
            mo_bytes_like(a, &d, &size);
            s = (const uint8_t *)d;
            n = (size_t)size;
        }
        size_t len = n + 64;
        uint8_t *buf = mo_mem_alloc(len);
        if (!buf)
            return -1;
        memcpy(buf, s, n);
        sha512(s, n, buf + n);
        // Big-endian bytes to little-endian 32-bit words, top zeros dropped.
        size_t words = (len + 3) / 4;
        uint32_t *w = mo_mem_alloc(words * sizeof(uint32_t));
        if (!w) {
            mo_mem_free(buf, len);
            return -1;
        }
        memset(w, 0, words * sizeof(uint32_t));
        for (size_t i = 0; i < len; i++) {
            size_t bit = (len - 1 - i) * 8;
            w[bit / 32] |= (uint32_t)buf[i] << (bit % 32);
        }
        while (words > 0 && w[words - 1] == 0)
            words--;
        seed_from_words(r, w, words);
        mo_mem_free(w, ((len + 3) / 4) * sizeof(uint32_t));
        mo_mem_free(buf, len);
        return 0;
    }
    if (mo_is_float(a) || mo_isinstance_type(a, &mo_float_type)) {
        // The hash, read as an unsigned 64-bit number.
        int64_t h = mo_hash(a);
        if (h == -1)
            return -1;
        uint32_t w[2] = {(uint32_t)(uint64_t)h, (uint32_t)((uint64_t)h >> 32)};
        seed_from_words(r, w, w[1] ? 2 : w[0] ? 1 : 0);
        return 0;
    }
    mo_err_format(&mo_exc_TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    return -1;
}

// ------------------------------------------------------------------ helpers

#define METHOD(name) static Value m_##name(Value self, const Value *args, size_t nargs, Value kwnames)

static Value index_arg(Value v) {
    if (mo_is_int(v))
        return mo_int_value(v);
    return mo_number_index(v);
}

// randrange's argument: an int, or (deprecated) an integral float.
static Value range_arg(Value v, int which) {
    if (mo_is_int(v) || mo_type(v)->index)
        return index_arg(v);
    Value i = mo_call1(mo_obj(&mo_int_type), v);
    if (i == V_ERR)
        return V_ERR;
    int eq = mo_eq(i, v);
    if (eq < 0)
        return V_ERR;
    if (!eq) {
        static const char *const what[] = {"non-integer arg 1 for randrange()", "non-integer stop for randrange()",
                                           "non-integer step for randrange()"};
        return mo_err_format(&mo_exc_ValueError, "%s", what[which]);
    }
    return i;
}

static Value randrange(RandomObject *r, Value start, Value stop, Value step) {
    Value istart = range_arg(start, 0);
    if (istart == V_ERR)
        return V_ERR;
    if (stop == MO_NULL || stop == MO_NONE) {
        if (step != MO_NULL)
            return mo_err_format(&mo_exc_TypeError, "Missing a non-None stop argument");
        if (mo_int_sign(istart) > 0)
            return randbelow(r, istart);
        return mo_err_format(&mo_exc_ValueError, "empty range for randrange()");
    }
    Value istop = range_arg(stop, 1);
    if (istop == V_ERR)
        return V_ERR;
    Value width = mo_int_binop(istop, istart, MO_OP_SUB);
    if (width == V_ERR)
        return V_ERR;
    Value istep = step == MO_NULL ? mo_smallint(1) : range_arg(step, 2);
    if (istep == V_ERR)
        return V_ERR;
    if (istep == mo_smallint(1)) {
        if (mo_int_sign(width) > 0) {
            Value k = randbelow(r, width);
            return k == V_ERR ? V_ERR : mo_int_binop(istart, k, MO_OP_ADD);
        }
        return mo_err_format(&mo_exc_ValueError, "empty range for randrange() (%R, %R, %R)", istart, istop, width);
    }
    Value n;
    int sstep = mo_int_sign(istep);
    if (sstep == 0)
        return mo_err_format(&mo_exc_ValueError, "zero step for randrange()");
    // (width + step - 1) // step, or (width + step + 1) // step for step < 0.
    n = mo_int_binop(width, istep, MO_OP_ADD);
    if (n != V_ERR)
        n = mo_int_binop(n, mo_smallint(sstep > 0 ? -1 : 1), MO_OP_ADD);
    if (n != V_ERR)
        n = mo_int_binop(n, istep, MO_OP_FLOORDIV);
    if (n == V_ERR)
        return V_ERR;
    if (mo_int_sign(n) <= 0)
        return mo_err_format(&mo_exc_ValueError, "empty range for randrange()");
    Value k = randbelow(r, n);
    if (k == V_ERR)
        return V_ERR;
    Value off = mo_int_binop(istep, k, MO_OP_MUL);
    return off == V_ERR ? V_ERR : mo_int_binop(istart, off, MO_OP_ADD);
}

// Whether sample() accepts `v` as a sequence (collections.abc.Sequence).
static bool is_sequence(Value v) {
    return mo_is_list(v) || mo_is_tuple(v) || mo_is_str(v) || mo_is_bytes(v) ||
           mo_isinstance_type(v, &mo_range_type) || mo_isinstance_type(v, &mo_bytearray_type);
}

// ------------------------------------------------------------------ methods

static double float_arg(Value v, bool *ok) {
    double d;
    *ok = mo_to_double(v, &d) == 0;
    return d;
}

METHOD(seed) {
    static const char *const names[] = {"a", "version"};
    Value a[2];
    if (mo_args_bind("seed", args, nargs, kwnames, names, 2, 2, 0, a) < 0)
        return V_ERR;
    if (a[1] != MO_NULL && !(mo_is_int(a[1]) && mo_int_cmp(a[1], mo_smallint(2)) == 0) &&
        !(mo_is_int(a[1]) && mo_int_cmp(a[1], mo_smallint(1)) == 0))
        return mo_err_format(&mo_exc_ValueError, "version must be 1 or 2");
    return seed(rnd(self), a[0]) < 0 ? V_ERR : MO_NONE;
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

METHOD(randbytes) {
    if (mo_args_check("randbytes", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    int64_t n;
    if (mo_index_i64(args[0], &n) < 0)
        return V_ERR;
    if (n < 0)
        return mo_err_format(&mo_exc_ValueError, "number of bits must be non-negative");
    Value bits = getrandbits(rnd(self), (uint64_t)n * 8);
    if (bits == V_ERR)
        return V_ERR;
    uint8_t *buf = mo_mem_alloc((size_t)n + 1);
    if (!buf)
        return V_ERR;
    Value r = V_ERR;
    if (mo_bigint_to_bytes(bits, buf, (size_t)n, false) == 0)
        r = mo_bytes_new((const char *)buf, (size_t)n);
    mo_mem_free(buf, (size_t)n + 1);
    return r;
}

METHOD(randrange) {
    static const char *const names[] = {"start", "stop", "step"};
    Value a[3];
    if (mo_args_bind("randrange", args, nargs, kwnames, names, 3, 3, 1, a) < 0)
        return V_ERR;
    return randrange(rnd(self), a[0], a[1], a[2]);
}

METHOD(randint) {
    static const char *const names[] = {"a", "b"};
    Value a[2];
    if (mo_args_bind("randint", args, nargs, kwnames, names, 2, 2, 2, a) < 0)
        return V_ERR;
    Value b1 = mo_binop(a[1], mo_smallint(1), MO_OP_ADD);
    if (b1 == V_ERR)
        return V_ERR;
    return randrange(rnd(self), a[0], b1, MO_NULL);
}

METHOD(choice) {
    if (mo_args_check("choice", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    int64_t n = mo_len(args[0]);
    if (n < 0)
        return V_ERR;
    if (n == 0)
        return mo_err_format(&mo_exc_IndexError, "Cannot choose from an empty sequence");
    return mo_getitem(args[0], mo_int_from_i64(randbelow_i64(rnd(self), n)));
}

METHOD(shuffle) {
    if (mo_args_check("shuffle", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value x = args[0];
    int64_t n = mo_len(x);
    if (n < 0)
        return V_ERR;
    RandomObject *r = rnd(self);
    for (int64_t i = n - 1; i >= 1; i--) {
        int64_t j = randbelow_i64(r, i + 1);
        Value vi = mo_int_from_i64(i), vj = mo_int_from_i64(j);
        Value xj = mo_getitem(x, vj);
        if (xj == V_ERR)
            return V_ERR;
        Value xi = mo_getitem(x, vi);
        if (xi == V_ERR || mo_setitem(x, vi, xj) < 0 || mo_setitem(x, vj, xi) < 0)
            return V_ERR;
    }
    return MO_NONE;
}

METHOD(sample) {
    static const char *const names[] = {"population", "k", "counts"};
    Value a[3];
    if (mo_args_bind("sample", args, nargs, kwnames, names, 3, 2, 2, a) < 0)
        return V_ERR;
    Value pop = a[0];
    RandomObject *r = rnd(self);
    if (!is_sequence(pop))
        return mo_err_format(&mo_exc_TypeError,
                             "Population must be a sequence.  For dicts or sets, use sorted(d).");
    if (a[2] != MO_NULL && a[2] != MO_NONE) {
        // sample(population, k, counts=...): a sample of the expanded
        // population, drawn as indices into the cumulative counts.
        Value counts = mo_list_from_iterable(a[2]);
        if (counts == V_ERR)
            return V_ERR;
        int64_t n = mo_len(pop);
        if (n < 0)
            return V_ERR;
        if (mo_list_size(counts) != n)
            return mo_err_format(&mo_exc_ValueError, "The number of counts does not match the population");
        Value cum = mo_list_new(0);
        if (cum == V_ERR)
            return V_ERR;
        Value total = MO_NULL;
        for (int64_t i = 0; i < n; i++) {
            Value c = mo_list_items(counts)[i];
            total = total == MO_NULL ? c : mo_binop(total, c, MO_OP_ADD);
            if (total == V_ERR || mo_list_append(cum, total) < 0)
                return V_ERR;
        }
        if (total != MO_NULL && !mo_is_int(total))
            return mo_err_format(&mo_exc_TypeError, "Counts must be integers");
        if (total == MO_NULL || mo_int_sign(total) <= 0)
            return mo_err_format(&mo_exc_ValueError, "Total of counts must be greater than zero");
        Value range = mo_call1(mo_obj(&mo_range_type), total);
        if (range == V_ERR)
            return V_ERR;
        Value kwn = mo_tuple_pack(0);
        Value sargs[2] = {range, a[1]};
        if (kwn == V_ERR)
            return V_ERR;
        Value picks = m_sample(self, sargs, 2, MO_NULL);
        if (picks == V_ERR)
            return V_ERR;
        int64_t k = mo_list_size(picks);
        Value out = mo_list_new((size_t)k);
        if (out == V_ERR)
            return V_ERR;
        for (int64_t i = 0; i < k; i++) {
            // bisect_right(cum, pick)
            Value s = mo_list_items(picks)[i];
            int64_t lo = 0, hi = n;
            while (lo < hi) {
                int64_t mid = (lo + hi) / 2;
                int lt = mo_compare(s, mo_list_items(cum)[mid], MO_CMP_LT);
                if (lt < 0)
                    return V_ERR;
                if (lt)
                    hi = mid;
                else
                    lo = mid + 1;
            }
            Value item = mo_getitem(pop, mo_int_from_i64(lo));
            if (item == V_ERR)
                return V_ERR;
            mo_list_items(out)[i] = item;
        }
        return out;
    }
    int64_t n = mo_len(pop);
    if (n < 0)
        return V_ERR;
    Value kv = index_arg(a[1]);
    if (kv == V_ERR)
        return V_ERR;
    int64_t k;
    if (mo_int_sign(kv) < 0 || mo_int_cmp(kv, mo_int_from_i64(n)) > 0)
        return mo_err_format(&mo_exc_ValueError, "Sample larger than population or is negative");
    k = mo_smallint_val(kv);
    Value result = mo_list_new((size_t)k);
    if (result == V_ERR)
        return V_ERR;
    // CPython's rule: a pool list when it is smaller than a set of k picks.
    int64_t setsize = 21;
    if (k > 5)
        setsize += (int64_t)pow(4.0, ceil(log((double)(k * 3)) / log(4.0)));
    if (n <= setsize) {
        Value pool = mo_list_from_iterable(pop);
        if (pool == V_ERR)
            return V_ERR;
        Value *p = mo_list_items(pool);
        for (int64_t i = 0; i < k; i++) {
            int64_t j = randbelow_i64(r, n - i);
            mo_list_items(result)[i] = p[j];
            p[j] = p[n - i - 1];
        }
    } else {
        Value selected = mo_set_new();
        if (selected == V_ERR)
            return V_ERR;
        for (int64_t i = 0; i < k; i++) {
            Value j;
            for (;;) {
                j = mo_int_from_i64(randbelow_i64(r, n));
                int in = mo_set_contains(selected, j);
                if (in < 0)
                    return V_ERR;
                if (!in)
                    break;
            }
            if (mo_set_add(selected, j) < 0)
                return V_ERR;
            Value item = mo_getitem(pop, j);
            if (item == V_ERR)
                return V_ERR;
            mo_list_items(result)[i] = item;
        }
    }
    return result;
}

METHOD(choices) {
    static const char *const names[] = {"population", "weights", "cum_weights", "k"};
    Value a[4];
    if (mo_args_bind("choices", args, nargs, kwnames, names, 4, 2, 1, a) < 0)
        return V_ERR;
    RandomObject *r = rnd(self);
    Value pop = a[0], weights = a[1] == MO_NULL ? MO_NONE : a[1], cum = a[2] == MO_NULL ? MO_NONE : a[2];
    int64_t k = 1;
    if (a[3] != MO_NULL && mo_index_i64(a[3], &k) < 0)
        return V_ERR;
    int64_t n = mo_len(pop);
    if (n < 0)
        return V_ERR;
    if (k < 0)
        k = 0;
    Value out = mo_list_new(0);
    if (out == V_ERR)
        return V_ERR;
    if (cum == MO_NONE) {
        if (weights == MO_NONE) {
            double dn = (double)n;
            for (int64_t i = 0; i < k; i++) {
                Value item = mo_getitem(pop, mo_int_from_double(floor(random_double(r) * dn)));
                if (item == V_ERR || mo_list_append(out, item) < 0)
                    return V_ERR;
            }
            return out;
        }
        if (mo_is_int(weights) && !mo_type(weights)->iter)
            return mo_err_format(&mo_exc_TypeError, "The number of choices must be a keyword argument: k=%R",
                                 weights);
        Value it = mo_iter(weights);
        if (it == V_ERR)
            return V_ERR;
        cum = mo_list_new(0);
        if (cum == V_ERR)
            return V_ERR;
        Value total = MO_NULL, w;
        while ((w = mo_next(it)) != MO_NULL) {
            if (w == V_ERR)
                return V_ERR;
            total = total == MO_NULL ? w : mo_binop(total, w, MO_OP_ADD);
            if (total == V_ERR || mo_list_append(cum, total) < 0)
                return V_ERR;
        }
    } else {
        if (weights != MO_NONE)
            return mo_err_format(&mo_exc_TypeError, "Cannot specify both weights and cumulative weights");
        if (!mo_is_list(cum)) {
            cum = mo_list_from_iterable(cum);
            if (cum == V_ERR)
                return V_ERR;
        }
    }
    if (mo_list_size(cum) != n)
        return mo_err_format(&mo_exc_ValueError, "The number of weights does not match the population");
    if (n == 0)
        return mo_err_format(&mo_exc_IndexError, "list index out of range");
    Value totalv = mo_binop(mo_list_items(cum)[n - 1], mo_float(0.0), MO_OP_ADD);
    if (totalv == V_ERR)
        return V_ERR;
    double total;
    if (mo_to_double(totalv, &total) < 0)
        return V_ERR;
    if (total <= 0.0)
        return mo_err_format(&mo_exc_ValueError, "Total of weights must be greater than zero");
    if (!isfinite(total))
        return mo_err_format(&mo_exc_ValueError, "Total of weights must be finite");
    int64_t hi = n - 1;
    for (int64_t i = 0; i < k; i++) {
        Value x = mo_float(random_double(r) * total);
        int64_t lo = 0, h = hi;
        while (lo < h) {
            int64_t mid = (lo + h) / 2;
            int lt = mo_compare(x, mo_list_items(cum)[mid], MO_CMP_LT);
            if (lt < 0)
                return V_ERR;
            if (lt)
                h = mid;
            else
                lo = mid + 1;
        }
        Value item = mo_getitem(pop, mo_int_from_i64(lo));
        if (item == V_ERR || mo_list_append(out, item) < 0)
            return V_ERR;
    }
    return out;
}

METHOD(uniform) {
    if (mo_args_check("uniform", nargs, kwnames, 2, 2) < 0)
        return V_ERR;
    bool ok1, ok2;
    double lo = float_arg(args[0], &ok1), hi = float_arg(args[1], &ok2);
    if (!ok1 || !ok2) {
        // Not floats: a + (b - a) * random() with the objects' own operators.
        mo_err_clear();
        Value d = mo_binop(args[1], args[0], MO_OP_SUB);
        Value m = d == V_ERR ? V_ERR : mo_binop(d, mo_float(random_double(rnd(self))), MO_OP_MUL);
        return m == V_ERR ? V_ERR : mo_binop(args[0], m, MO_OP_ADD);
    }
    return mo_float(lo + (hi - lo) * random_double(rnd(self)));
}

METHOD(triangular) {
    static const char *const names[] = {"low", "high", "mode"};
    Value a[3];
    if (mo_args_bind("triangular", args, nargs, kwnames, names, 3, 3, 0, a) < 0)
        return V_ERR;
    double low = 0.0, high = 1.0, mode = 0.0;
    if ((a[0] != MO_NULL && mo_to_double(a[0], &low) < 0) || (a[1] != MO_NULL && mo_to_double(a[1], &high) < 0))
        return V_ERR;
    bool has_mode = a[2] != MO_NULL && a[2] != MO_NONE;
    if (has_mode && mo_to_double(a[2], &mode) < 0)
        return V_ERR;
    double u = random_double(rnd(self));
    if (high - low == 0.0)
        return mo_float(low);
    double c = has_mode ? (mode - low) / (high - low) : 0.5;
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
    }
    return mo_float(low + (high - low) * sqrt(u * c));
}

// Two floats, mu and sigma (or the like), with defaults.
static int two_floats(const char *fname, const Value *args, size_t nargs, Value kwnames, const char *n1,
                      const char *n2, double d1, double d2, bool required, double *x, double *y) {
    const char *names[] = {n1, n2};
    Value a[2];
    if (mo_args_bind(fname, args, nargs, kwnames, names, 2, 2, required ? 2 : 0, a) < 0)
        return -1;
    *x = d1;
    *y = d2;
    if (a[0] != MO_NULL && mo_to_double(a[0], x) < 0)
        return -1;
    if (a[1] != MO_NULL && mo_to_double(a[1], y) < 0)
        return -1;
    return 0;
}

METHOD(gauss) {
    double mu, sigma;
    if (two_floats("gauss", args, nargs, kwnames, "mu", "sigma", 0.0, 1.0, false, &mu, &sigma) < 0)
        return V_ERR;
    RandomObject *r = rnd(self);
    double z;
    if (r->has_gauss) {
        z = r->gauss_next;
        r->has_gauss = false;
    } else {
        double x2pi = random_double(r) * (2.0 * M_PI);
        double g2rad = sqrt(-2.0 * log(1.0 - random_double(r)));
        z = cos(x2pi) * g2rad;
        r->gauss_next = sin(x2pi) * g2rad;
        r->has_gauss = true;
    }
    return mo_float(mu + z * sigma);
}

static double normal(RandomObject *r, double mu, double sigma) {
    // Kinderman and Monahan's ratio method.
    const double magic = 4.0 * exp(-0.5) / sqrt(2.0);
    double z;
    for (;;) {
        double u1 = random_double(r);
        double u2 = 1.0 - random_double(r);
        z = magic * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        if (zz <= -log(u2))
            break;
    }
    return mu + z * sigma;
}

METHOD(normalvariate) {
    double mu, sigma;
    if (two_floats("normalvariate", args, nargs, kwnames, "mu", "sigma", 0.0, 1.0, false, &mu, &sigma) < 0)
        return V_ERR;
    return mo_float(normal(rnd(self), mu, sigma));
}

METHOD(lognormvariate) {
    double mu, sigma;
    if (two_floats("lognormvariate", args, nargs, kwnames, "mu", "sigma", 0.0, 0.0, true, &mu, &sigma) < 0)
        return V_ERR;
    return mo_float(exp(normal(rnd(self), mu, sigma)));
}

METHOD(expovariate) {
    double lambd = 1.0;
    if (mo_args_check("expovariate", nargs, kwnames, 0, 1) < 0 || (nargs && mo_to_double(args[0], &lambd) < 0))
        return V_ERR;
    double u = random_double(rnd(self));
    if (lambd == 0.0)
        return mo_err_format(&mo_exc_ZeroDivisionError, "float division by zero");
    return mo_float(-log(1.0 - u) / lambd);
}

METHOD(paretovariate) {
    double alpha;
    if (mo_args_check("paretovariate", nargs, kwnames, 1, 1) < 0 || mo_to_double(args[0], &alpha) < 0)
        return V_ERR;
    double u = 1.0 - random_double(rnd(self));
    return mo_float(pow(u, -1.0 / alpha));
}

METHOD(weibullvariate) {
    double alpha, beta;
    if (two_floats("weibullvariate", args, nargs, kwnames, "alpha", "beta", 0.0, 0.0, true, &alpha, &beta) < 0)
        return V_ERR;
    double u = 1.0 - random_double(rnd(self));
    return mo_float(alpha * pow(-log(u), 1.0 / beta));
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
    return mo_tuple_pack(3, mo_smallint(3), t, r->has_gauss ? mo_float(r->gauss_next) : MO_NONE);
}

METHOD(setstate) {
    if (mo_args_check("setstate", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value st = args[0];
    if (!mo_is_tuple(st) || mo_tuple_size(st) != 3 || !mo_is_tuple(mo_tuple_items(st)[1]) ||
        mo_tuple_size(mo_tuple_items(st)[1]) != MT_N + 1)
        return mo_err_format(&mo_exc_ValueError, "state vector is the wrong size");
    RandomObject *r = rnd(self);
    Value *items = mo_tuple_items(mo_tuple_items(st)[1]);
    for (int i = 0; i <= MT_N; i++) {
        int64_t v;
        if (mo_index_i64(items[i], &v) < 0)
            return V_ERR;
        if (i < MT_N)
            r->mt[i] = (uint32_t)v;
        else if (v < 0 || v > MT_N)
            return mo_err_format(&mo_exc_ValueError, "invalid state");
        else
            r->index = (int)v;
    }
    Value g = mo_tuple_items(st)[2];
    r->has_gauss = g != MO_NONE;
    if (r->has_gauss && mo_to_double(g, &r->gauss_next) < 0)
        return V_ERR;
    return MO_NONE;
}

static const MethodDef random_methods[] = {
    {"seed", m_seed, 0, NULL},
    {"random", m_random, 0, NULL},
    {"getrandbits", m_getrandbits, 0, NULL},
    {"randbytes", m_randbytes, 0, NULL},
    {"randrange", m_randrange, 0, NULL},
    {"randint", m_randint, 0, NULL},
    {"choice", m_choice, 0, NULL},
    {"choices", m_choices, 0, NULL},
    {"shuffle", m_shuffle, 0, NULL},
    {"sample", m_sample, 0, NULL},
    {"uniform", m_uniform, 0, NULL},
    {"triangular", m_triangular, 0, NULL},
    {"gauss", m_gauss, 0, NULL},
    {"normalvariate", m_normalvariate, 0, NULL},
    {"lognormvariate", m_lognormvariate, 0, NULL},
    {"expovariate", m_expovariate, 0, NULL},
    {"paretovariate", m_paretovariate, 0, NULL},
    {"weibullvariate", m_weibullvariate, 0, NULL},
    {"getstate", m_getstate, 0, NULL},
    {"setstate", m_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

// random.Random(x=None): seeded at creation; subclasses may add state.
static Value random_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    RandomObject *r = mo_gc_alloc(type, type->basicsize);
    if (!r)
        return V_ERR;
    // A subclass's own __init__ decides what to seed with; the base class
    // seeds from its argument here.
    if (type == &random_type) {
        if (mo_args_check("Random", nargs, kwnames, 0, 1) < 0)
            return V_ERR;
        if (seed(r, nargs ? args[0] : MO_NULL) < 0)
            return V_ERR;
    } else if (seed(r, MO_NULL) < 0) {
        return V_ERR;
    }
    return mo_obj(r);
}

static Value random_init(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_type(self) == &random_type)
        return MO_NONE;
    if (mo_args_check("Random", nargs, kwnames, 0, 1) < 0)
        return V_ERR;
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
    random_type.module = mo_str_intern_cstr("random");
    if (mo_module_add(m, "Random", mo_obj(&random_type)) < 0)
        return -1;
    Value inst = random_new(&random_type, NULL, 0, MO_NULL);
    if (inst == V_ERR || mo_module_add(m, "_inst", inst) < 0)
        return -1;
    for (const MethodDef *d = random_methods; d->name; d++) {
        if (strcmp(d->name, "getstate") && strcmp(d->name, "setstate") && strcmp(d->name, "seed") &&
            d->name[0] == '_')
            continue;
        Value bound = mo_getattr(inst, mo_str_intern_cstr(d->name));
        if (bound == V_ERR || mo_module_add(m, d->name, bound) < 0)
            return -1;
    }
    return 0;
}

static const MethodDef random_module_methods[] = {
    {NULL, NULL, 0, NULL},
};

const ModuleDef mo_random_module_def = {"random", random_module_methods, random_exec};
