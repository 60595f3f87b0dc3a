// src/modules/time.c — the `time` module: clocks, sleep, and the broken-down
// time functions (gmtime, localtime, mktime, strftime, asctime, ctime).
//
// Clocks come from clock_gettime: time() is CLOCK_REALTIME, perf_counter()
// and monotonic() are CLOCK_MONOTONIC (as in CPython on Linux),
// process_time() is CLOCK_PROCESS_CPUTIME_ID. Each has an _ns twin
// returning an int of nanoseconds.
//
// sleep() is interruptible: a Ctrl-C arriving during it raises
// KeyboardInterrupt from inside the call, as in CPython.
//
// Read next: src/modules/structseq.c (struct_time).
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "modules/structseq.h"
#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/error.h"
#include "vm/eval.h"
#include "vm/state.h"

static const char *const struct_time_fields[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
                                                 "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone",
                                                 "tm_gmtoff", NULL};
static MO_STRUCTSEQ_TYPE(struct_time_type, "struct_time", "time", struct_time_fields, 9);

// ------------------------------------------------------------------ clocks

static Value clock_seconds(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return mo_float((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static Value clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return mo_int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

#define CLOCK_FUNCTIONS(pyname, clock)                                                        \
    static Value time_##pyname(Value self, const Value *args, size_t nargs, Value kwnames) {  \
        if (mo_args_check(#pyname, nargs, kwnames, 0, 0) < 0)                                 \
            return V_ERR;                                                                     \
        return clock_seconds(clock);                                                          \
    }                                                                                         \
    static Value time_##pyname##_ns(Value self, const Value *args, size_t nargs, Value kwnames) { \
        if (mo_args_check(#pyname "_ns", nargs, kwnames, 0, 0) < 0)                           \
            return V_ERR;                                                                     \
        return clock_ns(clock);                                                               \
    }
CLOCK_FUNCTIONS(time, CLOCK_REALTIME)
CLOCK_FUNCTIONS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCTIONS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCTIONS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCTIONS(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef CLOCK_FUNCTIONS

// A number of seconds as a double: int or float; CPython's TypeError for
// anything else.
static int seconds_arg(Value v, double *out) {
    if (mo_is_float(v)) {
        *out = mo_float_val(v);
        return 0;
    }
    if (mo_is_int(v))
        return mo_int_to_double(v, out);
    Value f = mo_lookup_attr(mo_obj(mo_type(v)), mo_str_intern_cstr("__float__"));
    if (f == V_ERR)
        return -1;
    if (f != MO_NULL) {
        Value d = mo_float_from_value(v);
        if (d == V_ERR)
            return -1;
        *out = mo_float_val(d);
        return 0;
    }
    mo_err_format(&mo_exc_TypeError, "'%s' object cannot be interpreted as an integer", mo_type_name(v));
    return -1;
}

static Value time_sleep(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("sleep", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    double secs;
    if (seconds_arg(args[0], &secs) < 0)
        return V_ERR;
    if (isnan(secs))
        return mo_err_format(&mo_exc_ValueError, "Invalid value NaN (not a number)");
    if (secs < 0)
        return mo_err_format(&mo_exc_ValueError, "sleep length must be non-negative");
    if (secs > 9.2e9)
        return mo_err_format(&mo_exc_OverflowError, "sleep length is too large");
    // Sleep in slices against a monotonic deadline, checking for Ctrl-C
    // between them: the signal may be delivered to another thread, which
    // would not interrupt this one's nanosleep.
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double deadline = (double)now.tv_sec + (double)now.tv_nsec * 1e-9 + secs;
    for (;;) {
        if (mo_ts->pending) {
            // Ctrl-C: KeyboardInterrupt from inside sleep(), as in CPython.
            mo_eval_handle_pending();
            return V_ERR;
        }
        clock_gettime(CLOCK_MONOTONIC, &now);
        double left = deadline - ((double)now.tv_sec + (double)now.tv_nsec * 1e-9);
        if (left <= 0)
            break;
        if (left > 0.05)
            left = 0.05;
        struct timespec req;
        req.tv_sec = (time_t)left;
        req.tv_nsec = (long)((left - (double)req.tv_sec) * 1e9);
        if (nanosleep(&req, NULL) < 0 && errno != EINTR)
            return mo_err_format(&mo_exc_OSError, "sleep failed: %s", strerror(errno));
    }
    return MO_NONE;
}

// ------------------------------------------------------ broken-down time

static Value struct_time_from_tm(const struct tm *tm) {
    Value zone = mo_str_from_cstr(tm->tm_zone ? tm->tm_zone : "");
    if (zone == V_ERR)
        return V_ERR;
    Value items[11] = {
        mo_smallint(tm->tm_year + 1900), mo_smallint(tm->tm_mon + 1), mo_smallint(tm->tm_mday),
        mo_smallint(tm->tm_hour), mo_smallint(tm->tm_min), mo_smallint(tm->tm_sec),
        mo_smallint((tm->tm_wday + 6) % 7), mo_smallint(tm->tm_yday + 1), mo_smallint(tm->tm_isdst),
        zone, mo_smallint(tm->tm_gmtoff),
    };
    return mo_structseq_new(&struct_time_type, items);
}

// The optional seconds argument of gmtime/localtime/ctime: now when
// missing or None; else floored to a time_t.
static int time_t_arg(const Value *args, size_t nargs, time_t *out) {
    if (nargs == 0 || args[0] == MO_NONE) {
        *out = time(NULL);
        return 0;
    }
    if (mo_is_int(args[0])) {
        int64_t i;
        if (mo_int_to_i64(args[0], &i) < 0) {
            mo_err_clear();
            mo_err_format(&mo_exc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (time_t)i;
        return 0;
    }
    double d;
    if (seconds_arg(args[0], &d) < 0)
        return -1;
    if (isnan(d)) {
        mo_err_format(&mo_exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    d = floor(d);
    if (!(d >= -9.2e18 && d <= 9.2e18)) {
        mo_err_format(&mo_exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)d;
    return 0;
}

static Value convert_time(const Value *args, size_t nargs, Value kwnames, const char *name, bool local) {
    if (mo_args_check(name, nargs, kwnames, 0, 1) < 0)
        return V_ERR;
    time_t t;
    if (time_t_arg(args, nargs, &t) < 0)
        return V_ERR;
    struct tm tm;
    if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm)))
        return mo_err_format(&mo_exc_OverflowError, "timestamp out of range for platform time_t");
    return struct_time_from_tm(&tm);
}

static Value time_gmtime(Value self, const Value *args, size_t nargs, Value kwnames) {
    return convert_time(args, nargs, kwnames, "gmtime", false);
}

static Value time_localtime(Value self, const Value *args, size_t nargs, Value kwnames) {
    return convert_time(args, nargs, kwnames, "localtime", true);
}

// A struct_time or 9-tuple as a struct tm (CPython's gettmarg).
static int tm_arg(Value v, const char *fname, struct tm *tm) {
    if (!mo_is_tuple(v)) {
        mo_err_format(&mo_exc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (mo_tuple_size(v) != 9) {
        mo_err_format(&mo_exc_TypeError, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    int64_t f[9];
    for (int i = 0; i < 9; i++) {
        Value item = mo_tuple_items(v)[i];
        if (mo_is_float(item)) {
            mo_err_format(&mo_exc_TypeError, "'float' object cannot be interpreted as an integer");
            return -1;
        }
        if (mo_index_i64(item, &f[i]) < 0)
            return -1;
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(f[0] - 1900);
    tm->tm_mon = (int)(f[1] - 1);
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    tm->tm_yday = (int)(f[7] - 1);
    tm->tm_isdst = (int)f[8];
    if (mo_is_exact(v, &struct_time_type.type)) {
        Value zone = mo_tuple_items(v)[9], off = mo_tuple_items(v)[10];
        if (mo_is_str(zone))
            tm->tm_zone = mo_str_data(zone);
        if (mo_is_smallint(off))
            tm->tm_gmtoff = mo_smallint_val(off);
    }
    return 0;
}

// CPython's checks before strftime/asctime: out-of-range fields raise
// "… out of range"; a zero month, day or yday is taken as the first.
static int check_tm(struct tm *tm) {
    if (tm->tm_mon == -1)
        tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11)
        return mo_err_format(&mo_exc_ValueError, "month out of range"), -1;
    if (tm->tm_mday == 0)
        tm->tm_mday = 1;
    else if (tm->tm_mday < 0 || tm->tm_mday > 31)
        return mo_err_format(&mo_exc_ValueError, "day of month out of range"), -1;
    if (tm->tm_hour < 0 || tm->tm_hour > 23)
        return mo_err_format(&mo_exc_ValueError, "hour out of range"), -1;
    if (tm->tm_min < 0 || tm->tm_min > 59)
        return mo_err_format(&mo_exc_ValueError, "minute out of range"), -1;
    if (tm->tm_sec < 0 || tm->tm_sec > 61)
        return mo_err_format(&mo_exc_ValueError, "seconds out of range"), -1;
    if (tm->tm_wday < 0)
        return mo_err_format(&mo_exc_ValueError, "day of week out of range"), -1;
    if (tm->tm_yday == -1)
        tm->tm_yday = 0;
    else if (tm->tm_yday < 0 || tm->tm_yday > 365)
        return mo_err_format(&mo_exc_ValueError, "day of year out of range"), -1;
    return 0;
}

static Value time_strftime(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("strftime", nargs, kwnames, 1, 2) < 0)
        return V_ERR;
    if (!mo_is_str(args[0]))
        return mo_err_format(&mo_exc_TypeError, "strftime() argument 1 must be str, not %T", args[0]);
    struct tm tm;
    if (nargs == 2) {
        if (tm_arg(args[1], "strftime", &tm) < 0 || check_tm(&tm) < 0)
            return V_ERR;
    } else {
        time_t now = time(NULL);
        localtime_r(&now, &tm);
    }
    const char *fmt = mo_str_data(args[0]);
    size_t fmtlen = (size_t)mo_str_size(args[0]);
    if (fmtlen == 0)
        return mo_str_empty;
    if (strlen(fmt) != fmtlen)
        return mo_err_format(&mo_exc_ValueError, "embedded null character");
    // strftime cannot tell "too small" from "empty result": grow the buffer
    // up to CPython's bound before believing the result is empty.
    for (size_t cap = 1024; cap <= 256 * fmtlen + 1024; cap *= 2) {
        char *buf = malloc(cap);
        if (!buf)
            return mo_err_no_memory();
        size_t n = strftime(buf, cap, fmt, &tm);
        if (n > 0 || cap >= 256 * fmtlen) {
            Value r = mo_str_decode_utf8(buf, n);
            free(buf);
            return r;
        }
        free(buf);
    }
    return mo_str_empty;
}

static Value format_asctime(const struct tm *tm) {
    static const char wday[][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon[][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return mo_str_format("%s %s%3d %.2d:%.2d:%.2d %d", wday[tm->tm_wday % 7], mon[tm->tm_mon % 12], tm->tm_mday,
                         tm->tm_hour, tm->tm_min, tm->tm_sec, 1900 + tm->tm_year);
}

static Value time_asctime(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("asctime", nargs, kwnames, 0, 1) < 0)
        return V_ERR;
    struct tm tm;
    if (nargs == 1) {
        if (tm_arg(args[0], "asctime", &tm) < 0 || check_tm(&tm) < 0)
            return V_ERR;
    } else {
        time_t now = time(NULL);
        localtime_r(&now, &tm);
    }
    return format_asctime(&tm);
}

static Value time_ctime(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("ctime", nargs, kwnames, 0, 1) < 0)
        return V_ERR;
    time_t t;
    if (time_t_arg(args, nargs, &t) < 0)
        return V_ERR;
    struct tm tm;
    if (!localtime_r(&t, &tm))
        return mo_err_format(&mo_exc_OverflowError, "timestamp out of range for platform time_t");
    return format_asctime(&tm);
}

static Value time_mktime(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("mktime", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    struct tm tm;
    if (tm_arg(args[0], "mktime", &tm) < 0)
        return V_ERR;
    tm.tm_wday = -1;    // mktime sets it on success
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1)
        return mo_err_format(&mo_exc_OverflowError, "mktime argument out of range");
    return mo_float((double)t);
}

// time.clock_gettime(clk_id) and friends, for the CLOCK_* constants.
static int clock_arg(const Value *args, size_t nargs, Value kwnames, const char *name, clockid_t *out) {
    if (mo_args_check(name, nargs, kwnames, 1, 1) < 0)
        return -1;
    int64_t id;
    if (mo_index_i64(args[0], &id) < 0)
        return -1;
    *out = (clockid_t)id;
    return 0;
}

static Value clock_error(void) {
    return mo_err_format(&mo_exc_OSError, "[Errno %d] %s", errno, strerror(errno));
}

static Value time_clock_gettime(Value self, const Value *args, size_t nargs, Value kwnames) {
    clockid_t id;
    struct timespec ts;
    if (clock_arg(args, nargs, kwnames, "clock_gettime", &id) < 0)
        return V_ERR;
    if (clock_gettime(id, &ts) < 0)
        return clock_error();
    return mo_float((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static Value time_clock_gettime_ns(Value self, const Value *args, size_t nargs, Value kwnames) {
    clockid_t id;
    struct timespec ts;
    if (clock_arg(args, nargs, kwnames, "clock_gettime_ns", &id) < 0)
        return V_ERR;
    if (clock_gettime(id, &ts) < 0)
        return clock_error();
    return mo_int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

static Value time_clock_getres(Value self, const Value *args, size_t nargs, Value kwnames) {
    clockid_t id;
    struct timespec ts;
    if (clock_arg(args, nargs, kwnames, "clock_getres", &id) < 0)
        return V_ERR;
    if (clock_getres(id, &ts) < 0)
        return clock_error();
    return mo_float((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static const MethodDef time_methods[] = {
    {"clock_gettime", time_clock_gettime, 0, "Return the time of the specified clock clk_id."},
    {"clock_gettime_ns", time_clock_gettime_ns, 0, "Return the time of the specified clock in nanoseconds."},
    {"clock_getres", time_clock_getres, 0, "Return the resolution of the specified clock clk_id."},
    {"time", time_time, 0, "Return the current time in seconds since the Epoch."},
    {"time_ns", time_time_ns, 0, "Return the current time in nanoseconds since the Epoch."},
    {"perf_counter", time_perf_counter, 0, "Performance counter for benchmarking."},
    {"perf_counter_ns", time_perf_counter_ns, 0, "Performance counter for benchmarking, in nanoseconds."},
    {"monotonic", time_monotonic, 0, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", time_monotonic_ns, 0, "Monotonic clock in nanoseconds."},
    {"process_time", time_process_time, 0, "Process time for profiling: sum of kernel and user CPU time."},
    {"process_time_ns", time_process_time_ns, 0, "Process time in nanoseconds."},
    {"thread_time", time_thread_time, 0, "Thread time for profiling."},
    {"thread_time_ns", time_thread_time_ns, 0, "Thread time in nanoseconds."},
    {"sleep", time_sleep, 0, "Delay execution for a given number of seconds."},
    {"gmtime", time_gmtime, 0, "Convert seconds since the Epoch to a UTC struct_time."},
    {"localtime", time_localtime, 0, "Convert seconds since the Epoch to a local struct_time."},
    {"mktime", time_mktime, 0, "Convert a local struct_time to seconds since the Epoch."},
    {"strftime", time_strftime, 0, "Format a struct_time according to a format string."},
    {"asctime", time_asctime, 0, "Format a struct_time as 'Sun Jun 20 23:21:05 1993'."},
    {"ctime", time_ctime, 0, "Format seconds since the Epoch as local time, like asctime."},
    {NULL, NULL, 0, NULL},
};

static int time_exec(Value m) {
    mo_structseq_ready(&struct_time_type);
    if (mo_module_add(m, "struct_time", mo_obj(&struct_time_type.type)) < 0)
        return -1;
    static const struct {
        const char *name;
        clockid_t id;
    } clocks[] = {
        {"CLOCK_REALTIME", CLOCK_REALTIME},
        {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
        {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
        {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
        {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
        {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
        {"CLOCK_TAI", CLOCK_TAI},
    };
    for (size_t i = 0; i < sizeof clocks / sizeof clocks[0]; i++)
        if (mo_module_add(m, clocks[i].name, mo_smallint(clocks[i].id)) < 0)
            return -1;
    // The zone constants, from the C library's view of TZ.
    tzset();
    time_t now = time(NULL);
    struct tm jan, jul;
    time_t t_jan = now - (now % (365 * 86400)), t_jul = t_jan + 182 * 86400;
    localtime_r(&t_jan, &jan);
    localtime_r(&t_jul, &jul);
    long jan_off = -jan.tm_gmtoff, jul_off = -jul.tm_gmtoff;
    long std_off = jan_off > jul_off ? jan_off : jul_off;   // the larger offset west is standard time
    long dst_off = jan_off > jul_off ? jul_off : jan_off;
    const char *std_name = jan_off >= jul_off ? jan.tm_zone : jul.tm_zone;
    const char *dst_name = jan_off >= jul_off ? jul.tm_zone : jan.tm_zone;
    Value names = mo_tuple_pack(2, mo_str_from_cstr(std_name ? std_name : "UTC"),
                                mo_str_from_cstr(dst_name ? dst_name : "UTC"));
    if (names == V_ERR || mo_module_add(m, "timezone", mo_int_from_i64(std_off)) < 0 ||
        mo_module_add(m, "altzone", mo_int_from_i64(dst_off)) < 0 ||
        mo_module_add(m, "daylight", mo_smallint(jan_off != jul_off)) < 0 || mo_module_add(m, "tzname", names) < 0)
        return -1;
    return 0;
}

const ModuleDef mo_time_module_def = {"time", time_methods, time_exec};
