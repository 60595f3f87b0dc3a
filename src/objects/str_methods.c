// src/objects/str_methods.c — the methods of `str` (the `mo_str_methods`
// table that mo_type_ready installs).
//
// Read next: src/objects/strformat.c (format, str.format, %).
#include "objects/str.h"

#include "objects/str_internal.h"

const MethodDef mo_str_methods[] = {
    {NULL, NULL, 0, NULL},
};
