// tests/unit/test_tokenizer.c — token streams for lexical edge cases.
//
// Each case tokenizes a source and compares a compact rendering of the
// tokens with the expected one. A token renders as its kind name, then its
// text in quotes (when it has text), then "@line:col"; INDENT, DEDENT and
// ENDMARKER render without text or column. An error renders as
// "ERROR(<msg>)@line:offset" (offset in characters, as SyntaxError).
//
// The expected streams follow CPython 3.11's C tokenizer (not the tokenize
// module, which also reports COMMENT/NL tokens): the ENDMARKER is on the
// last line read, a NEWLINE after a comment starts at the '#', columns are
// UTF-8 byte offsets. Messages and offsets of errors are compared with
// python3 more thoroughly by tests/parser/errors.txt.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "front/tokenizer.h"

static int passed, failed;

static char *render(const char *src, size_t len) {
    TokSource source;
    char msg[256];
    static char out[32768];
    size_t o = 0;
    out[0] = '\0';
    if (!mo_tokenizer_prepare(src, len, "t.py", false, &source, msg, sizeof msg)) {
        snprintf(out, sizeof out, "PREPARE(%s)", msg);
        return out;
    }
    Tokenizer tok;
    mo_tokenizer_init_source(&tok, &source);
    for (int n = 0; n < 1000; n++) {
        Token t;
        TokenKind k = mo_tokenizer_next(&tok, &t);
        if (o && o < sizeof out - 1)
            out[o++] = ' ';
        if (k == TK_ERRORTOKEN) {
            if (tok.done == TOK_ERROR)
                o += (size_t)snprintf(out + o, sizeof out - o, "ERROR(%s)@%d:%d", tok.error.msg,
                                      tok.error.lineno, tok.error.offset);
            else
                o += (size_t)snprintf(out + o, sizeof out - o, "ERROR(done=%d)@%d", (int)tok.done,
                                      tok.lineno);
            break;
        }
        const char *name = mo_tokenizer_kind_name(k);
        if (k == TK_INDENT || k == TK_DEDENT || k == TK_ENDMARKER)
            o += (size_t)snprintf(out + o, sizeof out - o, "%s@%d", name, t.lineno);
        else if (k == TK_NEWLINE)
            o += (size_t)snprintf(out + o, sizeof out - o, "NEWLINE@%d:%d", t.lineno, t.col);
        else if (k == TK_NAME || k == TK_NUMBER || k == TK_STRING || k == TK_OP)
            o += (size_t)snprintf(out + o, sizeof out - o, "%s'%.*s'@%d:%d", name,
                                  (int)(t.end - t.start), t.start, t.lineno, t.col);
        else  // operators and keywords: the kind name is the text
            o += (size_t)snprintf(out + o, sizeof out - o, "%s@%d:%d", name, t.lineno, t.col);
        if (k == TK_ENDMARKER || o >= sizeof out - 64)
            break;
    }
    free(source.buf);
    return out;
}

static void check_len(const char *src, size_t len, const char *expected) {
    char *got = render(src, len);
    if (strcmp(got, expected) == 0) {
        passed++;
    } else {
        failed++;
        printf("FAIL: %.*s\n  got:      %s\n  expected: %s\n", (int)(len > 80 ? 80 : len), src,
               got, expected);
    }
}

static void check(const char *src, const char *expected) { check_len(src, strlen(src), expected); }

int main(void) {
    // Names, keywords, soft keywords.
    check("x = 1\n", "NAME'x'@1:0 '='@1:2 NUMBER'1'@1:4 NEWLINE@1:5 ENDMARKER@1");
    check("if not None:", "'if'@1:0 'not'@1:3 'None'@1:7 ':'@1:11 NEWLINE@1:12 ENDMARKER@1");
    check("match case _", "NAME'match'@1:0 NAME'case'@1:6 NAME'_'@1:11 NEWLINE@1:12 ENDMARKER@1");
    check("async await", "'async'@1:0 'await'@1:6 NEWLINE@1:11 ENDMARKER@1");
    check("éà_1 ﬁ", "NAME'\xc3""\xa9""\xc3""\xa0""_1'@1:0 NAME'\xef""\xac""\x81""'@1:7 NEWLINE@1:10 ENDMARKER@1");
    // Indentation.
    check("if x:\n    y\n    z\nw\n",
          "'if'@1:0 NAME'x'@1:3 ':'@1:4 NEWLINE@1:5 INDENT@2 NAME'y'@2:4 NEWLINE@2:5 NAME'z'@3:4 NEWLINE@3:5 DEDENT@4 NAME'w'@4:0 NEWLINE@4:1 ENDMARKER@4");
    check("if a:\n  if b:\n    c\n",
          "'if'@1:0 NAME'a'@1:3 ':'@1:4 NEWLINE@1:5 INDENT@2 'if'@2:2 NAME'b'@2:5 ':'@2:6 NEWLINE@2:7 INDENT@3 NAME'c'@3:4 NEWLINE@3:5 DEDENT@3 DEDENT@3 ENDMARKER@3");
    check("if a:\n\tb\n        c\n", "'if'@1:0 NAME'a'@1:3 ':'@1:4 NEWLINE@1:5 INDENT@2 NAME'b'@2:1 NEWLINE@2:2 ERROR(done=3)@3");
    check("if a:\n    b\n  c\n", "'if'@1:0 NAME'a'@1:3 ':'@1:4 NEWLINE@1:5 INDENT@2 NAME'b'@2:4 NEWLINE@2:5 ERROR(done=2)@3");
    // Blank lines and comments produce nothing; comments end lines.
    check("\n\n# c\n   # d\nx # e\n\n", "NAME'x'@5:0 NEWLINE@5:2 ENDMARKER@6");
    check("if a:\n    b\n\n  # c\n    d\n",
          "'if'@1:0 NAME'a'@1:3 ':'@1:4 NEWLINE@1:5 INDENT@2 NAME'b'@2:4 NEWLINE@2:5 NAME'd'@5:4 NEWLINE@5:5 DEDENT@5 ENDMARKER@5");
    // Implicit and explicit line joining.
    check("(1,\n 2)\n", "'('@1:0 NUMBER'1'@1:1 ','@1:2 NUMBER'2'@2:1 ')'@2:2 NEWLINE@2:3 ENDMARKER@2");
    check("[\n\n# c\n]\n", "'['@1:0 ']'@4:0 NEWLINE@4:1 ENDMARKER@4");
    check("x = 1 + \\\n    2\n", "NAME'x'@1:0 '='@1:2 NUMBER'1'@1:4 '+'@1:6 NUMBER'2'@2:4 NEWLINE@2:5 ENDMARKER@2");
    check("x \\ y\n", "NAME'x'@1:0 ERROR(done=5)@1");
    check("x \\", "NAME'x'@1:0 ERROR(done=1)@1");
    // Numbers.
    check("0 00 0_0 1_000 0x_1F 0o17 0b1_0 1. .5 1e5 1E-5 1.5j 1J 0xffj 1_2.3_4e+5_6",
          "NUMBER'0'@1:0 NUMBER'00'@1:2 NUMBER'0_0'@1:5 NUMBER'1_000'@1:9 NUMBER'0x_1F'@1:15 NUMBER'0o17'@1:21 NUMBER'0b1_0'@1:26 NUMBER'1.'@1:32 NUMBER'.5'@1:35 NUMBER'1e5'@1:38 NUMBER'1E-5'@1:42 NUMBER'1.5j'@1:47 NUMBER'1J'@1:52 ERROR(invalid hexadecimal literal)@1:59");
    check("1if x else 2", "NUMBER'1'@1:0 'if'@1:1 NAME'x'@1:4 'else'@1:6 NUMBER'2'@1:11 NEWLINE@1:12 ENDMARKER@1");
    check("1_", "ERROR(invalid decimal literal)@1:2");
    check("1__2", "ERROR(invalid decimal literal)@1:2");
    check("012", "ERROR(leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers)@1:1");
    check("0o8", "ERROR(invalid digit '8' in octal literal)@1:3");
    check("0b12", "ERROR(invalid digit '2' in binary literal)@1:4");
    check("1abc", "ERROR(invalid decimal literal)@1:1");
    check("1.e5x", "ERROR(invalid decimal literal)@1:4");
    check("1.__class__", "ERROR(invalid decimal literal)@1:2");
    check("1 .real", "NUMBER'1'@1:0 '.'@1:2 NAME'real'@1:3 NEWLINE@1:7 ENDMARKER@1");
    check("...", "'...'@1:0 NEWLINE@1:3 ENDMARKER@1");
    check("a..b", "NAME'a'@1:0 '.'@1:1 '.'@1:2 NAME'b'@1:3 NEWLINE@1:4 ENDMARKER@1");
    // Strings and prefixes.
    check("'a' \"b\" '''c''' \"\"\"d\"\"\"",
          "STRING''a''@1:0 STRING'\"b\"'@1:4 STRING''''c''''@1:8 STRING'\"\"\"d\"\"\"'@1:16 NEWLINE@1:23 ENDMARKER@1");
    check("r'\\' ' b'' Rb'' bR'' f'' Fr'' rF'' u'' U''",
          "STRING'r'\\' ''@1:0 STRING'b'''@1:7 STRING'Rb'''@1:11 STRING'bR'''@1:16 STRING'f'''@1:21 STRING'Fr'''@1:25 STRING'rF'''@1:30 STRING'u'''@1:35 STRING'U'''@1:39 NEWLINE@1:42 ENDMARKER@1");
    check("ur''", "NAME'ur'@1:0 STRING''''@1:2 NEWLINE@1:4 ENDMARKER@1");
    check("bu''", "NAME'bu'@1:0 STRING''''@1:2 NEWLINE@1:4 ENDMARKER@1");
    check("'''a\nb''' x", "STRING''''a\nb''''@1:0 NAME'x'@2:5 NEWLINE@2:6 ENDMARKER@2");
    check("'a\\\nb'", "STRING''a\\\nb''@1:0 NEWLINE@2:2 ENDMARKER@2");
    check("x = 'abc\n", "NAME'x'@1:0 '='@1:2 ERROR(unterminated string literal (detected at line 1))@1:5");
    check("x = '''abc\n\n", "NAME'x'@1:0 '='@1:2 ERROR(unterminated triple-quoted string literal (detected at line 2))@1:5");
    check("f'{x!r:>{w}}'", "STRING'f'{x!r:>{w}}''@1:0 NEWLINE@1:13 ENDMARKER@1");
    // Operators, longest match first.
    check("**= //= >>= <<= -> := != <> == <= >= ** // << >> @= @ ~ ^ | & %",
          "'**='@1:0 '//='@1:4 '>>='@1:8 '<<='@1:12 '->'@1:16 ':='@1:19 '!='@1:22 OP'<>'@1:25 '=='@1:28 '<='@1:31 '>='@1:34 '**'@1:37 '//'@1:40 '<<'@1:43 '>>'@1:46 '@='@1:49 '@'@1:52 '~'@1:54 '^'@1:56 '|'@1:58 '&'@1:60 '%'@1:62 NEWLINE@1:63 ENDMARKER@1");
    check("$ ? ! `", "OP'$'@1:0 OP'?'@1:2 OP'!'@1:4 OP'`'@1:6 NEWLINE@1:7 ENDMARKER@1");
    // Brackets.
    check(")", "ERROR(unmatched ')')@1:1");
    check("(]", "'('@1:0 ERROR(closing parenthesis ']' does not match opening parenthesis '(')@1:2");
    check("(\n]", "'('@1:0 ERROR(closing parenthesis ']' does not match opening parenthesis '(' on line 1)@2:1");
    check("(", "'('@1:0 ERROR(done=1)@1");
    // Invalid characters.
    check("a € b", "NAME'a'@1:0 ERROR(invalid character '\xe2""\x82""\xac""' (U+20AC))@1:3");
    check("a\x01", "NAME'a'@1:0 ERROR(invalid non-printable character U+0001)@1:2");
    check("a\xc2\xa0", "ERROR(invalid non-printable character U+00A0)@1:2");
    // Source preparation: BOM, CRLF, CR, missing final newline, cookies.
    check("\xEF\xBB\xBFx", "NAME'x'@1:0 NEWLINE@1:1 ENDMARKER@1");
    check("x\r\ny\rz", "NAME'x'@1:0 NEWLINE@1:1 NAME'y'@2:0 NEWLINE@2:1 NAME'z'@3:0 NEWLINE@3:1 ENDMARKER@3");
    check("# -*- coding: latin-1 -*-\nx = '\xe9'\n",
          "NAME'x'@2:0 '='@2:2 STRING''\xc3""\xa9""''@2:4 NEWLINE@2:8 ENDMARKER@2");
    check("# coding: koi8-r\n", "PREPARE(encoding problem: koi8-r (Mosaic reads only utf-8 and latin-1 source files))");
    check("x = '\xff'\n", "ERROR(Non-UTF-8 code starting with '\\xff' in file t.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details)@0:0");
    check_len("x\ny\0\n", 5, "NAME'x'@1:0 NEWLINE@1:1 ERROR(source code cannot contain null bytes)@2:0");
    check("", "ENDMARKER@0");
    // Deep nesting: at most 200 brackets, 100 indentation levels.
    {
        char src[512];
        memset(src, '(', 201);
        src[201] = '\0';
        char *got = render(src, 201);
        const char *tail = strstr(got, "ERROR(");
        if (tail && strcmp(tail, "ERROR(too many nested parentheses)@1:201") == 0)
            passed++;
        else
            failed++, printf("FAIL: 201 parentheses: %s\n", tail ? tail : got);
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
