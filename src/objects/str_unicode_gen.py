#!/usr/bin/env python3
"""src/objects/str_unicode_gen.py — writes src/objects/str_unicode.inc.

The Unicode character database that `str` methods need (character classes,
full case mappings, digit values), taken from the running CPython so that
Mosaic's answers match the oracle's exactly: every property is read off
CPython's own str methods and unicodedata, never from our own reading of the
UCD files. Run it with the python3 that is the test oracle (3.11: Unicode
14.0) and commit the output:

    python3 src/objects/str_unicode_gen.py > src/objects/str_unicode.inc

Layout of the output (see src/objects/str_unicode.c, which reads it):
- `records`: distinct property records {lower, upper, title, flags, decimal,
  digit}. For a simple record the three case fields are deltas to add to the
  code point and casefold equals lowercase. For an EXTENDED record `lower`
  is an index into `ext`, where four length-prefixed sequences follow each
  other: lowercase, uppercase, titlecase, casefold.
- a three-level trie: `trie_top[cp >> (MID + LEAF)]` picks a block of
  `trie_mid`, whose entry for `(cp >> LEAF) & (2^MID - 1)` picks a block of
  `trie_leaf`, whose entry for `cp & (2^LEAF - 1)` is the record. Identical
  blocks are stored once, which keeps the tables near 30 KB.
"""

import sys
import unicodedata

FLAGS = [
    "ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "SPACE", "PRINTABLE", "LOWER",
    "UPPER", "TITLE", "CASED", "CASE_IGNORABLE", "XID_START", "XID_CONTINUE",
    "EXTENDED", "LINEBREAK",
]
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}
LINEBREAKS = {0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029}


def properties(cp):
    c = chr(cp)
    f = 0
    if c.isalpha(): f |= BIT["ALPHA"]
    if c.isdecimal(): f |= BIT["DECIMAL"]
    if c.isdigit(): f |= BIT["DIGIT"]
    if c.isnumeric(): f |= BIT["NUMERIC"]
    if c.isspace(): f |= BIT["SPACE"]
    if c.isprintable(): f |= BIT["PRINTABLE"]
    # For a one-character string these are exactly the per-character
    # predicates CPython's algorithms use.
    lower = c.islower()
    upper = c.isupper()
    title = unicodedata.category(c) == "Lt"
    if lower: f |= BIT["LOWER"]
    if upper: f |= BIT["UPPER"]
    if title: f |= BIT["TITLE"]
    cased = lower or upper or title
    if cased: f |= BIT["CASED"]
    # Case_Ignorable, observed through the final-sigma rule of str.lower():
    # a capital sigma is final when a cased letter precedes it, skipping
    # case-ignorable characters.
    if cased:
        ignorable = ("1" + c + "\u03a3").lower()[-1] == "\u03c3"
    else:
        ignorable = ("A" + c + "\u03a3").lower()[-1] == "\u03c2"
    if ignorable: f |= BIT["CASE_IGNORABLE"]
    if c.isidentifier(): f |= BIT["XID_START"]
    if ("a" + c).isidentifier(): f |= BIT["XID_CONTINUE"]
    if cp in LINEBREAKS: f |= BIT["LINEBREAK"]
    maps = [c.lower(), c.upper(), c.title(), c.casefold()]
    dec = unicodedata.decimal(c, -1) if 0xD800 > cp or cp > 0xDFFF else -1
    dig = unicodedata.digit(c, -1) if 0xD800 > cp or cp > 0xDFFF else -1
    return f, maps, dec, dig


def main():
    records = {}
    record_list = []
    ext = []
    ext_index = {}
    cp_record = []
    for cp in range(0x110000):
        f, maps, dec, dig = properties(cp)
        simple = all(len(m) == 1 for m in maps) and maps[3] == maps[0]
        if simple:
            key = (f, ord(maps[0]) - cp, ord(maps[1]) - cp, ord(maps[2]) - cp, dec, dig)
        else:
            f |= BIT["EXTENDED"]
            seq = []
            for m in maps:
                seq.append(len(m))
                seq.extend(ord(x) for x in m)
            seq = tuple(seq)
            if seq not in ext_index:
                ext_index[seq] = len(ext)
                ext.extend(seq)
            key = (f, ext_index[seq], 0, 0, dec, dig)
        if key not in records:
            records[key] = len(record_list)
            record_list.append(key)
        cp_record.append(records[key])

    # A three-level trie; the shifts are chosen to make it smallest.
    def split(values, shift):
        size = 1 << shift
        blocks = {}
        index = []
        data = []
        for start in range(0, len(values), size):
            block = tuple(values[start:start + size])
            if block not in blocks:
                blocks[block] = len(blocks)
                data.extend(block)
            index.append(blocks[block])
        return index, data, len(blocks)

    def width(n):
        return 1 if n <= 256 else 2

    best = None
    for leaf_shift in range(2, 9):
        mid_index, leaf, nleaf = split(cp_record, leaf_shift)
        for mid_shift in range(2, 9):
            top, mid, nmid = split(mid_index, mid_shift)
            total = len(top) * width(nmid) + len(mid) * width(nleaf) + len(leaf) * width(len(record_list))
            if best is None or total < best[0]:
                best = (total, mid_shift, leaf_shift, top, mid, leaf, nmid, nleaf)
    total, mid_shift, leaf_shift, top, mid, leaf, nmid, nleaf = best
    ctype = {1: "uint8_t", 2: "uint16_t"}

    out = sys.stdout
    out.write("// Generated by src/objects/str_unicode_gen.py from CPython %s "
              "(Unicode %s). Do not edit.\n" % (sys.version.split()[0], unicodedata.unidata_version))
    out.write("#ifndef MO_STR_UNICODE_TABLES\n#error \"included only by src/objects/str_unicode.c\"\n#endif\n\n")
    out.write("#define UNICODE_VERSION \"%s\"\n" % unicodedata.unidata_version)
    for name in FLAGS:
        out.write("#define U_%s 0x%04x\n" % (name, BIT[name]))
    out.write("#define TRIE_MID_SHIFT %d\n#define TRIE_LEAF_SHIFT %d\n\n" % (mid_shift, leaf_shift))
    out.write("// %d records, %d ext words, trie %d bytes\n" % (len(record_list), len(ext), total))
    out.write("static const UnicodeRecord records[%d] = {\n" % len(record_list))
    for (f, lo, up, ti, dec, dig) in record_list:
        out.write("    {%d, %d, %d, 0x%04x, %d, %d},\n" % (lo, up, ti, f, dec, dig))
    out.write("};\n\n")

    def array(name, typ, values):
        out.write("static const %s %s[%d] = {\n" % (typ, name, len(values)))
        for i in range(0, len(values), 16):
            out.write("    " + ", ".join(str(v) for v in values[i:i + 16]) + ",\n")
        out.write("};\n\n")

    array("ext", "uint32_t", ext)
    array("trie_top", ctype[width(nmid)], top)
    array("trie_mid", ctype[width(nleaf)], mid)
    array("trie_leaf", ctype[width(len(record_list))], leaf)


if __name__ == "__main__":
    main()
