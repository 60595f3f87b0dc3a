"""os — operating system interfaces, on top of the built-in posix module.

Written for Mosaic from the Python documentation. The system calls
(stat, listdir, mkdir, rename, open, getpid …) are posix's functions,
re-exported; this file adds what is built from them: os.path (the
posixpath module, also importable as os.path), os.environ as a mapping
that writes through to the process environment, getenv, makedirs,
removedirs, renames, walk, scandir and DirEntry, fspath, PathLike,
fsencode/fsdecode, and the path constants.
"""

import sys
import abc as _abc
from collections.abc import MutableMapping as _MutableMapping

import posix as _posix
from posix import *
from posix import _exit, stat_result, environ as _environ_dict
import posixpath as path

name = "posix"
linesep = "\n"
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
error = OSError

# `import os.path` and `from os.path import join` find this entry.
sys.modules["os.path"] = path

_names = [n for n in dir(_posix) if not n.startswith("__")]
__all__ = ["name", "linesep", "sep", "altsep", "curdir", "pardir", "extsep", "pathsep",
           "defpath", "devnull", "error", "path", "environ", "getenv", "makedirs",
           "removedirs", "renames", "walk", "scandir", "DirEntry", "fspath", "PathLike",
           "fsencode", "fsdecode", "fdopen", "get_exec_path", "SEEK_SET", "SEEK_CUR",
           "SEEK_END"] + [n for n in _names if not n.startswith("_") and n != "environ"]
del _names


# ------------------------------------------------------------------ paths

def fspath(path):
    """Return the file system representation of path: str and bytes as
    they are, otherwise what path.__fspath__() returns (str or bytes)."""
    if isinstance(path, (str, bytes)):
        return path
    t = type(path)
    try:
        f = t.__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not " + t.__name__) from None
    r = f(path)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (t.__name__, type(r).__name__))


class PathLike(_abc.ABC):
    """Abstract base class for objects with a file system path
    (__fspath__)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if "__fspath__" in klass.__dict__:
                    return klass.__dict__["__fspath__"] is not None
        return NotImplemented


def fsencode(filename):
    """A path as bytes (UTF-8 with surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    """A path as str (UTF-8 with surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


# ------------------------------------------------------------ environment

class _Environ(_MutableMapping):
    """os.environ: a mapping of str to str over the process environment.
    Setting or deleting an item also calls putenv/unsetenv, so child
    processes see it; the data is posix.environ itself, so os.path's
    expanduser and expandvars see it too."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        _posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if key not in self._data:
            raise KeyError(key)
        _posix.unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % kv for kv in self._data.items())

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping_types()):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _Mapping_types()):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new


def _Mapping_types():
    from collections.abc import Mapping
    return Mapping


environ = _Environ(_environ_dict)


def getenv(key, default=None):
    """The environment variable key if it exists, else default."""
    return environ.get(key, default)


def putenv(name, value):
    """Set an environment variable for child processes (os.environ is not
    updated; assign to os.environ for both)."""
    _posix.putenv(name, value)


def unsetenv(name):
    """Delete an environment variable for child processes."""
    _posix.unsetenv(name)


def get_exec_path(env=None):
    """The directories searched for an executable: PATH split on ':'."""
    if env is None:
        env = environ
    p = env.get("PATH")
    if p is None:
        p = defpath
    return p.split(pathsep)


# -------------------------------------------------------- directory trees

def makedirs(name, mode=0o777, exist_ok=False):
    """Create a directory and any missing parents. With exist_ok, an
    existing directory is not an error."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass    # made meanwhile by someone else
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = curdir.encode("ascii")
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a directory, then each empty parent up the path."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Rename, making the new name's directories and removing the old
    name's emptied ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """One entry of scandir(): its name and path, with is_dir(),
    is_file(), is_symlink() and stat() asked of the system once each."""

    __slots__ = ("name", "path", "_lstat", "_stat")

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._lstat = None
        self._stat = None

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'posix.DirEntry' is not an acceptable base type")

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self.path)
            else:
                self._stat = self.stat(follow_symlinks=False)
        return self._stat

    def _type(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000
        except FileNotFoundError:
            return None

    def is_dir(self, *, follow_symlinks=True):
        return self._type(follow_symlinks) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._type(follow_symlinks) == 0o100000

    def is_symlink(self):
        return self._type(False) == 0o120000


class _ScandirIterator:
    """What scandir() returns: an iterator of DirEntry that is also a
    context manager (close() ends the iteration)."""

    def __init__(self, dirpath, names):
        self._dirpath = dirpath
        self._names = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None:
            raise StopIteration
        return DirEntry(self._dirpath, next(self._names))

    def close(self):
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of a directory
    (default '.'), in the system's order."""
    if path is None:
        names = listdir()
        return _ScandirIterator(curdir, names)
    path = fspath(path)
    names = listdir(path)
    return _ScandirIterator(path, names)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for each directory in the
    tree rooted at top. Top-down, the caller may prune dirnames in place;
    errors listing a directory go to onerror (an OSError) or are ignored.
    Symbolic links to directories are listed in dirnames but entered only
    with followlinks."""
    stack = [fspath(top)]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with it:
            for entry in it:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            walk_into = not entry.is_symlink()
                        except OSError:
                            walk_into = False
                    if walk_into:
                        walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            # After the caller has pruned dirs: visit them in order.
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            # Bottom-up: this directory after all its subdirectories.
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object for an open descriptor (open() on it)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd).__name__)
    import builtins
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)
