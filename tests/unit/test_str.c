// tests/unit/test_str.c — unit tests for the core of str (src/objects/str.c)
// and its Unicode database: UTF-8 counting and validation, offsets (with
// and without the offset table), interning, hashing, comparison, repr
// escapes, the formatter behind mo_str_format / mo_err_format, codecs.
//
// Expected values come from CPython 3.11 (noted beside each where it is not
// obvious). Prints each failure and ends with "N passed, N failed".
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/tuple.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "vm/runtime.h"

static int passed, failed;

#define CHECK(cond)                                                              \
    do {                                                                         \
        if (cond) {                                                              \
            passed++;                                                            \
        } else {                                                                 \
            failed++;                                                            \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);               \
        }                                                                        \
    } while (0)

static bool str_is(Value s, const char *expect) {
    if (s == V_ERR || !mo_is_str(s))
        return false;
    if (!mo_str_eq_cstr(s, expect)) {
        printf("  got: \"%s\" expected: \"%s\"\n", mo_str_data(s), expect);
        return false;
    }
    return true;
}

static Value S(const char *s) { return mo_str_from_cstr(s); }

static void test_utf8(void) {
    bool ascii;
    CHECK(mo_utf8_count("hello, world!", 13, &ascii) == 13 && ascii);
    CHECK(mo_utf8_count("", 0, &ascii) == 0 && ascii);
    CHECK(mo_utf8_count("h\xc3\xa9llo", 6, &ascii) == 5 && !ascii);
    CHECK(mo_utf8_count("\xe6\x97\xa5\xe6\x9c\xac", 6, &ascii) == 2);
    CHECK(mo_utf8_count("\xf0\x9f\x98\x80", 4, &ascii) == 1);
    CHECK(mo_utf8_count("\xed\xa0\x80", 3, &ascii) == 1);         // surrogate: allowed
    CHECK(mo_utf8_count("\xff", 1, NULL) == -1);                   // invalid lead
    CHECK(mo_utf8_count("\xc0\x80", 2, NULL) == -1);               // overlong
    CHECK(mo_utf8_count("\xe0\x80\x80", 3, NULL) == -1);           // overlong
    CHECK(mo_utf8_count("\xc3", 1, NULL) == -1);                   // truncated
    CHECK(mo_utf8_count("\xf4\x90\x80\x80", 4, NULL) == -1);       // > U+10FFFF
    CHECK(mo_utf8_count("abcdefgh\x80", 9, NULL) == -1);           // after a fast 8-byte run
    CHECK(mo_utf8_length("abcdefghij\xc3\xa9klmnopqrs\xe2\x82\xac", 24) == 21);
    int64_t pos = 0;
    const char *s = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80";
    CHECK(mo_utf8_decode(s, &pos) == 'a' && pos == 1);
    CHECK(mo_utf8_decode(s, &pos) == 0xE9 && pos == 3);
    CHECK(mo_utf8_decode(s, &pos) == 0x20AC && pos == 6);
    CHECK(mo_utf8_decode(s, &pos) == 0x1F600 && pos == 10);
}

static void test_new(void) {
    Value a = S("hello");
    CHECK(mo_str_len(a) == 5 && mo_str_size(a) == 5 && mo_str_is_ascii(a));
    Value e = S("caf\xc3\xa9");
    CHECK(mo_str_len(e) == 4 && mo_str_size(e) == 5 && !mo_str_is_ascii(e));
    CHECK(S("") == mo_str_empty);
    CHECK(S("x") == S("x"));                              // shared one-char strings
    CHECK(S("\xc3\xa9") == mo_str_from_codepoint(0xE9));  // ... below U+0100 too
    CHECK(mo_str_from_codepoint('q') == S("q"));
    CHECK(str_is(mo_str_from_codepoint(0x20AC), "\xe2\x82\xac"));
    CHECK(str_is(mo_str_from_codepoint(0x1F600), "\xf0\x9f\x98\x80"));
    Value l = mo_str_from_latin1("a\xe9\xff", 3);
    CHECK(str_is(l, "a\xc3\xa9\xc3\xbf") && mo_str_len(l) == 3);
    uint32_t cps[] = {'x', 0xE9, 0x4E16, 0x1F600};
    Value u = mo_str_from_ucs4(cps, 4);
    CHECK(str_is(u, "x\xc3\xa9\xe4\xb8\x96\xf0\x9f\x98\x80") && mo_str_len(u) == 4);
    StrBuf b = STRBUF_INIT;
    mo_strbuf_puts(&b, "built");
    CHECK(str_is(mo_str_from_strbuf(&b), "built"));
    CHECK(b.data == NULL);
    // Embedded NUL.
    Value z = mo_str_new("a\0b", 3);
    CHECK(mo_str_len(z) == 3 && memcmp(mo_str_data(z), "a\0b", 4) == 0);
}

// A long non-ASCII string exercises the offset table; compare with a walk.
static void test_offsets(void) {
    StrBuf b = STRBUF_INIT;
    uint32_t cps[1000];
    for (int i = 0; i < 1000; i++) {
        uint32_t c = i % 7 == 0 ? 0xE9 : i % 11 == 0 ? 0x4E16 : i % 13 == 0 ? 0x1F600 : 'a' + i % 26;
        cps[i] = c;
        mo_strbuf_put_codepoint(&b, c);
    }
    Value s = mo_str_new(b.data, b.len);
    mo_strbuf_free(&b);
    CHECK(mo_str_len(s) == 1000);
    // The table is built on the first lookup past the first stride.
    CHECK(!(mo_str_obj(s)->hdr.aux & MO_STR_INDEXED));
    CHECK(mo_str_offset(s, 0) == 0);
    (void)mo_str_offset(s, 999);
    CHECK(mo_str_obj(s)->hdr.aux & MO_STR_INDEXED);
    bool all = true;
    int64_t walk = 0;
    for (int i = 0; i <= 1000; i++) {
        if (mo_str_offset(s, i) != walk)
            all = false;
        if (i < 1000) {
            if (mo_str_char(s, i) != cps[i])
                all = false;
            walk += mo_utf8_seqlen[(uint8_t)mo_str_data(s)[walk]];
        }
    }
    CHECK(all);
    Value sub = mo_str_substr(s, 7, 15);
    CHECK(mo_str_len(sub) == 8 && mo_str_char(sub, 0) == 0xE9);
    CHECK(mo_str_substr(s, 0, 1000) == s);
    CHECK(mo_str_substr(s, 5, 5) == mo_str_empty);
    // A short non-ASCII string walks (from the nearer end).
    Value t = S("h\xc3\xa9llo w\xc3\xb6rld");
    CHECK(!(mo_str_obj(t)->hdr.aux & MO_STR_INDEXED));
    CHECK(mo_str_offset(t, 1) == 1 && mo_str_offset(t, 2) == 3 && mo_str_offset(t, 9) == 11);
    CHECK(mo_str_offset(t, 11) == mo_str_size(t));
    // Concatenations of long non-ASCII strings get their own table.
    Value c = mo_str_concat(s, s);
    CHECK(mo_str_len(c) == 2000 && mo_str_char(c, 1999) == cps[999] && mo_str_char(c, 1000) == cps[0]);
}

static void test_intern(void) {
    Value a = mo_str_intern_cstr("some_identifier");
    Value b = mo_str_intern_cstr("some_identifier");
    CHECK(a == b);
    CHECK(mo_str_obj(a)->hdr.aux & MO_STR_INTERNED);
    Value c = S("some_identifier");
    CHECK(c != a && mo_str_intern(c) == a);
    Value d = S("fresh_name_42");
    CHECK(mo_str_intern(d) == d);
    CHECK(mo_str_intern_cstr("fresh_name_42") == d);
    // Interned strings survive collections, and many of them grow the table.
    char name[32];
    Value first = mo_str_intern_cstr("name_0");
    for (int i = 1; i < 5000; i++) {
        snprintf(name, sizeof name, "name_%d", i);
        mo_str_intern_cstr(name);
    }
    mo_gc_collect();
    CHECK(mo_str_intern_cstr("name_0") == first);
    CHECK(mo_str_eq_cstr(mo_str_intern_cstr("name_4999"), "name_4999"));
    CHECK(mo_str_intern_cstr("") == mo_str_empty);
    CHECK(mo_str_intern_cstr("k") == S("k"));
    // Distinct interned strings are unequal without comparing bytes.
    CHECK(!mo_str_eq(a, d));
}

static void test_hash_compare(void) {
    Value a = S("the quick brown fox"), b = S("the quick brown fox");
    CHECK(a != b && mo_str_hash(a) == mo_str_hash(b));
    CHECK(mo_str_hash(a) != -1 && mo_str_hash(mo_str_empty) != -1);
    CHECK(mo_str_hash(S("abc")) != mo_str_hash(S("abd")));
    CHECK(mo_str_hash(S("abc")) == mo_bytes_hash(mo_bytes_new("abc", 3)));
    CHECK(mo_str_eq(a, b));
    CHECK(!mo_str_eq(a, S("the quick brown fo")));
    CHECK(mo_str_cmp(S("abc"), S("abd")) < 0);
    CHECK(mo_str_cmp(S("ab"), S("abc")) < 0);
    CHECK(mo_str_cmp(S(""), S("a")) < 0);
    CHECK(mo_str_cmp(S("Z"), S("a")) < 0);
    CHECK(mo_str_cmp(S("\xc3\xa9"), S("z")) > 0);                       // 'é' > 'z'
    CHECK(mo_str_cmp(S("\xef\xbf\xbf"), S("\xf0\x90\x80\x80")) < 0);    // U+FFFF < U+10000
    CHECK(mo_str_cmp(S("\xed\x9f\xbf"), S("\xed\xa0\x80")) < 0);        // U+D7FF < U+D800
    CHECK(mo_str_eq_cstr(S("xyz"), "xyz") && !mo_str_eq_cstr(S("xyz"), "xy"));
}

static void test_repr(void) {
    CHECK(!mo_err_occurred());
    // Expected values from CPython's repr().
    CHECK(str_is(mo_str_repr(S("abc")), "'abc'"));
    CHECK(str_is(mo_str_repr(S("it's")), "\"it's\""));
    CHECK(str_is(mo_str_repr(S("say \"hi\"")), "'say \"hi\"'"));
    CHECK(str_is(mo_str_repr(S("both ' and \"")), "'both \\' and \"'"));
    CHECK(str_is(mo_str_repr(S("tab\there\n\r")), "'tab\\there\\n\\r'"));
    CHECK(str_is(mo_str_repr(mo_str_new("\0\x1f\x7f", 3)), "'\\x00\\x1f\\x7f'"));
    CHECK(str_is(mo_str_repr(S("\xc3\xa9")), "'\xc3\xa9'"));
    CHECK(str_is(mo_str_repr(S("\xe2\x80\x8b")), "'\\u200b'"));
    CHECK(str_is(mo_str_repr(S("\xf0\x9f\x98\x80")), "'\xf0\x9f\x98\x80'"));
    CHECK(str_is(mo_str_repr(S("\\")), "'\\\\'"));
    CHECK(str_is(mo_str_repr(S("\xc2\x80\xc2\x9f")), "'\\x80\\x9f'"));
    CHECK(str_is(mo_str_repr(S("\xe2\x80\xa8")), "'\\u2028'"));
    CHECK(str_is(mo_str_repr(S("\xed\xa0\x80")), "'\\ud800'"));
    CHECK(str_is(mo_str_repr(S("\xf3\xa0\x80\x81")), "'\\U000e0001'"));
    CHECK(str_is(mo_str_repr(S("\xc2\xa0\xc2\xad")), "'\\xa0\\xad'"));
    CHECK(str_is(mo_ascii(S("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80")),
                 "'caf\\xe9 \\u20ac \\U0001f600'"));
}

static void test_format(void) {
    CHECK(!mo_err_occurred());
    CHECK(str_is(mo_str_format("plain"), "plain"));
    CHECK(str_is(mo_str_format("%d|%5d|%-5d|%05d", 42, 42, 42, -42), "42|   42|42   |-0042"));
    CHECK(str_is(mo_str_format("%ld %lld %zd %zu", -1L, 1LL << 40, (ptrdiff_t)-7, (size_t)7),
                 "-1 1099511627776 -7 7"));
    CHECK(str_is(mo_str_format("%x %X %#x %o", 255u, 255u, 255u, 8u), "ff FF 0xff 10"));
    CHECK(str_is(mo_str_format("%s|%.2s|%5s|%-5s|", "abc", "abc", "ab", "ab"),
                 "abc|ab|   ab|ab   |"));
    CHECK(str_is(mo_str_format("%.1s", "\xc3\xa9t\xc3\xa9"), "\xc3\xa9"));   // precision in code points
    CHECK(str_is(mo_str_format("%c%c", 'A', 0xE9), "A\xc3\xa9"));
    CHECK(str_is(mo_str_format("100%%"), "100%"));
    CHECK(str_is(mo_str_format("%*d|%.*s", 4, 7, 2, "xyz"), "   7|xy"));
    CHECK(str_is(mo_str_format("%.3f %g", 3.14159, 0.5), "3.142 0.5"));
    Value s = S("it's");
    CHECK(str_is(mo_str_format("%U|%R|%T", s, s, s), "it's|\"it's\"|str"));
    CHECK(str_is(mo_str_format("%S", s), "it's"));
    CHECK(str_is(mo_str_format("%.3U|%6U|", s, s), "it'|  it's|"));
    CHECK(str_is(mo_str_format("%T %T %T", mo_smallint(1), MO_NONE, mo_float(1.5)),
                 "int NoneType float"));
    // A C string that is not UTF-8 gets U+FFFD for its bad bytes.
    CHECK(str_is(mo_str_format("[%s]", "a\xff" "b\xc3"), "[a\xef\xbf\xbd" "b\xef\xbf\xbd]"));
    Value p = mo_str_format("%p", (void *)&passed);
    CHECK(p != V_ERR && mo_str_size(p) > 2);
}

static void test_concat_join(void) {
    CHECK(str_is(mo_str_concat(S("ab"), S("cd")), "abcd"));
    Value x = S("xyz");
    CHECK(mo_str_concat(x, mo_str_empty) == x && mo_str_concat(mo_str_empty, x) == x);
    Value c = mo_str_concat(S("h\xc3\xa9"), S("llo"));
    CHECK(str_is(c, "h\xc3\xa9llo") && mo_str_len(c) == 5 && !mo_str_is_ascii(c));
    Value items[3] = {S("a"), S("\xc3\xa9"), S("bc")};
    Value j = mo_str_join_array(items, 3);
    CHECK(str_is(j, "a\xc3\xa9" "bc") && mo_str_len(j) == 4);
    CHECK(mo_str_join_array(items, 0) == mo_str_empty);
}

static void test_codecs(void) {
    CHECK(str_is(mo_str_decode_utf8("caf\xc3\xa9", 5), "caf\xc3\xa9"));
    CHECK(mo_str_decode_utf8("\xff", 1) == V_ERR && mo_err_matches(&mo_exc_UnicodeDecodeError));
    Value e = mo_err_fetch();
    CHECK(str_is(mo_str(e), "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"));
    CHECK(mo_str_decode_utf8("\xed\xa0\x80", 3) == V_ERR);    // strict: no surrogates
    e = mo_err_fetch();
    CHECK(str_is(mo_str(e), "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"));
    CHECK(mo_bytes_decode_raw("\xf0\x90\x80", 3, "utf-8", "strict") == V_ERR);
    e = mo_err_fetch();
    CHECK(str_is(mo_str(e), "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"));
    CHECK(str_is(mo_bytes_decode_raw("a\xff" "b", 3, "utf8", "replace"), "a\xef\xbf\xbd" "b"));
    CHECK(str_is(mo_bytes_decode_raw("a\xff" "b", 3, "UTF-8", "ignore"), "ab"));
    CHECK(str_is(mo_bytes_decode_raw("a\xff", 2, "utf-8", "backslashreplace"), "a\\xff"));
    CHECK(str_is(mo_bytes_decode_raw("caf\xe9", 4, "latin-1", "strict"), "caf\xc3\xa9"));
    CHECK(mo_bytes_decode_raw("x", 1, "foo", "strict") == V_ERR);
    e = mo_err_fetch();
    CHECK(str_is(mo_str(e), "unknown encoding: foo"));
    Value euro = S("ab\xe2\x82\xac\xe2\x82\xac" "c");
    CHECK(mo_bytes_encode(euro, "ascii", "strict") == V_ERR);
    e = mo_err_fetch();
    CHECK(str_is(mo_str(e), "'ascii' codec can't encode characters in position 2-3: ordinal not in range(128)"));
    Value r = mo_bytes_encode(euro, "ascii", "replace");
    CHECK(r != V_ERR && mo_bytes_size(r) == 5 && memcmp(mo_bytes_data(r), "ab??c", 5) == 0);
    r = mo_bytes_encode(S("h\xc3\xa9"), "latin-1", "strict");
    CHECK(r != V_ERR && mo_bytes_size(r) == 2 && memcmp(mo_bytes_data(r), "h\xe9", 2) == 0);
    CHECK(str_is(mo_bytes_repr(mo_bytes_new("a'b\0\x80\\", 6)), "b\"a'b\\x00\\x80\\\\\""));
}

static void test_unicode(void) {
    uint32_t m[3];
    CHECK(mo_unicode_isspace(' ') && mo_unicode_isspace(0x2003) && mo_unicode_isspace(0x1C));
    CHECK(!mo_unicode_isspace(0x200B));
    CHECK(mo_unicode_to_upper(0xDF, m) == 2 && m[0] == 'S' && m[1] == 'S');  // 'ß'.upper()
    CHECK(mo_unicode_to_lower(0x130, m) == 2 && m[0] == 'i' && m[1] == 0x307);
    CHECK(mo_unicode_to_fold(0xDF, m) == 2 && m[0] == 's');
    CHECK(mo_unicode_to_title(0x1C6, m) == 1 && m[0] == 0x1C5);
    CHECK(mo_unicode_to_lower('A', m) == 1 && m[0] == 'a');
    CHECK(mo_unicode_to_upper(0x3B1, m) == 1 && m[0] == 0x391);
    CHECK(mo_unicode_to_lower(0x416, m) == 1 && m[0] == 0x436);           // Cyrillic
    CHECK(mo_unicode_istitle(0x1C5) && !mo_unicode_isupper(0x1C5));
    CHECK(mo_unicode_decimal(0x663) == 3 && mo_unicode_decimal('7') == 7 && mo_unicode_decimal('a') == -1);
    CHECK(mo_unicode_isdigit(0xB2) && !mo_unicode_isdecimal(0xB2));       // '²'
    CHECK(mo_unicode_isnumeric(0xBD) && !mo_unicode_isdigit(0xBD));       // '½'
    CHECK(!mo_unicode_isprintable(0x200B) && mo_unicode_isprintable(0xE9));
    CHECK(mo_unicode_isxid_start(0x65E5) && !mo_unicode_isxid_start('1') && mo_unicode_isxid_continue('1'));
    CHECK(mo_unicode_iscase_ignorable('\'') && mo_unicode_iscased('a'));
    CHECK(mo_unicode_islinebreak(0x2028) && !mo_unicode_islinebreak(' '));
    CHECK(!mo_unicode_isprintable(0x110000 - 1) && !mo_unicode_isalpha(0xFFFFFFFF));
}

// The type's slots, called directly (the interpreter reaches them through
// abstract.c).
static void test_slots(void) {
    Value s = S("0123456789");
    CHECK(str_is(mo_str_type.getitem(s, mo_smallint(-1)), "9"));
    CHECK(mo_str_type.getitem(s, mo_smallint(10)) == V_ERR);
    Value e = mo_err_fetch();
    CHECK(str_is(mo_str(e), "string index out of range"));
    Value u = S("h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c!");
    CHECK(str_is(mo_str_type.getitem(u, mo_smallint(1)), "\xc3\xa9"));
    CHECK(str_is(mo_str_type.getitem(u, mo_smallint(-2)), "\xe7\x95\x8c"));
    CHECK(mo_str_type.contains(u, S("llo")) == 1 && mo_str_type.contains(u, S("x")) == 0);
    CHECK(mo_str_type.contains(u, mo_str_empty) == 1);
    CHECK(str_is(mo_str_type.binop(S("ab"), mo_smallint(3), MO_OP_MUL), "ababab"));
    CHECK(str_is(mo_str_type.binop(mo_smallint(2), S("xy"), MO_OP_MUL), "xyxy"));
    CHECK(mo_str_type.binop(S("ab"), mo_smallint(-3), MO_OP_MUL) == mo_str_empty);
    CHECK(str_is(mo_str_type.binop(S("ab"), S("cd"), MO_OP_ADD), "abcd"));
    CHECK(mo_str_type.binop(S("ab"), mo_smallint(1), MO_OP_ADD) == V_ERR);
    e = mo_err_fetch();
    CHECK(str_is(mo_str(e), "can only concatenate str (not \"int\") to str"));
    CHECK(mo_str_type.richcompare(S("a"), S("b"), MO_CMP_LT) == MO_TRUE);
    CHECK(mo_str_type.richcompare(S("a"), mo_smallint(1), MO_CMP_LT) == MO_NOTIMPL);
    Value it = mo_str_type.iter(u);
    int n = 0;
    Value last = MO_NULL;
    for (Value c; (c = mo_type(it)->iternext(it)) != MO_NULL; n++)
        last = c;
    CHECK(n == 9 && str_is(last, "!"));
}

// TODO: remove once the library defines it (today src/cli/main.c does,
// which unit tests do not link); weak, so a library definition wins.
__attribute__((weak)) char *mo_c_stack_limit;

int main(int argc, char **argv) {
    mo_runtime_init(argc, argv);
    test_utf8();
    test_new();
    test_offsets();
    test_intern();
    test_hash_compare();
    test_repr();
    test_format();
    test_concat_join();
    test_codecs();
    test_unicode();
    test_slots();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
