// src/objects/fileio.c — file objects over file descriptors (see fileio.h).
//
// Layers, bottom up:
//   raw      read(2)/write(2)/lseek(2) with EINTR retries; OSError from errno
//   buffers  `fill` (read-ahead into rbuf), `buffered_write` (into wbuf)
//   text     `read_text` turns raw bytes into text: counts characters,
//            applies the newline mode, stops after a line end; then the
//            chunk is decoded (UTF-8 directly, other codecs via bytes.c)
//   methods  read, readline, write, seek, … shared by the four types; the
//            binary types skip the text layer.
//
// Newline modes follow io.TextIOWrapper: newline=None reads "\r\n" and "\r"
// as "\n" (universal newlines, translated) and writes "\n" as is (Linux's
// os.linesep); newline="" splits lines at any of the three without
// translating; "\n", "\r", "\r\n" split at exactly that ending, and on
// writing "\n" becomes that ending.
//
// Read next: src/modules/builtins_code.c (print, input).
#define _GNU_SOURCE
#include "objects/fileio.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/strbuf.h"
#include "vm/eval.h"
#include "vm/state.h"

// FileObject.flags
#define F_READ         1u
#define F_WRITE        2u
#define F_BINARY       4u
#define F_CLOSED       8u
#define F_CLOSEFD      16u
#define F_APPEND       32u
#define F_LINEBUF      64u     // flush after a write containing a line end
#define F_WRITETHROUGH 128u    // flush after every write (stderr)

// Newline modes (the newline= argument).
enum { NL_TRANSLATE, NL_UNIVERSAL, NL_LF, NL_CR, NL_CRLF };

// Line endings seen while reading (the `newlines` attribute).
#define SEEN_CR   1u
#define SEEN_LF   2u
#define SEEN_CRLF 4u

#define READ_CHUNK  65536
#define TEXT_CHUNK  8192
#define WRITE_FILE  65536
#define WRITE_STD   8192

// The descriptor and its buffers. A file object owns one; the `buffer` of a
// text file (sys.stdout.buffer …) uses its owner's, so that text and bytes
// written or read through either stay in order.
typedef struct RawIO {
    int fd;
    bool regular;               // a regular file: reads never block
    char *rbuf;                 // read-ahead: rbuf[rpos .. rlen) unread
    size_t rpos, rlen, rcap;
    char *wbuf;                 // pending output: wbuf[0 .. wlen)
    size_t wlen, wcap;
} RawIO;

typedef struct FileObject {
    Object hdr;
    RawIO *io;                  // &own, or the owner's (objects never move)
    RawIO own;
    uint32_t flags;             // F_*
    uint8_t newline;            // NL_*
    uint8_t seen;               // SEEN_*
    bool utf8;                  // text in UTF-8 with strict errors: no codec calls
    Value name;                 // str, bytes or int (a descriptor)
    Value mode;                 // str, as shown by .mode
    Value encoding;             // str (text files), else MO_NULL
    Value errors;               // str (text files), else MO_NULL
    Value owner;                // for a text file's `buffer`: the text file
    Value buffer;               // a text file's `buffer`, made on first use
    struct FileObject *prev_open, *next_open;
} FileObject;

Value mo_fileio_stdin = MO_NULL, mo_fileio_stdout = MO_NULL, mo_fileio_stderr = MO_NULL;

// Open files, for the shutdown flush. Not a root: a file that dies is
// unlinked by its finalizer.
static FileObject *open_files;

static inline FileObject *file_obj(Value v) { return (FileObject *)mo_ptr(v); }
static FileObject *file_new(TypeObject *type, int fd, uint32_t flags, Value name, Value mode);

bool mo_fileio_check(Value v) {
    if (!mo_is_ptr(v))
        return false;
    TypeObject *t = mo_ptr(v)->type;
    return t == &mo_textio_type || t == &mo_bufferedreader_type || t == &mo_bufferedwriter_type ||
           t == &mo_bufferedrandom_type;
}

bool mo_fileio_is_text(Value v) { return mo_is_exact(v, &mo_textio_type); }

static void link_open(FileObject *f) {
    f->prev_open = NULL;
    f->next_open = open_files;
    if (open_files)
        open_files->prev_open = f;
    open_files = f;
}

static void unlink_open(FileObject *f) {
    if (f->prev_open)
        f->prev_open->next_open = f->next_open;
    else if (open_files == f)
        open_files = f->next_open;
    if (f->next_open)
        f->next_open->prev_open = f->prev_open;
    f->prev_open = f->next_open = NULL;
}

// ------------------------------------------------------------------ errors

// Raises OSError(err, strerror(err)[, filename]) as the subclass the errno
// stands for; returns V_ERR.
static Value os_error(int err, Value filename) { return mo_err_oserror(err, filename, MO_NULL); }

static Value err_closed(void) { return mo_err_format(&mo_exc_ValueError, "I/O operation on closed file."); }

static Value err_unsupported(const char *what) {
    Value msg = mo_str_from_cstr(what);
    if (msg == V_ERR)
        return V_ERR;
    Value exc = mo_call1(mo_obj(&mo_exc_UnsupportedOperation), msg);
    if (exc == V_ERR)
        return V_ERR;
    return mo_err_set(exc);
}

// ------------------------------------------------------------- raw layer

static int raw_write(FileObject *f, const char *s, size_t n) {
    while (n > 0) {
        ssize_t w = write(f->io->fd, s, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            os_error(errno, MO_NULL);
            return -1;
        }
        s += w;
        n -= (size_t)w;
    }
    return 0;
}

// Writes out the write buffer. The buffer is emptied even when the write
// fails, so one broken pipe does not raise again at every later flush.
static int flush_wbuf(FileObject *f) {
    if (f->io->wlen == 0)
        return 0;
    size_t n = f->io->wlen;
    f->io->wlen = 0;
    return raw_write(f, f->io->wbuf, n);
}

// Forgets unread read-ahead, moving the descriptor back to the logical
// position (so a write after a read lands where the reader stopped).
static void drop_readahead(FileObject *f) {
    if (f->io->rlen > f->io->rpos)
        (void)lseek(f->io->fd, -(off_t)(f->io->rlen - f->io->rpos), SEEK_CUR);
    f->io->rpos = f->io->rlen = 0;
}

// Waits until a pipe or terminal has input, checking for Ctrl-C meanwhile:
// the signal may be delivered to another thread, which would not interrupt
// this one's read(2). Returns -1 with KeyboardInterrupt set.
static int wait_readable(FileObject *f) {
    for (;;) {
        if (mo_ts->pending) {
            mo_eval_handle_pending();
            return -1;
        }
        struct pollfd p = {.fd = f->io->fd, .events = POLLIN};
        int r = poll(&p, 1, 100);
        if (r != 0 && !(r < 0 && errno == EINTR) && !mo_ts->pending)
            return 0;   // ready, or an error read(2) will report
    }
}

// Reads more bytes after the unread ones. Returns how many (0 at end of
// file), -1 with an exception set on error.
static ssize_t fill(FileObject *f) {
    if (f->io->wlen && flush_wbuf(f) < 0)
        return -1;
    if (f->io->rpos > 0) {
        memmove(f->io->rbuf, f->io->rbuf + f->io->rpos, f->io->rlen - f->io->rpos);
        f->io->rlen -= f->io->rpos;
        f->io->rpos = 0;
    }
    if (f->io->rcap - f->io->rlen < READ_CHUNK / 2) {
        size_t ncap = f->io->rcap ? f->io->rcap * 2 : READ_CHUNK;
        while (ncap - f->io->rlen < READ_CHUNK / 2)
            ncap *= 2;
        char *nb = mo_mem_realloc(f->io->rbuf, f->io->rcap, ncap);
        if (!nb)
            return -1;
        f->io->rbuf = nb;
        f->io->rcap = ncap;
    }
    // Text files read in CPython's chunks (8 KiB), so that where a write
    // after a read lands (see buffered_write) matches CPython.
    size_t want = f->io->rcap - f->io->rlen;
    if (!(f->flags & F_BINARY) && want > TEXT_CHUNK)
        want = TEXT_CHUNK;
    if (!f->io->regular && wait_readable(f) < 0)
        return -1;
    for (;;) {
        ssize_t n = read(f->io->fd, f->io->rbuf + f->io->rlen, want);
        if (n < 0) {
            if (errno == EINTR && !mo_ts->pending)
                continue;
            if (errno == EINTR) {
                // Ctrl-C while waiting for input: KeyboardInterrupt now.
                mo_eval_handle_pending();
                return -1;
            }
            os_error(errno, MO_NULL);
            return -1;
        }
        f->io->rlen += (size_t)n;
        return n;
    }
}

static int buffered_write(FileObject *f, const char *s, size_t n) {
    if (f->io->rlen) {
        // A binary file writes where the reader stopped. A text file, like
        // CPython's TextIOWrapper, forgets its decoded read-ahead without
        // seeking back: the write lands after the last chunk it read.
        if (f->flags & F_BINARY)
            drop_readahead(f);
        else
            f->io->rpos = f->io->rlen = 0;
    }
    if (!f->io->wbuf) {
        size_t cap = f->io->fd <= 2 ? WRITE_STD : WRITE_FILE;
        f->io->wbuf = mo_mem_alloc(cap);
        if (!f->io->wbuf)
            return -1;
        f->io->wcap = cap;
    }
    if (f->io->wlen + n > f->io->wcap && flush_wbuf(f) < 0)
        return -1;
    if (n >= f->io->wcap)
        return raw_write(f, s, n);
    memcpy(f->io->wbuf + f->io->wlen, s, n);
    f->io->wlen += n;
    return 0;
}

// -------------------------------------------------------------- checks

static int check_open(FileObject *f) {
    if (f->flags & F_CLOSED) {
        err_closed();
        return -1;
    }
    return 0;
}

static int check_readable(FileObject *f) {
    if (check_open(f) < 0)
        return -1;
    if (!(f->flags & F_READ)) {
        err_unsupported(f->flags & F_BINARY ? "read" : "not readable");
        return -1;
    }
    return 0;
}

static int check_writable(FileObject *f) {
    if (check_open(f) < 0)
        return -1;
    if (!(f->flags & F_WRITE)) {
        err_unsupported(f->flags & F_BINARY ? "write" : "not writable");
        return -1;
    }
    return 0;
}

// An optional size argument: None or missing is -1; else an int.
static int size_arg(const Value *args, size_t nargs, int64_t *out) {
    *out = -1;
    if (nargs == 0 || args[0] == MO_NONE)
        return 0;
    if (!mo_is_int(args[0]) && !mo_type(args[0])->index) {
        mo_err_format(&mo_exc_TypeError, "argument should be integer or None, not '%T'", args[0]);
        return -1;
    }
    return mo_index_clamped(args[0], out);
}

// ------------------------------------------------------------ text layer

// Moves text from the read buffer to `out`: at most `limit` characters
// (limit < 0: no limit), stopping after the first line end when `line` is
// set, translating line ends per the newline mode. Characters are counted
// on UTF-8 lead bytes; a character's continuation bytes always come with it.
// Returns -1 with an exception set on a read error.
static int read_text(FileObject *f, int64_t limit, bool line, StrBuf *out) {
    int64_t chars = 0;
    int pending = 0;            // continuation bytes still due for the last char
    bool eof = false;
    bool translate = f->newline == NL_TRANSLATE;
    bool universal = f->newline == NL_TRANSLATE || f->newline == NL_UNIVERSAL;
    for (;;) {
        if (limit >= 0 && chars >= limit && pending == 0)
            break;
        if (f->io->rpos >= f->io->rlen) {
            if (eof)
                break;
            ssize_t got = fill(f);
            if (got < 0)
                return -1;
            if (got == 0)
                break;
        }
        const unsigned char *b = (const unsigned char *)f->io->rbuf;
        size_t i = f->io->rpos, n = f->io->rlen, start = i;
        bool done = false, need_more = false;
        while (i < n) {
            unsigned char c = b[i];
            if (pending) {
                if ((c & 0xC0) == 0x80) {
                    pending--;
                    i++;
                    continue;
                }
                pending = 0;
            }
            if (limit >= 0 && chars >= limit) {
                done = true;
                break;
            }
            if (c == '\r' && f->newline != NL_LF) {
                if (f->newline == NL_CR) {
                    i++;
                    chars++;
                    if (line) {
                        done = true;
                        break;
                    }
                    continue;
                }
                // Universal modes and "\r\n" need the next byte.
                if (i + 1 == n && !eof) {
                    need_more = true;
                    break;
                }
                bool crlf = i + 1 < n && b[i + 1] == '\n';
                if (crlf && (translate || limit < 0 || chars + 2 <= limit)) {
                    if (universal)
                        f->seen |= SEEN_CRLF;
                    if (translate) {
                        mo_strbuf_append(out, (const char *)b + start, i - start);
                        mo_strbuf_putc(out, '\n');
                        i += 2;
                        start = i;
                        chars++;
                    } else {
                        i += 2;
                        chars += 2;
                    }
                    if (line) {
                        done = true;
                        break;
                    }
                    continue;
                }
                if (f->newline == NL_CRLF || crlf) {
                    // A lone "\r" in "\r\n" mode is text; so is the "\r" of a
                    // "\r\n" split by the limit.
                    i++;
                    chars++;
                    continue;
                }
                f->seen |= SEEN_CR;
                if (translate) {
                    mo_strbuf_append(out, (const char *)b + start, i - start);
                    mo_strbuf_putc(out, '\n');
                    start = i + 1;
                }
                i++;
                chars++;
                if (line) {
                    done = true;
                    break;
                }
                continue;
            }
            if (c == '\n') {
                i++;
                chars++;
                if (universal)
                    f->seen |= SEEN_LF;
                if (line && (universal || f->newline == NL_LF)) {
                    done = true;
                    break;
                }
                continue;
            }
            if (c >= 0xC0 && f->utf8)
                pending = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
            i++;
            chars++;
        }
        mo_strbuf_append(out, (const char *)b + start, i - start);
        f->io->rpos = i;
        if (done)
            break;
        if (need_more) {
            ssize_t got = fill(f);
            if (got < 0)
                return -1;
            if (got == 0)
                eof = true;
        }
    }
    return 0;
}

static bool has_surrogate(const char *s, size_t n) {
    const char *p = memchr(s, 0xED, n);
    while (p) {
        size_t off = (size_t)(p - s);
        if (off + 1 < n && (unsigned char)p[1] >= 0xA0)
            return true;
        p = memchr(p + 1, 0xED, n - off - 1);
    }
    return false;
}

static Value decode_text(FileObject *f, StrBuf *raw) {
    if (raw->failed) {
        mo_strbuf_free(raw);
        return mo_err_no_memory();
    }
    Value r;
    if (raw->len == 0)
        r = mo_str_empty;
    else if (f->utf8)
        r = mo_str_decode_utf8(raw->data, raw->len);
    else
        r = mo_bytes_decode_raw(raw->data, raw->len, mo_str_data(f->encoding), mo_str_data(f->errors));
    mo_strbuf_free(raw);
    return r;
}

// Reads text (see read_text) and decodes it.
static Value read_str(FileObject *f, int64_t limit, bool line) {
    StrBuf raw = STRBUF_INIT;
    if (read_text(f, limit, line, &raw) < 0) {
        mo_strbuf_free(&raw);
        return V_ERR;
    }
    return decode_text(f, &raw);
}

// Writes text whose UTF-8 form is s[0 .. n); `str` is the same text as a str
// Value when the caller has one (MO_NULL otherwise).
static int write_text(FileObject *f, const char *s, size_t n, Value str) {
    if (check_writable(f) < 0)
        return -1;
    StrBuf tmp = STRBUF_INIT;
    bool has_lf = memchr(s, '\n', n) != NULL;
    bool line_end = has_lf || memchr(s, '\r', n) != NULL;
    if (has_lf && (f->newline == NL_CR || f->newline == NL_CRLF)) {
        const char *ending = f->newline == NL_CR ? "\r" : "\r\n";
        for (size_t i = 0; i < n; i++) {
            if (s[i] == '\n')
                mo_strbuf_puts(&tmp, ending);
            else
                mo_strbuf_putc(&tmp, s[i]);
        }
        if (tmp.failed) {
            mo_strbuf_free(&tmp);
            mo_err_no_memory();
            return -1;
        }
        s = tmp.data;
        n = tmp.len;
        str = MO_NULL;
    }
    int r;
    bool ascii = true;
    if (!f->utf8) {
        for (size_t i = 0; i < n; i++)
            if ((unsigned char)s[i] >= 0x80) {
                ascii = false;
                break;
            }
    }
    if ((f->utf8 && !has_surrogate(s, n)) || (!f->utf8 && ascii)) {
        r = buffered_write(f, s, n);
    } else {
        // Through the codec: other encodings, or lone surrogates (which
        // UTF-8 refuses unless the error handler says otherwise).
        if (str == MO_NULL)
            str = mo_str_new(s, n);
        Value enc = str == V_ERR ? V_ERR
                                 : mo_bytes_encode(str, mo_str_data(f->encoding), mo_str_data(f->errors));
        r = enc == V_ERR ? -1 : buffered_write(f, mo_bytes_data(enc), (size_t)mo_bytes_size(enc));
    }
    mo_strbuf_free(&tmp);
    if (r < 0)
        return -1;
    if (f->flags & F_WRITETHROUGH)
        return flush_wbuf(f);
    if ((f->flags & F_LINEBUF) && line_end)
        return flush_wbuf(f);
    return 0;
}

// ----------------------------------------------------------- fast paths

int mo_fileio_write(Value file, const char *s, size_t n) {
    return write_text(file_obj(file), s, n, MO_NULL);
}

int mo_fileio_flush(Value file) {
    FileObject *f = file_obj(file);
    if (check_open(f) < 0)
        return -1;
    return flush_wbuf(f);
}

Value mo_fileio_readline(Value file) {
    FileObject *f = file_obj(file);
    if (check_readable(f) < 0)
        return V_ERR;
    return read_str(f, -1, true);
}

static void flush_quietly(FileObject *f) {
    if (!f || (f->flags & F_CLOSED) || f->io->wlen == 0)
        return;
    if (flush_wbuf(f) < 0)
        mo_err_clear();
}

void mo_fileio_flush_std(void) {
    Value saved = mo_ts ? mo_ts->exc : MO_NULL;
    if (mo_ts)
        mo_ts->exc = MO_NULL;
    if (mo_fileio_stdout != MO_NULL)
        flush_quietly(file_obj(mo_fileio_stdout));
    if (mo_fileio_stderr != MO_NULL)
        flush_quietly(file_obj(mo_fileio_stderr));
    for (FileObject *f = open_files; f; f = f->next_open)
        flush_quietly(f);
    if (mo_ts)
        mo_ts->exc = saved;
}

// --------------------------------------------------------------- methods

static Value file_read(Value self, const Value *args, size_t nargs, Value kwnames) {
    FileObject *f = file_obj(self);
    int64_t size;
    if (mo_args_check("read", nargs, kwnames, 0, 1) < 0 || size_arg(args, nargs, &size) < 0)
        return V_ERR;
    if (check_readable(f) < 0)
        return V_ERR;
    if (!(f->flags & F_BINARY))
        return read_str(f, size, false);
    StrBuf b = STRBUF_INIT;
    while (size < 0 || (int64_t)b.len < size) {
        if (f->io->rpos >= f->io->rlen) {
            ssize_t got = fill(f);
            if (got < 0) {
                mo_strbuf_free(&b);
                return V_ERR;
            }
            if (got == 0)
                break;
        }
        size_t avail = f->io->rlen - f->io->rpos;
        if (size >= 0 && (int64_t)avail > size - (int64_t)b.len)
            avail = (size_t)(size - (int64_t)b.len);
        mo_strbuf_append(&b, f->io->rbuf + f->io->rpos, avail);
        f->io->rpos += avail;
    }
    if (b.failed) {
        mo_strbuf_free(&b);
        return mo_err_no_memory();
    }
    Value r = mo_bytes_new(b.data ? b.data : "", b.len);
    mo_strbuf_free(&b);
    return r;
}

// One line of a binary file, at most `limit` bytes (limit < 0: no limit).
static Value read_bytes_line(FileObject *f, int64_t limit) {
    StrBuf b = STRBUF_INIT;
    for (;;) {
        if (limit >= 0 && (int64_t)b.len >= limit)
            break;
        if (f->io->rpos >= f->io->rlen) {
            ssize_t got = fill(f);
            if (got < 0) {
                mo_strbuf_free(&b);
                return V_ERR;
            }
            if (got == 0)
                break;
        }
        size_t avail = f->io->rlen - f->io->rpos;
        if (limit >= 0 && (int64_t)avail > limit - (int64_t)b.len)
            avail = (size_t)(limit - (int64_t)b.len);
        const char *nl = memchr(f->io->rbuf + f->io->rpos, '\n', avail);
        size_t take = nl ? (size_t)(nl - (f->io->rbuf + f->io->rpos)) + 1 : avail;
        mo_strbuf_append(&b, f->io->rbuf + f->io->rpos, take);
        f->io->rpos += take;
        if (nl)
            break;
    }
    if (b.failed) {
        mo_strbuf_free(&b);
        return mo_err_no_memory();
    }
    Value r = mo_bytes_new(b.data ? b.data : "", b.len);
    mo_strbuf_free(&b);
    return r;
}

static Value readline_impl(FileObject *f, int64_t limit) {
    if (check_readable(f) < 0)
        return V_ERR;
    if (f->flags & F_BINARY)
        return read_bytes_line(f, limit);
    return read_str(f, limit, true);
}

static Value file_readline(Value self, const Value *args, size_t nargs, Value kwnames) {
    int64_t limit = -1;
    if (mo_args_check("readline", nargs, kwnames, 0, 1) < 0)
        return V_ERR;
    if (nargs == 1) {
        // Binary files take None for "no limit"; text files want an int.
        int r = (file_obj(self)->flags & F_BINARY) ? size_arg(args, nargs, &limit)
                                                   : mo_index_clamped(args[0], &limit);
        if (r < 0)
            return V_ERR;
    }
    return readline_impl(file_obj(self), limit);
}

static Value file_readlines(Value self, const Value *args, size_t nargs, Value kwnames) {
    FileObject *f = file_obj(self);
    int64_t hint;
    if (mo_args_check("readlines", nargs, kwnames, 0, 1) < 0 || size_arg(args, nargs, &hint) < 0)
        return V_ERR;
    if (check_readable(f) < 0)
        return V_ERR;
    Value list = mo_list_new(0);
    if (list == V_ERR)
        return V_ERR;
    int64_t total = 0;
    for (;;) {
        Value line = readline_impl(f, -1);
        if (line == V_ERR)
            return V_ERR;
        int64_t len = (f->flags & F_BINARY) ? mo_bytes_size(line) : mo_str_len(line);
        if (len == 0)
            break;
        if (mo_list_append(list, line) < 0)
            return V_ERR;
        total += len;
        if (hint > 0 && total >= hint)
            break;
    }
    return list;
}

// file.write(x) for any of our files: the count of characters (text) or
// bytes (binary) written.
static Value write_value(FileObject *f, Value v) {
    if (f->flags & F_BINARY) {
        if (check_open(f) < 0)
            return V_ERR;
        const char *data;
        int64_t size;
        if (!mo_bytes_like(v, &data, &size))
            return mo_err_format(&mo_exc_TypeError, "a bytes-like object is required, not '%T'", v);
        if (check_writable(f) < 0)
            return V_ERR;
        if (buffered_write(f, data, (size_t)size) < 0)
            return V_ERR;
        return mo_int_from_i64(size);
    }
    if (check_open(f) < 0)
        return V_ERR;
    if (!mo_is_str(v))
        return mo_err_format(&mo_exc_TypeError, "write() argument must be str, not %T", v);
    if (write_text(f, mo_str_data(v), (size_t)mo_str_size(v), v) < 0)
        return V_ERR;
    return mo_int_from_i64(mo_str_len(v));
}

static Value file_write(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("write", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    return write_value(file_obj(self), args[0]);
}

static Value file_writelines(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("writelines", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    FileObject *f = file_obj(self);
    if (check_open(f) < 0)
        return V_ERR;
    Value it = mo_iter(args[0]);
    if (it == V_ERR)
        return V_ERR;
    Value item;
    while ((item = mo_next(it)) != MO_NULL) {
        if (item == V_ERR || write_value(f, item) == V_ERR)
            return V_ERR;
    }
    return MO_NONE;
}

static Value file_flush(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("flush", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return mo_fileio_flush(self) < 0 ? V_ERR : MO_NONE;
}

static void release_buffers(FileObject *f) {
    RawIO *io = &f->own;
    mo_mem_free(io->rbuf, io->rcap);
    mo_mem_free(io->wbuf, io->wcap);
    io->rbuf = io->wbuf = NULL;
    io->rpos = io->rlen = io->rcap = io->wlen = io->wcap = 0;
}

static int close_file(FileObject *f) {
    if (f->flags & F_CLOSED)
        return 0;
    int r = flush_wbuf(f);
    f->flags |= F_CLOSED;
    // A text file and its `buffer` share one stream: closing either closes
    // both.
    if (f->buffer != MO_NULL)
        file_obj(f->buffer)->flags |= F_CLOSED;
    if (f->owner != MO_NULL)
        return close_file(file_obj(f->owner)) < 0 ? -1 : r;
    unlink_open(f);
    release_buffers(f);
    if (f->flags & F_CLOSEFD) {
        if (close(f->io->fd) < 0 && r == 0) {
            os_error(errno, MO_NULL);
            r = -1;
        }
    }
    return r;
}

static Value file_close(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("close", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return close_file(file_obj(self)) < 0 ? V_ERR : MO_NONE;
}

// The logical position: where the next read or write happens.
static int logical_pos(FileObject *f, int64_t *out) {
    off_t raw = lseek(f->io->fd, 0, SEEK_CUR);
    if (raw < 0) {
        os_error(errno, MO_NULL);
        return -1;
    }
    *out = (int64_t)raw - (int64_t)(f->io->rlen - f->io->rpos) + (int64_t)f->io->wlen;
    return 0;
}

static Value file_tell(Value self, const Value *args, size_t nargs, Value kwnames) {
    FileObject *f = file_obj(self);
    if (mo_args_check("tell", nargs, kwnames, 0, 0) < 0 || check_open(f) < 0)
        return V_ERR;
    int64_t pos;
    if (logical_pos(f, &pos) < 0)
        return V_ERR;
    return mo_int_from_i64(pos);
}

static Value file_seek(Value self, const Value *args, size_t nargs, Value kwnames) {
    FileObject *f = file_obj(self);
    int64_t offset, whence = 0;
    if (mo_args_check("seek", nargs, kwnames, 1, 2) < 0 || mo_index_i64(args[0], &offset) < 0)
        return V_ERR;
    if (nargs == 2 && mo_index_i64(args[1], &whence) < 0)
        return V_ERR;
    if (check_open(f) < 0)
        return V_ERR;
    bool text = !(f->flags & F_BINARY);
    if (whence < 0 || whence > 2)
        return mo_err_format(&mo_exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (text && whence == 1 && offset != 0)
        return err_unsupported("can't do nonzero cur-relative seeks");
    if (text && whence == 2 && offset != 0)
        return err_unsupported("can't do nonzero end-relative seeks");
    if (whence == 0 && offset < 0)
        return mo_err_format(&mo_exc_ValueError, "negative seek position %lld", (long long)offset);
    if (whence == 1) {
        int64_t pos;
        if (logical_pos(f, &pos) < 0)
            return V_ERR;
        offset += pos;
        whence = 0;
    }
    if (flush_wbuf(f) < 0)
        return V_ERR;
    f->io->rpos = f->io->rlen = 0;
    off_t r = lseek(f->io->fd, (off_t)offset, whence == 0 ? SEEK_SET : SEEK_END);
    if (r < 0)
        return os_error(errno, MO_NULL);
    return mo_int_from_i64((int64_t)r);
}

static Value file_truncate(Value self, const Value *args, size_t nargs, Value kwnames) {
    FileObject *f = file_obj(self);
    if (mo_args_check("truncate", nargs, kwnames, 0, 1) < 0 || check_open(f) < 0)
        return V_ERR;
    if (!(f->flags & F_WRITE))
        return err_unsupported("truncate");
    int64_t size;
    if (nargs == 1 && args[0] != MO_NONE) {
        if (mo_index_i64(args[0], &size) < 0)
            return V_ERR;
    } else if (logical_pos(f, &size) < 0) {
        return V_ERR;
    }
    if (flush_wbuf(f) < 0)
        return V_ERR;
    drop_readahead(f);
    if (ftruncate(f->io->fd, (off_t)size) < 0)
        return os_error(errno, MO_NULL);
    return mo_int_from_i64(size);
}

static Value file_fileno(Value self, const Value *args, size_t nargs, Value kwnames) {
    FileObject *f = file_obj(self);
    if (mo_args_check("fileno", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    if (f->flags & F_CLOSED)
        return mo_err_format(&mo_exc_ValueError, "I/O operation on closed file");
    return mo_smallint(f->io->fd);
}

static Value file_isatty(Value self, const Value *args, size_t nargs, Value kwnames) {
    FileObject *f = file_obj(self);
    if (mo_args_check("isatty", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    if (f->flags & F_CLOSED)
        return mo_err_format(&mo_exc_ValueError, "I/O operation on closed file");
    return mo_bool(isatty(f->io->fd));
}

static Value file_readable(Value self, const Value *args, size_t nargs, Value kwnames) {
    FileObject *f = file_obj(self);
    if (mo_args_check("readable", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    if (f->flags & F_CLOSED) {
        // CPython's text files answer False here; binary ones raise.
        if (f->flags & F_BINARY)
            return mo_err_format(&mo_exc_ValueError, "I/O operation on closed file");
        return MO_FALSE;
    }
    return mo_bool(f->flags & F_READ);
}

static Value file_writable(Value self, const Value *args, size_t nargs, Value kwnames) {
    FileObject *f = file_obj(self);
    if (mo_args_check("writable", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    if (f->flags & F_CLOSED)
        return mo_err_format(&mo_exc_ValueError, "I/O operation on closed file");
    return mo_bool(f->flags & F_WRITE);
}

static Value file_seekable(Value self, const Value *args, size_t nargs, Value kwnames) {
    FileObject *f = file_obj(self);
    if (mo_args_check("seekable", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    if (f->flags & F_CLOSED)
        return mo_err_format(&mo_exc_ValueError, "I/O operation on closed file");
    return mo_bool(lseek(f->io->fd, 0, SEEK_CUR) >= 0);
}

static Value file_enter(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("__enter__", nargs, kwnames, 0, 0) < 0 || check_open(file_obj(self)) < 0)
        return V_ERR;
    return self;
}

static Value file_exit(Value self, const Value *args, size_t nargs, Value kwnames) {
    return close_file(file_obj(self)) < 0 ? V_ERR : MO_NONE;
}

static Value file_iter(Value self) {
    if (check_open(file_obj(self)) < 0)
        return V_ERR;
    return self;
}

static Value file_iternext(Value self) {
    FileObject *f = file_obj(self);
    Value line = readline_impl(f, -1);
    if (line == V_ERR)
        return V_ERR;
    int64_t len = (f->flags & F_BINARY) ? mo_bytes_size(line) : mo_str_len(line);
    return len == 0 ? MO_NULL : line;
}

static const MethodDef file_methods[] = {
    {"read", file_read, 0, "Read at most size characters (bytes), or all when size is negative or None."},
    {"readline", file_readline, 0, "Read until newline or EOF."},
    {"readlines", file_readlines, 0, "Return a list of lines from the stream."},
    {"write", file_write, 0, "Write a string (bytes) to the stream; return the count written."},
    {"writelines", file_writelines, 0, "Write a list of lines to the stream."},
    {"flush", file_flush, 0, "Flush the write buffer."},
    {"close", file_close, 0, "Flush and close the file."},
    {"seek", file_seek, 0, "Change the stream position."},
    {"tell", file_tell, 0, "Return the current stream position."},
    {"truncate", file_truncate, 0, "Truncate the file to at most size bytes."},
    {"fileno", file_fileno, 0, "Return the underlying file descriptor."},
    {"isatty", file_isatty, 0, "True if the file is connected to a terminal."},
    {"readable", file_readable, 0, NULL},
    {"writable", file_writable, 0, NULL},
    {"seekable", file_seekable, 0, NULL},
    {"__enter__", file_enter, 0, NULL},
    {"__exit__", file_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

// ------------------------------------------------------------ attributes

static Value get_closed(Value self) { return mo_bool(file_obj(self)->flags & F_CLOSED); }
static Value get_name(Value self) { return file_obj(self)->name; }
static Value get_mode(Value self) { return file_obj(self)->mode; }
static Value get_encoding(Value self) { return file_obj(self)->encoding; }
static Value get_errors(Value self) { return file_obj(self)->errors; }
static Value get_line_buffering(Value self) { return mo_bool(file_obj(self)->flags & F_LINEBUF); }

static Value get_newlines(Value self) {
    static const char *const names[] = {"\r", "\n", "\r\n"};
    uint8_t seen = file_obj(self)->seen;
    Value found[3];
    size_t n = 0;
    for (int i = 0; i < 3; i++) {
        if (!(seen & (1u << i)))
            continue;
        found[n] = mo_str_from_cstr(names[i]);
        if (found[n] == V_ERR)
            return V_ERR;
        n++;
    }
    if (n == 0)
        return MO_NONE;
    if (n == 1)
        return found[0];
    return mo_tuple_from_array(found, n);
}

// text.buffer: the binary file under a text file, sharing its descriptor
// and buffers (so sys.stdout.buffer.write(b"…") lands in order with print).
static Value get_buffer(Value self) {
    FileObject *f = file_obj(self);
    if (f->buffer != MO_NULL)
        return f->buffer;
    bool rd = f->flags & F_READ, wr = f->flags & F_WRITE;
    TypeObject *type = rd && wr ? &mo_bufferedrandom_type : rd ? &mo_bufferedreader_type : &mo_bufferedwriter_type;
    uint32_t flags = F_BINARY | (f->flags & (F_READ | F_WRITE | F_APPEND | F_CLOSED));
    Value mode = mo_str_from_cstr(rd && wr ? "rb+" : rd ? "rb" : (f->flags & F_APPEND) ? "ab" : "wb");
    if (mode == V_ERR)
        return V_ERR;
    FileObject *b = file_new(type, f->io->fd, flags, f->name, mode);
    if (!b)
        return V_ERR;
    // Not on the open list: its owner flushes the shared buffers.
    unlink_open(b);
    b->io = f->io;
    b->owner = self;
    f->buffer = mo_obj(b);
    return f->buffer;
}

static const GetSetDef text_getsets[] = {
    {"buffer", get_buffer, NULL},
    {"closed", get_closed, NULL},
    {"name", get_name, NULL},
    {"mode", get_mode, NULL},
    {"encoding", get_encoding, NULL},
    {"errors", get_errors, NULL},
    {"newlines", get_newlines, NULL},
    {"line_buffering", get_line_buffering, NULL},
    {NULL, NULL, NULL},
};

static const GetSetDef binary_getsets[] = {
    {"closed", get_closed, NULL},
    {"name", get_name, NULL},
    {"mode", get_mode, NULL},
    {NULL, NULL, NULL},
};

// ----------------------------------------------------------------- slots

static Value file_repr(Value self) {
    FileObject *f = file_obj(self);
    const char *tname = mo_type(self)->name;
    if (f->flags & F_BINARY)
        return mo_str_format("<_io.%s name=%R>", tname, f->name);
    return mo_str_format("<_io.%s name=%R mode=%R encoding=%R>", tname, f->name, f->mode, f->encoding);
}

static void file_trace(Object *o) {
    FileObject *f = (FileObject *)o;
    mo_gc_mark(f->name);
    mo_gc_mark(f->mode);
    mo_gc_mark(f->encoding);
    mo_gc_mark(f->errors);
    mo_gc_mark(f->owner);
    mo_gc_mark(f->buffer);
}

// A collected file that was never closed: write out what it buffered and
// close its descriptor, quietly (there is no one left to tell).
static void file_finalize(Object *o) {
    FileObject *f = (FileObject *)o;
    // Only the object's own RawIO: a `buffer` object's owner may already be
    // gone in this same sweep (and it flushes its own buffers).
    RawIO *io = &f->own;
    if (!(f->flags & F_CLOSED) && f->owner == MO_NULL) {
        if (io->wlen) {
            const char *s = io->wbuf;
            size_t n = io->wlen;
            while (n > 0) {
                ssize_t w = write(io->fd, s, n);
                if (w < 0 && errno == EINTR)
                    continue;
                if (w <= 0)
                    break;
                s += w;
                n -= (size_t)w;
            }
        }
        if (f->flags & F_CLOSEFD)
            close(io->fd);
        f->flags |= F_CLOSED;
    }
    unlink_open(f);
    release_buffers(f);
}

#define FILE_TYPE(cname, pyname, getsets_)                      \
    TypeObject cname = {                                        \
        .hdr = MO_STATIC_HEADER(&mo_type_type),                 \
        .name = pyname,                                         \
        .base = &mo_object_type,                                \
        .basicsize = sizeof(FileObject),                        \
        .repr = file_repr,                                      \
        .getattr = mo_generic_getattr,                          \
        .setattr = mo_generic_setattr,                          \
        .iter = file_iter,                                      \
        .iternext = file_iternext,                              \
        .trace = file_trace,                                    \
        .finalize = file_finalize,                              \
        .methods = file_methods,                                \
        .getsets = getsets_,                                    \
    };
FILE_TYPE(mo_textio_type, "TextIOWrapper", text_getsets)
FILE_TYPE(mo_bufferedreader_type, "BufferedReader", binary_getsets)
FILE_TYPE(mo_bufferedwriter_type, "BufferedWriter", binary_getsets)
FILE_TYPE(mo_bufferedrandom_type, "BufferedRandom", binary_getsets)
#undef FILE_TYPE

TypeObject mo_exc_UnsupportedOperation = {
    .hdr = MO_STATIC_HEADER(&mo_type_type),
    .name = "UnsupportedOperation",
    .base = &mo_exc_OSError,
    .flags = MO_TPFLAG_BASETYPE | MO_TPFLAG_HAS_DICT | MO_TPFLAG_EXC_SUBCLASS,
    .basicsize = sizeof(ExceptionObject),
    .dictoffset = offsetof(ExceptionObject, dict),
};

// ---------------------------------------------------------------- open()

// Is `name` one of the spellings of UTF-8 (case, '-', '_' and ' ' aside)?
static bool is_utf8_name(const char *name) {
    char norm[16];
    size_t n = 0;
    for (const char *p = name; *p; p++) {
        if (n + 1 >= sizeof norm)
            return false;
        char c = *p >= 'A' && *p <= 'Z' ? (char)(*p - 'A' + 'a') : *p;
        if (c == '-' || c == ' ')
            c = '_';
        norm[n++] = c;
    }
    norm[n] = '\0';
    static const char *const names[] = {"utf_8", "utf8", "u8", "utf", "cp65001"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(norm, names[i]) == 0)
            return true;
    return false;
}

static FileObject *file_new(TypeObject *type, int fd, uint32_t flags, Value name, Value mode) {
    FileObject *f = mo_gc_alloc(type, sizeof *f);
    if (!f)
        return NULL;
    f->io = &f->own;
    f->own.fd = fd;
    struct stat st;
    f->own.regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    f->flags = flags;
    f->owner = MO_NULL;
    f->buffer = MO_NULL;
    f->name = name;
    f->mode = mode;
    f->encoding = MO_NULL;
    f->errors = MO_NULL;
    f->newline = NL_TRANSLATE;
    link_open(f);
    return f;
}

// Sets up the text layer: encoding (validated through the codecs),
// errors and newline.
static int setup_text(FileObject *f, Value encoding, Value errors, int newline) {
    f->encoding = encoding;
    f->errors = errors;
    f->newline = (uint8_t)newline;
    bool strict = mo_str_eq_cstr(errors, "strict");
    f->utf8 = is_utf8_name(mo_str_data(encoding)) && strict;
    if (!f->utf8) {
        // Unknown names raise LookupError here, as CPython's open() does.
        Value probe = mo_bytes_decode_raw("", 0, mo_str_data(encoding), mo_str_data(errors));
        if (probe == V_ERR)
            return -1;
        // Lines are found and ASCII text written byte for byte, which
        // utf-16 and utf-32 would break: refuse them as an unknown codec.
        if (!mo_bytes_codec_ascii_compatible(mo_str_data(encoding))) {
            mo_err_format(&mo_exc_LookupError, "unknown encoding: %s", mo_str_data(encoding));
            return -1;
        }
    }
    return 0;
}

// Parses a mode string into F_* flags; raises CPython's ValueErrors.
static int parse_mode(Value mode, uint32_t *flags, bool *created, bool *truncate) {
    const char *m = mo_str_data(mode);
    int64_t n = mo_str_size(mode);
    bool r = false, w = false, x = false, a = false, plus = false, t = false, b = false;
    for (int64_t i = 0; i < n; i++) {
        bool *which;
        switch (m[i]) {
        case 'r': which = &r; break;
        case 'w': which = &w; break;
        case 'x': which = &x; break;
        case 'a': which = &a; break;
        case '+': which = &plus; break;
        case 't': which = &t; break;
        case 'b': which = &b; break;
        default: which = NULL; break;
        }
        if (!which || *which) {
            mo_err_format(&mo_exc_ValueError, "invalid mode: %R", mode);
            return -1;
        }
        *which = true;
    }
    if (t && b) {
        mo_err_format(&mo_exc_ValueError, "can't have text and binary mode at once");
        return -1;
    }
    if (r + w + x + a != 1) {
        // No mode letter at all gets past open()'s check (which counts more
        // than one) to FileIO's, whose message is its own.
        mo_err_format(&mo_exc_ValueError, r + w + x + a == 0
                                              ? "Must have exactly one of create/read/write/append mode and at "
                                                "most one plus"
                                              : "must have exactly one of create/read/write/append mode");
        return -1;
    }
    uint32_t fl = 0;
    if (r || plus)
        fl |= F_READ;
    if (w || x || a || plus)
        fl |= F_WRITE;
    if (a)
        fl |= F_APPEND;
    if (b)
        fl |= F_BINARY;
    *flags = fl;
    *created = x;
    *truncate = w;
    return 0;
}

// The mode string CPython's FileIO reports for a binary file.
static const char *binary_mode_name(uint32_t flags, bool created) {
    bool rd = flags & F_READ, wr = flags & F_WRITE;
    if (created)
        return rd ? "xb+" : "xb";
    if (flags & F_APPEND)
        return rd ? "ab+" : "ab";
    if (rd && wr)
        return "rb+";
    return rd ? "rb" : "wb";
}

static Value optional_str_arg(Value v, const char *what) {
    if (v == MO_NULL || v == MO_NONE)
        return MO_NULL;
    if (!mo_is_str(v))
        return mo_err_format(&mo_exc_TypeError, "open() argument '%s' must be str or None, not %T", what, v);
    return v;
}

Value mo_fileio_open(Value self, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd",
                                        "opener"};
    Value a[8];
    if (mo_args_bind("open", args, nargs, kwnames, names, 8, 8, 1, a) < 0)
        return V_ERR;
    Value file = a[0];
    Value mode = a[1] == MO_NULL ? mo_str_from_cstr("r") : a[1];
    if (mode == V_ERR)
        return V_ERR;
    if (!mo_is_str(mode))
        return mo_err_format(&mo_exc_TypeError, "open() argument 'mode' must be str, not %T", mode);
    int64_t buffering = -1;
    if (a[2] != MO_NULL && mo_index_i64(a[2], &buffering) < 0)
        return V_ERR;
    Value encoding = optional_str_arg(a[3], "encoding");
    Value errors = optional_str_arg(a[4], "errors");
    Value newline_v = optional_str_arg(a[5], "newline");
    if (encoding == V_ERR || errors == V_ERR || newline_v == V_ERR)
        return V_ERR;
    int closefd = 1;
    if (a[6] != MO_NULL && (closefd = mo_truth(a[6])) < 0)
        return V_ERR;
    if (a[7] != MO_NULL && a[7] != MO_NONE)
        return mo_err_format(&mo_exc_NotImplementedError, "open(): the opener argument is not supported");

    // The file: a path (str or bytes) or a descriptor. An os.PathLike
    // opens the path its __fspath__ gives, which is also the file's name.
    if (!mo_is_str(file) && !mo_is_bytes(file) && !mo_is_int(file)) {
        Value meth = mo_lookup_attr(mo_obj(mo_type(file)), mo_str_intern_cstr("__fspath__"));
        if (meth == V_ERR)
            return V_ERR;
        if (meth != MO_NULL) {
            Value r = mo_call_method_cstr(file, "__fspath__", NULL, 0);
            if (r == V_ERR)
                return V_ERR;
            if (!mo_is_str(r) && !mo_is_bytes(r))
                return mo_err_format(&mo_exc_TypeError, "expected %T.__fspath__() to return str or bytes, not %T",
                                     file, r);
            file = r;
        }
    }
    int64_t fdnum = -1;
    const char *path = NULL;
    if (mo_is_str(file)) {
        path = mo_str_data(file);
        if ((int64_t)strlen(path) != mo_str_size(file))
            return mo_err_format(&mo_exc_ValueError, "embedded null byte");
    } else if (mo_is_bytes(file)) {
        path = mo_bytes_data(file);
        if ((int64_t)strlen(path) != mo_bytes_size(file))
            return mo_err_format(&mo_exc_ValueError, "embedded null byte");
    } else if (mo_is_int(file)) {
        if (mo_index_i64(file, &fdnum) < 0)
            return V_ERR;
        if (fdnum < 0)
            return mo_err_format(&mo_exc_ValueError, "negative file descriptor");
    } else {
        return mo_err_format(&mo_exc_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
    }

    uint32_t flags;
    bool created, truncate;
    if (parse_mode(mode, &flags, &created, &truncate) < 0)
        return V_ERR;
    bool binary = flags & F_BINARY;
    if (binary && encoding != MO_NULL)
        return mo_err_format(&mo_exc_ValueError, "binary mode doesn't take an encoding argument");
    if (binary && errors != MO_NULL)
        return mo_err_format(&mo_exc_ValueError, "binary mode doesn't take an errors argument");
    if (binary && newline_v != MO_NULL)
        return mo_err_format(&mo_exc_ValueError, "binary mode doesn't take a newline argument");
    if (!binary && buffering == 0)
        return mo_err_format(&mo_exc_ValueError, "can't have unbuffered text I/O");
    int newline = NL_TRANSLATE;
    if (newline_v != MO_NULL) {
        const char *nl = mo_str_data(newline_v);
        if (mo_str_size(newline_v) == 0)
            newline = NL_UNIVERSAL;
        else if (strcmp(nl, "\n") == 0)
            newline = NL_LF;
        else if (strcmp(nl, "\r") == 0)
            newline = NL_CR;
        else if (strcmp(nl, "\r\n") == 0)
            newline = NL_CRLF;
        else
            return mo_err_format(&mo_exc_ValueError, "illegal newline value: %U", newline_v);
    }
    if (!closefd && path)
        return mo_err_format(&mo_exc_ValueError, "Cannot use closefd=False with file name");

    int fd;
    if (path) {
        int oflags = O_CLOEXEC;
        bool rd = flags & F_READ, wr = flags & F_WRITE;
        oflags |= rd && wr ? O_RDWR : wr ? O_WRONLY : O_RDONLY;
        if (created)
            oflags |= O_CREAT | O_EXCL;
        else if (flags & F_APPEND)
            oflags |= O_CREAT | O_APPEND;
        else if (truncate)
            oflags |= O_CREAT | O_TRUNC;
        // CPython closes a file as soon as the last reference goes, so
        // programs write without close() and read the file back. Our
        // unreachable files wait for the collector: write out everything
        // pending first, so the file about to be opened sees it.
        for (FileObject *o = open_files; o; o = o->next_open)
            flush_quietly(o);
        bool collected = false;
        for (;;) {
            fd = open(path, oflags, 0666);
            if (fd >= 0)
                break;
            if (errno == EINTR)
                continue;
            // Out of descriptors: dead files may be holding them.
            if ((errno == EMFILE || errno == ENFILE) && !collected) {
                collected = true;
                mo_gc_collect();
                continue;
            }
            break;
        }
        if (fd < 0)
            return os_error(errno, file);
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            return os_error(EISDIR, file);
        }
        if (flags & F_APPEND)
            (void)lseek(fd, 0, SEEK_END);
    } else {
        fd = (int)fdnum;
        struct stat st;
        if (fstat(fd, &st) < 0)
            return os_error(errno, MO_NULL);
    }

    TypeObject *type = &mo_textio_type;
    Value shown_mode = mode;
    if (binary) {
        bool rd = flags & F_READ, wr = flags & F_WRITE;
        type = rd && wr ? &mo_bufferedrandom_type : rd ? &mo_bufferedreader_type : &mo_bufferedwriter_type;
        shown_mode = mo_str_from_cstr(binary_mode_name(flags, created));
        if (shown_mode == V_ERR)
            goto fail;
    }
    if (closefd)
        flags |= F_CLOSEFD;
    if (buffering == 1 && !binary)
        flags |= F_LINEBUF;
    FileObject *f = file_new(type, fd, flags, file, shown_mode);
    if (!f)
        goto fail;
    if (!binary) {
        if (encoding == MO_NULL)
            encoding = mo_str_from_cstr("UTF-8");
        if (errors == MO_NULL)
            errors = mo_str_from_cstr("strict");
        if (encoding == V_ERR || errors == V_ERR || setup_text(f, encoding, errors, newline) < 0) {
            close_file(f);
            return V_ERR;
        }
    }
    return mo_obj(f);

fail:
    if (closefd)
        close(fd);
    return V_ERR;
}

// ------------------------------------------------------------------ init

static Value make_std(int fd, const char *name, const char *mode, uint32_t flags, const char *errors) {
    Value n = mo_str_from_cstr(name), m = mo_str_from_cstr(mode);
    Value enc = mo_str_from_cstr("utf-8"), err = mo_str_from_cstr(errors);
    if (n == V_ERR || m == V_ERR || enc == V_ERR || err == V_ERR)
        return V_ERR;
    FileObject *f = file_new(&mo_textio_type, fd, flags, n, m);
    if (!f)
        return V_ERR;
    // The std streams are not on the open list: mo_fileio_flush_std flushes
    // them first, by name.
    unlink_open(f);
    // Like CPython on POSIX, the std streams use newline="\n": stdin splits
    // lines at "\n" only and keeps any "\r" (input() of "a\r\n" is "a\r"),
    // and stdout and stderr write "\n" untouched.
    if (setup_text(f, enc, err, NL_LF) < 0)
        return V_ERR;
    return mo_obj(f);
}

void mo_fileio_init(void) {
    static bool done;
    if (done)
        return;
    done = true;
    mo_type_ready(&mo_textio_type);
    mo_type_ready(&mo_bufferedreader_type);
    mo_type_ready(&mo_bufferedwriter_type);
    mo_type_ready(&mo_bufferedrandom_type);
    mo_type_ready(&mo_exc_UnsupportedOperation);
    Value io = mo_str_intern_cstr("_io");
    if (io == V_ERR)
        mo_fatal("fileio: out of memory");
    mo_textio_type.module = io;
    mo_bufferedreader_type.module = io;
    mo_bufferedwriter_type.module = io;
    mo_bufferedrandom_type.module = io;

    // io.UnsupportedOperation derives from OSError and ValueError. Its two
    // bases share one layout, which the class machinery would call a
    // conflict, so the MRO is spelled out here.
    TypeObject *uo = &mo_exc_UnsupportedOperation;
    uo->module = mo_str_intern_cstr("io");
    uo->bases = mo_tuple_pack(2, mo_obj(&mo_exc_OSError), mo_obj(&mo_exc_ValueError));
    uo->mro = mo_tuple_pack(6, mo_obj(uo), mo_obj(&mo_exc_OSError), mo_obj(&mo_exc_ValueError),
                            mo_obj(&mo_exc_Exception), mo_obj(&mo_exc_BaseException), mo_obj(&mo_object_type));
    if (uo->module == V_ERR || uo->bases == V_ERR || uo->mro == V_ERR)
        mo_fatal("fileio: out of memory");

    mo_gc_add_root(&mo_fileio_stdin);
    mo_gc_add_root(&mo_fileio_stdout);
    mo_gc_add_root(&mo_fileio_stderr);
    uint32_t out_flags = F_WRITE | (isatty(1) ? F_LINEBUF : 0);
    // surrogateescape, as CPython in UTF-8 mode (and in the C locale): bytes
    // that are not UTF-8 come in as lone surrogates and go out unchanged.
    mo_fileio_stdin = make_std(0, "<stdin>", "r", F_READ, "surrogateescape");
    mo_fileio_stdout = make_std(1, "<stdout>", "w", out_flags, "surrogateescape");
    mo_fileio_stderr = make_std(2, "<stderr>", "w", F_WRITE | F_WRITETHROUGH, "backslashreplace");
    if (mo_fileio_stdin == V_ERR || mo_fileio_stdout == V_ERR || mo_fileio_stderr == V_ERR)
        mo_fatal("fileio: cannot make the standard streams");
}
