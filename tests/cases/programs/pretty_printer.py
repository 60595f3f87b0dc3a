# A recursive pretty printer for nested dicts/lists/tuples with indentation and line-width wrapping.
def pretty(obj, indent=0, width=60):
    flat = flat_repr(obj)
    if len(flat) + indent <= width or not isinstance(obj, (dict, list, tuple)):
        return flat
    pad = " " * (indent + 2)
    if isinstance(obj, dict):
        items = [f"{pad}{k!r}: {pretty(v, indent + 2 + len(repr(k)) + 2, width)}" for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    open_, close = ("[", "]") if isinstance(obj, list) else ("(", ")")
    items = [pad + pretty(v, indent + 2, width) for v in obj]
    return open_ + "\n" + ",\n".join(items) + "\n" + " " * indent + close

def flat_repr(obj):
    if isinstance(obj, dict):
        return "{" + ", ".join(f"{k!r}: {flat_repr(v)}" for k, v in obj.items()) + "}"
    if isinstance(obj, list):
        return "[" + ", ".join(flat_repr(v) for v in obj) + "]"
    if isinstance(obj, tuple):
        inner = ", ".join(flat_repr(v) for v in obj)
        return "(" + inner + ("," if len(obj) == 1 else "") + ")"
    return repr(obj)

config = {
    "name": "mosaic",
    "version": (0, 1, 0),
    "features": ["tier1", "tier2", "jit"],
    "targets": {
        "x86-64": {"abi": "sysv", "relocs": ["R_X86_64_64", "R_X86_64_PC32", "R_X86_64_PLT32", "R_X86_64_32S"]},
        "aarch64": {"abi": "aapcs64", "relocs": ["ABS64", "CALL26", "JUMP26", "ADR_PREL_PG_HI21"]},
    },
    "limits": {"stack": 1 << 20, "ratio": 0.75, "enabled": True, "none": None},
    "matrix": [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
    "single": (1,),
    "empty": [{}, [], ()],
}
print(pretty(config))
print(flat_repr(config) == repr(config))
print(pretty(list(range(30)), width=40))
nested = [1]
for i in range(12):
    nested = [i, nested, {"depth": i}]
print(pretty(nested, width=50))
