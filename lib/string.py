"""Common string constants, capwords, Template and Formatter (string).

Written for Mosaic from the Python documentation. Mosaic has no `re`, so
Template scans its text by hand for the default placeholder syntax: `$$`,
`$identifier` and `${identifier}` with ASCII identifiers; a subclass may
change `delimiter` (any string) but not `idpattern`/`pattern`. Formatter
parses format strings itself, the way str.format does.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


################################################################ Template

_ID_START = frozenset("_" + ascii_letters)
_ID_REST = frozenset("_" + ascii_letters + digits)


def _identifier_end(text, i):
    # End of the ASCII identifier starting at i, or i when there is none.
    n = len(text)
    if i >= n or text[i] not in _ID_START:
        return i
    j = i + 1
    while j < n and text[j] in _ID_REST:
        j += 1
    return j


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for name in ("pattern", "idpattern", "braceidpattern", "flags"):
            if name in cls.__dict__ and cls.__dict__[name] != getattr(Template, name, None):
                raise NotImplementedError(
                    "string.Template: a custom %s needs the re module, which Mosaic "
                    "does not have; only `delimiter` can be changed" % name)

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (start, end, kind, name): kind is "escaped", "named",
        # "braced" or "invalid" (then end is where the invalid part starts,
        # just after the delimiter); the text between matches is literal.
        text = self.template
        delim = self.delimiter
        dlen = len(delim)
        pos = 0
        while True:
            p = text.find(delim, pos)
            if p < 0:
                return
            q = p + dlen
            if text.startswith(delim, q):
                yield p, q + dlen, "escaped", None
                pos = q + dlen
                continue
            end = _identifier_end(text, q)
            if end > q:
                yield p, end, "named", text[q:end]
                pos = end
                continue
            if q < len(text) and text[q] == "{":
                end = _identifier_end(text, q + 1)
                if end > q + 1 and end < len(text) and text[end] == "}":
                    yield p, end + 1, "braced", text[q + 1:end]
                    pos = end + 1
                    continue
            yield p, q, "invalid", None
            pos = q

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def substitute(self, mapping={}, /, **kws):
        if not kws:
            values = mapping
        elif mapping:
            values = _ChainLookup(kws, mapping)
        else:
            values = kws
        out = []
        pos = 0
        text = self.template
        for start, end, kind, name in self._scan():
            out.append(text[pos:start])
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                self._invalid(end)
            else:
                out.append("%s" % (values[name],))
            pos = end
        out.append(text[pos:])
        return "".join(out)

    def safe_substitute(self, mapping={}, /, **kws):
        if not kws:
            values = mapping
        elif mapping:
            values = _ChainLookup(kws, mapping)
        else:
            values = kws
        out = []
        pos = 0
        text = self.template
        for start, end, kind, name in self._scan():
            out.append(text[pos:start])
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                out.append(self.delimiter)
            else:
                try:
                    out.append("%s" % (values[name],))
                except KeyError:
                    out.append(text[start:end])
            pos = end
        out.append(text[pos:])
        return "".join(out)

    def is_valid(self):
        for start, end, kind, name in self._scan():
            if kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._scan():
            if kind in ("named", "braced") and name not in ids:
                ids.append(name)
        return ids


class _ChainLookup:
    # kws first, then the mapping: what substitute(mapping, **kws) reads.
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


################################################################ Formatter

def _parse_format(s):
    # Yields (literal_text, field_name, format_spec, conversion) as
    # str.format reads them; a doubled brace ends a literal chunk with one
    # brace.
    n = len(s)
    i = 0
    literal_start = 0
    while i < n:
        c = s[i]
        if c == "{":
            if i + 1 < n and s[i + 1] == "{":
                yield s[literal_start:i + 1], None, None, None
                i += 2
                literal_start = i
                continue
            literal = s[literal_start:i]
            # The field runs to the matching '}'; brackets protect ':' and '!'.
            j = i + 1
            if j >= n:
                raise ValueError("Single '{' encountered in format string")
            while j < n and s[j] not in "!:}":
                if s[j] == "[":
                    while j < n and s[j] != "]":
                        j += 1
                elif s[j] == "{":
                    raise ValueError("unexpected '{' in field name")
                j += 1
            if j >= n:
                raise ValueError("expected '}' before end of string")
            field_name = s[i + 1:j]
            conversion = None
            if s[j] == "!":
                if j + 1 >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = s[j + 1]
                j += 2
                if j >= n:
                    raise ValueError("expected '}' before end of string")
                if s[j] not in ":}":
                    raise ValueError("expected ':' after conversion specifier")
            spec = ""
            if s[j] == ":":
                depth = 1
                k = j + 1
                while k < n:
                    if s[k] == "{":
                        depth += 1
                    elif s[k] == "}":
                        depth -= 1
                        if depth == 0:
                            break
                    k += 1
                if k >= n:
                    raise ValueError("expected '}' before end of string")
                spec = s[j + 1:k]
                j = k
            yield literal, field_name, spec, conversion
            i = j + 1
            literal_start = i
        elif c == "}":
            if i + 1 < n and s[i + 1] == "}":
                yield s[literal_start:i + 1], None, None, None
                i += 2
                literal_start = i
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            i += 1
    if literal_start < n:
        yield s[literal_start:], None, None, None


def _split_field_name(name):
    # "a.b[0]" -> ("a", [(True, "b"), (False, 0)]); digit strings are ints.
    n = len(name)
    i = 0
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == ".":
            j = i + 1
            while j < n and name[j] not in ".[":
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == "[":
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """Formats strings like str.format, with each step a method that a
    subclass may override (get_value, get_field, format_field…)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # Automatic numbering ('{}') and explicit numbers cannot mix.
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier %s" % (conversion,))

    def parse(self, format_string):
        """Return an iterable of (literal_text, field_name, format_spec,
        conversion) tuples, one per literal chunk and replacement field."""
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
