// src/front/unicode.c — identifier, printable and name tables (unicode.h).
//
// Ranges are sorted and searched by bisection. `non_identifier` lists
// punctuation, symbols, spaces and controls above U+007F; `continue_only`
// lists combining marks, digits and connectors (allowed after the first
// character of an identifier). Everything else above U+007F counts as a
// letter. `non_printable` approximates Python's categories Cc, Cf, Cs, Co,
// Zl, Zp and Zs.
#include "front/unicode.h"

#include <ctype.h>
#include <string.h>

typedef struct Range { uint32_t lo, hi; } Range;

static const Range non_identifier[] = {
    {0x80, 0xA9}, {0xAB, 0xB4}, {0xB6, 0xB6}, {0xB8, 0xB9}, {0xBB, 0xBF},
    {0xD7, 0xD7}, {0xF7, 0xF7}, {0x2C2, 0x2C5}, {0x2D2, 0x2DF}, {0x2E5, 0x2EB},
    {0x2ED, 0x2ED}, {0x2EF, 0x2FF}, {0x375, 0x375}, {0x37E, 0x37E},
    {0x384, 0x385}, {0x3F6, 0x3F6}, {0x482, 0x482}, {0x55A, 0x55F},
    {0x589, 0x58A}, {0x58D, 0x58F}, {0x5BE, 0x5BE}, {0x5C0, 0x5C0},
    {0x5C3, 0x5C3}, {0x5C6, 0x5C6}, {0x5F3, 0x5F4}, {0x600, 0x60F},
    {0x61B, 0x61F}, {0x66A, 0x66D}, {0x6D4, 0x6D4}, {0x6DD, 0x6DE},
    {0x6E9, 0x6E9}, {0x6FD, 0x6FE}, {0x700, 0x70F}, {0x964, 0x965},
    {0x970, 0x970}, {0xE3F, 0xE3F}, {0xE4F, 0xE4F}, {0xE5A, 0xE5B},
    {0x1680, 0x1680}, {0x2000, 0x203E}, {0x2041, 0x2053}, {0x2055, 0x2070},
    {0x2072, 0x207E}, {0x2080, 0x208F}, {0x20A0, 0x20CF}, {0x2100, 0x2101},
    {0x2103, 0x2106}, {0x2108, 0x2109}, {0x2114, 0x2114}, {0x2116, 0x2117},
    {0x211E, 0x2123}, {0x2125, 0x2125}, {0x2127, 0x2127}, {0x2129, 0x2129},
    {0x213A, 0x213B}, {0x2140, 0x2144}, {0x214A, 0x214D}, {0x214F, 0x215F},
    {0x2189, 0x2BFF}, {0x2CE5, 0x2CEA}, {0x2CF9, 0x2CFF}, {0x2E00, 0x3004},
    {0x3008, 0x3020}, {0x3030, 0x3030}, {0x3036, 0x3037}, {0x303D, 0x303F},
    {0x309B, 0x309C}, {0x30A0, 0x30A0}, {0x30FB, 0x30FB}, {0x3190, 0x319F},
    {0x31C0, 0x31EF}, {0x3200, 0x33FF}, {0x4DC0, 0x4DFF}, {0xA490, 0xA4CF},
    {0xA4FE, 0xA4FF}, {0xA60D, 0xA60F}, {0xA673, 0xA673}, {0xA67E, 0xA67E},
    {0xA6F2, 0xA6F7}, {0xA700, 0xA716}, {0xA720, 0xA721}, {0xA789, 0xA78A},
    {0xA828, 0xA82B}, {0xA830, 0xA839}, {0xA874, 0xA877}, {0xA8CE, 0xA8CF},
    {0xA8F8, 0xA8FA}, {0xA8FC, 0xA8FC}, {0xA92E, 0xA92F}, {0xA95F, 0xA95F},
    {0xA9C1, 0xA9CD}, {0xA9DE, 0xA9DF}, {0xAA5C, 0xAA5F}, {0xAA77, 0xAA79},
    {0xAADE, 0xAADF}, {0xAAF0, 0xAAF1}, {0xAB5B, 0xAB5B}, {0xAB6A, 0xAB6B},
    {0xABEB, 0xABEB}, {0xD800, 0xF8FF}, {0xFB29, 0xFB29}, {0xFBB2, 0xFBC2},
    {0xFD3E, 0xFD4F}, {0xFDCF, 0xFDCF}, {0xFDFC, 0xFDFF}, {0xFE10, 0xFE19},
    {0xFE30, 0xFE32}, {0xFE35, 0xFE4C}, {0xFE50, 0xFE6B}, {0xFEFF, 0xFEFF},
    {0xFF01, 0xFF0F}, {0xFF1A, 0xFF20}, {0xFF3B, 0xFF3E}, {0xFF40, 0xFF40},
    {0xFF5B, 0xFF65}, {0xFFE0, 0xFFFF}, {0x10100, 0x1013F},
    {0x1D000, 0x1D24F}, {0x1F000, 0x1FBFF}, {0xE0000, 0xE00FF},
    {0xE01F0, 0x10FFFF},
};

static const Range continue_only[] = {
    {0xB7, 0xB7}, {0x300, 0x36F}, {0x387, 0x387}, {0x483, 0x487},
    {0x591, 0x5BD}, {0x5BF, 0x5BF}, {0x5C1, 0x5C2}, {0x5C4, 0x5C5},
    {0x5C7, 0x5C7}, {0x610, 0x61A}, {0x64B, 0x669}, {0x670, 0x670},
    {0x6D6, 0x6DC}, {0x6DF, 0x6E4}, {0x6E7, 0x6E8}, {0x6EA, 0x6ED},
    {0x6F0, 0x6F9}, {0x711, 0x711}, {0x730, 0x74A}, {0x7A6, 0x7B0},
    {0x7C0, 0x7C9}, {0x7EB, 0x7F3}, {0x900, 0x903}, {0x93A, 0x93C},
    {0x93E, 0x94F}, {0x951, 0x957}, {0x962, 0x963}, {0x966, 0x96F},
    {0x981, 0x983}, {0x9BC, 0x9BC}, {0x9BE, 0x9CD}, {0x9E6, 0x9EF},
    {0xE31, 0xE31}, {0xE34, 0xE3A}, {0xE47, 0xE4E}, {0xE50, 0xE59},
    {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x203F, 0x2040}, {0x2054, 0x2054},
    {0x20D0, 0x20F0}, {0x302A, 0x302F}, {0x3099, 0x309A}, {0xFE00, 0xFE0F},
    {0xFE20, 0xFE2F}, {0xFE33, 0xFE34}, {0xFE4D, 0xFE4F}, {0xFF10, 0xFF19},
    {0xFF3F, 0xFF3F}, {0x1D7CE, 0x1D7FF}, {0xE0100, 0xE01EF},
};

static const Range non_printable[] = {
    {0x7F, 0xA0}, {0xAD, 0xAD}, {0x378, 0x379}, {0x600, 0x605},
    {0x61C, 0x61C}, {0x6DD, 0x6DD}, {0x70F, 0x70F}, {0x890, 0x891},
    {0x8E2, 0x8E2}, {0x1680, 0x1680}, {0x180E, 0x180E}, {0x2000, 0x200F},
    {0x2028, 0x202F}, {0x205F, 0x206F}, {0x3000, 0x3000}, {0xD800, 0xF8FF},
    {0xFEFF, 0xFEFF}, {0xFFF0, 0xFFFB}, {0xFFFE, 0xFFFF}, {0x110BD, 0x110BD},
    {0x110CD, 0x110CD}, {0x13430, 0x1343F}, {0x1BCA0, 0x1BCA3},
    {0x1D173, 0x1D17A}, {0xE0000, 0xE00FF}, {0xE01F0, 0x10FFFF},
};

static bool in_ranges(const Range *r, size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < r[mid].lo)
            hi = mid;
        else if (cp > r[mid].hi)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

#define IN(table, cp) in_ranges(table, sizeof(table) / sizeof(table[0]), cp)

bool mo_unicode_is_xid_start(uint32_t cp) {
    if (cp < 0x80)
        return isalpha((int)cp) || cp == '_';
    return !IN(non_identifier, cp) && !IN(continue_only, cp);
}

bool mo_unicode_is_xid_continue(uint32_t cp) {
    if (cp < 0x80)
        return isalnum((int)cp) || cp == '_';
    return !IN(non_identifier, cp);
}

bool mo_unicode_is_printable(uint32_t cp) {
    if (cp < 0x80)
        return cp >= 0x20 && cp < 0x7F;
    return !IN(non_printable, cp);
}

int mo_unicode_decode_utf8(const unsigned char *s, size_t n, uint32_t *cp,
                           bool allow_surrogates) {
    if (n == 0)
        return 0;
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2; v = c & 0x1F; min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3; v = c & 0x0F; min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4; v = c & 0x07; min = 0x10000;
    } else {
        return 0;
    }
    if ((size_t)len > n)
        return 0;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF)
        return 0;
    if (v >= 0xD800 && v <= 0xDFFF && !allow_surrogates)
        return 0;
    *cp = v;
    return len;
}

// ------------------------------------------------------------ \N{} names
typedef struct NamedChar { const char *name; uint32_t cp; } NamedChar;

static const NamedChar named_chars[] = {
    {"NULL", 0x0}, {"CHARACTER TABULATION", 0x9}, {"TAB", 0x9},
    {"LINE FEED", 0xA}, {"LF", 0xA}, {"NEW LINE", 0xA}, {"CARRIAGE RETURN", 0xD},
    {"CR", 0xD}, {"ESCAPE", 0x1B}, {"ESC", 0x1B}, {"BELL", 0x7}, {"DELETE", 0x7F},
    {"SPACE", 0x20}, {"EXCLAMATION MARK", 0x21}, {"QUOTATION MARK", 0x22},
    {"NUMBER SIGN", 0x23}, {"DOLLAR SIGN", 0x24}, {"PERCENT SIGN", 0x25},
    {"AMPERSAND", 0x26}, {"APOSTROPHE", 0x27}, {"LEFT PARENTHESIS", 0x28},
    {"RIGHT PARENTHESIS", 0x29}, {"ASTERISK", 0x2A}, {"PLUS SIGN", 0x2B},
    {"COMMA", 0x2C}, {"HYPHEN-MINUS", 0x2D}, {"FULL STOP", 0x2E},
    {"SOLIDUS", 0x2F}, {"COLON", 0x3A}, {"SEMICOLON", 0x3B},
    {"LESS-THAN SIGN", 0x3C}, {"EQUALS SIGN", 0x3D}, {"GREATER-THAN SIGN", 0x3E},
    {"QUESTION MARK", 0x3F}, {"COMMERCIAL AT", 0x40},
    {"LEFT SQUARE BRACKET", 0x5B}, {"REVERSE SOLIDUS", 0x5C},
    {"RIGHT SQUARE BRACKET", 0x5D}, {"CIRCUMFLEX ACCENT", 0x5E},
    {"LOW LINE", 0x5F}, {"GRAVE ACCENT", 0x60}, {"LEFT CURLY BRACKET", 0x7B},
    {"VERTICAL LINE", 0x7C}, {"RIGHT CURLY BRACKET", 0x7D}, {"TILDE", 0x7E},
    {"NO-BREAK SPACE", 0xA0}, {"INVERTED EXCLAMATION MARK", 0xA1},
    {"CENT SIGN", 0xA2}, {"POUND SIGN", 0xA3}, {"CURRENCY SIGN", 0xA4},
    {"YEN SIGN", 0xA5}, {"BROKEN BAR", 0xA6}, {"SECTION SIGN", 0xA7},
    {"DIAERESIS", 0xA8}, {"COPYRIGHT SIGN", 0xA9},
    {"FEMININE ORDINAL INDICATOR", 0xAA},
    {"LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB}, {"NOT SIGN", 0xAC},
    {"SOFT HYPHEN", 0xAD}, {"REGISTERED SIGN", 0xAE}, {"MACRON", 0xAF},
    {"DEGREE SIGN", 0xB0}, {"PLUS-MINUS SIGN", 0xB1}, {"SUPERSCRIPT TWO", 0xB2},
    {"SUPERSCRIPT THREE", 0xB3}, {"ACUTE ACCENT", 0xB4}, {"MICRO SIGN", 0xB5},
    {"PILCROW SIGN", 0xB6}, {"MIDDLE DOT", 0xB7}, {"CEDILLA", 0xB8},
    {"SUPERSCRIPT ONE", 0xB9}, {"MASCULINE ORDINAL INDICATOR", 0xBA},
    {"RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB},
    {"VULGAR FRACTION ONE QUARTER", 0xBC}, {"VULGAR FRACTION ONE HALF", 0xBD},
    {"VULGAR FRACTION THREE QUARTERS", 0xBE}, {"INVERTED QUESTION MARK", 0xBF},
    {"MULTIPLICATION SIGN", 0xD7}, {"DIVISION SIGN", 0xF7},
    {"LATIN CAPITAL LETTER AE", 0xC6}, {"LATIN SMALL LETTER AE", 0xE6},
    {"LATIN CAPITAL LETTER ETH", 0xD0}, {"LATIN SMALL LETTER ETH", 0xF0},
    {"LATIN CAPITAL LETTER THORN", 0xDE}, {"LATIN SMALL LETTER THORN", 0xFE},
    {"LATIN SMALL LETTER SHARP S", 0xDF},
    {"LATIN CAPITAL LIGATURE OE", 0x152}, {"LATIN SMALL LIGATURE OE", 0x153},
    {"LATIN SMALL LETTER DOTLESS I", 0x131},
    {"ZERO WIDTH SPACE", 0x200B}, {"ZERO WIDTH NON-JOINER", 0x200C},
    {"ZERO WIDTH JOINER", 0x200D}, {"EN DASH", 0x2013}, {"EM DASH", 0x2014},
    {"LEFT SINGLE QUOTATION MARK", 0x2018}, {"RIGHT SINGLE QUOTATION MARK", 0x2019},
    {"LEFT DOUBLE QUOTATION MARK", 0x201C}, {"RIGHT DOUBLE QUOTATION MARK", 0x201D},
    {"DAGGER", 0x2020}, {"DOUBLE DAGGER", 0x2021}, {"BULLET", 0x2022},
    {"HORIZONTAL ELLIPSIS", 0x2026}, {"PER MILLE SIGN", 0x2030},
    {"EN SPACE", 0x2002}, {"EM SPACE", 0x2003}, {"THIN SPACE", 0x2009},
    {"LINE SEPARATOR", 0x2028}, {"PARAGRAPH SEPARATOR", 0x2029},
    {"EURO SIGN", 0x20AC}, {"TRADE MARK SIGN", 0x2122}, {"LEFTWARDS ARROW", 0x2190},
    {"UPWARDS ARROW", 0x2191}, {"RIGHTWARDS ARROW", 0x2192},
    {"DOWNWARDS ARROW", 0x2193}, {"LEFT RIGHT ARROW", 0x2194},
    {"RIGHTWARDS DOUBLE ARROW", 0x21D2}, {"FOR ALL", 0x2200},
    {"PARTIAL DIFFERENTIAL", 0x2202}, {"THERE EXISTS", 0x2203},
    {"EMPTY SET", 0x2205}, {"NABLA", 0x2207}, {"ELEMENT OF", 0x2208},
    {"N-ARY PRODUCT", 0x220F}, {"N-ARY SUMMATION", 0x2211}, {"MINUS SIGN", 0x2212},
    {"SQUARE ROOT", 0x221A}, {"INFINITY", 0x221E}, {"LOGICAL AND", 0x2227},
    {"LOGICAL OR", 0x2228}, {"INTERSECTION", 0x2229}, {"UNION", 0x222A},
    {"INTEGRAL", 0x222B}, {"ALMOST EQUAL TO", 0x2248}, {"NOT EQUAL TO", 0x2260},
    {"IDENTICAL TO", 0x2261}, {"LESS-THAN OR EQUAL TO", 0x2264},
    {"GREATER-THAN OR EQUAL TO", 0x2265}, {"BLACK SQUARE", 0x25A0},
    {"WHITE SQUARE", 0x25A1}, {"BLACK CIRCLE", 0x25CF}, {"WHITE CIRCLE", 0x25CB},
    {"BLACK STAR", 0x2605}, {"WHITE STAR", 0x2606}, {"SNOWMAN", 0x2603},
    {"BLACK HEART SUIT", 0x2665}, {"CHECK MARK", 0x2713},
    {"HEAVY CHECK MARK", 0x2714}, {"BALLOT X", 0x2717},
    {"HEAVY BLACK HEART", 0x2764}, {"BOX DRAWINGS LIGHT HORIZONTAL", 0x2500},
    {"BOX DRAWINGS LIGHT VERTICAL", 0x2502}, {"FULL BLOCK", 0x2588},
    {"ZERO WIDTH NO-BREAK SPACE", 0xFEFF}, {"BYTE ORDER MARK", 0xFEFF},
    {"REPLACEMENT CHARACTER", 0xFFFD}, {"SNAKE", 0x1F40D},
    {"GRINNING FACE", 0x1F600}, {"FACE WITH TEARS OF JOY", 0x1F602},
    {"SMILING FACE WITH SMILING EYES", 0x1F60A}, {"THUMBS UP SIGN", 0x1F44D},
    {"PILE OF POO", 0x1F4A9}, {"ROCKET", 0x1F680}, {"PARTY POPPER", 0x1F389},
    {"FIRE", 0x1F525}, {"SPARKLES", 0x2728}, {"WARNING SIGN", 0x26A0},
};

static const char *const latin1_letters[] = {
    // 0xC0..0xDE (capital) and 0xE0..0xFE (small) share these suffixes.
    "A WITH GRAVE", "A WITH ACUTE", "A WITH CIRCUMFLEX", "A WITH TILDE",
    "A WITH DIAERESIS", "A WITH RING ABOVE", NULL, "C WITH CEDILLA",
    "E WITH GRAVE", "E WITH ACUTE", "E WITH CIRCUMFLEX", "E WITH DIAERESIS",
    "I WITH GRAVE", "I WITH ACUTE", "I WITH CIRCUMFLEX", "I WITH DIAERESIS",
    NULL, "N WITH TILDE", "O WITH GRAVE", "O WITH ACUTE", "O WITH CIRCUMFLEX",
    "O WITH TILDE", "O WITH DIAERESIS", NULL, "O WITH STROKE", "U WITH GRAVE",
    "U WITH ACUTE", "U WITH CIRCUMFLEX", "U WITH DIAERESIS", "Y WITH ACUTE",
};

static const char *const greek_letters[] = {
    "ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA",
    "IOTA", "KAPPA", "LAMDA", "MU", "NU", "XI", "OMICRON", "PI", "RHO",
    "FINAL SIGMA", "SIGMA", "TAU", "UPSILON", "PHI", "CHI", "PSI", "OMEGA",
};

static const char *const digit_names[] = {
    "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
};

// Compares `s` (length `n`, any case) with the NUL-terminated upper-case `name`.
static bool name_eq(const char *s, size_t n, const char *name) {
    size_t m = strlen(name);
    if (m != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (toupper((unsigned char)s[i]) != name[i])
            return false;
    return true;
}

static bool starts_with(const char *s, size_t n, const char *prefix, size_t *rest) {
    size_t m = strlen(prefix);
    if (n < m)
        return false;
    for (size_t i = 0; i < m; i++)
        if (toupper((unsigned char)s[i]) != prefix[i])
            return false;
    *rest = m;
    return true;
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)toupper((unsigned char)c);
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool mo_unicode_lookup_name(const char *name, size_t len, uint32_t *cp) {
    for (size_t i = 0; i < sizeof(named_chars) / sizeof(named_chars[0]); i++) {
        if (name_eq(name, len, named_chars[i].name)) {
            *cp = named_chars[i].cp;
            return true;
        }
    }
    size_t k;
    bool capital = false;
    if (starts_with(name, len, "LATIN CAPITAL LETTER ", &k))
        capital = true;
    else if (!starts_with(name, len, "LATIN SMALL LETTER ", &k))
        k = 0;
    if (k) {
        const char *rest = name + k;
        size_t n = len - k;
        if (n == 1 && isalpha((unsigned char)rest[0])) {
            *cp = (uint32_t)(capital ? toupper((unsigned char)rest[0])
                                     : tolower((unsigned char)rest[0]));
            return true;
        }
        for (size_t i = 0; i < sizeof(latin1_letters) / sizeof(latin1_letters[0]); i++) {
            if (latin1_letters[i] && name_eq(rest, n, latin1_letters[i])) {
                *cp = (uint32_t)((capital ? 0xC0 : 0xE0) + i);
                return true;
            }
        }
        if (!capital && name_eq(rest, n, "Y WITH DIAERESIS")) {
            *cp = 0xFF;
            return true;
        }
        return false;
    }
    if (starts_with(name, len, "GREEK CAPITAL LETTER ", &k))
        capital = true;
    else if (!starts_with(name, len, "GREEK SMALL LETTER ", &k))
        k = 0;
    if (k) {
        const char *rest = name + k;
        size_t n = len - k;
        for (size_t i = 0; i < sizeof(greek_letters) / sizeof(greek_letters[0]); i++) {
            if (name_eq(rest, n, greek_letters[i]) ||
                (i == 10 && name_eq(rest, n, "LAMBDA"))) {
                if (capital && i == 17)
                    return false;  // there is no capital final sigma
                *cp = (uint32_t)((capital ? 0x391 : 0x3B1) + i);
                return true;
            }
        }
        return false;
    }
    if (starts_with(name, len, "DIGIT ", &k)) {
        for (int i = 0; i < 10; i++) {
            if (name_eq(name + k, len - k, digit_names[i])) {
                *cp = (uint32_t)('0' + i);
                return true;
            }
        }
        return false;
    }
    if (starts_with(name, len, "CJK UNIFIED IDEOGRAPH-", &k) &&
        (len - k == 4 || len - k == 5)) {
        uint32_t v = 0;
        for (size_t i = k; i < len; i++) {
            int h = hex_value(name[i]);
            if (h < 0)
                return false;
            v = v * 16 + (uint32_t)h;
        }
        if ((v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) ||
            (v >= 0x20000 && v <= 0x2A6DF)) {
            *cp = v;
            return true;
        }
    }
    return false;
}
