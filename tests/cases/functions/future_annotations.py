"""Annotations under `from __future__ import annotations` are strings and
may name things defined later."""
from __future__ import annotations
from __future__ import division
import __future__

class Node:
    value: int
    children: list[Node]
    parent: "Node | None" = None
    def __init__(self, value: int, *children: Node) -> None:
        self.value = value
        self.children = list(children)
    def add(self, child: Node) -> Node:
        self.children.append(child)
        return self
    def walk(self) -> Iterator[int]:
        yield self.value
        for c in self.children:
            yield from c.walk()

tree = Node(1, Node(2), Node(3, Node(4)))
print(list(tree.walk()))
print(Node.__annotations__)
print(Node.__init__.__annotations__, Node.walk.__annotations__)
def f(a: dict[str,   int], b: Optional[Undefined] = None, *args: tuple[int, ...], **kw: Callable[[int], str]) -> a.b.c:
    local: AlsoUndefined = 5
    return local
print(f({}), f.__annotations__)
x: SomethingMissing = 3
y: int | None
print(__annotations__, x)
print(annotations is __future__.annotations, division is __future__.division, "annotations" in __future__.all_feature_names)
for src in ["from __future__ import braces", "from __future__ import nonexistent",
            "x = 1\nfrom __future__ import annotations", "def f():\n  from __future__ import annotations",
            '"doc"\nfrom __future__ import annotations\nfrom __future__ import division\nx = 1']:
    try:
        compile(src, "<src>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
