// src/vm/runtime.c — starting the runtime in dependency order.
//
// The collector and the thread state come first; then `object` and `type`
// (which need interned names and dicts, but not ready types); then every
// other built-in type; then the exception instances the runtime keeps
// (MemoryError), the module table, the standard streams and the builtins.
#include "vm/runtime.h"

#include <signal.h>
#include <string.h>

#include "modules/sys.h"
#include "objects/exceptions.h"
#include "objects/fileio.h"
#include "objects/func.h"
#include "objects/gen.h"
#include "objects/module.h"
#include "objects/type.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "vm/call.h"
#include "vm/frame.h"
#include "vm/state.h"

// Declared here: the init functions of files without a public header.
void mo_object_init(void);
void mo_abstract_init(void);
void mo_err_init(void);
void mo_str_init(void);
void mo_tuple_init(void);
void mo_list_init(void);
void mo_dict_init(void);
void mo_set_init(void);
void mo_int_init(void);
void mo_float_init(void);
void mo_bytes_init(void);
void mo_misc_init(void);

static void on_sigint(int sig) {
    (void)sig;
    mo_ts->pending = 1;
}

void mo_runtime_init(int argc, char **argv) {
    mo_gc_init();
    mo_frame_init();
    mo_type_init();
    mo_str_init();
    mo_tuple_init();
    mo_dict_init();
    mo_list_init();
    mo_set_init();
    mo_int_init();
    mo_float_init();
    mo_bytes_init();
    mo_misc_init();
    mo_func_init();
    mo_object_init();
    mo_abstract_init();
    mo_gen_init();
    mo_exceptions_init();
    mo_err_init();
    mo_module_init();
    mo_fileio_init();
    if (mo_module_builtin("builtins") == V_ERR || mo_builtins_dict == MO_NULL)
        mo_fatal("cannot make the builtins module");
    mo_sys_set_argv(argc, argv);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigaction(SIGINT, &sa, NULL);
}

void mo_runtime_fini(void) { mo_fileio_flush_std(); }
