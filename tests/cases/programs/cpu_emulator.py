# An assembler and emulator for a small register machine: labels, jumps, calls, a stack; runs three programs.
class CPU:
    def __init__(self, program):
        self.code, self.labels = self.assemble(program)
        self.reg = {r: 0 for r in ("a", "b", "c", "d")}
        self.stack = []
        self.out = []
        self.steps = 0
    @staticmethod
    def assemble(text):
        code, labels = [], {}
        for line in text.strip().split("\n"):
            line = line.split(";")[0].strip()
            if not line:
                continue
            if line.endswith(":"):
                labels[line[:-1]] = len(code)
                continue
            op, *args = line.replace(",", " ").split()
            code.append((op, args))
        return code, labels
    def val(self, x):
        return self.reg[x] if x in self.reg else int(x)
    def run(self, limit=100000):
        pc = 0
        while pc < len(self.code):
            self.steps += 1
            if self.steps > limit:
                raise RuntimeError("step limit exceeded")
            op, args = self.code[pc]
            pc += 1
            if op == "mov": self.reg[args[0]] = self.val(args[1])
            elif op == "add": self.reg[args[0]] += self.val(args[1])
            elif op == "sub": self.reg[args[0]] -= self.val(args[1])
            elif op == "mul": self.reg[args[0]] *= self.val(args[1])
            elif op == "mod": self.reg[args[0]] %= self.val(args[1])
            elif op == "div": self.reg[args[0]] //= self.val(args[1])
            elif op == "jmp": pc = self.labels[args[0]]
            elif op == "jz":
                if self.val(args[0]) == 0: pc = self.labels[args[1]]
            elif op == "jnz":
                if self.val(args[0]) != 0: pc = self.labels[args[1]]
            elif op == "jlt":
                if self.val(args[0]) < self.val(args[1]): pc = self.labels[args[2]]
            elif op == "push": self.stack.append(self.val(args[0]))
            elif op == "pop": self.reg[args[0]] = self.stack.pop()
            elif op == "call":
                self.stack.append(pc); pc = self.labels[args[0]]
            elif op == "ret": pc = self.stack.pop()
            elif op == "out": self.out.append(self.val(args[0]))
            elif op == "halt": break
            else:
                raise ValueError(f"unknown instruction {op}")
        return self.out

FACT = """
    mov a, 1
    mov b, 20
loop:
    mul a, b
    sub b, 1
    jnz b, loop
    out a
    halt
"""
PRIMES = """
    mov a, 2
next:
    mov b, 2
check:
    mov c, b
    mul c, b
    jlt a, c, prime     ; b*b > a -> prime
    mov c, a
    mod c, b
    jz c, notprime
    add b, 1
    jmp check
prime:
    out a
notprime:
    add a, 1
    jlt a, 60, next
"""
GCD = """
    mov a, 1071
    mov b, 462
    call gcd
    out a
    mov a, 2310
    mov b, 3003
    call gcd
    out a
    halt
gcd:
    jz b, done
    mov c, a
    mod c, b
    mov a, b
    mov b, c
    jmp gcd
done:
    ret
"""
for name, prog in [("fact", FACT), ("primes", PRIMES), ("gcd", GCD)]:
    cpu = CPU(prog)
    print(name, cpu.run(), "steps:", cpu.steps, "regs:", cpu.reg)
try:
    CPU("spin:\n jmp spin").run(limit=5000)
except RuntimeError as e:
    print("RuntimeError:", e)
