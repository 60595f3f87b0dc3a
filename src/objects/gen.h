// src/objects/gen.h — generator objects (see gen.c).
#ifndef MO_GEN_H
#define MO_GEN_H

#include <stdint.h>

#include "objects/object.h"

typedef struct GeneratorObject {
    Object hdr;
    Value name, qualname;
    Value handled;          // the exception being handled inside, while suspended
    Value retval;           // the return value once finished
    uint8_t state;
    // The generator's Frame follows (a flexible Frame cannot be a member).
    _Alignas(16) char frame_storage[];
} GeneratorObject;

// Sends a value in: 0 yielded (*out), 1 returned (*out), -1 raised.
int mo_gen_send(Value gen, Value value, Value *out);
Value mo_gen_close(Value gen);
// Raises the StopIteration for an exhausted iterator: a generator that
// returned a value passes it on (once), as StopIteration(value).
Value mo_stop_iteration(Value iterator);

void mo_gen_init(void);

#endif
