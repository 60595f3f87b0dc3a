// tests/jit/bad/SWITCH_TABLE.c — a dense switch compiled with jump tables
// allowed. On x86-64 the table holds code addresses (R_X86_64_64 against
// .text), on RISC-V relative offsets (R_RISCV_ADD32/SUB32), on AArch64
// offsets with no relocation at all, used by a `br`. stencilgen refuses all
// three.
// flags: -fjump-tables
// flags-aarch64: -mcmodel=small
// expect: jump table
long f0(long), f1(long), f2(long), f3(long), f4(long), f5(long), f6(long), f7(long);
long _JIT_ENTRY(long x, long y);
long _JIT_ENTRY(long x, long y)
{
    switch (x) {
    case 0: return f0(y) + 1;
    case 1: return f1(y) * 3;
    case 2: return f2(y) - 7;
    case 3: return f3(y) ^ 5;
    case 4: return f4(y) + 11;
    case 5: return f5(y) * 13;
    case 6: return f6(y) - 17;
    case 7: return f7(y) | 19;
    case 8: return f0(y) * 23;
    case 9: return f1(y) - 29;
    case 10: return f2(y) ^ 31;
    case 11: return f3(y) + 37;
    case 12: return f4(y) * 41;
    case 13: return f5(y) - 43;
    case 14: return f6(y) ^ 47;
    case 15: return f7(y) + 53;
    default: return y;
    }
}
