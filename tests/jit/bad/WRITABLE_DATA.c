// tests/jit/bad/WRITABLE_DATA.c — static writable data: stencil memory is
// read-execute, so there is nowhere for it to live.
// expect: writable static data
long _JIT_ENTRY(void);
long _JIT_ENTRY(void)
{
    static long counter = 5;
    return ++counter;
}
