// tests/jit/bad/STACK_PROTECTOR.c — compiled with the stack protector on:
// the stencil would read __stack_chk_guard (AArch64, RISC-V; x86-64 reads
// it from %fs) and call __stack_chk_fail.
// flags: -fstack-protector-all
// expect: against __stack_chk_
// expect: the stack protector
void fill(char *buffer, long n);
long _JIT_ENTRY(long n);
long _JIT_ENTRY(long n)
{
    char buffer[64];
    fill(buffer, n);
    return buffer[n & 63];
}
