// src/front/tokenizer.h — Python 3.11's lexical grammar: bytes to tokens.
//
// The tokenizer reads a prepared source buffer (see `mo_tokenizer_prepare`:
// UTF-8 checked, BOM removed, newlines translated to "\n", a final newline
// added) and hands out one token per `mo_tokenizer_next` call, lazily, so a
// syntax error early in a file is reported before a lexical error later on,
// exactly as CPython's tokenizer/parser pair behaves.
//
// It follows CPython's `tok_get` closely, because error messages and
// positions are part of the contract: NEWLINE/INDENT/DEDENT from an
// indentation stack (tabs to multiples of 8, checked against a tab size of 1
// for TabError), bracket tracking (at most 200 levels), implicit joining
// inside brackets, backslash continuation, comments, numbers (PEP 515
// underscores), all string prefixes and quotes. Strings are not decoded here
// (the parser does it, src/front/strings.c); a STRING token covers the prefix
// and the quotes.
//
// Token positions are CPython's: 1-based lines, 0-based byte columns;
// INDENT, DEDENT and ENDMARKER have `col == -1` (no text), NEWLINE is zero
// width at its "\n". A STRING token's `lineno`/`col` are those of its first
// line.
//
// Read next: src/front/parser.c (the consumer), src/front/strings.c.
#ifndef MO_TOKENIZER_H
#define MO_TOKENIZER_H

#include <stdbool.h>
#include <stddef.h>

#define MO_TOK_MAXINDENT 100  // CPython's MAXINDENT
#define MO_TOK_MAXLEVEL 200   // CPython's MAXLEVEL (bracket nesting)

typedef enum TokenKind {
    TK_ENDMARKER, TK_NAME, TK_NUMBER, TK_STRING, TK_NEWLINE, TK_INDENT,
    TK_DEDENT,
    // Operators, in CPython's order.
    TK_LPAR, TK_RPAR, TK_LSQB, TK_RSQB, TK_COLON, TK_COMMA, TK_SEMI, TK_PLUS,
    TK_MINUS, TK_STAR, TK_SLASH, TK_VBAR, TK_AMPER, TK_LESS, TK_GREATER,
    TK_EQUAL, TK_DOT, TK_PERCENT, TK_LBRACE, TK_RBRACE, TK_EQEQUAL,
    TK_NOTEQUAL, TK_LESSEQUAL, TK_GREATEREQUAL, TK_TILDE, TK_CIRCUMFLEX,
    TK_LEFTSHIFT, TK_RIGHTSHIFT, TK_DOUBLESTAR, TK_PLUSEQUAL, TK_MINEQUAL,
    TK_STAREQUAL, TK_SLASHEQUAL, TK_PERCENTEQUAL, TK_AMPEREQUAL, TK_VBAREQUAL,
    TK_CIRCUMFLEXEQUAL, TK_LEFTSHIFTEQUAL, TK_RIGHTSHIFTEQUAL,
    TK_DOUBLESTAREQUAL, TK_DOUBLESLASH, TK_DOUBLESLASHEQUAL, TK_AT, TK_ATEQUAL,
    TK_RARROW, TK_ELLIPSIS, TK_COLONEQUAL,
    TK_OP,          // a character no rule uses: `$`, `?`, `!`, `` ` ``, `<>`
    TK_ERRORTOKEN,  // the tokenizer failed; see `Tokenizer.done`/`error`
    // Keywords: NAME tokens spelled like a hard keyword get these kinds.
    // Soft keywords (`match`, `case`, `_`) stay TK_NAME.
    TK_KW_FALSE, TK_KW_NONE, TK_KW_TRUE, TK_KW_AND, TK_KW_AS, TK_KW_ASSERT,
    TK_KW_ASYNC, TK_KW_AWAIT, TK_KW_BREAK, TK_KW_CLASS, TK_KW_CONTINUE,
    TK_KW_DEF, TK_KW_DEL, TK_KW_ELIF, TK_KW_ELSE, TK_KW_EXCEPT, TK_KW_FINALLY,
    TK_KW_FOR, TK_KW_FROM, TK_KW_GLOBAL, TK_KW_IF, TK_KW_IMPORT, TK_KW_IN,
    TK_KW_IS, TK_KW_LAMBDA, TK_KW_NONLOCAL, TK_KW_NOT, TK_KW_OR, TK_KW_PASS,
    TK_KW_RAISE, TK_KW_RETURN, TK_KW_TRY, TK_KW_WHILE, TK_KW_WITH,
    TK_KW_YIELD,
    TK_KIND_COUNT
} TokenKind;

typedef struct Token {
    TokenKind kind;
    int level;        // bracket depth after this token (CPython's `level`)
    int lineno;       // first line
    int col;          // byte column of the first byte, or -1 (no text)
    int end_lineno;
    int end_col;      // byte column one past the end, or -1
    int cur_col;      // byte column of the tokenizer right after this token
                      // (CPython reports it when `col` is -1)
    const char *start;  // the token's bytes in the buffer (NULL if no text)
    const char *end;
} Token;

// Why the tokenizer stopped (CPython's `tok->done` codes that matter).
typedef enum TokDone {
    TOK_OK = 0,
    TOK_EOF,        // end of input (ERRORTOKEN at EOF inside brackets or
                    // after a backslash continuation)
    TOK_DEDENT,     // unindent does not match any outer indentation level
    TOK_TABSPACE,   // inconsistent use of tabs and spaces
    TOK_TOODEEP,    // too many levels of indentation
    TOK_LINECONT,   // unexpected character after line continuation
    TOK_ERROR,      // a syntax error with a message: see `error`
} TokDone;

// A lexical error with CPython's message and position (set with TOK_ERROR).
typedef struct TokError {
    char msg[256];
    int lineno;
    int offset;       // 1-based, in characters
    int end_lineno;
    int end_offset;
    // True when the error is that the input ended inside a triple-quoted
    // string (a REPL should read more).
    bool at_eof;
} TokError;

typedef struct Tokenizer {
    const char *buf;         // the prepared source, NUL-terminated
    const char *buf_end;     // its end (points at the NUL)
    const char *cur;         // next byte to read
    const char *inp;         // end of the line read so far
    const char *line_start;  // start of the current line
    const char *start;       // start of the token being read
    int lineno;              // current line (1-based; 0 before reading)
    int first_lineno;        // line where the current string started
    const char *multi_line_start;  // line start where it started
    bool atbol;              // at the beginning of a line
    bool cont_line;          // the line was continued with a backslash
    int pendin;              // pending INDENT (>0) or DEDENT (<0) tokens
    int indent;              // index into indstack
    int indstack[MO_TOK_MAXINDENT];
    int altindstack[MO_TOK_MAXINDENT];
    int level;               // bracket nesting
    char parenstack[MO_TOK_MAXLEVEL];
    int parenlinenostack[MO_TOK_MAXLEVEL];
    int parencolstack[MO_TOK_MAXLEVEL];
    TokDone done;
    TokError error;          // valid when done == TOK_ERROR
    // Position shifts for the expressions inside f-strings, which are
    // tokenized from a copy: tokens on line `starting_lineno` get
    // `starting_col` added to their columns (CPython's starting_col_offset).
    int starting_lineno;
    int starting_col;
    // A line a file reader rejects (NUL bytes, invalid UTF-8): CPython finds
    // it only when it reads that line, so the error waits until then.
    int bad_lineno;          // 0: none
    const char *bad_msg;
    bool bad_located;        // report at the line (NUL) or without position
} Tokenizer;

// A prepared source (see mo_tokenizer_prepare).
typedef struct TokSource {
    char *buf;               // malloc'd, NUL-terminated
    size_t len;
    int bad_lineno;          // as in Tokenizer
    bool bad_located;
    char bad_msg[320];
} TokSource;

// Normalizes raw source bytes into `out->buf`: skips a UTF-8 BOM, honours
// a PEP 263 coding cookie on line 1 or 2 (utf-8 and latin-1 spellings;
// latin-1 is converted to UTF-8), translates "\r\n" and "\r" to "\n" and
// appends a final "\n" when missing. The first line with a NUL byte or
// invalid UTF-8 is recorded in `out->bad_*` for the tokenizer to report when
// it gets there. `from_string` selects compile()-of-a-str behaviour (no
// cookie; NUL bytes fail at once with "source code string cannot contain
// null bytes") rather than a file's. Fails (false, `msg` filled) only for
// those and for unsupported encodings.
bool mo_tokenizer_prepare(const char *src, size_t len, const char *filename,
                          bool from_string, TokSource *out, char *msg, size_t msg_size);

// Starts tokenizing `buf` (prepared, NUL-terminated at `buf + len`).
void mo_tokenizer_init(Tokenizer *tok, const char *buf, size_t len);
// The same, for a prepared source (with its deferred error, if any).
void mo_tokenizer_init_source(Tokenizer *tok, const TokSource *src);

// Reads the next token into `*t` and returns its kind. After an
// ERRORTOKEN, `tok->done` says why; every later call returns ERRORTOKEN.
TokenKind mo_tokenizer_next(Tokenizer *tok, Token *t);

// A printable name for a token kind ("NAME", "'('", "'if'").
const char *mo_tokenizer_kind_name(TokenKind kind);

// Counts the characters in the first `nbytes` bytes of UTF-8 text `s` the
// way CPython's "replace" decoding would (a truncated sequence counts as one).
int mo_tokenizer_count_chars(const char *s, size_t nbytes);

#endif
