// src/objects/memoryview.c — `memoryview` over bytes and bytearray.
//
// A view is (obj, start, step, length, format): item i is the byte at
// start + i * step of obj's current storage. Views are one-dimensional with
// one-byte items only: formats 'B' (unsigned, the default), 'b' (signed)
// and 'c' (a bytes of length 1), which cast() switches between.
//
// Mosaic has no reference counts, so a view cannot know when it is dropped
// and does not lock its bytearray against resizing (CPython raises
// BufferError there); an item that a resize has taken away reads as out of
// bounds instead.
//
// Contiguous views (step 1) are bytes-like to the rest of the runtime: see
// mo_memoryview_bytes and mo_bytes_like in bytes.h.
//
// Read next: bytes.c.
#include "objects/memoryview.h"

#include <stdio.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/gc.h"

typedef struct MemoryViewObject {
    Object hdr;
    Value obj;          // the bytes or bytearray viewed
    int64_t start;      // byte offset of item 0
    int64_t step;       // bytes between items (negative for reversed slices)
    int64_t length;     // items
    char format;        // 'B', 'b' or 'c'
    bool readonly;
    bool released;
} MemoryViewObject;

static inline MemoryViewObject *mv(Value v) { return (MemoryViewObject *)mo_ptr(v); }

bool mo_is_memoryview(Value v) { return mo_is_ptr(v) && mo_ptr(v)->type == &mo_memoryview_type; }

// The viewed object's storage as it is now.
static void storage(const MemoryViewObject *m, const char **data, int64_t *size) {
    *data = "";
    *size = 0;
    mo_bytes_like(m->obj, data, size);
}

static Value released(void) {
    return mo_err_format(&mo_exc_ValueError, "operation forbidden on released memoryview object");
}

static int check(const MemoryViewObject *m) {
    if (m->released) {
        released();
        return -1;
    }
    return 0;
}

// Whether every item of the view is inside the storage (a bytearray may
// have shrunk since the view was made).
static bool in_bounds(const MemoryViewObject *m, int64_t size) {
    if (m->length == 0)
        return true;
    int64_t last = m->start + (m->length - 1) * m->step;
    return m->start >= 0 && m->start < size && last >= 0 && last < size;
}

bool mo_memoryview_bytes(Value v, const char **data, int64_t *size) {
    MemoryViewObject *m = mv(v);
    if (m->released || (m->step != 1 && m->length > 1))
        return false;
    const char *d;
    int64_t n;
    storage(m, &d, &n);
    if (!in_bounds(m, n))
        return false;
    *data = m->length ? d + m->start : d;
    *size = m->length;
    return true;
}

static Value new_view(Value obj, int64_t start, int64_t step, int64_t length, char format, bool readonly) {
    MemoryViewObject *m = mo_gc_alloc(&mo_memoryview_type, sizeof *m);
    if (!m)
        return V_ERR;
    m->obj = obj;
    m->start = start;
    m->step = step;
    m->length = length;
    m->format = format;
    m->readonly = readonly;
    m->released = false;
    return mo_obj(m);
}

// The bytes of the view, copied.
static Value to_bytes(MemoryViewObject *m) {
    const char *d;
    int64_t n;
    storage(m, &d, &n);
    if (!in_bounds(m, n))
        return mo_err_format(&mo_exc_IndexError, "index out of bounds on dimension 1");
    if (m->step == 1)
        return mo_bytes_new(m->length ? d + m->start : "", (size_t)m->length);
    BytesObject *b = mo_bytes_alloc(m->length);
    if (!b)
        return V_ERR;
    for (int64_t i = 0; i < m->length; i++)
        b->data[i] = d[m->start + i * m->step];
    return mo_obj(b);
}

static Value item_value(const MemoryViewObject *m, unsigned char byte) {
    switch (m->format) {
    case 'b': return mo_smallint((int8_t)byte);
    case 'c': return mo_bytes_new((const char *)&byte, 1);
    default: return mo_smallint(byte);
    }
}

static Value mv_item(MemoryViewObject *m, int64_t i) {
    const char *d;
    int64_t n;
    storage(m, &d, &n);
    int64_t at = m->start + i * m->step;
    if (at < 0 || at >= n)
        return mo_err_format(&mo_exc_IndexError, "index out of bounds on dimension 1");
    return item_value(m, (unsigned char)d[at]);
}

// ------------------------------------------------------------- the type

static Value mv_new(TypeObject *type, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"object"};
    Value a[1];
    if (mo_args_bind("memoryview", args, nargs, kwnames, names, 1, 1, 1, a) < 0)
        return V_ERR;
    Value o = a[0];
    if (mo_is_memoryview(o)) {
        MemoryViewObject *src = mv(o);
        if (check(src) < 0)
            return V_ERR;
        return new_view(src->obj, src->start, src->step, src->length, src->format, src->readonly);
    }
    const char *d;
    int64_t n;
    if (!mo_bytes_like(o, &d, &n))
        return mo_err_format(&mo_exc_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                             mo_type_name(o));
    return new_view(o, 0, 1, n, 'B', !mo_is_bytearray(o));
}

static Value mv_repr(Value self) {
    return mo_str_format(mv(self)->released ? "<released memory at %p>" : "<memory at %p>", (void *)mo_ptr(self));
}

static int64_t mv_len(Value self) {
    MemoryViewObject *m = mv(self);
    return check(m) < 0 ? -1 : m->length;
}

static Value mv_getitem(Value self, Value key) {
    MemoryViewObject *m = mv(self);
    if (check(m) < 0)
        return V_ERR;
    if (mo_isinstance_type(key, &mo_slice_type)) {
        int64_t start, stop, step, len;
        if (mo_slice_indices(key, m->length, &start, &stop, &step, &len) < 0)
            return V_ERR;
        return new_view(m->obj, m->start + start * m->step, m->step * step, len, m->format, m->readonly);
    }
    if (!mo_is_int(key) && !mo_type(key)->index)
        return mo_err_format(&mo_exc_TypeError, "memoryview: invalid slice key");
    int64_t i;
    if (mo_index_i64(key, &i) < 0)
        return V_ERR;
    if (i < 0)
        i += m->length;
    if (i < 0 || i >= m->length)
        return mo_err_format(&mo_exc_IndexError, "index out of bounds on dimension 1");
    return mv_item(m, i);
}

// The byte a value stores as, for the view's format; -1 with ValueError.
static int byte_for(const MemoryViewObject *m, Value v, unsigned char *out) {
    if (m->format == 'c') {
        const char *d;
        int64_t n;
        if (mo_is_bytes(v) && mo_bytes_like(v, &d, &n) && n == 1) {
            *out = (unsigned char)d[0];
            return 0;
        }
        mo_err_format(&mo_exc_ValueError, "memoryview: invalid value for format 'c'");
        return -1;
    }
    if (!mo_is_int(v)) {
        mo_err_format(&mo_exc_TypeError, "memoryview: invalid type for format '%c'", m->format);
        return -1;
    }
    int64_t x;
    bool ok = mo_int_bit_length(v) < 63 && mo_index_i64(v, &x) == 0;
    if (ok)
        ok = m->format == 'b' ? (x >= -128 && x <= 127) : (x >= 0 && x <= 255);
    if (!ok) {
        mo_err_clear();
        mo_err_format(&mo_exc_ValueError, "memoryview: invalid value for format '%c'", m->format);
        return -1;
    }
    *out = (unsigned char)x;
    return 0;
}

static int mv_setitem(Value self, Value key, Value value) {
    MemoryViewObject *m = mv(self);
    if (check(m) < 0)
        return -1;
    if (value == MO_NULL) {
        mo_err_format(&mo_exc_TypeError, "cannot delete memory");
        return -1;
    }
    if (m->readonly) {
        mo_err_format(&mo_exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    const char *d;
    int64_t n;
    storage(m, &d, &n);
    char *w = (char *)d;
    if (mo_isinstance_type(key, &mo_slice_type)) {
        int64_t start, stop, step, len;
        if (mo_slice_indices(key, m->length, &start, &stop, &step, &len) < 0)
            return -1;
        const char *src;
        int64_t srclen;
        if (!mo_bytes_like(value, &src, &srclen)) {
            mo_err_format(&mo_exc_TypeError, "a bytes-like object is required, not '%s'", mo_type_name(value));
            return -1;
        }
        if (srclen != len) {
            mo_err_format(&mo_exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        // The source may be this very storage: copy it first.
        char *tmp = mo_mem_alloc((size_t)len + 1);
        if (!tmp)
            return -1;
        memcpy(tmp, src, (size_t)len);
        for (int64_t k = 0; k < len; k++) {
            int64_t at = m->start + (start + k * step) * m->step;
            if (at >= 0 && at < n)
                w[at] = tmp[k];
        }
        mo_mem_free(tmp, (size_t)len + 1);
        return 0;
    }
    if (!mo_is_int(key) && !mo_type(key)->index) {
        mo_err_format(&mo_exc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    int64_t i;
    if (mo_index_i64(key, &i) < 0)
        return -1;
    if (i < 0)
        i += m->length;
    int64_t at = m->start + i * m->step;
    if (i < 0 || i >= m->length || at < 0 || at >= n) {
        mo_err_format(&mo_exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    unsigned char b;
    if (byte_for(m, value, &b) < 0)
        return -1;
    w[at] = (char)b;
    return 0;
}

// Equality by item values, with any bytes-like object or view.
static Value mv_richcompare(Value a, Value b, int op) {
    if (op != MO_CMP_EQ && op != MO_CMP_NE)
        return MO_NOTIMPL;
    if (!mo_is_memoryview(a)) {
        Value t = a;
        a = b;
        b = t;
    }
    MemoryViewObject *m = mv(a);
    if (m->released || (mo_is_memoryview(b) && mv(b)->released))
        return mo_bool((a == b) == (op == MO_CMP_EQ));
    Value x = to_bytes(m);
    if (x == V_ERR)
        return V_ERR;
    Value y;
    const char *d;
    int64_t n;
    if (mo_is_memoryview(b)) {
        y = to_bytes(mv(b));
        if (y == V_ERR)
            return V_ERR;
        // Signed and unsigned views of the same bytes differ where a byte
        // is >= 0x80; 'c' items never equal numbers.
        if (mv(b)->format != m->format) {
            bool eq = mo_bytes_size(x) == mo_bytes_size(y);
            for (int64_t i = 0; eq && i < mo_bytes_size(x); i++) {
                Value p = item_value(m, (unsigned char)mo_bytes_data(x)[i]);
                Value q = item_value(mv(b), (unsigned char)mo_bytes_data(y)[i]);
                int r = mo_eq(p, q);
                if (r < 0)
                    return V_ERR;
                eq = r;
            }
            return mo_bool(eq == (op == MO_CMP_EQ));
        }
    } else if (mo_bytes_like(b, &d, &n)) {
        y = mo_bytes_new(d, (size_t)n);
        if (y == V_ERR)
            return V_ERR;
    } else {
        return MO_NOTIMPL;
    }
    bool eq = mo_bytes_size(x) == mo_bytes_size(y) &&
              memcmp(mo_bytes_data(x), mo_bytes_data(y), (size_t)mo_bytes_size(x)) == 0;
    return mo_bool(eq == (op == MO_CMP_EQ));
}

static int64_t mv_hash(Value self) {
    MemoryViewObject *m = mv(self);
    if (check(m) < 0)
        return -1;
    if (!m->readonly) {
        mo_err_format(&mo_exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    Value b = to_bytes(m);
    return b == V_ERR ? -1 : mo_bytes_hash(b);
}

static void mv_trace(Object *o) { mo_gc_mark(((MemoryViewObject *)o)->obj); }

// ---------------------------------------------------------------- methods

#define METHOD(name) static Value m_##name(Value self, const Value *args, size_t nargs, Value kwnames)

METHOD(tobytes) {
    static const char *const names[] = {"order"};
    Value a[1];
    if (mo_args_bind("tobytes", args, nargs, kwnames, names, 1, 1, 0, a) < 0 || check(mv(self)) < 0)
        return V_ERR;
    return to_bytes(mv(self));
}

METHOD(tolist) {
    if (mo_args_check("tolist", nargs, kwnames, 0, 0) < 0 || check(mv(self)) < 0)
        return V_ERR;
    MemoryViewObject *m = mv(self);
    Value l = mo_list_new((size_t)m->length);
    if (l == V_ERR)
        return V_ERR;
    for (int64_t i = 0; i < m->length; i++) {
        Value v = mv_item(m, i);
        if (v == V_ERR)
            return V_ERR;
        mo_list_items(l)[i] = v;
    }
    return l;
}

METHOD(hex) {
    if (check(mv(self)) < 0)
        return V_ERR;
    Value b = to_bytes(mv(self));
    if (b == V_ERR)
        return V_ERR;
    return mo_call_method(b, mo_str_intern_cstr("hex"), args, nargs, kwnames);
}

METHOD(release) {
    if (mo_args_check("release", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    mv(self)->released = true;
    return MO_NONE;
}

METHOD(enter) {
    if (mo_args_check("__enter__", nargs, kwnames, 0, 0) < 0 || check(mv(self)) < 0)
        return V_ERR;
    return self;
}

METHOD(exit) {
    mv(self)->released = true;
    return MO_NONE;
}

METHOD(toreadonly) {
    if (mo_args_check("toreadonly", nargs, kwnames, 0, 0) < 0 || check(mv(self)) < 0)
        return V_ERR;
    MemoryViewObject *m = mv(self);
    return new_view(m->obj, m->start, m->step, m->length, m->format, true);
}

METHOD(cast) {
    static const char *const names[] = {"format", "shape"};
    Value a[2];
    if (mo_args_bind("cast", args, nargs, kwnames, names, 2, 2, 1, a) < 0 || check(mv(self)) < 0)
        return V_ERR;
    if (!mo_is_str(a[0]))
        return mo_err_format(&mo_exc_TypeError, "memoryview: format argument must be a string");
    MemoryViewObject *m = mv(self);
    if (m->step != 1 && m->length > 1)
        return mo_err_format(&mo_exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
    const char *f = mo_str_data(a[0]);
    if (f[0] == '@')
        f++;
    if (!((f[0] == 'B' || f[0] == 'b' || f[0] == 'c') && f[1] == '\0'))
        return mo_err_format(&mo_exc_ValueError,
                             "memoryview: destination format must be a native single character format prefixed "
                             "with an optional '@'");
    return new_view(m->obj, m->start, 1, m->length, f[0], m->readonly);
}

static const MethodDef mv_methods[] = {
    {"tobytes", m_tobytes, 0, NULL},
    {"tolist", m_tolist, 0, NULL},
    {"hex", m_hex, 0, NULL},
    {"release", m_release, 0, NULL},
    {"__enter__", m_enter, 0, NULL},
    {"__exit__", m_exit, 0, NULL},
    {"toreadonly", m_toreadonly, 0, NULL},
    {"cast", m_cast, 0, NULL},
    {NULL, NULL, 0, NULL},
};

// Attributes raise on a released view, as in CPython.
#define GETTER(name, expr)                        \
    static Value get_##name(Value self) {         \
        MemoryViewObject *m = mv(self);           \
        if (check(m) < 0)                         \
            return V_ERR;                         \
        return (expr);                            \
    }

static char format_str[3][2] = {"B", "b", "c"};
static Value format_value(char f) {
    return mo_str_from_cstr(f == 'b' ? format_str[1] : f == 'c' ? format_str[2] : format_str[0]);
}

GETTER(obj, m->obj)
GETTER(nbytes, mo_int_from_i64(m->length))
GETTER(readonly, mo_bool(m->readonly))
GETTER(itemsize, mo_smallint(1))
GETTER(format, format_value(m->format))
GETTER(ndim, mo_smallint(1))
GETTER(shape, mo_tuple_pack(1, mo_int_from_i64(m->length)))
GETTER(strides, mo_tuple_pack(1, mo_int_from_i64(m->step)))
GETTER(suboffsets, mo_tuple_new(0))
GETTER(contiguous, mo_bool(m->step == 1 || m->length <= 1))

static const GetSetDef mv_getsets[] = {
    {"obj", get_obj, NULL},
    {"nbytes", get_nbytes, NULL},
    {"readonly", get_readonly, NULL},
    {"itemsize", get_itemsize, NULL},
    {"format", get_format, NULL},
    {"ndim", get_ndim, NULL},
    {"shape", get_shape, NULL},
    {"strides", get_strides, NULL},
    {"suboffsets", get_suboffsets, NULL},
    {"c_contiguous", get_contiguous, NULL},
    {"f_contiguous", get_contiguous, NULL},
    {"contiguous", get_contiguous, NULL},
    {NULL, NULL, NULL},
};

TypeObject mo_memoryview_type = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "memoryview",
    .base = &mo_object_type,
    .basicsize = sizeof(MemoryViewObject),
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .new_ = mv_new,
    .trace = mv_trace,
    .methods = mv_methods,
    .getsets = mv_getsets,
};

void mo_memoryview_init(void) { mo_type_ready(&mo_memoryview_type); }
