// src/front/parser_internal.h — what the parser's files share.
//
// The parser is a hand-written recursive-descent transcription of CPython
// 3.11's PEG grammar (Grammar/python.gram), split by topic:
//
//   parser.c         entry point, the token buffer, the two passes, error
//                    reporting (CPython's pegen.c / pegen_errors.c)
//   parser_stmt.c    statements and blocks
//   parser_expr.c    expressions, calls, comprehensions, lambdas, parameters
//   parser_target.c  assignment/for/with/del targets and their checks
//   parser_pattern.c the patterns of `case` clauses
//   strings.c        string literals, bytes, f-strings
//
// Like CPython, parsing runs in up to two passes. The first pass parses
// valid code only and mostly decides by looking at the next token. If it
// fails without having raised an error, the second pass starts over with
// `call_invalid_rules` set: rule functions then also try the grammar's
// `invalid_*` alternatives, in the grammar's order, which raise the
// specific messages ("expected ':'", "cannot assign to literal", ...). If
// the second pass raises nothing either, the error is "invalid syntax" at
// the furthest token the first pass looked at.
//
// Conventions of rule functions: a rule returns its node (or true) and
// advances `p->mark` on success; on failure it returns NULL (false) with
// `p->mark` restored, and `p->error` says whether an error was raised (then
// every caller unwinds at once). Each rule counts itself in `p->level` like
// CPython's parser, and too deep a nesting raises MemoryError as CPython
// 3.11 does (its MAXSTACK is 6000), so the C stack stays bounded.
//
// Read next: src/front/parser.c.
#ifndef MO_PARSER_INTERNAL_H
#define MO_PARSER_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "front/arena.h"
#include "front/ast.h"
#include "front/parser.h"
#include "front/tokenizer.h"

#define MO_PARSER_MAXSTACK 6000

// Input kinds beyond parser.h's modes: the "(expr)" copy of an f-string
// replacement field (CPython's Py_fstring_input).
#define MO_PARSE_FSTRING 3

typedef struct MemoTable MemoTable;

typedef struct Parser {
    Arena *arena;
    Tokenizer *tok;
    Token **tokens;          // tokens read so far (stable pointers)
    int fill;                // how many
    int size;                // capacity of `tokens`
    Token *chunk;            // tokens are allocated from chunks
    int chunk_left;
    int mark;                // index of the next token
    int mode;                // MO_PARSE_FILE/EVAL/SINGLE/FSTRING
    bool call_invalid_rules; // invalid_* rules are tried (second pass)
    bool error_pass;         // the second pass (expression rules memoize)
    bool error;              // an error has been raised into `err`
    bool parsing_started;    // for MO_PARSE_SINGLE's extra NEWLINE
    int *level;              // rule nesting, shared with f-string parsers
    int level_storage;
    SyntaxErrorInfo *err;
    const char *filename;
    const char *src;         // the prepared source (error lines come from it)
    size_t src_len;
    MemoTable *memo;         // target rules always; expression rules in the
                             // second pass
    Token *known_err_token;
    // The first use of a feature Mosaic does not support yet; reported
    // after an otherwise successful parse (root parser only).
    const char *unsupported_msg;
    AstLoc unsupported_loc;
    // f-string sub-parsers: positions are shifted like the tokens'.
    int starting_lineno;
    int starting_col;
    struct Parser *parent;
} Parser;

// Memo keys for the rules memoized in the second pass.
enum {
    MEMO_EXPRESSION = 1, MEMO_DISJUNCTION, MEMO_BITWISE_OR, MEMO_STAR_EXPRESSIONS,
    MEMO_INVALID_NAMED, MEMO_PRIMARY, MEMO_STAR_TARGETS, MEMO_ARGUMENTS,
    MEMO_STRINGS, MEMO_BLOCK, MEMO_NAMED_EXPRESSION, MEMO_EXPRESSION_NOINVALID,
    MEMO_SLICES, MEMO_STAR_NAMED, MEMO_ATOM, MEMO_TARGET_WITH_STAR_ATOM,
    MEMO_DEL_TARGET, MEMO_STAR_TARGET,
};

// ------------------------------------------------------------ parser.c
// Token access. `mo_parser_peek` returns the token at `mark` (reading it if
// needed); when reading fails it raises the tokenizer's error and returns
// the ERRORTOKEN (never NULL).
Token *mo_parser_peek(Parser *p);
Token *mo_parser_peek_at(Parser *p, int index);
TokenKind mo_parser_peek_kind(Parser *p);
// Consumes and returns the next token if it has kind `kind`, else NULL.
Token *mo_parser_expect(Parser *p, TokenKind kind);
// `&&'x'`: like expect, but a mismatch raises "expected 'x'" there.
Token *mo_parser_expect_forced(Parser *p, TokenKind kind, const char *text);
// The token just consumed (`tokens[mark - 1]`).
Token *mo_parser_last(Parser *p);
// Consumes a NAME (not a keyword) and returns it as an identifier.
const char *mo_parser_name(Parser *p, Token **tok_out);
// Is the next token the soft keyword / NAME `word`?
bool mo_parser_is_name(Parser *p, int index, const char *word);
char *mo_parser_identifier(Parser *p, Token *t);

// Rule bookkeeping: `mo_parser_enter` counts a level and fails (with
// MemoryError) past MAXSTACK; every successful enter needs a leave.
bool mo_parser_enter(Parser *p);
static inline void mo_parser_leave(Parser *p) { (*p->level)--; }

// Second-pass memo. `mo_parser_memo_get` returns true on a hit and then sets
// `*result` and advances `p->mark`.
bool mo_parser_memo_get(Parser *p, int rule, int mark, void **result);
void mo_parser_memo_put(Parser *p, int rule, int mark, void *result);

// Node helpers.
void *mo_parser_alloc(Parser *p, size_t size);
AstLoc mo_parser_loc(Token *start, Token *end);
AstLoc mo_parser_loc_from(Token *start, AstLoc end);
AstLoc mo_parser_span(AstLoc start, AstLoc end);
// The location from `start` to the last consumed token.
AstLoc mo_parser_extra(Parser *p, Token *start);
AstExpr *mo_parser_new_expr(Parser *p, AstExprKind kind, AstLoc loc);
AstStmt *mo_parser_new_stmt(Parser *p, AstStmtKind kind, AstLoc loc);

// A growable list of pointers, arena-backed, for building sequences.
typedef struct PtrList {
    void **items;
    int count;
    int cap;
    void *inline_items[8];
} PtrList;
void mo_parser_list_init(PtrList *l);
bool mo_parser_list_push(Parser *p, PtrList *l, void *item);
// Copies the list into the arena as a sequence of `count` pointers.
void **mo_parser_list_finish(Parser *p, PtrList *l);

// Errors. Lines and columns are CPython's: `col`/`end_col` are 0-based byte
// offsets in line `lineno`/`end_lineno`; -1 for end_col means "none".
void mo_parser_raise_at(Parser *p, const char *type, int lineno, int col,
                        int end_lineno, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
// RAISE_SYNTAX_ERROR: at the last token read.
void mo_parser_raise(Parser *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void mo_parser_raise_indentation(Parser *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
// RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _KNOWN_RANGE / _STARTING_FROM.
void mo_parser_raise_loc(Parser *p, AstLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void mo_parser_raise_range(Parser *p, AstLoc a, AstLoc b, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void mo_parser_raise_from(Parser *p, AstLoc a, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void mo_parser_raise_memory(Parser *p);
AstLoc mo_parser_token_loc(Token *t);

// -------------------------------------------------------- parser_stmt.c
AstStmtSeq mo_parser_stmt_file(Parser *p, bool *ok);
AstStmtSeq mo_parser_stmt_interactive(Parser *p, bool *ok);

// -------------------------------------------------------- parser_expr.c
AstExpr *mo_parser_expr_expression(Parser *p);
AstExpr *mo_parser_expr_expressions(Parser *p);
AstExpr *mo_parser_expr_star_expressions(Parser *p);
AstExpr *mo_parser_expr_star_expression(Parser *p);
AstExpr *mo_parser_expr_named_expression(Parser *p);
AstExpr *mo_parser_expr_star_named_expression(Parser *p);
AstExpr *mo_parser_expr_yield_expr(Parser *p);
AstExpr *mo_parser_expr_disjunction(Parser *p);
AstExpr *mo_parser_expr_bitwise_or(Parser *p);
AstExpr *mo_parser_expr_primary(Parser *p);
AstExpr *mo_parser_expr_atom(Parser *p);
AstExpr *mo_parser_expr_slices(Parser *p);
AstExpr *mo_parser_expr_list(Parser *p);
AstExpr *mo_parser_expr_tuple(Parser *p);
AstExpr *mo_parser_expr_genexp(Parser *p);
AstExpr *mo_parser_expr_starred_expression(Parser *p);
bool mo_parser_expr_star_named_expressions(Parser *p, AstExprSeq *out);
// `'(' [arguments] ')'` contents: the call's args and keywords.
bool mo_parser_expr_arguments(Parser *p, AstExprSeq *args, AstKeywordSeq *keywords);
bool mo_parser_expr_for_if_clauses(Parser *p, AstComprehensionSeq *out);
AstArguments *mo_parser_expr_params(Parser *p, bool lambda);
AstArguments *mo_parser_expr_empty_arguments(Parser *p);
const char *mo_parser_expr_name_of(const AstExpr *e);
// `expression` with the second pass's invalid rules switched off.
AstExpr *mo_parser_expr_expression_without_invalid(Parser *p);

// ------------------------------------------------------ parser_target.c
typedef enum TargetsType { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS } TargetsType;
AstExpr *mo_parser_target_star_targets(Parser *p);
AstExpr *mo_parser_target_star_target(Parser *p);
AstExpr *mo_parser_target_single_target(Parser *p);
AstExpr *mo_parser_target_single_subscript_attribute(Parser *p);
bool mo_parser_target_del_targets(Parser *p, AstExprSeq *out);
// Sets the context of a valid target tree (Name/Attribute/Subscript/
// Starred/List/Tuple) in place.
void mo_parser_target_set_context(AstExpr *e, AstExprContext ctx);
// CPython's _PyPegen_get_invalid_target.
AstExpr *mo_parser_target_invalid(AstExpr *e, TargetsType type);
// RAISE_SYNTAX_ERROR_INVALID_TARGET: raises and returns true when `e`
// contains an invalid target.
bool mo_parser_target_raise_invalid(Parser *p, TargetsType type, AstExpr *e);

// ----------------------------------------------------- parser_pattern.c
// `patterns`: what follows `case`.
AstPattern *mo_parser_pattern_patterns(Parser *p);

// ------------------------------------------------------------ strings.c
// `strings: STRING+` — the concatenation of the string tokens at `mark`.
AstExpr *mo_strings_parse(Parser *p);
// Runs a sub-parser over an f-string replacement field (used by strings.c,
// defined in parser.c).
AstExpr *mo_parser_fstring_expr(Parser *p, const char *expr_start, const char *expr_end,
                                Token *t);

#endif
