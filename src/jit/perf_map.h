// src/jit/perf_map.h — /tmp/perf-<pid>.map for Linux `perf` (see perf_map.c).
#ifndef MO_JIT_PERF_MAP_H
#define MO_JIT_PERF_MAP_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

// Opens the map; returns 0, or -1 when it cannot be written.
int mo_perf_map_enable(void);
// True when the map is open (the first call also honours MOSAIC_PERF_MAP=1).
int mo_perf_map_enabled(void);
// Appends "<start> <size> <name>" for a range of JIT code.
void mo_perf_map_add(const void *start, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
