# A text document with a command pattern: insert/delete/replace commands, undo and redo stacks, macros.
class Doc:
    def __init__(self):
        self.text = ""
class Insert:
    def __init__(self, pos, s):
        self.pos, self.s = pos, s
    def do(self, d):
        d.text = d.text[:self.pos] + self.s + d.text[self.pos:]
    def undo(self, d):
        d.text = d.text[:self.pos] + d.text[self.pos + len(self.s):]
    def __repr__(self):
        return f"Insert({self.pos}, {self.s!r})"
class Delete:
    def __init__(self, pos, n):
        self.pos, self.n, self.removed = pos, n, None
    def do(self, d):
        self.removed = d.text[self.pos:self.pos + self.n]
        d.text = d.text[:self.pos] + d.text[self.pos + self.n:]
    def undo(self, d):
        d.text = d.text[:self.pos] + self.removed + d.text[self.pos:]
    def __repr__(self):
        return f"Delete({self.pos}, {self.n})"
class Macro:
    def __init__(self, *cmds):
        self.cmds = cmds
    def do(self, d):
        for c in self.cmds:
            c.do(d)
    def undo(self, d):
        for c in reversed(self.cmds):
            c.undo(d)
    def __repr__(self):
        return f"Macro{self.cmds}"
class Editor:
    def __init__(self):
        self.doc = Doc()
        self.undos, self.redos = [], []
    def run(self, cmd):
        cmd.do(self.doc)
        self.undos.append(cmd)
        self.redos.clear()
    def undo(self):
        if not self.undos:
            return False
        c = self.undos.pop()
        c.undo(self.doc)
        self.redos.append(c)
        return True
    def redo(self):
        if not self.redos:
            return False
        c = self.redos.pop()
        c.do(self.doc)
        self.undos.append(c)
        return True
def replace(text, old, new):
    i = text.find(old)
    return Macro(Delete(i, len(old)), Insert(i, new))
e = Editor()
script = [("run", Insert(0, "hello world")), ("run", Insert(5, ",")), ("run", Insert(12, "!")),
          ("undo",), ("undo",), ("redo",), ("run", Delete(0, 1)), ("run", Insert(0, "J")),
          ("replace", "world", "there"), ("undo",), ("redo",), ("undo",), ("undo",), ("undo",), ("redo",),
          ("run", Insert(0, ">> ")), ("redo",), ("undo",), ("undo",), ("undo",), ("undo",), ("undo",), ("undo",)]
for step in script:
    if step[0] == "run":
        e.run(step[1]); what = repr(step[1])
    elif step[0] == "replace":
        cmd = replace(e.doc.text, step[1], step[2]); e.run(cmd); what = repr(cmd)
    elif step[0] == "undo":
        what = "undo" if e.undo() else "undo (nothing)"
    else:
        what = "redo" if e.redo() else "redo (nothing)"
    print(f"{what:<48} -> {e.doc.text!r:<20} undo={len(e.undos)} redo={len(e.redos)}")
