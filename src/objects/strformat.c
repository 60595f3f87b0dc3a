// src/objects/strformat.c — the object side of text formatting: format()
// and __format__ dispatch (mo_format, which f-strings compile to),
// str.__format__, str.format / str.format_map, and
// printf-style `%` for str and bytes.
//
// The pure-C formatting of numbers and padded text lives in
// src/runtime/format.c; this file parses the object-level syntax (replacement
// fields, % directives), finds the arguments, converts them, and hands the
// pieces to it. Every error message is CPython's.
//
// str.format's parser follows CPython's grammar exactly, including its
// quirks: a field name runs to the first ':' , '!' or '}' outside square
// brackets; a format spec runs to the '}' that balances its own braces and
// may contain nested fields, expanded with at most two levels of recursion.
//
// Read next: src/runtime/format.h.
#include <string.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/error.h"
#include "runtime/format.h"

static Value format_error(int rc, const char *msg) {
    if (rc == MO_FORMAT_MEMORY_ERROR)
        return mo_err_no_memory();
    return mo_err_format(rc == MO_FORMAT_OVERFLOW_ERROR ? &mo_exc_OverflowError : &mo_exc_ValueError,
                         "%s", msg);
}

static Value finish(StrBuf *b) { return mo_str_from_strbuf(b); }

// ------------------------------------------------------------- format()

// format(s, spec) for a str.
static Value format_str(Value s, const char *spec, size_t n) {
    if (n == 0)
        return mo_is_exact(s, &mo_str_type)
                   ? s
                   : mo_str_new_known(mo_str_data(s), mo_str_size(s), mo_str_len(s));
    FormatSpec fs;
    char msg[MO_FORMAT_ERRMSG_SIZE];
    int rc = mo_format_parse_spec(spec, n, 's', "str", &fs, msg, sizeof msg);
    if (rc != MO_FORMAT_OK)
        return format_error(rc, msg);
    StrBuf b = STRBUF_INIT;
    rc = mo_format_str(&b, mo_str_data(s), (size_t)mo_str_size(s), (size_t)mo_str_len(s), &fs,
                       "str", msg, sizeof msg);
    if (rc != MO_FORMAT_OK) {
        mo_strbuf_free(&b);
        return format_error(rc, msg);
    }
    return finish(&b);
}

static Value format_int64(int64_t v, const char *spec, size_t n, const char *type_name) {
    FormatSpec fs;
    char msg[MO_FORMAT_ERRMSG_SIZE];
    int rc = mo_format_parse_spec(spec, n, 'd', type_name, &fs, msg, sizeof msg);
    if (rc != MO_FORMAT_OK)
        return format_error(rc, msg);
    StrBuf b = STRBUF_INIT;
    rc = mo_format_int64(&b, v, &fs, type_name, msg, sizeof msg);
    if (rc != MO_FORMAT_OK) {
        mo_strbuf_free(&b);
        return format_error(rc, msg);
    }
    return finish(&b);
}

static Value format_double(double x, const char *spec, size_t n) {
    FormatSpec fs;
    char msg[MO_FORMAT_ERRMSG_SIZE];
    int rc = mo_format_parse_spec(spec, n, 0, "float", &fs, msg, sizeof msg);
    if (rc != MO_FORMAT_OK)
        return format_error(rc, msg);
    StrBuf b = STRBUF_INIT;
    rc = mo_format_float(&b, x, &fs, "float", msg, sizeof msg);
    if (rc != MO_FORMAT_OK) {
        mo_strbuf_free(&b);
        return format_error(rc, msg);
    }
    return finish(&b);
}

static Value dunder_format_name;

Value mo_format(Value v, Value spec) {
    const char *sp = mo_str_data(spec);
    size_t n = (size_t)mo_str_size(spec);
    // Fast paths for the exact built-in types f-strings mostly see; they
    // agree with those types' __format__ by construction.
    if (mo_is_exact(v, &mo_str_type))
        return format_str(v, sp, n);
    if (mo_is_smallint(v))
        return format_int64(mo_smallint_val(v), sp, n, "int");
    if (mo_is_float(v))
        return format_double(mo_float_val(v), sp, n);
    if (mo_is_bool(v))
        return n == 0 ? mo_str(v) : format_int64(v == MO_TRUE, sp, n, "bool");
    if (!dunder_format_name)
        dunder_format_name = mo_str_intern_cstr("__format__");
    Value r = mo_call_method(v, dunder_format_name, &spec, 1, MO_NULL);
    if (r == V_ERR)
        return V_ERR;
    if (!mo_is_str(r))
        return mo_err_format(&mo_exc_TypeError, "__format__ must return a str, not %T", r);
    return r;
}

Value mo_str_dunder_format(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_nkw(kwnames))
        return mo_err_format(&mo_exc_TypeError, "str.__format__() takes no keyword arguments");
    if (nargs != 1)
        return mo_err_format(&mo_exc_TypeError, "str.__format__() takes exactly one argument (%zu given)",
                             nargs);
    if (!mo_is_str(args[0]))
        return mo_err_format(&mo_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    return format_str(self, mo_str_data(args[0]), (size_t)mo_str_size(args[0]));
}

// ------------------------------------------------------------ str.format

typedef struct FormatCtx {
    const Value *args;      // positional arguments (NULL for format_map)
    size_t nargs;
    Value kwargs;           // a dict, a mapping (format_map), or MO_NULL
    int auto_state;         // 0 undecided, 1 automatic, 2 manual
    int64_t auto_index;
} FormatCtx;

static int build_string(FormatCtx *ctx, StrBuf *out, const char *s, int64_t n, int depth);

static bool all_digits(const char *s, int64_t n) {
    if (n == 0)
        return false;
    for (int64_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

// A run of decimal digits as an index; -1 with ValueError when too big.
static int64_t parse_index(const char *s, int64_t n) {
    int64_t v = 0;
    for (int64_t i = 0; i < n; i++) {
        if (v > (INT64_MAX - 9) / 10) {
            mo_err_format(&mo_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

// Resolves a field name ("0", "name", "", "0.attr[key][1]") to its object.
static Value get_field(FormatCtx *ctx, const char *s, int64_t n) {
    int64_t first = 0;
    while (first < n && s[first] != '.' && s[first] != '[')
        first++;
    Value obj;
    if (first == 0 || all_digits(s, first)) {
        int64_t index;
        if (first == 0) {
            if (ctx->auto_state == 2) {
                mo_err_format(&mo_exc_ValueError,
                              "cannot switch from manual field specification to automatic field numbering");
                return V_ERR;
            }
            ctx->auto_state = 1;
            index = ctx->auto_index++;
        } else {
            index = parse_index(s, first);
            if (index < 0)
                return V_ERR;
            if (ctx->auto_state == 1) {
                mo_err_format(&mo_exc_ValueError,
                              "cannot switch from automatic field numbering to manual field specification");
                return V_ERR;
            }
            ctx->auto_state = 2;
        }
        if (!ctx->args) {
            mo_err_format(&mo_exc_ValueError, "Format string contains positional fields");
            return V_ERR;
        }
        if ((uint64_t)index >= ctx->nargs) {
            mo_err_format(&mo_exc_IndexError,
                          "Replacement index %lld out of range for positional args tuple",
                          (long long)index);
            return V_ERR;
        }
        obj = ctx->args[index];
    } else {
        Value key = mo_str_new(s, (size_t)first);
        if (key == V_ERR)
            return V_ERR;
        if (ctx->kwargs == MO_NULL)
            return mo_err_set_type(&mo_exc_KeyError, key);
        if (mo_is_exact(ctx->kwargs, &mo_dict_type)) {
            obj = mo_dict_get(ctx->kwargs, key);
            if (obj == MO_NULL)
                return mo_err_set_type(&mo_exc_KeyError, key);
        } else {
            obj = mo_getitem(ctx->kwargs, key);
        }
        if (obj == V_ERR)
            return V_ERR;
    }
    // The rest: .attr and [key] accessors.
    int64_t pos = first;
    while (pos < n) {
        char c = s[pos++];
        if (c == '.') {
            int64_t start = pos;
            while (pos < n && s[pos] != '.' && s[pos] != '[')
                pos++;
            if (pos == start) {
                mo_err_format(&mo_exc_ValueError, "Empty attribute in format string");
                return V_ERR;
            }
            Value name = mo_str_new(s + start, (size_t)(pos - start));
            if (name == V_ERR)
                return V_ERR;
            obj = mo_getattr(obj, name);
        } else if (c == '[') {
            int64_t start = pos;
            while (pos < n && s[pos] != ']')
                pos++;
            if (pos >= n) {
                mo_err_format(&mo_exc_ValueError, "Missing ']' in format string");
                return V_ERR;
            }
            if (pos == start) {
                mo_err_format(&mo_exc_ValueError, "Empty attribute in format string");
                return V_ERR;
            }
            Value key;
            if (all_digits(s + start, pos - start)) {
                int64_t k = parse_index(s + start, pos - start);
                if (k < 0)
                    return V_ERR;
                key = mo_int_from_i64(k);
            } else {
                key = mo_str_new(s + start, (size_t)(pos - start));
            }
            if (key == V_ERR)
                return V_ERR;
            pos++;  // the ']'
            // CPython looks the item up before checking what follows.
            obj = mo_getitem(obj, key);
            if (obj == V_ERR)
                return V_ERR;
            if (pos < n && s[pos] != '.' && s[pos] != '[') {
                mo_err_format(&mo_exc_ValueError,
                              "Only '.' or '[' may follow ']' in format field specifier");
                return V_ERR;
            }
        } else {
            mo_err_format(&mo_exc_ValueError,
                          "Only '.' or '[' may follow ']' in format field specifier");
            return V_ERR;
        }
        if (obj == V_ERR)
            return V_ERR;
    }
    return obj;
}

// Formats one replacement field whose text (between the braces) has been
// split into name, conversion and spec.
static int render_field(FormatCtx *ctx, StrBuf *out, const char *name, int64_t name_len,
                        uint32_t conversion, const char *spec, int64_t spec_len,
                        bool spec_has_fields, int depth) {
    Value obj = get_field(ctx, name, name_len);
    if (obj == V_ERR)
        return -1;
    switch (conversion) {
    case 0:
        break;
    case 'r':
        obj = mo_repr(obj);
        break;
    case 's':
        obj = mo_str(obj);
        break;
    case 'a':
        obj = mo_ascii(obj);
        break;
    default:
        if (conversion > 32 && conversion < 127)
            mo_err_format(&mo_exc_ValueError, "Unknown conversion specifier %c", (int)conversion);
        else
            mo_err_format(&mo_exc_ValueError, "Unknown conversion specifier \\x%x", conversion);
        return -1;
    }
    if (obj == V_ERR)
        return -1;
    Value spec_v;
    if (spec_has_fields) {
        StrBuf sb = STRBUF_INIT;
        if (build_string(ctx, &sb, spec, spec_len, depth - 1) < 0) {
            mo_strbuf_free(&sb);
            return -1;
        }
        spec_v = mo_str_from_strbuf(&sb);
    } else {
        spec_v = mo_str_new(spec, (size_t)spec_len);
    }
    if (spec_v == V_ERR)
        return -1;
    Value text;
    if (mo_str_size(spec_v) == 0 && mo_is_exact(obj, &mo_str_type))
        text = obj;
    else
        text = mo_format(obj, spec_v);
    if (text == V_ERR)
        return -1;
    mo_strbuf_append(out, mo_str_data(text), (size_t)mo_str_size(text));
    return 0;
}

// Splits the text after a '{' into field name, conversion and spec (see
// the file comment); *pos ends after the closing '}'.
static int parse_and_render(FormatCtx *ctx, StrBuf *out, const char *s, int64_t n, int64_t *pos,
                            int depth) {
    int64_t p = *pos, name_start = p;
    char c = 0;
    while (p < n) {
        c = s[p++];
        if (c == '{') {
            mo_err_format(&mo_exc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (p < n && s[p] != ']')
                p++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    int64_t name_end = p - 1;
    uint32_t conversion = 0;
    const char *spec = s + p;
    int64_t spec_len = 0;
    bool spec_fields = false;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (p >= n) {
                mo_err_format(&mo_exc_ValueError,
                              "end of string while looking for conversion specifier");
                return -1;
            }
            conversion = mo_utf8_decode(s, &p);
            if (p < n) {
                c = s[p++];
                if (c == '}') {
                    *pos = p;
                    return render_field(ctx, out, s + name_start, name_end - name_start, conversion,
                                        spec, 0, false, depth);
                }
                if (c != ':') {
                    mo_err_format(&mo_exc_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        spec = s + p;
        int count = 1;
        while (p < n) {
            c = s[p++];
            if (c == '{') {
                spec_fields = true;
                count++;
            } else if (c == '}' && --count == 0) {
                spec_len = (s + p - 1) - spec;
                *pos = p;
                return render_field(ctx, out, s + name_start, name_end - name_start, conversion,
                                    spec, spec_len, spec_fields, depth);
            }
        }
        mo_err_format(&mo_exc_ValueError, "unmatched '{' in format spec");
        return -1;
    }
    if (c != '}' || name_end < name_start) {
        mo_err_format(&mo_exc_ValueError, "expected '}' before end of string");
        return -1;
    }
    *pos = p;
    return render_field(ctx, out, s + name_start, name_end - name_start, 0, spec, 0, false, depth);
}

static int build_string(FormatCtx *ctx, StrBuf *out, const char *s, int64_t n, int depth) {
    if (depth <= 0) {
        mo_err_format(&mo_exc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    int64_t pos = 0;
    while (pos < n) {
        // Literal text up to the next brace.
        int64_t start = pos;
        while (pos < n && s[pos] != '{' && s[pos] != '}')
            pos++;
        mo_strbuf_append(out, s + start, (size_t)(pos - start));
        if (pos >= n)
            break;
        char c = s[pos++];
        bool at_end = pos >= n;
        if (c == '}') {
            if (at_end || s[pos] != '}') {
                mo_err_format(&mo_exc_ValueError, "Single '}' encountered in format string");
                return -1;
            }
            mo_strbuf_putc(out, '}');
            pos++;
            continue;
        }
        if (at_end) {
            mo_err_format(&mo_exc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        if (s[pos] == '{') {
            mo_strbuf_putc(out, '{');
            pos++;
            continue;
        }
        if (parse_and_render(ctx, out, s, n, &pos, depth) < 0)
            return -1;
    }
    return 0;
}

static Value do_format(Value self, FormatCtx *ctx) {
    StrBuf b = STRBUF_INIT;
    if (build_string(ctx, &b, mo_str_data(self), mo_str_size(self), 2) < 0) {
        mo_strbuf_free(&b);
        return V_ERR;
    }
    return mo_str_from_strbuf(&b);
}

Value mo_str_format_method(Value self, const Value *args, size_t nargs, Value kwnames) {
    FormatCtx ctx = {args, nargs, MO_NULL, 0, 0};
    size_t k = kwnames == MO_NULL ? 0 : (size_t)mo_tuple_size(kwnames);
    if (k) {
        ctx.kwargs = mo_dict_new_presized(k);
        if (ctx.kwargs == V_ERR)
            return V_ERR;
        for (size_t i = 0; i < k; i++)
            if (mo_dict_set(ctx.kwargs, mo_tuple_items(kwnames)[i], args[nargs + i]) < 0)
                return V_ERR;
    }
    // A string without braces formats to itself.
    if (!memchr(mo_str_data(self), '{', (size_t)mo_str_size(self)) &&
        !memchr(mo_str_data(self), '}', (size_t)mo_str_size(self)) &&
        mo_is_exact(self, &mo_str_type))
        return self;
    return do_format(self, &ctx);
}

Value mo_str_format_map_method(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_nkw(kwnames))
        return mo_err_format(&mo_exc_TypeError, "str.format_map() takes no keyword arguments");
    if (nargs != 1)
        return mo_err_format(&mo_exc_TypeError,
                             "str.format_map() takes exactly one argument (%zu given)", nargs);
    FormatCtx ctx = {NULL, 0, args[0], 0, 0};
    return do_format(self, &ctx);
}

// ---------------------------------------------------------- % formatting

typedef struct PercentCtx {
    Value args;         // the right operand, or the value a %(key) found
    Value dict;         // the mapping for %(key), or MO_NULL
    int64_t arglen;     // -1 when args is a single value
    int64_t argidx;
    bool bytes;         // bytes % args
} PercentCtx;

// CPython's scheme: a single value has arglen -1 and argidx -2, so exactly
// one directive can take it.
static Value next_arg(PercentCtx *ctx) {
    int64_t i = ctx->argidx;
    if (i < ctx->arglen) {
        ctx->argidx++;
        return ctx->arglen < 0 ? ctx->args : mo_tuple_items(ctx->args)[i];
    }
    return mo_err_format(&mo_exc_TypeError, "not enough arguments for format string");
}

static bool has_method(Value v, const char *name) {
    return mo_type_lookup(mo_type(v), mo_str_intern_cstr(name)) != MO_NULL;
}

// The int a %d/%x/… directive formats, or V_ERR with CPython's TypeError.
static Value int_operand(Value v, char conv) {
    if (mo_is_int(v))
        return v;
    bool index_only = conv == 'x' || conv == 'X' || conv == 'o';
    TypeObject *t = mo_type(v);
    if (index_only) {
        if (t->index)
            return mo_number_index(v);
        return mo_err_format(&mo_exc_TypeError, "%%%c format: an integer is required, not %T", conv, v);
    }
    if (mo_is_float(v))
        return mo_int_from_double(mo_float_val(v));
    if (!mo_is_str(v) && !mo_is_bytes(v) &&
        (t->index || has_method(v, "__int__") || has_method(v, "__float__"))) {
        Value r = mo_call1(mo_obj(&mo_int_type), v);
        if (r != V_ERR || !mo_err_matches(&mo_exc_TypeError))
            return r;
        mo_err_clear();
    }
    return mo_err_format(&mo_exc_TypeError, "%%%c format: a real number is required, not %T", conv, v);
}

static int float_operand(Value v, double *out) {
    if (mo_is_float(v)) {
        *out = mo_float_val(v);
        return 0;
    }
    if (mo_is_int(v))
        return mo_int_to_double(v, out);
    if (!mo_is_str(v) && !mo_is_bytes(v) &&
        (mo_type(v)->index || has_method(v, "__float__"))) {
        Value f = mo_float_from_value(v);
        if (f == V_ERR)
            return -1;
        *out = mo_float_val(f);
        return 0;
    }
    mo_err_format(&mo_exc_TypeError, "must be real number, not %T", v);
    return -1;
}

// Appends `n` bytes of text of `length` code points with % padding rules.
static void put_padded(StrBuf *out, const char *s, int64_t n, int64_t length, int flags,
                       int64_t width, int64_t prec, bool bytes) {
    if (prec >= 0 && length > prec) {
        if (bytes) {
            n = prec;
        } else {
            int64_t pos = 0;
            for (int64_t i = 0; i < prec; i++)
                pos += mo_utf8_seqlen[(uint8_t)s[pos]];
            n = pos;
        }
        length = prec;
    }
    if (!(flags & MO_PERCENT_LEFT) && width > length)
        mo_strbuf_fill(out, ' ', (size_t)(width - length));
    mo_strbuf_append(out, s, (size_t)n);
    if ((flags & MO_PERCENT_LEFT) && width > length)
        mo_strbuf_fill(out, ' ', (size_t)(width - length));
}

static int format_int_directive(StrBuf *out, Value v, char conv, int flags, int64_t width,
                                int64_t prec) {
    Value iv = int_operand(v, conv);
    if (iv == V_ERR)
        return -1;
    char c = conv == 'i' || conv == 'u' ? 'd' : conv;
    int rc;
    if (mo_is_smallint(iv) || mo_is_bool(iv)) {
        int64_t x = mo_is_bool(iv) ? iv == MO_TRUE : mo_smallint_val(iv);
        rc = mo_format_percent_int64(out, x, flags, width, prec, c);
    } else {
        StrBuf digits = STRBUF_INIT;
        int base = c == 'd' ? 10 : c == 'o' ? 8 : 16;
        if (mo_int_to_strbuf(iv, base, &digits) < 0) {
            mo_strbuf_free(&digits);
            return -1;
        }
        const char *d = digits.data ? digits.data : "0";
        size_t dn = digits.len;
        bool neg = dn && d[0] == '-';
        if (neg) {
            d++;
            dn--;
        }
        rc = mo_format_percent_int_digits(out, neg, d, dn, flags, width, prec, c);
        mo_strbuf_free(&digits);
    }
    if (rc != MO_FORMAT_OK) {
        mo_err_no_memory();
        return -1;
    }
    return 0;
}

// The bytes that %s / %b formats in bytes % args.
static Value bytes_operand(Value v) {
    const char *d;
    int64_t n;
    if (mo_is_bytes(v))
        return v;
    if (mo_bytes_like(v, &d, &n))
        return mo_bytes_new(d, (size_t)n);
    if (has_method(v, "__bytes__")) {
        Value r = mo_call_method_cstr(v, "__bytes__", NULL, 0);
        if (r == V_ERR)
            return V_ERR;
        if (!mo_is_bytes(r))
            return mo_err_format(&mo_exc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
        return r;
    }
    return mo_err_format(&mo_exc_TypeError,
                         "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'",
                         v);
}

static int format_directive(PercentCtx *ctx, StrBuf *out, Value v, uint32_t conv, int flags,
                            int64_t width, int64_t prec, const char *fmt, int64_t conv_pos) {
    switch (conv) {
    case 's':
    case 'r':
    case 'a':
    case 'b': {
        if (ctx->bytes && (conv == 's' || conv == 'b')) {
            Value b = bytes_operand(v);
            if (b == V_ERR)
                return -1;
            put_padded(out, mo_bytes_data(b), mo_bytes_size(b), mo_bytes_size(b), flags, width,
                       prec, true);
            return 0;
        }
        if (conv == 'b')
            break;
        Value s = conv == 's' ? mo_str(v) : conv == 'r' && !ctx->bytes ? mo_repr(v) : mo_ascii(v);
        if (s == V_ERR)
            return -1;
        put_padded(out, mo_str_data(s), mo_str_size(s), mo_str_len(s), flags, width, prec, false);
        return 0;
    }
    case 'c': {
        char buf[8];
        if (ctx->bytes) {
            if (mo_is_bytes(v) && mo_bytes_size(v) == 1) {
                buf[0] = mo_bytes_data(v)[0];
            } else if (mo_is_int(v)) {
                int64_t x;
                if (mo_int_to_i64(v, &x) < 0 || x < 0 || x > 255) {
                    mo_err_clear();
                    mo_err_format(&mo_exc_OverflowError, "%%c arg not in range(256)");
                    return -1;
                }
                buf[0] = (char)x;
            } else {
                mo_err_format(&mo_exc_TypeError,
                              "%%c requires an integer in range(256) or a single byte");
                return -1;
            }
            put_padded(out, buf, 1, 1, flags, width, -1, true);
            return 0;
        }
        if (mo_is_str(v)) {
            if (mo_str_len(v) != 1) {
                mo_err_format(&mo_exc_TypeError, "%%c requires int or char");
                return -1;
            }
            put_padded(out, mo_str_data(v), mo_str_size(v), 1, flags, width, -1, false);
            return 0;
        }
        if (!mo_is_int(v) && !mo_type(v)->index) {
            mo_err_format(&mo_exc_TypeError, "%%c requires int or char");
            return -1;
        }
        int64_t x;
        if (mo_index_i64(v, &x) < 0 || x < 0 || x > 0x10FFFF) {
            mo_err_clear();
            mo_err_format(&mo_exc_OverflowError, "%%c arg not in range(0x110000)");
            return -1;
        }
        // put_codepoint never grows this buffer: it writes at most 4 bytes.
        StrBuf one = {buf, 0, sizeof buf, false};
        mo_strbuf_put_codepoint(&one, (uint32_t)x);
        put_padded(out, buf, (int64_t)one.len, 1, flags, width, -1, false);
        return 0;
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
        return format_int_directive(out, v, (char)conv, flags, width, prec);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
        double x;
        if (float_operand(v, &x) < 0)
            return -1;
        if (mo_format_percent_float(out, x, flags, width, prec, (char)conv) != MO_FORMAT_OK) {
            mo_err_no_memory();
            return -1;
        }
        return 0;
    }
    default:
        break;
    }
    mo_err_format(&mo_exc_ValueError, "unsupported format character '%c' (0x%x) at index %lld",
                  conv >= 32 && conv <= 126 ? (int)conv : '?', conv,
                  (long long)(ctx->bytes ? conv_pos : mo_utf8_length(fmt, (size_t)conv_pos)));
    return -1;
}

// A '*' width or precision.
static int star_arg(PercentCtx *ctx, int64_t *out) {
    Value v = next_arg(ctx);
    if (v == V_ERR)
        return -1;
    if (!mo_is_int(v)) {
        mo_err_format(&mo_exc_TypeError, "* wants int");
        return -1;
    }
    return mo_int_to_i64(v, out);
}

static Value percent_format(const char *fmt, int64_t n, Value args, bool bytes) {
    PercentCtx ctx = {args, MO_NULL, -1, -2, bytes};
    if (mo_is_tuple(args)) {
        ctx.arglen = mo_tuple_size(args);
        ctx.argidx = 0;
    }
    if (mo_type(args)->getitem && !mo_is_tuple(args) &&
        !(bytes ? mo_is_bytes(args) || mo_is_bytearray(args) : mo_is_str(args)))
        ctx.dict = args;
    StrBuf out = STRBUF_INIT;
    mo_strbuf_reserve(&out, (size_t)n + 16);
    int64_t pos = 0;
    while (pos < n) {
        const char *pct = memchr(fmt + pos, '%', (size_t)(n - pos));
        if (!pct) {
            mo_strbuf_append(&out, fmt + pos, (size_t)(n - pos));
            break;
        }
        mo_strbuf_append(&out, fmt + pos, (size_t)(pct - (fmt + pos)));
        pos = pct - fmt + 1;
        if (pos >= n) {
            mo_err_format(&mo_exc_ValueError, "incomplete format");
            goto error;
        }
        if (fmt[pos] == '%') {
            mo_strbuf_putc(&out, '%');
            pos++;
            continue;
        }
        if (fmt[pos] == '(') {
            int depth = 1;
            int64_t kstart = ++pos;
            while (pos < n && depth) {
                if (fmt[pos] == '(')
                    depth++;
                else if (fmt[pos] == ')')
                    depth--;
                pos++;
            }
            if (depth) {
                mo_err_format(&mo_exc_ValueError, "incomplete format key");
                goto error;
            }
            if (ctx.dict == MO_NULL) {
                mo_err_format(&mo_exc_TypeError, "format requires a mapping");
                goto error;
            }
            Value key = bytes ? mo_bytes_new(fmt + kstart, (size_t)(pos - 1 - kstart))
                              : mo_str_new(fmt + kstart, (size_t)(pos - 1 - kstart));
            if (key == V_ERR)
                goto error;
            Value v = mo_getitem(ctx.dict, key);
            if (v == V_ERR)
                goto error;
            ctx.args = v;
            ctx.arglen = -1;
            ctx.argidx = -2;
        }
        int flags = 0;
        for (; pos < n; pos++) {
            char c = fmt[pos];
            if (c == '-')
                flags |= MO_PERCENT_LEFT;
            else if (c == '+')
                flags |= MO_PERCENT_PLUS;
            else if (c == ' ')
                flags |= MO_PERCENT_SPACE;
            else if (c == '#')
                flags |= MO_PERCENT_ALT;
            else if (c == '0')
                flags |= MO_PERCENT_ZERO;
            else
                break;
        }
        int64_t width = -1, prec = -1;
        if (pos < n && fmt[pos] == '*') {
            if (star_arg(&ctx, &width) < 0)
                goto error;
            if (width < 0) {
                flags |= MO_PERCENT_LEFT;
                width = -width;
            }
            pos++;
        } else {
            while (pos < n && fmt[pos] >= '0' && fmt[pos] <= '9') {
                if (width < 0)
                    width = 0;
                if (width > (INT64_MAX - 9) / 10) {
                    mo_err_format(&mo_exc_ValueError, "width too big");
                    goto error;
                }
                width = width * 10 + (fmt[pos++] - '0');
            }
        }
        if (pos < n && fmt[pos] == '.') {
            pos++;
            prec = 0;
            if (pos < n && fmt[pos] == '*') {
                if (star_arg(&ctx, &prec) < 0)
                    goto error;
                if (prec < 0)
                    prec = 0;
                pos++;
            } else {
                while (pos < n && fmt[pos] >= '0' && fmt[pos] <= '9') {
                    if (prec > (INT64_MAX - 9) / 10) {
                        mo_err_format(&mo_exc_ValueError, "precision too big");
                        goto error;
                    }
                    prec = prec * 10 + (fmt[pos++] - '0');
                }
            }
        }
        while (pos < n && (fmt[pos] == 'h' || fmt[pos] == 'l' || fmt[pos] == 'L'))
            pos++;
        if (pos >= n) {
            mo_err_format(&mo_exc_ValueError, "incomplete format");
            goto error;
        }
        int64_t conv_pos = pos;
        uint32_t conv = bytes ? (uint8_t)fmt[pos++] : mo_utf8_decode(fmt, &pos);
        Value v = next_arg(&ctx);
        if (v == V_ERR)
            goto error;
        if (format_directive(&ctx, &out, v, conv, flags, width, prec, fmt, conv_pos) < 0)
            goto error;
    }
    if (ctx.argidx < ctx.arglen && ctx.dict == MO_NULL) {
        mo_err_format(&mo_exc_TypeError, bytes ? "not all arguments converted during bytes formatting"
                                               : "not all arguments converted during string formatting");
        goto error;
    }
    if (bytes) {
        if (out.failed) {
            mo_strbuf_free(&out);
            return mo_err_no_memory();
        }
        Value r = mo_bytes_new(out.data ? out.data : "", out.len);
        mo_strbuf_free(&out);
        return r;
    }
    return mo_str_from_strbuf(&out);
error:
    mo_strbuf_free(&out);
    return V_ERR;
}

Value mo_str_percent_format(Value fmt, Value args) {
    return percent_format(mo_str_data(fmt), mo_str_size(fmt), args, false);
}

Value mo_bytes_percent_format(Value fmt, Value args) {
    const char *d = "";
    int64_t n = 0;
    mo_bytes_like(fmt, &d, &n);
    // A bytearray's storage is malloc'd and moves when it grows, and the
    // arguments' __bytes__ or __index__ may grow it while we read: format
    // from a bytes copy. (A bytes keeps its data inline, and `d` pointing
    // into the copy keeps the copy alive.)
    if (!mo_is_bytes(fmt)) {
        Value copy = mo_bytes_new(d, (size_t)n);
        if (copy == V_ERR)
            return V_ERR;
        d = mo_bytes_data(copy);
    }
    return percent_format(d, n, args, true);
}
