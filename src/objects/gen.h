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
    // Made by the call in a `for x in f(...)` header: nothing else refers
    // to it, so the loop closes it when it leaves early (POP_ITER).
    uint8_t loop_owned;
    // The generator's Frame follows (a flexible Frame cannot be a member).
    _Alignas(16) char frame_storage[];
} GeneratorObject;

// Sends a value in: 0 yielded (*out), 1 returned (*out), -1 raised.
int mo_gen_send(Value gen, Value value, Value *out);
Value mo_gen_close(Value gen);
// Closes `v` if it is a suspended generator that a for loop owns (see
// loop_owned) and the loop is dropping it; an exception from the close is
// reported on stderr ("Exception ignored in: ...") and swallowed, and the
// exception state of the caller is kept.
void mo_gen_release_owned(Value v);
// At exit: closes the suspended generators that `globals` (the main
// module's namespace) refers to directly, in its order, as CPython's
// finalization of __main__ does; errors are reported and swallowed.
void mo_gen_close_globals_at_exit(Value globals);
// Raises the StopIteration for an exhausted iterator: a generator that
// returned a value passes it on (once), as StopIteration(value).
Value mo_stop_iteration(Value iterator);

void mo_gen_init(void);

#endif
