// tests/jit/bad/STRUCT_COPY.c — a struct copy, which clang turns into a call
// to memcpy (an implicit library call): stencilgen must refuse it.
// expect: against memcpy: an implicit library call
struct Big {
    long words[1024];
};
extern char _JIT_OPERAND0[], _JIT_OPERAND1[];
void _JIT_ENTRY(void);
void _JIT_ENTRY(void)
{
    *(struct Big *)_JIT_OPERAND0 = *(const struct Big *)_JIT_OPERAND1;
}
