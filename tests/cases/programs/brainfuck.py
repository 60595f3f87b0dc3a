# A Brainfuck interpreter with precomputed bracket jumps, running hello-world and a squares program.
def run(prog, inp=""):
    code = [c for c in prog if c in "<>+-.,[]"]
    jump = {}
    stack = []
    for i, c in enumerate(code):
        if c == "[":
            stack.append(i)
        elif c == "]":
            j = stack.pop()
            jump[i], jump[j] = j, i
    tape = [0] * 30000
    ptr = pc = 0
    out = []
    inp = list(inp)
    steps = 0
    while pc < len(code):
        c = code[pc]
        if c == ">": ptr += 1
        elif c == "<": ptr -= 1
        elif c == "+": tape[ptr] = (tape[ptr] + 1) & 255
        elif c == "-": tape[ptr] = (tape[ptr] - 1) & 255
        elif c == ".": out.append(chr(tape[ptr]))
        elif c == ",": tape[ptr] = ord(inp.pop(0)) if inp else 0
        elif c == "[" and tape[ptr] == 0: pc = jump[pc]
        elif c == "]" and tape[ptr] != 0: pc = jump[pc]
        pc += 1
        steps += 1
    return "".join(out), steps

hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
out, steps = run(hello)
print(repr(out), steps)
rev = ">,[>,]<[.<]"
print(run(rev, "stressed")[0])
add = ",>++++++[<-------->-],[<+>-]<."
print(run(add, "34")[0])
print(repr(run("++++++++++[>+++++>+<<-]>-->[<.+>-]", "")[0]))
