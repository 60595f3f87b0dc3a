// src/jit/perf_map.c — Linux `perf` symbolization of JIT code.
//
// perf reads /tmp/perf-<pid>.map, one line per code range:
//
//   <start address, hex> <size, hex> <name>
//
// When enabled (mo_perf_map_enable, or MOSAIC_PERF_MAP=1 in the
// environment), every compiled trace writes one line per uop, named
// `mosaic:<trace>:<index>:<uop>`, plus one for its cold stubs, so `perf
// report` attributes samples inside JIT code to the uop they belong to.
// Lines are only ever appended; perf takes the latest range that matches.
//
// Read next: src/jit/jit.c (which calls this after each compile).
#include "jit/perf_map.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static FILE *map;
static int tried;

int mo_perf_map_enable(void)
{
    if (map)
        return 0;
    tried = 1;
    char path[64];
    snprintf(path, sizeof path, "/tmp/perf-%ld.map", (long)getpid());
    map = fopen(path, "a");
    return map ? 0 : -1;
}

int mo_perf_map_enabled(void)
{
    if (!map && !tried) {
        tried = 1;
        const char *env = getenv("MOSAIC_PERF_MAP");
        if (env && strcmp(env, "1") == 0)
            mo_perf_map_enable();
    }
    return map != NULL;
}

void mo_perf_map_add(const void *start, size_t size, const char *fmt, ...)
{
    if (!map || size == 0)
        return;
    fprintf(map, "%lx %zx ", (unsigned long)(uintptr_t)start, size);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(map, fmt, ap);
    va_end(ap);
    fputc('\n', map);
    fflush(map);
}
