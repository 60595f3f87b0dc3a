// tests/jit/bad/THREAD_LOCAL.c — a thread-local variable, which a stencil
// cannot address.
// expect: thread-local storage
// skip: aarch64 (clang 19 supports TLS only in the small code model there)
extern __thread long counter;
long _JIT_ENTRY(void);
long _JIT_ENTRY(void)
{
    return ++counter;
}
