// tests/jit/bad/ZERO_FILL.c — clearing a large struct, which clang turns
// into a call to memset: stencilgen must refuse it.
// expect: against memset: an implicit library call
struct Big {
    long words[1024];
};
extern char _JIT_OPERAND0[];
void _JIT_ENTRY(void);
void _JIT_ENTRY(void)
{
    *(struct Big *)_JIT_OPERAND0 = (struct Big){0};
}
