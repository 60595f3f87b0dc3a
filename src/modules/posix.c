// src/modules/posix.c — `posix`: the system calls under lib/os.py.
//
// As in CPython, `os` is written in Python and takes its primitives from
// this built-in module: files and directories (stat, listdir, mkdir,
// rename …), descriptors (open, read, write, close), the process (getpid,
// environ, putenv, _exit, system) and a few facts about the machine
// (cpu_count, uname, urandom). Everything that can be written on top of
// these (os.path, makedirs, walk, scandir, environ as a mapping) is in
// lib/os.py and lib/posixpath.py.
//
// - A path argument is a str, bytes or an os.PathLike (its __fspath__);
//   functions that return names (listdir, readlink, getcwd) give bytes for
//   bytes and str otherwise. Names are decoded from UTF-8 with
//   surrogateescape, as CPython does on Linux.
// - A failing call raises the OSError subclass for its errno with the path
//   as given ("[Errno 2] No such file or directory: 'x'"), through
//   mo_err_oserror, the same helper open() uses.
// - stat() first writes out every open file's pending data: CPython closes
//   a dropped file at once, so `open(p, "w").write(s)` then
//   os.path.getsize(p) sees the bytes there; here the file waits for the
//   collector.
//
// Read next: lib/os.py; src/modules/structseq.c (stat_result).
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <dirent.h>
#include <unistd.h>

#include "modules/structseq.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/fileio.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/error.h"
#include "runtime/strbuf.h"

extern char **environ;

// ------------------------------------------------------------- paths

// A path argument made ready for a system call: `s` is its bytes (NUL-
// terminated), `obj` what the caller passed (for error messages), `bytes`
// whether names derived from it should be bytes.
typedef struct {
    const char *s;
    Value obj;
    bool bytes;
} Path;

// `fname` and `argname` name the function and parameter for CPython's
// messages ("stat: path should be string, bytes or os.PathLike, not
// list"); `kinds` is what else the parameter takes (", integer"), and a
// NULL `fname` gives the plain wording of putenv and system.
static int path_arg_kinds(const char *fname, const char *argname, const char *kinds, Value v, Path *p) {
    p->obj = v;
    if (!mo_is_str(v) && !mo_is_bytes(v)) {
        Value meth = mo_lookup_attr(mo_obj(mo_type(v)), mo_str_intern_cstr("__fspath__"));
        if (meth == V_ERR)
            return -1;
        if (meth == MO_NULL) {
            if (!fname)
                mo_err_format(&mo_exc_TypeError, "expected str, bytes or os.PathLike object, not %T", v);
            else if (kinds)
                mo_err_format(&mo_exc_TypeError, "%s: %s should be string, bytes, os.PathLike%s, not %T", fname,
                              argname, kinds, v);
            else
                mo_err_format(&mo_exc_TypeError, "%s: %s should be string, bytes or os.PathLike, not %T", fname,
                              argname, v);
            return -1;
        }
        Value r = mo_call_method_cstr(v, "__fspath__", NULL, 0);
        if (r == V_ERR)
            return -1;
        if (!mo_is_str(r) && !mo_is_bytes(r)) {
            mo_err_format(&mo_exc_TypeError, "expected %T.__fspath__() to return str or bytes, not %T", v, r);
            return -1;
        }
        v = r;
    }
    size_t n;
    if (mo_is_str(v)) {
        p->s = mo_str_data(v);
        n = (size_t)mo_str_size(v);
        p->bytes = false;
    } else {
        p->s = mo_bytes_data(v);
        n = (size_t)mo_bytes_size(v);
        p->bytes = true;
    }
    if (strlen(p->s) != n) {
        mo_err_format(&mo_exc_ValueError, "embedded null byte");
        return -1;
    }
    return 0;
}

static int path_arg(const char *fname, const char *argname, Value v, Path *p) {
    return path_arg_kinds(fname, argname, NULL, v, p);
}

// A name the system gave us, as str (UTF-8, surrogateescape) or bytes.
static Value name_value(const char *s, size_t n, bool bytes) {
    if (bytes)
        return mo_bytes_new(s, n);
    return mo_bytes_decode_raw(s, n, "utf-8", "surrogateescape");
}

static Value path_error(const Path *p) { return mo_err_oserror(errno, p->obj, MO_NULL); }

static int int_arg(Value v, int64_t *out) { return mo_index_i64(v, out); }

// A descriptor argument: an int in C int range.
static int fd_arg(Value v, int *out) {
    int64_t i;
    if (mo_index_i64(v, &i) < 0)
        return -1;
    if (i < INT_MIN || i > INT_MAX) {
        mo_err_format(&mo_exc_OverflowError, "fd is greater than maximum");
        return -1;
    }
    *out = (int)i;
    return 0;
}

// dir_fd is accepted only as None (every call here is relative to the cwd).
static int no_dir_fd(const char *fname, Value v) {
    if (v != MO_NULL && v != MO_NONE) {
        mo_err_format(&mo_exc_NotImplementedError, "%s: dir_fd unavailable on this platform", fname);
        return -1;
    }
    return 0;
}

// A single path argument (with an optional ignored-if-None dir_fd).
static int one_path(const char *fname, const Value *args, size_t nargs, Value kwnames, Path *p) {
    static const char *const names[] = {"path", "dir_fd"};
    Value a[2];
    if (mo_args_bind(fname, args, nargs, kwnames, names, 2, 1, 1, a) < 0 || no_dir_fd(fname, a[1]) < 0)
        return -1;
    return path_arg(fname, "path", a[0], p);
}

// --------------------------------------------------------------- stat

static const char *const stat_fields[] = {
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
    // Items 7-9 are whole seconds; the attributes of these names are the
    // float times after them (structseq looks names up from the end).
    "st_atime", "st_mtime", "st_ctime",
    "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
    "st_blksize", "st_blocks", "st_rdev", NULL,
};
static MO_STRUCTSEQ_TYPE(stat_result_type, "stat_result", "os", stat_fields, 10);

static Value stat_value(const struct stat *st) {
    const struct timespec *ts[3] = {&st->st_atim, &st->st_mtim, &st->st_ctim};
    Value items[19] = {
        mo_int_from_u64(st->st_mode), mo_int_from_u64(st->st_ino), mo_int_from_u64(st->st_dev),
        mo_int_from_u64(st->st_nlink), mo_int_from_u64(st->st_uid), mo_int_from_u64(st->st_gid),
        mo_int_from_i64(st->st_size),
    };
    for (int i = 0; i < 3; i++) {
        items[7 + i] = mo_int_from_i64(ts[i]->tv_sec);
        items[10 + i] = mo_float((double)ts[i]->tv_sec + (double)ts[i]->tv_nsec * 1e-9);
        items[13 + i] = mo_int_from_i64((int64_t)ts[i]->tv_sec * 1000000000 + ts[i]->tv_nsec);
    }
    items[16] = mo_int_from_i64(st->st_blksize);
    items[17] = mo_int_from_i64(st->st_blocks);
    items[18] = mo_int_from_u64(st->st_rdev);
    for (int i = 0; i < 19; i++)
        if (items[i] == V_ERR)
            return V_ERR;
    return mo_structseq_new(&stat_result_type, items);
}

// stat(path, *, dir_fd=None, follow_symlinks=True); path may be a
// descriptor (fstat).
static Value do_stat(const char *fname, const Value *args, size_t nargs, Value kwnames, bool follow) {
    static const char *const names[] = {"path", "dir_fd", "follow_symlinks"};
    Value a[3];
    if (mo_args_bind(fname, args, nargs, kwnames, names, 3, 1, 1, a) < 0 || no_dir_fd(fname, a[1]) < 0)
        return V_ERR;
    if (a[2] != MO_NULL) {
        int t = mo_truth(a[2]);
        if (t < 0)
            return V_ERR;
        follow = follow && t;
    }
    mo_fileio_flush_std();
    struct stat st;
    if (mo_is_int(a[0])) {
        int fd;
        if (fd_arg(a[0], &fd) < 0)
            return V_ERR;
        if (fstat(fd, &st) < 0)
            return mo_err_oserror(errno, MO_NULL, MO_NULL);
        return stat_value(&st);
    }
    Path p;
    if (path_arg_kinds(fname, "path", " or integer", a[0], &p) < 0)
        return V_ERR;
    if ((follow ? stat(p.s, &st) : lstat(p.s, &st)) < 0)
        return path_error(&p);
    return stat_value(&st);
}

static Value posix_stat(Value self, const Value *args, size_t nargs, Value kwnames) {
    return do_stat("stat", args, nargs, kwnames, true);
}

static Value posix_lstat(Value self, const Value *args, size_t nargs, Value kwnames) {
    return do_stat("lstat", args, nargs, kwnames, false);
}

static Value posix_fstat(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("fstat", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    int fd;
    if (fd_arg(args[0], &fd) < 0)
        return V_ERR;
    mo_fileio_flush_std();
    struct stat st;
    if (fstat(fd, &st) < 0)
        return mo_err_oserror(errno, MO_NULL, MO_NULL);
    return stat_value(&st);
}

// ------------------------------------------------ files and directories

static Value posix_getcwd(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("getcwd", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf))
        return mo_err_oserror(errno, MO_NULL, MO_NULL);
    return name_value(buf, strlen(buf), false);
}

static Value posix_getcwdb(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("getcwdb", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf))
        return mo_err_oserror(errno, MO_NULL, MO_NULL);
    return mo_bytes_new(buf, strlen(buf));
}

static Value posix_chdir(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"path"};
    Value a[1];
    if (mo_args_bind("chdir", args, nargs, kwnames, names, 1, 1, 1, a) < 0)
        return V_ERR;
    if (mo_is_int(a[0])) {
        int fd;
        if (fd_arg(a[0], &fd) < 0)
            return V_ERR;
        if (fchdir(fd) < 0)
            return mo_err_oserror(errno, MO_NULL, MO_NULL);
        return MO_NONE;
    }
    Path p;
    if (path_arg_kinds("chdir", "path", " or integer", a[0], &p) < 0)
        return V_ERR;
    if (chdir(p.s) < 0)
        return path_error(&p);
    return MO_NONE;
}

// listdir(path=None): the names in the directory, without '.' and '..', in
// the order the system gives them (as CPython: callers sort).
static Value posix_listdir(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"path"};
    Value a[1];
    if (mo_args_bind("listdir", args, nargs, kwnames, names, 1, 1, 0, a) < 0)
        return V_ERR;
    Path p = {".", MO_NULL, false};
    if (a[0] != MO_NULL && a[0] != MO_NONE && path_arg_kinds("listdir", "path", ", integer or None", a[0], &p) < 0)
        return V_ERR;
    if (p.obj == MO_NULL)
        p.obj = mo_str_from_cstr(".");
    DIR *d = opendir(p.s);
    if (!d)
        return path_error(&p);
    Value list = mo_list_new(0);
    if (list == V_ERR) {
        closedir(d);
        return V_ERR;
    }
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(d);
        if (!e) {
            int err = errno;
            closedir(d);
            if (err) {
                errno = err;
                return path_error(&p);
            }
            return list;
        }
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        Value name = name_value(e->d_name, strlen(e->d_name), p.bytes);
        if (name == V_ERR || mo_list_append(list, name) < 0) {
            closedir(d);
            return V_ERR;
        }
    }
}

// The (path, mode=0o777, *, dir_fd=None) calls: mkdir, chmod.
static int path_mode(const char *fname, const Value *args, size_t nargs, Value kwnames, bool mode_required,
                     Path *p, mode_t *mode) {
    static const char *const names[] = {"path", "mode", "dir_fd"};
    Value a[3];
    if (mo_args_bind(fname, args, nargs, kwnames, names, 3, 2, mode_required ? 2 : 1, a) < 0 ||
        no_dir_fd(fname, a[2]) < 0 || path_arg(fname, "path", a[0], p) < 0)
        return -1;
    int64_t m = 0777;
    if (a[1] != MO_NULL && int_arg(a[1], &m) < 0)
        return -1;
    *mode = (mode_t)m;
    return 0;
}

static Value posix_mkdir(Value self, const Value *args, size_t nargs, Value kwnames) {
    Path p;
    mode_t mode;
    if (path_mode("mkdir", args, nargs, kwnames, false, &p, &mode) < 0)
        return V_ERR;
    if (mkdir(p.s, mode) < 0)
        return path_error(&p);
    return MO_NONE;
}

static Value posix_chmod(Value self, const Value *args, size_t nargs, Value kwnames) {
    Path p;
    mode_t mode;
    if (path_mode("chmod", args, nargs, kwnames, true, &p, &mode) < 0)
        return V_ERR;
    if (chmod(p.s, mode) < 0)
        return path_error(&p);
    return MO_NONE;
}

static Value posix_rmdir(Value self, const Value *args, size_t nargs, Value kwnames) {
    Path p;
    if (one_path("rmdir", args, nargs, kwnames, &p) < 0)
        return V_ERR;
    if (rmdir(p.s) < 0)
        return path_error(&p);
    return MO_NONE;
}

static Value posix_unlink(Value self, const Value *args, size_t nargs, Value kwnames) {
    Path p;
    if (one_path("unlink", args, nargs, kwnames, &p) < 0)
        return V_ERR;
    if (unlink(p.s) < 0)
        return path_error(&p);
    return MO_NONE;
}

static Value posix_remove(Value self, const Value *args, size_t nargs, Value kwnames) {
    Path p;
    if (one_path("remove", args, nargs, kwnames, &p) < 0)
        return V_ERR;
    if (unlink(p.s) < 0)
        return path_error(&p);
    return MO_NONE;
}

// The (src, dst) calls: rename, replace, link, symlink. Errors name both.
static int two_paths(const char *fname, const Value *args, size_t nargs, Value kwnames, Path *src, Path *dst) {
    static const char *const names[] = {"src", "dst", "src_dir_fd", "dst_dir_fd"};
    Value a[4];
    if (mo_args_bind(fname, args, nargs, kwnames, names, 4, 2, 2, a) < 0 || no_dir_fd(fname, a[2]) < 0 ||
        no_dir_fd(fname, a[3]) < 0)
        return -1;
    if (path_arg(fname, "src", a[0], src) < 0 || path_arg(fname, "dst", a[1], dst) < 0)
        return -1;
    if (src->bytes != dst->bytes) {
        mo_err_format(&mo_exc_TypeError, "%s: src and dst must be the same type", fname);
        return -1;
    }
    return 0;
}

static Value posix_rename(Value self, const Value *args, size_t nargs, Value kwnames) {
    Path src, dst;
    if (two_paths("rename", args, nargs, kwnames, &src, &dst) < 0)
        return V_ERR;
    if (rename(src.s, dst.s) < 0)
        return mo_err_oserror(errno, src.obj, dst.obj);
    return MO_NONE;
}

static Value posix_replace(Value self, const Value *args, size_t nargs, Value kwnames) {
    Path src, dst;
    if (two_paths("replace", args, nargs, kwnames, &src, &dst) < 0)
        return V_ERR;
    if (rename(src.s, dst.s) < 0)
        return mo_err_oserror(errno, src.obj, dst.obj);
    return MO_NONE;
}

static Value posix_link(Value self, const Value *args, size_t nargs, Value kwnames) {
    Path src, dst;
    if (two_paths("link", args, nargs, kwnames, &src, &dst) < 0)
        return V_ERR;
    if (link(src.s, dst.s) < 0)
        return mo_err_oserror(errno, src.obj, dst.obj);
    return MO_NONE;
}

static Value posix_symlink(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"src", "dst", "target_is_directory", "dir_fd"};
    Value a[4];
    if (mo_args_bind("symlink", args, nargs, kwnames, names, 4, 3, 2, a) < 0 || no_dir_fd("symlink", a[3]) < 0)
        return V_ERR;
    Path src, dst;
    if (path_arg("symlink", "src", a[0], &src) < 0 || path_arg("symlink", "dst", a[1], &dst) < 0)
        return V_ERR;
    if (symlink(src.s, dst.s) < 0)
        return mo_err_oserror(errno, src.obj, dst.obj);
    return MO_NONE;
}

static Value posix_readlink(Value self, const Value *args, size_t nargs, Value kwnames) {
    Path p;
    if (one_path("readlink", args, nargs, kwnames, &p) < 0)
        return V_ERR;
    char buf[PATH_MAX];
    ssize_t n = readlink(p.s, buf, sizeof buf);
    if (n < 0)
        return path_error(&p);
    return name_value(buf, (size_t)n, p.bytes);
}

// access(path, mode, *, dir_fd=None, effective_ids=False,
// follow_symlinks=True): a bool, never an error for a missing file.
static Value posix_access(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"};
    Value a[5];
    if (mo_args_bind("access", args, nargs, kwnames, names, 5, 2, 2, a) < 0 || no_dir_fd("access", a[2]) < 0)
        return V_ERR;
    Path p;
    int64_t mode;
    if (path_arg("access", "path", a[0], &p) < 0 || int_arg(a[1], &mode) < 0)
        return V_ERR;
    return access(p.s, (int)mode) == 0 ? MO_TRUE : MO_FALSE;
}

// A time argument of utime: int or float seconds.
static int timespec_arg(Value v, struct timespec *ts) {
    if (mo_is_int(v)) {
        int64_t s;
        if (mo_index_i64(v, &s) < 0)
            return -1;
        ts->tv_sec = (time_t)s;
        ts->tv_nsec = 0;
        return 0;
    }
    Value f = mo_float_from_value(v);
    if (f == V_ERR)
        return -1;
    double d = mo_float_val(f);
    double whole = (double)(int64_t)d;
    if (whole > d)
        whole -= 1;
    ts->tv_sec = (time_t)whole;
    ts->tv_nsec = (long)((d - whole) * 1e9);
    if (ts->tv_nsec >= 1000000000)
        ts->tv_nsec = 999999999;
    return 0;
}

// utime(path, times=None, *, ns=…, dir_fd=None, follow_symlinks=True):
// times is (atime, mtime) in seconds, ns the same in nanoseconds; neither
// means now.
static Value posix_utime(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"path", "times", "ns", "dir_fd", "follow_symlinks"};
    Value a[5];
    if (mo_args_bind("utime", args, nargs, kwnames, names, 5, 2, 1, a) < 0 || no_dir_fd("utime", a[3]) < 0)
        return V_ERR;
    Path p;
    if (path_arg_kinds("utime", "path", " or integer", a[0], &p) < 0)
        return V_ERR;
    bool has_times = a[1] != MO_NULL && a[1] != MO_NONE, has_ns = a[2] != MO_NULL;
    if (has_times && has_ns)
        return mo_err_format(&mo_exc_ValueError, "utime: you may specify either 'times' or 'ns' but not both");
    struct timespec ts[2];
    struct timespec *tsp = NULL;
    if (has_times) {
        if (!mo_is_tuple(a[1]) || mo_tuple_size(a[1]) != 2)
            return mo_err_format(&mo_exc_TypeError, "utime: 'times' must be either a tuple of two ints or None");
        if (timespec_arg(mo_tuple_items(a[1])[0], &ts[0]) < 0 || timespec_arg(mo_tuple_items(a[1])[1], &ts[1]) < 0)
            return V_ERR;
        tsp = ts;
    } else if (has_ns) {
        if (!mo_is_tuple(a[2]) || mo_tuple_size(a[2]) != 2)
            return mo_err_format(&mo_exc_TypeError, "utime: 'ns' must be a tuple of two ints");
        for (int i = 0; i < 2; i++) {
            int64_t ns;
            if (mo_index_i64(mo_tuple_items(a[2])[i], &ns) < 0)
                return V_ERR;
            ts[i].tv_sec = (time_t)(ns / 1000000000);
            ts[i].tv_nsec = (long)(ns % 1000000000);
            if (ts[i].tv_nsec < 0) {
                ts[i].tv_nsec += 1000000000;
                ts[i].tv_sec -= 1;
            }
        }
        tsp = ts;
    }
    int follow = 1;
    if (a[4] != MO_NULL && (follow = mo_truth(a[4])) < 0)
        return V_ERR;
    mo_fileio_flush_std();
    if (utimensat(AT_FDCWD, p.s, tsp, follow ? 0 : AT_SYMLINK_NOFOLLOW) < 0)
        return path_error(&p);
    return MO_NONE;
}

static Value posix_truncate(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("truncate", nargs, kwnames, 2, 2) < 0)
        return V_ERR;
    int64_t len;
    if (int_arg(args[1], &len) < 0)
        return V_ERR;
    mo_fileio_flush_std();
    if (mo_is_int(args[0])) {
        int fd;
        if (fd_arg(args[0], &fd) < 0)
            return V_ERR;
        if (ftruncate(fd, (off_t)len) < 0)
            return mo_err_oserror(errno, MO_NULL, MO_NULL);
        return MO_NONE;
    }
    Path p;
    if (path_arg_kinds("truncate", "path", " or integer", args[0], &p) < 0)
        return V_ERR;
    if (truncate(p.s, (off_t)len) < 0)
        return path_error(&p);
    return MO_NONE;
}

// ------------------------------------------------------------ descriptors

// open(path, flags, mode=0o777, *, dir_fd=None): a descriptor, not
// inheritable (O_CLOEXEC), as CPython makes them.
static Value posix_open(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"path", "flags", "mode", "dir_fd"};
    Value a[4];
    if (mo_args_bind("open", args, nargs, kwnames, names, 4, 3, 2, a) < 0 || no_dir_fd("open", a[3]) < 0)
        return V_ERR;
    Path p;
    int64_t flags, mode = 0777;
    if (path_arg("open", "path", a[0], &p) < 0 || int_arg(a[1], &flags) < 0 ||
        (a[2] != MO_NULL && int_arg(a[2], &mode) < 0))
        return V_ERR;
    int fd;
    do
        fd = open(p.s, (int)flags | O_CLOEXEC, (mode_t)mode);
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return path_error(&p);
    return mo_smallint(fd);
}

static Value posix_close(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"fd"};
    Value a[1];
    int fd;
    if (mo_args_bind("close", args, nargs, kwnames, names, 1, 1, 1, a) < 0 || fd_arg(a[0], &fd) < 0)
        return V_ERR;
    if (close(fd) < 0)
        return mo_err_oserror(errno, MO_NULL, MO_NULL);
    return MO_NONE;
}

static Value posix_read(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("read", nargs, kwnames, 2, 2) < 0)
        return V_ERR;
    int fd;
    int64_t n;
    if (fd_arg(args[0], &fd) < 0 || int_arg(args[1], &n) < 0)
        return V_ERR;
    if (n < 0)
        return mo_err_oserror(EINVAL, MO_NULL, MO_NULL);
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf)
        return mo_err_no_memory();
    ssize_t got;
    do
        got = read(fd, buf, (size_t)n);
    while (got < 0 && errno == EINTR);
    if (got < 0) {
        free(buf);
        return mo_err_oserror(errno, MO_NULL, MO_NULL);
    }
    Value r = mo_bytes_new(buf, (size_t)got);
    free(buf);
    return r;
}

static Value posix_write(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("write", nargs, kwnames, 2, 2) < 0)
        return V_ERR;
    int fd;
    if (fd_arg(args[0], &fd) < 0)
        return V_ERR;
    const char *data;
    int64_t size;
    if (!mo_bytes_like(args[1], &data, &size))
        return mo_err_format(&mo_exc_TypeError, "a bytes-like object is required, not '%s'", mo_type_name(args[1]));
    // Our own buffered sys.stdout must come out before raw writes to fd 1.
    if (fd == 1 || fd == 2)
        mo_fileio_flush_std();
    ssize_t w;
    do
        w = write(fd, data, (size_t)size);
    while (w < 0 && errno == EINTR);
    if (w < 0)
        return mo_err_oserror(errno, MO_NULL, MO_NULL);
    return mo_int_from_i64(w);
}

static Value posix_lseek(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("lseek", nargs, kwnames, 3, 3) < 0)
        return V_ERR;
    int fd;
    int64_t pos, how;
    if (fd_arg(args[0], &fd) < 0 || int_arg(args[1], &pos) < 0 || int_arg(args[2], &how) < 0)
        return V_ERR;
    off_t r = lseek(fd, (off_t)pos, (int)how);
    if (r < 0)
        return mo_err_oserror(errno, MO_NULL, MO_NULL);
    return mo_int_from_i64(r);
}

static Value posix_isatty(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("isatty", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    int fd;
    if (fd_arg(args[0], &fd) < 0)
        return V_ERR;
    return isatty(fd) ? MO_TRUE : MO_FALSE;
}

static Value posix_fsync(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("fsync", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value f = args[0];
    // fsync(fd) or fsync(file object with fileno()).
    if (!mo_is_int(f)) {
        f = mo_call_method_cstr(f, "fileno", NULL, 0);
        if (f == V_ERR)
            return V_ERR;
    }
    int fd;
    if (fd_arg(f, &fd) < 0)
        return V_ERR;
    mo_fileio_flush_std();
    if (fsync(fd) < 0)
        return mo_err_oserror(errno, MO_NULL, MO_NULL);
    return MO_NONE;
}

static Value posix_pipe(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("pipe", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0)
        return mo_err_oserror(errno, MO_NULL, MO_NULL);
    return mo_tuple_pack(2, mo_smallint(fds[0]), mo_smallint(fds[1]));
}

// ------------------------------------------------------------- process

#define INT_GETTER(name, expr)                                                               \
    static Value posix_##name(Value self, const Value *args, size_t nargs, Value kwnames) { \
        if (mo_args_check(#name, nargs, kwnames, 0, 0) < 0)                                  \
            return V_ERR;                                                                    \
        return mo_int_from_i64((int64_t)(expr));                                             \
    }
INT_GETTER(getpid, getpid())
INT_GETTER(getppid, getppid())
INT_GETTER(getuid, getuid())
INT_GETTER(geteuid, geteuid())
INT_GETTER(getgid, getgid())
INT_GETTER(getegid, getegid())
#undef INT_GETTER

static Value posix_umask(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("umask", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    int64_t m;
    if (int_arg(args[0], &m) < 0)
        return V_ERR;
    return mo_smallint(umask((mode_t)m));
}

static Value posix_kill(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("kill", nargs, kwnames, 2, 2) < 0)
        return V_ERR;
    int64_t pid, sig;
    if (int_arg(args[0], &pid) < 0 || int_arg(args[1], &sig) < 0)
        return V_ERR;
    if (kill((pid_t)pid, (int)sig) < 0)
        return mo_err_oserror(errno, MO_NULL, MO_NULL);
    return MO_NONE;
}

// _exit(n): leaves at once, flushing nothing (that is its point).
static Value posix__exit(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"status"};
    Value a[1];
    int64_t status;
    if (mo_args_bind("_exit", args, nargs, kwnames, names, 1, 1, 1, a) < 0 || int_arg(a[0], &status) < 0)
        return V_ERR;
    _exit((int)status);
}

// system(command): runs /bin/sh -c command; the wait status.
static Value posix_system(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"command"};
    Value a[1];
    if (mo_args_bind("system", args, nargs, kwnames, names, 1, 1, 1, a) < 0)
        return V_ERR;
    Path p;
    if (path_arg(NULL, "command", a[0], &p) < 0)
        return V_ERR;
    // The child's output must follow what we printed so far.
    mo_fileio_flush_std();
    int r = system(p.s);
    return mo_smallint(r);
}

static Value posix_putenv(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("putenv", nargs, kwnames, 2, 2) < 0)
        return V_ERR;
    Path k, v;
    if (path_arg(NULL, "name", args[0], &k) < 0 || path_arg(NULL, "value", args[1], &v) < 0)
        return V_ERR;
    // An empty name is left to setenv (EINVAL), as CPython does.
    if (strchr(k.s, '='))
        return mo_err_format(&mo_exc_ValueError, "illegal environment variable name");
    if (setenv(k.s, v.s, 1) < 0)
        return mo_err_oserror(errno, MO_NULL, MO_NULL);
    return MO_NONE;
}

static Value posix_unsetenv(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("unsetenv", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Path k;
    if (path_arg(NULL, "name", args[0], &k) < 0)
        return V_ERR;
    if (strchr(k.s, '='))
        return mo_err_format(&mo_exc_ValueError, "illegal environment variable name");
    if (unsetenv(k.s) < 0)
        return mo_err_oserror(errno, MO_NULL, MO_NULL);
    return MO_NONE;
}

static Value posix_strerror(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("strerror", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    int64_t code;
    if (int_arg(args[0], &code) < 0)
        return V_ERR;
    return mo_str_from_cstr(strerror((int)code));
}

// ------------------------------------------------------------- machine

static Value posix_cpu_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("cpu_count", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? MO_NONE : mo_smallint(n);
}

static Value posix_urandom(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("urandom", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    int64_t n;
    if (int_arg(args[0], &n) < 0)
        return V_ERR;
    if (n < 0)
        return mo_err_format(&mo_exc_ValueError, "negative argument not allowed");
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf)
        return mo_err_no_memory();
    for (int64_t got = 0; got < n;) {
        ssize_t r = getrandom(buf + got, (size_t)(n - got), 0);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            free(buf);
            return mo_err_oserror(errno, MO_NULL, MO_NULL);
        }
        got += r;
    }
    Value b = mo_bytes_new(buf, (size_t)n);
    free(buf);
    return b;
}

static const char *const uname_fields[] = {"sysname", "nodename", "release", "version", "machine", NULL};
static MO_STRUCTSEQ_TYPE(uname_result_type, "uname_result", "posix", uname_fields, 5);

static Value posix_uname(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("uname", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    struct utsname u;
    if (uname(&u) < 0)
        return mo_err_oserror(errno, MO_NULL, MO_NULL);
    const char *parts[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    Value items[5];
    for (int i = 0; i < 5; i++)
        if ((items[i] = mo_str_from_cstr(parts[i])) == V_ERR)
            return V_ERR;
    return mo_structseq_new(&uname_result_type, items);
}

// ------------------------------------------------------------- module

static const MethodDef posix_methods[] = {
    {"stat", posix_stat, 0, "Perform a stat system call on the given path."},
    {"lstat", posix_lstat, 0, "Perform a stat system call on the given path, without following symbolic links."},
    {"fstat", posix_fstat, 0, "Perform a stat system call on the given file descriptor."},
    {"getcwd", posix_getcwd, 0, "Return a unicode string representing the current working directory."},
    {"getcwdb", posix_getcwdb, 0, "Return a bytes string representing the current working directory."},
    {"chdir", posix_chdir, 0, "Change the current working directory to the specified path."},
    {"listdir", posix_listdir, 0, "Return a list containing the names of the files in the directory."},
    {"mkdir", posix_mkdir, 0, "Create a directory."},
    {"chmod", posix_chmod, 0, "Change the access permissions of a file."},
    {"rmdir", posix_rmdir, 0, "Remove a directory."},
    {"unlink", posix_unlink, 0, "Remove a file (same as remove())."},
    {"remove", posix_remove, 0, "Remove a file (same as unlink())."},
    {"rename", posix_rename, 0, "Rename a file or directory."},
    {"replace", posix_replace, 0, "Rename a file or directory, overwriting the destination."},
    {"link", posix_link, 0, "Create a hard link to a file."},
    {"symlink", posix_symlink, 0, "Create a symbolic link pointing to src named dst."},
    {"readlink", posix_readlink, 0, "Return a string representing the path to which the symbolic link points."},
    {"access", posix_access, 0, "Use the real uid/gid to test for access to a path."},
    {"utime", posix_utime, 0, "Set the access and modified time of path."},
    {"truncate", posix_truncate, 0, "Truncate a file, specified by path, to a specific length."},
    {"open", posix_open, 0, "Open a file for low level IO.  Returns a file descriptor (integer)."},
    {"close", posix_close, 0, "Close a file descriptor."},
    {"read", posix_read, 0, "Read from a file descriptor.  Returns a bytes object."},
    {"write", posix_write, 0, "Write a bytes object to a file descriptor."},
    {"lseek", posix_lseek, 0, "Set the position of a file descriptor.  Return the new position."},
    {"isatty", posix_isatty, 0, "Return True if the fd is connected to a terminal."},
    {"fsync", posix_fsync, 0, "Force write of fd to disk."},
    {"pipe", posix_pipe, 0, "Create a pipe."},
    {"getpid", posix_getpid, 0, "Return the current process id."},
    {"getppid", posix_getppid, 0, "Return the parent's process id."},
    {"getuid", posix_getuid, 0, "Return the current process's user id."},
    {"geteuid", posix_geteuid, 0, "Return the current process's effective user id."},
    {"getgid", posix_getgid, 0, "Return the current process's group id."},
    {"getegid", posix_getegid, 0, "Return the current process's effective group id."},
    {"umask", posix_umask, 0, "Set the current numeric umask and return the previous umask."},
    {"kill", posix_kill, 0, "Kill a process with a signal."},
    {"_exit", posix__exit, 0, "Exit to the system with specified status, without normal exit processing."},
    {"system", posix_system, 0, "Execute the command in a subshell."},
    {"putenv", posix_putenv, 0, "Change or add an environment variable."},
    {"unsetenv", posix_unsetenv, 0, "Delete an environment variable."},
    {"strerror", posix_strerror, 0, "Translate an error code to a message string."},
    {"cpu_count", posix_cpu_count, 0, "Return the number of CPUs in the system; return None if indeterminable."},
    {"urandom", posix_urandom, 0, "Return a bytes object containing random bytes suitable for cryptographic use."},
    {"uname", posix_uname, 0, "Return an object identifying the current operating system."},
    {NULL, NULL, 0, NULL},
};

// environ: the process environment when the module was made, as a dict of
// str (lib/os.py wraps it in os.environ).
static Value make_environ(void) {
    Value d = mo_dict_new();
    if (d == V_ERR)
        return V_ERR;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e)
            continue;
        Value k = name_value(*e, (size_t)(eq - *e), false);
        Value v = name_value(eq + 1, strlen(eq + 1), false);
        if (k == V_ERR || v == V_ERR)
            return V_ERR;
        // The first definition wins, as in CPython.
        int has = mo_dict_contains(d, k);
        if (has < 0 || (!has && mo_dict_set(d, k, v) < 0))
            return V_ERR;
    }
    return d;
}

static int posix_exec(Value m) {
    mo_structseq_ready(&stat_result_type);
    mo_structseq_ready(&uname_result_type);
    if (mo_module_add(m, "stat_result", mo_obj(&stat_result_type.type)) < 0 ||
        mo_module_add(m, "uname_result", mo_obj(&uname_result_type.type)) < 0)
        return -1;
    Value env = make_environ();
    if (env == V_ERR || mo_module_add(m, "environ", env) < 0)
        return -1;
    static const struct {
        const char *name;
        long value;
    } constants[] = {
        {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
        {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_APPEND", O_APPEND},
        {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK},
        {"O_CLOEXEC", O_CLOEXEC}, {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW},
        {"O_SYNC", O_SYNC}, {"O_NOCTTY", O_NOCTTY}, {"O_ACCMODE", O_ACCMODE},
        {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
        {"EX_OK", 0},
    };
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
        if (mo_module_add(m, constants[i].name, mo_smallint(constants[i].value)) < 0)
            return -1;
    return 0;
}

const ModuleDef mo_posix_module_def = {"posix", posix_methods, posix_exec};
