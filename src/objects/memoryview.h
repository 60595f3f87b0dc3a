// src/objects/memoryview.h — `memoryview` (one-byte formats over bytes and
// bytearray). See memoryview.c.
#ifndef MO_MEMORYVIEW_H
#define MO_MEMORYVIEW_H

#include <stdbool.h>
#include <stdint.h>

#include "objects/object.h"

extern TypeObject mo_memoryview_type;

bool mo_is_memoryview(Value v);
// The bytes a contiguous, unreleased view covers (valid until its object
// is next resized); false for any other view.
bool mo_memoryview_bytes(Value v, const char **data, int64_t *size);

void mo_memoryview_init(void);

#endif
