// tests/jit/bad/UNKNOWN_HOLE.c — a `_JIT_` symbol that is not in the hole
// table (src/jit/holes.h): stencilgen must refuse it, naming it.
// expect: against _JIT_BOGUS: unknown _JIT_ symbol
extern char _JIT_BOGUS[];
long _JIT_ENTRY(void);
long _JIT_ENTRY(void)
{
    return (long)_JIT_BOGUS;
}
