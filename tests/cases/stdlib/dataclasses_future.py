# dataclasses and typing with postponed (string) annotations: ClassVar in strings, forward references, get_type_hints
from __future__ import annotations
from dataclasses import dataclass, field, fields
from typing import ClassVar, List, Optional
import typing

@dataclass
class Node:
    value: int
    children: List[Node] = field(default_factory=list)
    count: ClassVar[int] = 0
    parent: Optional[Node] = None
    t: typing.ClassVar[str] = "x"

n = Node(1, [Node(2)])
print(n, [f.name for f in fields(Node)], [f.type for f in fields(Node)])
print(typing.get_type_hints(Node))
