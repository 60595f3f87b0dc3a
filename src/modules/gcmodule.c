// The `gc` module: Mosaic's collector is a tracing one (there are no
// reference counts and no generations), so this is the part of CPython's
// interface that makes sense for it. collect() runs a full collection;
// enable()/disable() only record the switch that isenabled() reports, since
// the collector must keep running to bound memory; the generation counts and
// thresholds are CPython's defaults, fixed. Objects never come back from a
// collection with __del__ run, so collect() finds nothing to report: 0.

#include "objects/abstract.h"
#include "objects/args.h"
#include "objects/complex.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "runtime/error.h"
#include "runtime/gc.h"

static bool gc_enabled = true;

static Value gc_collect(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("collect", nargs, kwnames, 0, 1) < 0)
        return V_ERR;
    if (nargs == 1) {
        if (!mo_is_smallint(args[0]))
            return mo_err_format(&mo_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
        int64_t g = mo_smallint_val(args[0]);
        if (g < 0 || g > 2)
            return mo_err_format(&mo_exc_ValueError, "invalid generation");
    }
    mo_gc_collect();
    return mo_smallint(0);
}

static Value gc_enable(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("enable", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    gc_enabled = true;
    return MO_NONE;
}

static Value gc_disable(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("disable", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    gc_enabled = false;
    return MO_NONE;
}

static Value gc_isenabled(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("isenabled", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return gc_enabled ? MO_TRUE : MO_FALSE;
}

static Value gc_get_count(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("get_count", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return mo_tuple_pack(3, mo_smallint(0), mo_smallint(0), mo_smallint(0));
}

static Value gc_get_threshold(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("get_threshold", nargs, kwnames, 0, 0) < 0)
        return V_ERR;
    return mo_tuple_pack(3, mo_smallint(700), mo_smallint(10), mo_smallint(10));
}

static Value gc_set_threshold(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("set_threshold", nargs, kwnames, 1, 3) < 0)
        return V_ERR;
    return MO_NONE;
}

// Every object is "tracked" by a tracing collector, but CPython answers
// False for atoms (ints, strs, None...); programs printing this expect that.
static Value gc_is_tracked(Value self, const Value *args, size_t nargs, Value kwnames) {
    if (mo_args_check("is_tracked", nargs, kwnames, 1, 1) < 0)
        return V_ERR;
    Value v = args[0];
    TypeObject *t = mo_type(v);
    bool atom = !mo_is_ptr(v) || t == &mo_str_type || t == &mo_int_type || t == &mo_float_type ||
                t == &mo_bytes_type || t == &mo_bool_type || v == MO_NONE || t == &mo_complex_type;
    return atom ? MO_FALSE : MO_TRUE;
}

static Value gc_empty_list(Value self, const Value *args, size_t nargs, Value kwnames) {
    return mo_list_new(0);
}

static const MethodDef gc_methods[] = {
    {"collect", gc_collect, 0, "Run a full collection; returns the number of unreachable objects found (0)."},
    {"enable", gc_enable, 0, NULL},
    {"disable", gc_disable, 0, NULL},
    {"isenabled", gc_isenabled, 0, NULL},
    {"get_count", gc_get_count, 0, NULL},
    {"get_threshold", gc_get_threshold, 0, NULL},
    {"set_threshold", gc_set_threshold, 0, NULL},
    {"is_tracked", gc_is_tracked, 0, NULL},
    {"get_referrers", gc_empty_list, 0, NULL},
    {"get_referents", gc_empty_list, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int gc_exec(Value m) {
    Value garbage = mo_list_new(0), callbacks = mo_list_new(0);
    if (garbage == V_ERR || callbacks == V_ERR || mo_module_add(m, "garbage", garbage) < 0 ||
        mo_module_add(m, "callbacks", callbacks) < 0 || mo_module_add(m, "DEBUG_STATS", mo_smallint(1)) < 0 ||
        mo_module_add(m, "DEBUG_COLLECTABLE", mo_smallint(2)) < 0 ||
        mo_module_add(m, "DEBUG_UNCOLLECTABLE", mo_smallint(4)) < 0 ||
        mo_module_add(m, "DEBUG_SAVEALL", mo_smallint(32)) < 0 || mo_module_add(m, "DEBUG_LEAK", mo_smallint(38)) < 0)
        return -1;
    return 0;
}

const ModuleDef mo_gc_module_def = {"gc", gc_methods, gc_exec};
