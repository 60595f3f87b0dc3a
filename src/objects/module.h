// src/objects/module.h — module objects and the table of built-in modules.
#ifndef MO_MODULE_H
#define MO_MODULE_H

#include "objects/object.h"

typedef struct ModuleObject {
    Object hdr;
    Value dict;
    Value name;
} ModuleObject;

// A built-in module: its functions, and an optional function that adds
// constants and types to the module's dict (returns -1 on error).
typedef struct ModuleDef {
    const char *name;
    const MethodDef *methods;
    int (*exec)(Value module);
} ModuleDef;

Value mo_module_new(Value name);
static inline Value mo_module_dict(Value m) { return ((ModuleObject *)mo_ptr(m))->dict; }
// Makes (once) and returns the built-in module called `name`; MO_NULL if
// there is none.
Value mo_module_builtin(const char *name);
// Adds a value to a module under a C name; -1 on error.
int mo_module_add(Value module, const char *name, Value v);

// sys.modules.
extern Value mo_modules;

void mo_module_init(void);

#endif
