// src/modules/structseq.h — named tuples made in C: sys.version_info,
// sys.float_info, time.struct_time …
//
// A struct sequence is a tuple (a TupleObject of a static subtype of tuple)
// whose items also have names: `sys.version_info.major` is item 0. Its repr
// names every field: "sys.version_info(major=3, minor=11, …)". Fields past
// `nvisible` (struct_time's tm_zone, tm_gmtoff) are attributes only: they are
// stored after the tuple's items and do not count in len() or iteration.
//
// Define one with MO_STRUCTSEQ_TYPE and ready it once with
// mo_structseq_ready before making instances.
//
// Read next: src/modules/sys.c, src/modules/time.c.
#ifndef MO_STRUCTSEQ_H
#define MO_STRUCTSEQ_H

#include "objects/object.h"

typedef struct StructSeqType {
    TypeObject type;            // first, so a StructSeqType * is a TypeObject *
    const char *module;         // "sys", "time", "os"
    const char *const *fields;  // nfields names
    int nfields;
    int nvisible;               // the tuple part: fields[0 .. nvisible)
} StructSeqType;

// A static StructSeqType called `name` in `module` (e.g. "version_info",
// "sys") with the NULL-terminated `fields`, of which the first `nvisible`
// are tuple items.
#define MO_STRUCTSEQ_TYPE(cname, name_, module_, fields_, nvisible_) \
    StructSeqType cname = {                                           \
        .type = {.hdr = MO_STATIC_HEADER(&mo_type_type), .name = name_}, \
        .module = module_,                                            \
        .fields = fields_,                                            \
        .nvisible = nvisible_,                                        \
    }

void mo_structseq_ready(StructSeqType *t);
// A new instance whose fields are items[0 .. t->nfields).
Value mo_structseq_new(StructSeqType *t, const Value *items);

#endif
