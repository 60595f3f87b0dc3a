// src/tier2/tier2.c — tier-2 entry point and settings.
//
// TODO: trace recording and the optimizer are their own work item; until
// they land, hot back edges stay in tier 1 and -X jit=interp|on only set the
// threshold.
#include "tier2/tier2.h"

int mo_jit_mode = MO_JIT_OFF;
uint32_t mo_tier2_threshold = UINT32_MAX;

int mo_tier2_backedge(Frame *frame, uint32_t *this_instr, uint32_t **ip, Value **sp) {
    (void)frame;
    (void)this_instr;
    (void)ip;
    (void)sp;
    return 0;
}

void mo_tier2_print_stats(FILE *out) {
    fprintf(out, "traces recorded:     0 (tier 2 is not built yet)\n");
}
