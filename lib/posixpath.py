"""posixpath — pathname operations for POSIX systems (what os.path is).

Written for Mosaic from the Python documentation. Every function takes
str, bytes or an os.PathLike (mixing str and bytes in one call is a
TypeError, as in CPython); the pure string functions never touch the file
system, the others (exists, isfile, getsize …) ask the posix module.
"""

import posix as _posix

__all__ = [
    "normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename", "dirname",
    "commonprefix", "getsize", "getmtime", "getatime", "getctime", "islink", "exists",
    "lexists", "isdir", "isfile", "ismount", "expanduser", "expandvars", "normpath",
    "abspath", "samefile", "sameopenfile", "samestat", "curdir", "pardir", "sep",
    "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
    "supports_unicode_filenames", "relpath", "commonpath",
]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False

# The file-type bits of st_mode (the values the stat module names).
_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fspath(p):
    # os.fspath, here so that posixpath does not import os (os imports us).
    if isinstance(p, (str, bytes)):
        return p
    t = type(p)
    try:
        f = t.__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not " + t.__name__) from None
    r = f(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (t.__name__, type(r).__name__))


def _seps(p):
    # The separator, current and parent directory in p's type.
    if isinstance(p, bytes):
        return b"/", b".", b".."
    return "/", ".", ".."


def _check_types(funcname, *args):
    # CPython's error for mixed or wrong argument types.
    has_str = has_bytes = False
    for a in args:
        if isinstance(a, str):
            has_str = True
        elif isinstance(a, bytes):
            has_bytes = True
        else:
            raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not %r"
                            % (funcname, type(a).__name__)) from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """Normalize the case of a pathname: unchanged on POSIX."""
    return _fspath(s)


def isabs(s):
    """Test whether a path is absolute."""
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Join two or more path components, inserting '/' as needed. A
    component that is absolute discards everything before it."""
    a = _fspath(a)
    sep = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + sep   # a TypeError for a bad type, as in CPython
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_types("join", a, *p)
        raise
    return path


def split(p):
    """Split a pathname into (head, tail): tail is everything after the
    last '/', head everything before it, with trailing slashes removed
    unless it is the root."""
    p = _fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext) where ext is empty
    or begins with a period and contains at most one; leading periods of
    the last component are not an extension ('.bashrc')."""
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, dot = b"/", b"."
    else:
        sep, dot = "/", "."
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # Skip all leading dots of the last component.
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path: the drive is always empty."""
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """The final component of a pathname."""
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    """The directory component of a pathname."""
    p = _fspath(p)
    sep = _seps(p)[0]
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """The longest common leading string of a list of paths (character by
    character, so not necessarily a valid path)."""
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def normpath(path):
    """Normalize a path: collapse redundant separators and '.' components,
    resolve '..' against the component before it (without looking at the
    file system). POSIX keeps exactly two leading slashes."""
    path = _fspath(path)
    sep, dot, dotdot = _seps(path)
    if not path:
        return dot
    if path.startswith(sep):
        initial = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    else:
        initial = 0
    out = []
    for comp in path.split(sep):
        if not comp or comp == dot:
            continue
        if comp != dotdot or (not initial and not out) or (out and out[-1] == dotdot):
            out.append(comp)
        elif out:
            out.pop()
    path = sep * initial + sep.join(out)
    return path or dot


def abspath(path):
    """An absolute, normalized version of path."""
    path = _fspath(path)
    if not isabs(path):
        cwd = _posix.getcwdb() if isinstance(path, bytes) else _posix.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved (a loop, or with
    strict=False a missing component, stops the resolution there)."""
    filename = _fspath(filename)
    sep, dot, dotdot = _seps(filename)
    path, ok = _resolve(filename[:0], filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    # Joins `rest` onto the resolved `path`, resolving each link met;
    # `seen` maps each link being resolved to its result (None while in
    # progress, which marks a loop).
    sep, dot, dotdot = _seps(rest)
    if rest.startswith(sep):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == dot:
            continue
        if name == dotdot:
            if path:
                path, name = split(path)
                if name == dotdot:
                    path = join(path, dotdot, dotdot)
            else:
                path = dotdot
            continue
        newpath = join(path, name)
        try:
            st = _posix.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = (st.st_mode & _S_IFMT) == _S_IFLNK
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                _posix.stat(newpath)   # raises the loop error
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve(path, _posix.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    """path relative to start (default: the current directory)."""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    sep, dot, dotdot = _seps(path)
    if start is None:
        start = dot
    else:
        start = _fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel = [dotdot] * (len(start_list) - i) + path_list[i:]
        if not rel:
            return dot
        return join(*rel)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_types("relpath", path, start)
        raise


def commonpath(paths):
    """The longest common sub-path of the paths (whole components); all
    absolute or all relative, else ValueError."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(_fspath, paths))
    sep, dot, dotdot = _seps(paths[0])
    try:
        split_paths = [p.split(sep) for p in paths]
        try:
            isabs_, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != dot] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs_ else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_types("commonpath", *paths)
        raise


# ------------------------------------------------------- file system queries

def exists(path):
    """True when path names an existing file (broken links: False)."""
    try:
        _posix.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """True when path exists, broken symbolic links included."""
    try:
        _posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode(path, follow=True):
    try:
        st = _posix.stat(path) if follow else _posix.lstat(path)
    except (OSError, ValueError):
        return None
    return st.st_mode & _S_IFMT


def isfile(path):
    """True when path is an existing regular file (links followed)."""
    return _mode(path) == _S_IFREG


def isdir(s):
    """True when s is an existing directory (links followed)."""
    return _mode(s) == _S_IFDIR


def islink(path):
    """True when path is a symbolic link."""
    return _mode(path, False) == _S_IFLNK


def ismount(path):
    """True when path is a mount point: its parent is on another device,
    or is the same directory (the root)."""
    try:
        s1 = _posix.lstat(path)
    except (OSError, ValueError):
        return False
    if (s1.st_mode & _S_IFMT) == _S_IFLNK:
        return False
    path = _fspath(path)
    parent = join(path, b".." if isinstance(path, bytes) else "..")
    try:
        s2 = _posix.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    """The size of a file, in bytes."""
    return _posix.stat(filename).st_size


def getmtime(filename):
    """The time of last modification, in seconds since the epoch."""
    return _posix.stat(filename).st_mtime


def getatime(filename):
    """The time of last access, in seconds since the epoch."""
    return _posix.stat(filename).st_atime


def getctime(filename):
    """The time of last metadata change, in seconds since the epoch."""
    return _posix.stat(filename).st_ctime


def samestat(s1, s2):
    """True when two stat results are of the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """True when both paths name the same file."""
    return samestat(_posix.stat(f1), _posix.stat(f2))


def sameopenfile(fp1, fp2):
    """True when both descriptors refer to the same file."""
    return samestat(_posix.fstat(fp1), _posix.fstat(fp2))


# ------------------------------------------------------------- expansion

def expanduser(path):
    """Replace a leading '~' by $HOME (or the home directory in
    /etc/passwd), and '~user' by that user's home directory; unchanged
    when it cannot be found."""
    path = _fspath(path)
    is_bytes = isinstance(path, bytes)
    tilde = b"~" if is_bytes else "~"
    sep = b"/" if is_bytes else "/"
    if not path.startswith(tilde):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = _posix.environ.get("HOME")
        if home is None:
            home = _passwd_home(None)
            if home is None:
                return path
    else:
        name = path[1:i]
        if is_bytes:
            name = name.decode("utf-8", "surrogateescape")
        home = _passwd_home(name)
        if home is None:
            return path
    if is_bytes:
        home = home.encode("utf-8", "surrogateescape")
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def _passwd_home(name):
    # The home directory of user `name` (None: the current user) from
    # /etc/passwd, or None.
    uid = _posix.getuid()
    try:
        with open("/etc/passwd", encoding="utf-8", errors="surrogateescape") as f:
            for line in f:
                fields = line.rstrip("\n").split(":")
                if len(fields) < 7:
                    continue
                if (fields[0] == name) if name is not None else (fields[2] == str(uid)):
                    return fields[5]
    except OSError:
        pass
    return None


def expandvars(path):
    """Replace $name and ${name} by the value of environment variable
    name; references to unknown variables are left as they are."""
    path = _fspath(path)
    if isinstance(path, bytes):
        if b"$" not in path:
            return path
        text = path.decode("utf-8", "surrogateescape")
        return _expandvars(text).encode("utf-8", "surrogateescape")
    if "$" not in path:
        return path
    return _expandvars(path)


def _is_name_char(c):
    return c == "_" or c.isalnum() and c.isascii()


def _expandvars(path):
    env = _posix.environ
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if path.startswith("{", i + 1):
            # ${anything but a brace}
            j = path.find("}", i + 2)
            if j < 0:
                out.append(c)
                i += 1
                continue
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and _is_name_char(path[j]):
                j += 1
            name = path[i + 1:j]
            if not name:
                out.append(c)
                i += 1
                continue
            end = j
        if name in env:
            out.append(env[name])
        else:
            out.append(path[i:end])
        i = end
    return "".join(out)
