# A plugin registry built from class decorators, a metaclass-free registry dict, and dispatch by file type.
REGISTRY = {}
def handles(*extensions, priority=0):
    def deco(cls):
        for ext in extensions:
            REGISTRY.setdefault(ext, []).append((priority, cls))
            REGISTRY[ext].sort(key=lambda pc: -pc[0])
        cls.extensions = extensions
        return cls
    return deco
class Handler:
    name = "base"
    def __init__(self, path):
        self.path = path
    def process(self, content):
        raise NotImplementedError
    def __repr__(self):
        return f"{type(self).__name__}({self.path!r})"
@handles("txt", "md")
class TextHandler(Handler):
    def process(self, content):
        words = content.split()
        return f"{len(words)} words, {len(content)} chars"
@handles("csv")
class CsvHandler(Handler):
    def process(self, content):
        rows = [r.split(",") for r in content.strip().split("\n")]
        return f"{len(rows)} rows x {len(rows[0])} cols"
@handles("md", priority=10)
class MarkdownHandler(TextHandler):
    def process(self, content):
        heads = [l for l in content.split("\n") if l.startswith("#")]
        return f"{len(heads)} headings; " + super().process(content)
@handles("py")
class BrokenHandler(Handler):
    pass
def dispatch(path, content):
    ext = path.rsplit(".", 1)[-1] if "." in path else ""
    candidates = REGISTRY.get(ext)
    if not candidates:
        return f"{path}: no handler for {ext!r}"
    handler = candidates[0][1](path)
    try:
        return f"{path}: {handler!r} -> {handler.process(content)}"
    except NotImplementedError:
        return f"{path}: {type(handler).__name__} cannot process yet"
files = {
    "notes.txt": "copy and patch is fast",
    "README.md": "# Title\nsome text\n## Section\nmore words here",
    "data.csv": "a,b,c\n1,2,3\n4,5,6",
    "script.py": "print('hi')",
    "image.png": "",
    "Makefile": "all:",
}
for path, content in files.items():
    print(dispatch(path, content))
print({ext: [c.__name__ for _, c in hs] for ext, hs in sorted(REGISTRY.items())})
print(MarkdownHandler.extensions, TextHandler.extensions, issubclass(MarkdownHandler, Handler))
print([c.__name__ for c in MarkdownHandler.__mro__])
