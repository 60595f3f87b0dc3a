// src/front/parser.c — placeholder until the real parser lands: links, and
// reports that parsing is not available.
#include "front/parser.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

AstMod *mo_parser_parse(Arena *arena, const char *src, size_t len,
                        const char *filename, int mode, SyntaxErrorInfo *err) {
    memset(err, 0, sizeof *err);
    err->type = "SyntaxError";
    snprintf(err->msg, sizeof err->msg, "the parser is not implemented yet");
    err->lineno = 1;
    return NULL;
}

void mo_parser_error_clear(SyntaxErrorInfo *err) {
    free(err->text);
    memset(err, 0, sizeof *err);
}
