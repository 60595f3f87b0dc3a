// tools/opgen/opgen.c — generates the interpreters' cases and the op tables
// from src/vm/ops.def, the one definition of every instruction and uop.
//
//   opgen src/vm/ops.def build/<config>/gen
//
// writes (each only if its content changed, so make rebuilds only what must):
//   opcodes.h        OP_* (tier-1 opcodes) and UOP_* enums, and declarations
//   opcodes.c.h      the metadata tables (names, flags, caches, families,
//                    tier-1 → uop expansions, stack effects)
//   tier1_cases.h    TARGET(...) blocks for the computed-goto loop
//   tier1_targets.h  the label table of that loop
//   tier2_cases.h    `case UOP_*:` blocks for the uop interpreter and the JIT
//   uops.mk          JIT_UOPS := … for the stencil rules of the Makefile
//
// The format of ops.def is described at the top of that file. This tool is
// deliberately small: it understands stack-effect lists and flags, copies C
// bodies verbatim (with #line markers so compiler errors point into
// ops.def), and rewrites nothing inside them except DEOPT_IF/EXIT_IF in
// tier 1, which gain the family to fall back to.
#include <ctype.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_OPS 512
#define MAX_ITEMS 16
#define MAX_PARTS 8

enum { KIND_INST, KIND_OP, KIND_MACRO };
enum {
    F_PURE = 1, F_TIER1 = 2, F_TIER2 = 4, F_JUMP = 8, F_GUARD = 16, F_OPERAND = 32,
};

typedef struct Item {
    char name[64];
    char size[128];     // "" for one value, else a C expression
} Item;

typedef struct Part {
    int op;             // index into ops, or -1 for `unused/N`
    int unused;
} Part;

typedef struct Op {
    char name[64];
    int kind;
    Item in[MAX_ITEMS], out[MAX_ITEMS];
    int nin, nout;
    char *body;
    int body_line;
    unsigned flags;
    int cache;
    int jumpeffect;
    bool has_jumpeffect;
    Part parts[MAX_PARTS];
    int nparts;
    int family;         // index of the family's generic instruction, or -1
    int opcode;         // tier-1 opcode, or -1
    int uop;            // uop number, or -1
    int def_line;
} Op;

static Op ops[MAX_OPS];
static int nops;
static const char *src_path;
static char *src;
static size_t src_len, pos;
static int line = 1;

static void die(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s:%d: error: ", src_path, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

// ----------------------------------------------------------------- lexing

static int peekc(void) { return pos < src_len ? (unsigned char)src[pos] : EOF; }
static int getc_(void) {
    if (pos >= src_len)
        return EOF;
    int c = (unsigned char)src[pos++];
    if (c == '\n')
        line++;
    return c;
}

static void skip_space(void) {
    for (;;) {
        int c = peekc();
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            getc_();
        } else if (c == '/' && pos + 1 < src_len && src[pos + 1] == '/') {
            while (peekc() != '\n' && peekc() != EOF)
                getc_();
        } else {
            return;
        }
    }
}

static void expect(char want) {
    skip_space();
    int c = getc_();
    if (c != want)
        die("expected '%c', found '%c'", want, c == EOF ? '?' : c);
}

static bool read_ident(char *out, size_t cap) {
    skip_space();
    size_t n = 0;
    while (isalnum(peekc()) || peekc() == '_') {
        if (n + 1 >= cap)
            die("identifier too long");
        out[n++] = (char)getc_();
    }
    out[n] = '\0';
    return n > 0;
}

// Reads up to (not including) a top-level `stop` char, balancing brackets.
static void read_balanced(char *out, size_t cap, const char *stops) {
    size_t n = 0;
    int depth = 0;
    for (;;) {
        int c = peekc();
        if (c == EOF)
            die("unexpected end of file");
        if (depth == 0 && strchr(stops, c))
            break;
        if (c == '(' || c == '[')
            depth++;
        if (c == ')' || c == ']')
            depth--;
        if (n + 1 >= cap)
            die("expression too long");
        out[n++] = (char)getc_();
    }
    while (n && isspace((unsigned char)out[n - 1]))
        n--;
    out[n] = '\0';
}

static int find_op(const char *name) {
    for (int i = 0; i < nops; i++)
        if (strcmp(ops[i].name, name) == 0)
            return i;
    return -1;
}

// ----------------------------------------------------------------- parsing

// One side of a stack effect: `a, b[expr], unused`.
static int parse_items(Item *items, const char *stops) {
    int n = 0;
    for (;;) {
        skip_space();
        if (strchr(stops, peekc()) || (peekc() == '-' && src[pos + 1] == '-'))
            return n;
        if (n == MAX_ITEMS)
            die("too many stack items");
        Item *it = &items[n++];
        if (!read_ident(it->name, sizeof it->name))
            die("expected a stack item name");
        it->size[0] = '\0';
        skip_space();
        if (peekc() == '[') {
            getc_();
            read_balanced(it->size, sizeof it->size, "]");
            expect(']');
        }
        skip_space();
        if (peekc() == ',')
            getc_();
    }
}

static void parse_body(Op *op) {
    expect('{');
    op->body_line = line;
    size_t start = pos;
    int depth = 1;
    while (depth > 0) {
        int c = getc_();
        if (c == EOF)
            die("unterminated body of %s", op->name);
        if (c == '"' || c == '\'') {
            int q = c;
            while ((c = getc_()) != q) {
                if (c == '\\')
                    getc_();
                if (c == EOF)
                    die("unterminated literal");
            }
        } else if (c == '/' && peekc() == '/') {
            while (peekc() != '\n' && peekc() != EOF)
                getc_();
        } else if (c == '{') {
            depth++;
        } else if (c == '}') {
            depth--;
        }
    }
    size_t len = pos - 1 - start;
    op->body = malloc(len + 1);
    memcpy(op->body, src + start, len);
    op->body[len] = '\0';
}

static void parse_inst_or_op(int kind) {
    if (nops == MAX_OPS)
        die("too many ops");
    Op *op = &ops[nops];
    memset(op, 0, sizeof *op);
    op->kind = kind;
    op->family = -1;
    op->opcode = -1;
    op->uop = -1;
    op->def_line = line;
    expect('(');
    if (!read_ident(op->name, sizeof op->name))
        die("expected a name");
    if (find_op(op->name) >= 0)
        die("%s is defined twice", op->name);
    expect(',');
    expect('(');
    op->nin = parse_items(op->in, ")");
    skip_space();
    if (peekc() == '-') {
        getc_();
        if (getc_() != '-')
            die("expected '--'");
    }
    op->nout = parse_items(op->out, ")");
    expect(')');
    skip_space();
    while (peekc() == ',') {
        getc_();
        char flag[64];
        if (!read_ident(flag, sizeof flag))
            die("expected a flag");
        if (strcmp(flag, "pure") == 0) {
            op->flags |= F_PURE;
        } else if (strcmp(flag, "tier1") == 0) {
            op->flags |= F_TIER1;
        } else if (strcmp(flag, "tier2") == 0) {
            op->flags |= F_TIER2;
        } else if (strcmp(flag, "jump") == 0) {
            op->flags |= F_JUMP;
        } else if (strcmp(flag, "guard") == 0) {
            op->flags |= F_GUARD;
        } else if (strcmp(flag, "operand") == 0) {
            op->flags |= F_OPERAND;
        } else if (strcmp(flag, "cache") == 0 || strcmp(flag, "jumpeffect") == 0) {
            expect('=');
            skip_space();
            char num[32];
            read_balanced(num, sizeof num, ",)");
            int v = atoi(num);
            if (flag[0] == 'c') {
                op->cache = v;
            } else {
                op->jumpeffect = v;
                op->has_jumpeffect = true;
            }
        } else {
            die("unknown flag '%s'", flag);
        }
        skip_space();
    }
    expect(')');
    if (kind == KIND_OP && (op->flags & F_TIER1))
        die("%s: an op cannot be tier1", op->name);
    parse_body(op);
    nops++;
}

static void parse_macro(void) {
    Op *op = &ops[nops];
    memset(op, 0, sizeof *op);
    op->kind = KIND_MACRO;
    op->family = -1;
    op->opcode = -1;
    op->uop = -1;
    op->def_line = line;
    expect('(');
    if (!read_ident(op->name, sizeof op->name))
        die("expected a name");
    expect(')');
    expect('=');
    for (;;) {
        char name[64];
        if (!read_ident(name, sizeof name))
            die("expected a uop name");
        if (op->nparts == MAX_PARTS)
            die("too many parts");
        Part *p = &op->parts[op->nparts++];
        skip_space();
        if (strcmp(name, "unused") == 0 && peekc() == '/') {
            getc_();
            char num[16];
            read_ident(num, sizeof num);
            p->op = -1;
            p->unused = atoi(num);
            op->cache += p->unused;
        } else {
            p->op = find_op(name);
            if (p->op < 0)
                die("%s: unknown uop %s", op->name, name);
            if (ops[p->op].flags & F_TIER1)
                die("%s: %s is tier-1 only", op->name, name);
            op->cache += ops[p->op].cache;
        }
        skip_space();
        if (peekc() == '+') {
            getc_();
            continue;
        }
        expect(';');
        break;
    }
    nops++;
}

static void parse_family(void) {
    char head[64];
    expect('(');
    if (!read_ident(head, sizeof head))
        die("expected a family name");
    expect(')');
    expect('=');
    // Members may be defined later in the file: resolve after parsing.
    static char pending[MAX_OPS][2][64];
    static int npending;
    for (;;) {
        char name[64];
        if (!read_ident(name, sizeof name))
            die("expected a member name");
        strcpy(pending[npending][0], head);
        strcpy(pending[npending][1], name);
        npending++;
        skip_space();
        if (peekc() == ',') {
            getc_();
            continue;
        }
        expect(';');
        break;
    }
    (void)pending;
}

// Families are resolved in a second pass over the source text.
static void resolve_families(void) {
    size_t save_pos = pos;
    int save_line = line;
    pos = 0;
    line = 1;
    for (;;) {
        skip_space();
        if (peekc() == EOF)
            break;
        char word[64];
        if (!read_ident(word, sizeof word)) {
            getc_();
            continue;
        }
        if (strcmp(word, "family") != 0)
            continue;
        char head[64];
        expect('(');
        read_ident(head, sizeof head);
        expect(')');
        expect('=');
        int h = find_op(head);
        if (h < 0)
            die("unknown family head %s", head);
        for (;;) {
            char name[64];
            read_ident(name, sizeof name);
            int m = find_op(name);
            if (m < 0)
                die("unknown family member %s", name);
            if (ops[m].cache != ops[h].cache)
                die("%s: cache size %d differs from %s's %d", name, ops[m].cache, head, ops[h].cache);
            ops[m].family = h;
            skip_space();
            if (peekc() == ',') {
                getc_();
                continue;
            }
            expect(';');
            break;
        }
    }
    pos = save_pos;
    line = save_line;
}

static void parse(void) {
    for (;;) {
        skip_space();
        if (peekc() == EOF)
            break;
        char word[64];
        if (!read_ident(word, sizeof word))
            die("unexpected character '%c'", peekc());
        if (strcmp(word, "inst") == 0)
            parse_inst_or_op(KIND_INST);
        else if (strcmp(word, "op") == 0)
            parse_inst_or_op(KIND_OP);
        else if (strcmp(word, "macro") == 0)
            parse_macro();
        else if (strcmp(word, "family") == 0)
            parse_family();
        else
            die("expected inst, op, macro or family, found '%s'", word);
    }
    resolve_families();
}

// ----------------------------------------------------------------- output

typedef struct Out {
    char *buf;
    size_t len, cap;
    int lines;
    const char *path;
} Out;

static void emit(Out *o, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char tmp[8192];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= sizeof tmp) {
        fprintf(stderr, "opgen: line too long\n");
        exit(1);
    }
    if (o->len + (size_t)n + 1 > o->cap) {
        o->cap = (o->cap + (size_t)n + 1) * 2;
        o->buf = realloc(o->buf, o->cap);
    }
    memcpy(o->buf + o->len, tmp, (size_t)n + 1);
    o->len += (size_t)n;
    for (int i = 0; i < n; i++)
        if (tmp[i] == '\n')
            o->lines++;
}

static void emit_raw(Out *o, const char *s) {
    size_t n = strlen(s);
    if (o->len + n + 1 > o->cap) {
        o->cap = (o->cap + n + 1) * 2;
        o->buf = realloc(o->buf, o->cap);
    }
    memcpy(o->buf + o->len, s, n + 1);
    o->len += n;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '\n')
            o->lines++;
}

// Writes `o` to dir/name unless the file already has exactly that content.
static void finish(Out *o, const char *dir, const char *name) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    (void)o->path;
    FILE *f = fopen(path, "rb");
    if (f) {
        fseek(f, 0, SEEK_END);
        long n = ftell(f);
        fseek(f, 0, SEEK_SET);
        if (n == (long)o->len) {
            char *old = malloc(o->len + 1);
            size_t got = fread(old, 1, o->len, f);
            bool same = got == o->len && memcmp(old, o->buf, o->len) == 0;
            free(old);
            if (same) {
                fclose(f);
                free(o->buf);
                return;
            }
        }
        fclose(f);
    }
    f = fopen(path, "wb");
    if (!f || fwrite(o->buf, 1, o->len, f) != o->len || fclose(f) != 0) {
        fprintf(stderr, "opgen: cannot write %s\n", path);
        exit(1);
    }
    free(o->buf);
}

static void header(Out *o, const char *consumer_macro, const char *consumer) {
    emit(o, "// Generated by tools/opgen from %s. Do not edit.\n", src_path);
    if (consumer_macro)
        emit(o, "#ifndef %s\n#error \"this file is included only by %s\"\n#endif\n", consumer_macro, consumer);
}

// "a + (b) + 1" for the total size of items[0..n).
static void size_sum(const Item *items, int from, int to, char *out, size_t cap) {
    int consts = 0;
    out[0] = '\0';
    for (int i = from; i < to; i++) {
        if (items[i].size[0]) {
            size_t l = strlen(out);
            snprintf(out + l, cap - l, "%s(%s)", l ? " + " : "", items[i].size);
        } else {
            consts++;
        }
    }
    size_t l = strlen(out);
    if (consts || !l)
        snprintf(out + l, cap - l, "%s%d", l ? " + " : "", consts);
}

static int item_in(const Op *op, const char *name) {
    for (int i = 0; i < op->nin; i++)
        if (strcmp(op->in[i].name, name) == 0)
            return i;
    return -1;
}

// Copies a body, rewriting DEOPT_IF( / EXIT_IF( when `family` is given.
static void emit_body(Out *o, const Op *op, const char *family, int tier) {
    emit(o, "#line %d \"%s\"\n", op->body_line, src_path);
    const char *b = op->body;
    // Skip the newline after '{' so #line numbering matches.
    if (*b == '\n')
        b++;
    else
        emit_raw(o, "");
    while (*b) {
        const char *deopt = strstr(b, "DEOPT_IF(");
        const char *exitp = strstr(b, "EXIT_IF(");
        const char *hit = deopt && (!exitp || deopt < exitp) ? deopt : exitp;
        if (!hit || tier != 1) {
            emit_raw(o, b);
            break;
        }
        if (!family)
            die("%s uses DEOPT_IF/EXIT_IF but is in no family", op->name);
        char chunk[4096];
        size_t n = (size_t)(hit - b);
        if (n >= sizeof chunk)
            die("body too long");
        memcpy(chunk, b, n);
        chunk[n] = '\0';
        emit_raw(o, chunk);
        emit(o, "DEOPT_IF_FAMILY(%s, ", family);
        b = hit + (hit == deopt ? strlen("DEOPT_IF(") : strlen("EXIT_IF("));
    }
    emit(o, "\n#line %d \"%s\"\n", o->lines + 3, o->path);
}

// The block of one uop: read inputs, declare outputs, body, write outputs.
static void emit_uop_block(Out *o, const Op *op, const char *family, int tier) {
    char total_in[512], total_out[512];
    size_sum(op->in, 0, op->nin, total_in, sizeof total_in);
    size_sum(op->out, 0, op->nout, total_out, sizeof total_out);
    emit(o, "        {\n");
    for (int i = 0; i < op->nin; i++) {
        const Item *it = &op->in[i];
        if (strcmp(it->name, "unused") == 0)
            continue;
        char above[512];
        size_sum(op->in, i + 1, op->nin, above, sizeof above);
        if (it->size[0])
            emit(o, "            Value *%s = sp - (%s) - (%s);\n", it->name, above, it->size);
        else
            emit(o, "            Value %s = sp[-(%s) - 1];\n", it->name, above);
    }
    for (int i = 0; i < op->nout; i++) {
        const Item *it = &op->out[i];
        if (strcmp(it->name, "unused") == 0 || item_in(op, it->name) >= 0)
            continue;
        if (it->size[0]) {
            char before[512];
            size_sum(op->out, 0, i, before, sizeof before);
            emit(o, "            Value *%s = sp - (%s) + (%s);\n", it->name, total_in, before);
        } else {
            emit(o, "            Value %s;\n", it->name);
        }
    }
    emit_body(o, op, family, tier);
    for (int i = 0; i < op->nout; i++) {
        const Item *it = &op->out[i];
        if (strcmp(it->name, "unused") == 0 || it->size[0])
            continue;
        char before[512];
        size_sum(op->out, 0, i, before, sizeof before);
        int k = item_in(op, it->name);
        if (k >= 0) {
            char before_in[512];
            size_sum(op->in, 0, k, before_in, sizeof before_in);
            if (strcmp(before, before_in) == 0 && !op->in[k].size[0])
                continue;   // unchanged in place
        }
        emit(o, "            sp[-(%s) + (%s)] = %s;\n", total_in, before, it->name);
    }
    if (strcmp(total_in, total_out) != 0)
        emit(o, "            sp += (%s) - (%s);\n", total_out, total_in);
    // Outputs that are never read again would warn; inputs too.
    for (int i = 0; i < op->nin; i++)
        if (strcmp(op->in[i].name, "unused") != 0)
            emit(o, "            (void)%s;\n", op->in[i].name);
    emit(o, "        }\n");
}

static const char *family_name(const Op *op) { return op->family >= 0 ? ops[op->family].name : NULL; }

static void gen_tier1(const char *dir) {
    Out o = {0};
    static char p1[1024]; snprintf(p1, sizeof p1, "%s/tier1_cases.h", dir); o.path = p1;
    header(&o, "MO_TIER1_CONSUMER", "src/vm/eval.c");
    for (int i = 0; i < nops; i++) {
        Op *op = &ops[i];
        if (op->opcode < 0)
            continue;
        emit(&o, "\nTARGET(%s) {\n", op->name);
        bool is_head = false;
        for (int j = 0; j < nops; j++)
            if (ops[j].family == i)
                is_head = true;
        if (is_head)
            emit(&o, "    PREDICTED(%s);\n", op->name);
        emit(&o, "    uint32_t *_this = ip - 1;\n    (void)_this;\n");
        if (op->cache)
            emit(&o, "    ip += %d;\n", op->cache);
        emit(&o, "    enum { _cache = %d };\n", op->cache);
        const char *fam = op->family >= 0 ? family_name(op) : (is_head ? op->name : NULL);
        if (op->kind == KIND_MACRO) {
            bool moved = false;
            for (int p = 0; p < op->nparts; p++) {
                if (op->parts[p].op < 0)
                    continue;
                Op *u = &ops[op->parts[p].op];
                if (moved && (strstr(u->body, "DEOPT_IF") || strstr(u->body, "EXIT_IF")))
                    die("%s: %s may deopt after the stack has changed", op->name, u->name);
                emit(&o, "        // %s\n", u->name);
                emit_uop_block(&o, u, fam, 1);
                char ti[512], to[512];
                size_sum(u->in, 0, u->nin, ti, sizeof ti);
                size_sum(u->out, 0, u->nout, to, sizeof to);
                if (strcmp(ti, to) != 0)
                    moved = true;
            }
        } else {
            char total_in[512];
            size_sum(op->in, 0, op->nin, total_in, sizeof total_in);
            emit(&o, "    Value *_base = sp - (%s);\n    (void)_base;\n", total_in);
            emit_uop_block(&o, op, fam, 1);
        }
        emit(&o, "    DISPATCH();\n}\n");
    }
    finish(&o, dir, "tier1_cases.h");

    Out t = {0};
    t.path = "tier1_targets.h";
    header(&t, "MO_TIER1_CONSUMER", "src/vm/eval.c");
    // All 256 entries, so the loop needs no range check.
    for (int code = 0; code < 256; code++) {
        const char *name = NULL;
        for (int i = 0; i < nops; i++)
            if (ops[i].opcode == code)
                name = ops[i].name;
        if (name)
            emit(&t, "&&TARGET_%s,\n", name);
        else
            emit(&t, "&&unknown_opcode,\n");
    }
    finish(&t, dir, "tier1_targets.h");
}

static void gen_tier2(const char *dir) {
    Out o = {0};
    static char p2[1024]; snprintf(p2, sizeof p2, "%s/tier2_cases.h", dir); o.path = p2;
    header(&o, "MO_TIER2_CONSUMER", "src/tier2/interp.c and src/jit/template.c");
    for (int i = 0; i < nops; i++) {
        Op *op = &ops[i];
        if (op->uop < 0)
            continue;
        emit(&o, "\ncase UOP_%s: {\n", op->name);
        emit_uop_block(&o, op, NULL, 2);
        emit(&o, "    break;\n}\n");
    }
    finish(&o, dir, "tier2_cases.h");
}

static const char *flag_list(unsigned f, char *buf, size_t cap) {
    buf[0] = '\0';
    static const struct { unsigned bit; const char *name; } names[] = {
        {F_PURE, "MO_OPF_PURE"}, {F_TIER1, "MO_OPF_TIER1"}, {F_TIER2, "MO_OPF_TIER2"},
        {F_JUMP, "MO_OPF_JUMP"}, {F_GUARD, "MO_OPF_GUARD"}, {F_OPERAND, "MO_OPF_OPERAND"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (f & names[i].bit) {
            size_t l = strlen(buf);
            snprintf(buf + l, cap - l, "%s%s", l ? " | " : "", names[i].name);
        }
    if (!buf[0])
        snprintf(buf, cap, "0");
    return buf;
}

// Net stack effect of one uop / instruction as a C expression.
static void effect_expr(const Op *op, char *out, size_t cap) {
    char ti[512], to[512];
    if (op->kind == KIND_MACRO) {
        out[0] = '\0';
        for (int p = 0; p < op->nparts; p++) {
            if (op->parts[p].op < 0)
                continue;
            const Op *u = &ops[op->parts[p].op];
            size_sum(u->in, 0, u->nin, ti, sizeof ti);
            size_sum(u->out, 0, u->nout, to, sizeof to);
            size_t l = strlen(out);
            snprintf(out + l, cap - l, "%s((%s) - (%s))", l ? " + " : "", to, ti);
        }
        if (!out[0])
            snprintf(out, cap, "0");
        return;
    }
    size_sum(op->in, 0, op->nin, ti, sizeof ti);
    size_sum(op->out, 0, op->nout, to, sizeof to);
    snprintf(out, cap, "(%s) - (%s)", to, ti);
}

static void gen_tables(const char *dir) {
    int nopcodes = 0, nuops = 0;
    for (int i = 0; i < nops; i++) {
        if (ops[i].opcode >= 0)
            nopcodes++;
        if (ops[i].uop >= 0)
            nuops++;
    }
    Out h = {0};
    h.path = "opcodes.h";
    header(&h, NULL, NULL);
    emit(&h, "#ifndef MO_GEN_OPCODES_H\n#define MO_GEN_OPCODES_H\n\n#include <stdbool.h>\n#include <stdint.h>\n\n");
    emit(&h, "// Tier-1 opcodes.\nenum {\n");
    for (int i = 0; i < nops; i++)
        if (ops[i].opcode >= 0)
            emit(&h, "    OP_%s = %d,\n", ops[i].name, ops[i].opcode);
    emit(&h, "    MO_NUM_OPCODES = %d\n};\n\n", nopcodes);
    emit(&h, "// Uops (tier 2 and the JIT).\nenum {\n");
    for (int i = 0; i < nops; i++)
        if (ops[i].uop >= 0)
            emit(&h, "    UOP_%s = %d,\n", ops[i].name, ops[i].uop);
    emit(&h, "    MO_NUM_UOPS = %d\n};\n\n", nuops);
    emit(&h, "#define MO_OPF_PURE    1u\n#define MO_OPF_TIER1   2u\n#define MO_OPF_TIER2   4u\n"
             "#define MO_OPF_JUMP    8u\n#define MO_OPF_GUARD   16u\n#define MO_OPF_OPERAND 32u\n\n");
    emit(&h, "#define MO_MAX_UOPS_PER_OP %d\n\n", MAX_PARTS);
    emit(&h, "typedef struct OpExpansion {\n    uint8_t n;                  // 0: not traceable (tier-1 only)\n"
             "    uint16_t uops[MO_MAX_UOPS_PER_OP];\n} OpExpansion;\n\n");
    emit(&h, "extern const char *const mo_op_names[MO_NUM_OPCODES];\n");
    emit(&h, "extern const uint8_t mo_op_cache_size[MO_NUM_OPCODES];\n");
    emit(&h, "extern const uint8_t mo_op_flags[MO_NUM_OPCODES];\n");
    emit(&h, "// The generic instruction a specialized one falls back to (itself if none).\n");
    emit(&h, "extern const uint8_t mo_op_generic[MO_NUM_OPCODES];\n");
    emit(&h, "extern const OpExpansion mo_op_expansion[MO_NUM_OPCODES];\n");
    emit(&h, "extern const char *const mo_uop_names[MO_NUM_UOPS];\n");
    emit(&h, "extern const uint8_t mo_uop_flags[MO_NUM_UOPS];\n");
    emit(&h, "// The net stack effect of an instruction; `jump` selects the effect when\n"
             "// it takes its jump.\n");
    emit(&h, "int mo_op_stack_effect(int op, uint32_t oparg, bool jump);\n");
    emit(&h, "int mo_uop_stack_effect(int uop, uint32_t oparg);\n");
    emit(&h, "\n#endif\n");
    finish(&h, dir, "opcodes.h");

    Out c = {0};
    c.path = "opcodes.c.h";
    header(&c, "MO_OPCODES_CONSUMER", "src/vm/opcodes.c");
    char buf[512];
    emit(&c, "const char *const mo_op_names[MO_NUM_OPCODES] = {\n");
    for (int i = 0; i < nops; i++)
        if (ops[i].opcode >= 0)
            emit(&c, "    [OP_%s] = \"%s\",\n", ops[i].name, ops[i].name);
    emit(&c, "};\n\nconst uint8_t mo_op_cache_size[MO_NUM_OPCODES] = {\n");
    for (int i = 0; i < nops; i++)
        if (ops[i].opcode >= 0)
            emit(&c, "    [OP_%s] = %d,\n", ops[i].name, ops[i].cache);
    emit(&c, "};\n\nconst uint8_t mo_op_flags[MO_NUM_OPCODES] = {\n");
    for (int i = 0; i < nops; i++)
        if (ops[i].opcode >= 0) {
            unsigned f = ops[i].flags;
            if (ops[i].kind == KIND_MACRO)
                for (int p = 0; p < ops[i].nparts; p++)
                    if (ops[i].parts[p].op >= 0)
                        f |= ops[ops[i].parts[p].op].flags & (F_GUARD);
            emit(&c, "    [OP_%s] = %s,\n", ops[i].name, flag_list(f, buf, sizeof buf));
        }
    emit(&c, "};\n\nconst uint8_t mo_op_generic[MO_NUM_OPCODES] = {\n");
    for (int i = 0; i < nops; i++)
        if (ops[i].opcode >= 0)
            emit(&c, "    [OP_%s] = OP_%s,\n", ops[i].name, ops[i].family >= 0 ? ops[ops[i].family].name : ops[i].name);
    emit(&c, "};\n\nconst OpExpansion mo_op_expansion[MO_NUM_OPCODES] = {\n");
    for (int i = 0; i < nops; i++) {
        Op *op = &ops[i];
        if (op->opcode < 0)
            continue;
        if (op->kind == KIND_MACRO) {
            emit(&c, "    [OP_%s] = {", op->name);
            int n = 0;
            char list[512] = "";
            for (int p = 0; p < op->nparts; p++)
                if (op->parts[p].op >= 0) {
                    size_t l = strlen(list);
                    snprintf(list + l, sizeof list - l, "%sUOP_%s", n ? ", " : "", ops[op->parts[p].op].name);
                    n++;
                }
            emit(&c, "%d, {%s}},\n", n, list);
        } else if (op->uop >= 0) {
            emit(&c, "    [OP_%s] = {1, {UOP_%s}},\n", op->name, op->name);
        }
    }
    emit(&c, "};\n\nconst char *const mo_uop_names[MO_NUM_UOPS] = {\n");
    for (int i = 0; i < nops; i++)
        if (ops[i].uop >= 0)
            emit(&c, "    [UOP_%s] = \"%s\",\n", ops[i].name, ops[i].name);
    emit(&c, "};\n\nconst uint8_t mo_uop_flags[MO_NUM_UOPS] = {\n");
    for (int i = 0; i < nops; i++)
        if (ops[i].uop >= 0)
            emit(&c, "    [UOP_%s] = %s,\n", ops[i].name, flag_list(ops[i].flags, buf, sizeof buf));
    emit(&c, "};\n\nint mo_op_stack_effect(int op, uint32_t oparg, bool jump) {\n");
    emit(&c, "#define OPARG() ((int)oparg)\n    (void)jump;\n    switch (op) {\n");
    for (int i = 0; i < nops; i++) {
        Op *op = &ops[i];
        if (op->opcode < 0)
            continue;
        effect_expr(op, buf, sizeof buf);
        if (op->has_jumpeffect)
            emit(&c, "    case OP_%s: return jump ? %d : (int)(%s);\n", op->name, op->jumpeffect, buf);
        else
            emit(&c, "    case OP_%s: return (int)(%s);\n", op->name, buf);
    }
    emit(&c, "    default: return 0;\n    }\n}\n\n");
    emit(&c, "int mo_uop_stack_effect(int uop, uint32_t oparg) {\n    switch (uop) {\n");
    for (int i = 0; i < nops; i++) {
        Op *op = &ops[i];
        if (op->uop < 0)
            continue;
        effect_expr(op, buf, sizeof buf);
        emit(&c, "    case UOP_%s: return (int)(%s);\n", op->name, buf);
    }
    emit(&c, "    default: return 0;\n    }\n#undef OPARG\n}\n");
    finish(&c, dir, "opcodes.c.h");

    Out m = {0};
    m.path = "uops.mk";
    emit(&m, "# Generated by tools/opgen from %s. Do not edit.\nJIT_UOPS :=", src_path);
    for (int i = 0; i < nops; i++)
        if (ops[i].uop >= 0)
            emit(&m, " %s", ops[i].name);
    emit(&m, "\n");
    finish(&m, dir, "uops.mk");
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: opgen ops.def outdir\n");
        return 2;
    }
    src_path = argv[1];
    FILE *f = fopen(src_path, "rb");
    if (!f) {
        perror(src_path);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    src_len = (size_t)ftell(f);
    fseek(f, 0, SEEK_SET);
    src = malloc(src_len + 1);
    if (fread(src, 1, src_len, f) != src_len) {
        perror(src_path);
        return 1;
    }
    src[src_len] = '\0';
    fclose(f);
    parse();
    int opcode = 0, uop = 0;
    for (int i = 0; i < nops; i++) {
        Op *op = &ops[i];
        if (op->kind == KIND_INST || op->kind == KIND_MACRO)
            op->opcode = opcode++;
        if ((op->kind == KIND_INST && !(op->flags & F_TIER1)) || op->kind == KIND_OP)
            op->uop = uop++;
    }
    if (opcode > 256) {
        fprintf(stderr, "opgen: %d tier-1 opcodes; at most 256 fit in 8 bits\n", opcode);
        return 1;
    }
    gen_tier1(argv[2]);
    gen_tier2(argv[2]);
    gen_tables(argv[2]);
    return 0;
}
