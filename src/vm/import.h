// src/vm/import.h — the import system.
//
// `import a.b` looks in sys.modules, then the built-in modules, then for
// `a/b.py` (or a package `a/b/__init__.py`) along sys.path, whose first
// entry is the directory of the script being run.
#ifndef MO_IMPORT_H
#define MO_IMPORT_H

#include <stdint.h>

#include "objects/object.h"

// __import__(name, globals, None, fromlist, level): returns the top-level
// package for `import a.b`, the module itself when `fromlist` is non-empty.
Value mo_import_module(Value name, Value globals, Value fromlist, int64_t level);

// Where Mosaic's own modules written in Python live (lib/).
const char *mo_import_lib_dir(void);

// Runs `path` as the module `name` (the main script: "__main__").
Value mo_import_run_file(const char *path, const char *name);
// Gives the pending ImportError its `name` and `path` attributes (either
// may be MO_NULL); returns V_ERR.
Value mo_import_error_names(Value name, Value path);

#endif
