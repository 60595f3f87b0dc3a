# os.environ, getenv/putenv, process facts, urandom, descriptors.
import os

print(type(os.environ).__name__, isinstance(os.environ, dict))
from collections.abc import MutableMapping, Mapping
print(isinstance(os.environ, MutableMapping), isinstance(os.environ, Mapping))
print(os.environ.get("MOSAIC_NOT_SET_VAR"), os.getenv("MOSAIC_NOT_SET_VAR", "dflt"))
print("MOSAIC_NOT_SET_VAR" in os.environ, os.getenv("MOSAIC_NOT_SET_VAR"))
try:
    os.environ["MOSAIC_NOT_SET_VAR"]
except KeyError as e:
    print("KeyError:", e)
os.environ["MOSAIC_OS_VAR"] = "one two"
print(os.environ["MOSAIC_OS_VAR"], os.getenv("MOSAIC_OS_VAR"), "MOSAIC_OS_VAR" in os.environ)
print(os.environ.setdefault("MOSAIC_OS_VAR", "x"), os.environ.setdefault("MOSAIC_OS_VAR2", "y"))
os.environ.update({"MOSAIC_OS_VAR3": "3"}, MOSAIC_OS_VAR4="4")
print(sorted(k for k in os.environ if k.startswith("MOSAIC_OS_")))
print(os.environ.pop("MOSAIC_OS_VAR2"), os.environ.pop("MOSAIC_OS_VAR2", "popped"))
del os.environ["MOSAIC_OS_VAR3"]
try:
    del os.environ["MOSAIC_OS_VAR3"]
except KeyError as e:
    print("KeyError:", e)
for bad in [lambda: os.environ.__setitem__("K", 1), lambda: os.environ.__setitem__(1, "v")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
c = os.environ.copy()
print(type(c).__name__, c["MOSAIC_OS_VAR"], len(c) == len(os.environ))
print(sorted(k for k in dict(os.environ) if k.startswith("MOSAIC_OS_")))
print(os.system("echo child sees $MOSAIC_OS_VAR") == 0)
os.unsetenv("MOSAIC_OS_VAR")        # the child no longer sees it; os.environ still does
print(os.environ["MOSAIC_OS_VAR"])
os.system("echo child sees ${MOSAIC_OS_VAR:-nothing}")
os.putenv("MOSAIC_OS_PUT", "put")
print(os.getenv("MOSAIC_OS_PUT"))
os.system("echo child sees $MOSAIC_OS_PUT")
print(os.get_exec_path({"PATH": "/a:/b"}))

pid = os.getpid()
print(type(pid).__name__, pid > 0, os.getppid() > 0, os.getpid() == pid)
print(isinstance(os.cpu_count(), int) and os.cpu_count() >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)), r != os.urandom(16))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError:", e)
print(os.strerror(2), os.strerror(13), os.uname().sysname, type(os.getuid()).__name__)

# Descriptors.
name = "os_fd_%d.txt" % pid
fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b"hello world\n"), os.isatty(fd))
os.close(fd)
fd = os.open(name, os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 100))
print(os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 5), os.fstat(fd).st_size)
os.close(fd)
with os.fdopen(os.open(name, os.O_RDONLY)) as f:
    print(repr(f.read()))
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.open("missing_dir/x", os.O_RDONLY)
except FileNotFoundError as e:
    print(e)
print(os.access(name, os.R_OK), os.access(name, os.F_OK), os.access("missing", os.F_OK))
os.chmod(name, 0o600)
print(oct(os.stat(name).st_mode & 0o777))
os.truncate(name, 3)
print(os.path.getsize(name))
r, w = os.pipe()
os.write(w, b"through the pipe")
os.close(w)
print(os.read(r, 100), os.read(r, 100))
os.close(r)
os.remove(name)
print(os.path.exists(name))
