# Mosaic — one non-recursive GNU Makefile.
#
#   make                  build ./mosaic                 (CONFIG=release)
#   make CONFIG=debug     build build/debug/mosaic       (also asan, ubsan)
#   make run              set up, build, run examples/demo.py with the JIT on
#   make test             C unit tests, the differential suite under every
#                         tier, stencil golden tests; ends "N passed, N failed"
#   make test-cross       build for AArch64 and RISC-V64, run JIT tests in qemu
#   make test-gc-stress   tests/cases under -X gc-stress=N (a collection every
#                         N allocations; GC_STRESS=N, GC_STRESS_TIERS=t1,...);
#                         with CONFIG=asan a use-after-free is reported
#   make test-record      re-record tests/cases/**/*.exp from python3
#   make fuzz-jitdiff     random hot-loop programs run under python3 and every
#                         tier (t1, uop interpreter, JIT at thresholds 1 and 7);
#                         any difference is saved in tests/fuzz/jitdiff-failures/
#                         (FUZZ_SECONDS=60, FUZZ_ARGS='--seed N' to reproduce)
#   make gen | stencils | bench | clean
#
# The pipeline is visible in the targets: tools/opgen turns src/vm/ops.def
# into build/<config>/gen/*.h; clang-19 turns src/jit/template.c into one
# object per uop; tools/stencilgen turns those into gen/stencils-<target>.h;
# everything links into build/<config>/mosaic.

# ---------------------------------------------------------------- settings
CONFIG   ?= release
# ARCH selects a cross build: native, aarch64 or riscv64.
ARCH     ?= native
ifeq ($(ARCH),native)
BUILD    := build/$(CONFIG)
else
BUILD    := build/$(CONFIG)-$(ARCH)
endif
GEN      := $(BUILD)/gen
# Tools in tools/ run on the build machine, whatever ARCH is.
HOSTCC   ?= cc
TOOLS    := build/tools
PYTHON   ?= python3

ifeq ($(ARCH),aarch64)
CC       := aarch64-linux-gnu-gcc
else ifeq ($(ARCH),riscv64)
CC       := riscv64-linux-gnu-gcc
endif

# An explicit warning list. -Wno-unused-parameter because type slots and
# builtins share fixed signatures and many ignore an argument.
WARNINGS := -Wall -Wextra -Wno-unused-parameter -Wshadow=local \
            -Wstrict-prototypes -Wmissing-prototypes -Wvla
CSTD     := -std=gnu11
# Python float arithmetic is plain IEEE-754: no fused multiply-adds (gcc
# contracts a*b+c by default where the ISA has FMA, AArch64 and RISC-V64,
# which would change results in the last bit between architectures).
CSTD     += -ffp-contract=off
CPPFLAGS := -Isrc -I$(BUILD) -MMD -MP
# lib/: Mosaic's modules written in Python (found next to the executable
# first; this is the fallback).
CPPFLAGS += -DMO_LIB_DIR='"$(abspath lib)"'
LDLIBS   := -lm

ifeq ($(CONFIG),release)
CFLAGS   := -O2 -g -DNDEBUG
else ifeq ($(CONFIG),debug)
CFLAGS   := -O0 -g -DMO_DEBUG
else ifeq ($(CONFIG),asan)
CFLAGS   := -O1 -g -fsanitize=address -fno-omit-frame-pointer -DMO_DEBUG
LDFLAGS  += -fsanitize=address
else ifeq ($(CONFIG),ubsan)
CFLAGS   := -O1 -g -fsanitize=undefined -fno-sanitize-recover=undefined -DMO_DEBUG
LDFLAGS  += -fsanitize=undefined
else
$(error unknown CONFIG '$(CONFIG)': use release, debug, asan or ubsan)
endif
ifdef WERROR
CFLAGS   += -Werror
endif
CFLAGS   += $(CSTD) $(WARNINGS)

# ----------------------------------------------------------------- sources
# Every src/<dir>/*.c is part of the library except the entry point and the
# stencil template (compiled only by clang, once per uop).
LIB_SRCS  := $(filter-out src/cli/main.c src/jit/template.c,$(wildcard src/*/*.c))
LIB_OBJS  := $(LIB_SRCS:%.c=$(BUILD)/obj/%.o)
MAIN_OBJ  := $(BUILD)/obj/src/cli/main.o
LIB       := $(BUILD)/libmosaic.a
UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all gen stencils test test-unit test-cases test-golden test-cross \
        test-record test-gc-stress fuzz-jitdiff bench run clean setup
all: mosaic

# ------------------------------------------------------------- generation
OPGEN := $(TOOLS)/opgen
$(OPGEN): $(wildcard tools/opgen/*.c tools/opgen/*.h)
	@mkdir -p $(dir $@)
	$(HOSTCC) -O1 -g $(CSTD) $(WARNINGS) -o $@ $(filter %.c,$^)

# opgen writes each header only when its content changes; the stamp records
# that it ran, so make does not rerun it on every build.
$(GEN)/ops.stamp: src/vm/ops.def $(OPGEN)
	@mkdir -p $(GEN)
	$(OPGEN) src/vm/ops.def $(GEN)
	@touch $@
# Until src/vm/ops.def exists nothing is generated (bootstrapping).
GEN_STAMP := $(if $(wildcard src/vm/ops.def),$(GEN)/ops.stamp)
gen: $(GEN_STAMP)

# ---------------------------------------------------------------- stencils
# (JIT section; docs/jit.md explains the pipeline.) clang-19 compiles
# src/jit/template.c once per stencil into $(BUILD)/stencils/<set>-<arch>/
# <NAME>.o; tools/stencilgen turns a directory of those into
# $(GEN)/stencils[-<set>]-<arch>.h. Without clang-19 the JIT is compiled out
# (MO_JIT_ENABLED=0) and everything else still builds.
STENCIL_CC := $(shell command -v clang-19 2>/dev/null)
# The architecture the stencils of this build are for.
ifeq ($(ARCH),native)
JIT_ARCH := $(shell uname -m | sed 's/^arm64$$/aarch64/')
else
JIT_ARCH := $(ARCH)
endif
JIT_ARCHES := x86_64 aarch64 riscv64
ifeq ($(STENCIL_CC),)
MO_JIT_ENABLED := 0
else ifeq ($(filter $(JIT_ARCH),$(JIT_ARCHES)),)
MO_JIT_ENABLED := 0
else
MO_JIT_ENABLED := 1
endif
CPPFLAGS += -DMO_JIT_ENABLED=$(MO_JIT_ENABLED)

# The one list of stencil flags, one reason each.
# The stencils are the JIT's code quality: optimise fully.
STENCIL_CFLAGS := -O3
# The dialect of the rest of Mosaic.
STENCIL_CFLAGS += -std=gnu11
# Float results must be bit-identical to the interpreters' (built with the
# same flag, see CSTD): clang would otherwise fuse a*b+c on AArch64/RISC-V.
STENCIL_CFLAGS += -ffp-contract=off
# Never turn loops into memcpy/memset calls; template.c maps mem* to
# __builtin_mem* so fixed-size copies (the value model's type puns) still
# compile to moves.
STENCIL_CFLAGS += -fno-builtin
# No __stack_chk_guard/__stack_chk_fail references.
STENCIL_CFLAGS += -fno-stack-protector
# No .eh_frame: stencils are never unwound (and the tables would relocate
# against the code).
STENCIL_CFLAGS += -fno-asynchronous-unwind-tables -fno-unwind-tables
# A switch must not become a table of code addresses in .rodata.
STENCIL_CFLAGS += -fno-jump-tables
# No frame set-up in every stencil.
STENCIL_CFLAGS += -fomit-frame-pointer
# Static data, if any, goes where stencilgen sees (and refuses) it.
STENCIL_CFLAGS += -fno-common -fno-zero-initialized-in-bss
# The template and the op bodies compile warning-free.
STENCIL_CFLAGS += -Wall -Wextra -Wno-unused-parameter -Wmissing-prototypes -Wvla
STENCIL_CFLAGS += -Isrc -I$(BUILD)

# Per architecture: the target, and a code model in which run-time values
# land as immediates.
STENCIL_CFLAGS_x86_64 := --target=x86_64-linux-gnu
# Absolute addresses are allowed: _JIT_ values are immediates, not GOT loads.
STENCIL_CFLAGS_x86_64 += -fno-pic
# The medium model has both: "large data" is addressed with movabs (a 64-bit
# immediate: the runtime's objects, anywhere in memory), "small data" with a
# 32-bit immediate (the _JIT_ values that fit: template.c gives them an
# explicit section, which makes them small). The small model has no movabs;
# the large one makes every call indirect.
STENCIL_CFLAGS_x86_64 += -mcmodel=medium
# Every object without an explicit section is large data, whatever its size.
STENCIL_CFLAGS_x86_64 += -mlarge-data-threshold=0
# Runtime calls go through a GOT slot, relaxed to a direct call when in range.
STENCIL_CFLAGS_x86_64 += -fno-plt
# No endbr64 at every stencil entry.
STENCIL_CFLAGS_x86_64 += -fcf-protection=none

STENCIL_CFLAGS_aarch64 := --target=aarch64-linux-gnu
# Absolute addresses are allowed.
STENCIL_CFLAGS_aarch64 += -fno-pic
# Every address is movz/movk (MOVW_UABS_G0..G3): any 64-bit value fits.
STENCIL_CFLAGS_aarch64 += -mcmodel=large
# No calls to the __aarch64_* atomics helpers.
STENCIL_CFLAGS_aarch64 += -mno-outline-atomics

STENCIL_CFLAGS_riscv64 := --target=riscv64-linux-gnu -march=rv64gc -mabi=lp64d
# _JIT_ values become GOT loads, which the emitter relaxes to lui+addi
# (small values) or auipc+addi (near addresses); clang 19 has no large model.
STENCIL_CFLAGS_riscv64 += -fpic
# PC-relative addressing (auipc) for the stencil's own data.
STENCIL_CFLAGS_riscv64 += -mcmodel=medany
# No linker-relaxation relocations: the assembler resolves local branches.
STENCIL_CFLAGS_riscv64 += -mno-relax

STENCILGEN := $(TOOLS)/stencilgen
$(STENCILGEN): $(wildcard tools/stencilgen/*.c tools/stencilgen/*.h) src/jit/stencil.h src/jit/holes.h
	@mkdir -p $(dir $@)
	$(HOSTCC) -O2 -g $(CSTD) $(WARNINGS) -Isrc -o $@ $(filter %.c,$^)

# Stencils rebuild when their flags change: this file is rewritten (at parse
# time) only when the flag lists differ from what built the present objects.
STENCIL_FLAGS_FILE := $(BUILD)/stencils/flags.txt
STENCIL_FLAGS_ALL := $(STENCIL_CFLAGS) $(foreach a,$(JIT_ARCHES),$(STENCIL_CFLAGS_$(a)))
$(shell mkdir -p $(BUILD)/stencils && \
    { printf '%s\n' '$(STENCIL_FLAGS_ALL)' | cmp -s - $(STENCIL_FLAGS_FILE) || \
      printf '%s\n' '$(STENCIL_FLAGS_ALL)' > $(STENCIL_FLAGS_FILE); })

# Every set of stencils also has the emitter's own: the entry shim and stubs.
JIT_SPECIALS := shim stub_exit stub_deopt stub_error
# The mini op set (tests/jit/mini_ops.h): uop names come from its X-macro.
MINI_UOPS := $(shell sed -n '/define MINI_UOPS/,/^$$/s/^ *X(\([A-Z0-9_]*\)).*/\1/p' tests/jit/mini_ops.h)

# (The stencil commands print one short line each; `make V=1` shows them.)
# $(call STENCIL_SET,set,arch,ops header,include dir,enum prefix,uops,output)
# compiles each stencil of one set for one architecture and runs stencilgen.
# The stamp records that stencilgen ran (it rewrites the header only when the
# content changes, so dependents rebuild only then).
define STENCIL_SET
$$(BUILD)/stencils/$(1)-$(2)/%.o: src/jit/template.c $(3) src/jit/holes.h $$(STENCIL_FLAGS_FILE) | $$(GEN_STAMP)
	@mkdir -p $$(dir $$@)
	$$(if $$(V),,@echo "  STENCIL  $$@";)$$(STENCIL_CC) $$(STENCIL_CFLAGS) $$(STENCIL_CFLAGS_$(2)) -I$(4) \
	    -DMO_JIT_OPS='"$(notdir $(3))"' -DMO_JIT_UOP=$(5)$$* -DMO_JIT_STENCIL_$$* -MMD -MP -c -o $$@ $$<
$$(BUILD)/stencils/$(1)-$(2).stamp: $$(patsubst %,$$(BUILD)/stencils/$(1)-$(2)/%.o,$(6) $$(JIT_SPECIALS)) $$(STENCILGEN)
	@mkdir -p $$(GEN)
	$$(if $$(V),,@echo "  STENCILGEN $$(GEN)/$(7)";)$$(STENCILGEN) --set $(1) --prefix $(5) -o $$(GEN)/$(7) \
	    --dump $$(BUILD)/stencils/$(1)-$(2).txt $$(filter %.o,$$^)
	@touch $$@
$$(GEN)/$(7) $$(BUILD)/stencils/$(1)-$(2).txt: $$(BUILD)/stencils/$(1)-$(2).stamp ;
# (The empty rule stops make's built-in `%: %.o` from trying to build a .d.)
$$(BUILD)/stencils/$(1)-$(2)/%.d: ;
-include $$(wildcard $$(BUILD)/stencils/$(1)-$(2)/*.d)
endef
$(foreach a,$(JIT_ARCHES),$(eval $(call STENCIL_SET,mini,$(a),tests/jit/mini_ops.h,tests/jit,MINI_,$(MINI_UOPS),stencils-mini-$(a).h)))

# The real uops: tools/opgen lists them in gen/uops.mk (JIT_UOPS) and writes
# their bodies into gen/tier2_cases.h, which src/jit/uop_ops.h adapts.
ifneq ($(GEN_STAMP),)
-include $(GEN)/uops.mk
$(GEN)/uops.mk: $(GEN)/ops.stamp ;
CPPFLAGS += -DMO_JIT_UOP_STENCILS=1
endif
$(foreach a,$(JIT_ARCHES),$(eval $(call STENCIL_SET,uops,$(a),src/jit/uop_ops.h,src/jit,UOP_,$(JIT_UOPS),stencils-$(a).h)))

ifeq ($(MO_JIT_ENABLED),1)
STENCIL_HEADERS := $(GEN)/stencils-mini-$(JIT_ARCH).h $(if $(GEN_STAMP),$(GEN)/stencils-$(JIT_ARCH).h)
# Who includes which stencils.
$(BUILD)/obj/src/jit/stencils.o: $(if $(GEN_STAMP),$(GEN)/stencils-$(JIT_ARCH).h)
$(BUILD)/tests/test_jit_mini $(BUILD)/bench/jit_compile: $(GEN)/stencils-mini-$(JIT_ARCH).h
endif
stencils: $(STENCIL_HEADERS)
# Golden tests of the generated stencils (tests/golden/), and their one
# regeneration command.
test-golden:
	MOSAIC_BUILD=$(BUILD) $(PYTHON) tests/checks/jit_golden.py
golden-update:
	MOSAIC_BUILD=$(BUILD) $(PYTHON) tests/checks/jit_golden.py --update
.PHONY: golden-update
# The flags for one architecture (STENCIL_ARCH), for tests/checks/jit_*.py.
STENCIL_ARCH ?= $(JIT_ARCH)
stencil-cflags:
	@echo $(STENCIL_CFLAGS) $(STENCIL_CFLAGS_$(STENCIL_ARCH))
.PHONY: stencil-cflags

# -------------------------------------------------------------- compiling
$(BUILD)/obj/%.o: %.c | $(GEN_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(LIB): $(LIB_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/mosaic: $(MAIN_OBJ) $(LIB)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# ./mosaic is the release binary; other configs stay in build/<config>/.
ifeq ($(CONFIG)-$(ARCH),release-native)
mosaic: $(BUILD)/mosaic
	@ln -sf $(BUILD)/mosaic mosaic
else
mosaic: $(BUILD)/mosaic
endif

$(BUILD)/tests/%: tests/unit/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Itests/unit $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

# ------------------------------------------------------------------ tests
setup:
	@tools/setup.sh

test-unit: $(UNIT_BINS)
test: setup mosaic $(UNIT_BINS)
	$(PYTHON) tests/run.py --build $(BUILD)

test-record:
	$(PYTHON) tests/run.py --record

# The differential suite with a full collection at every GC_STRESS-th
# allocation: C code that holds only a pointer into a dead temporary's item
# array (side storage the collector frees with its owner) reads freed memory
# at once instead of once in a while, and under CONFIG=asan ASan says where.
# 50 keeps the three tiers to a few minutes on two cores; GC_STRESS=1 on a
# few areas (GC_STRESS_ARGS='-k gc/') is the thorough run.
GC_STRESS       ?= 50
GC_STRESS_TIERS ?= t1,t2,jit
GC_STRESS_ARGS  ?=
test-gc-stress: mosaic
	$(PYTHON) tests/run.py --build $(BUILD) --only cases --tier $(GC_STRESS_TIERS) -X gc-stress=$(GC_STRESS) \
	    --timeout-scale 10 --skip-file tests/gc_stress_skip.txt $(GC_STRESS_ARGS)

# Differential fuzzing of the tiers: tests/fuzz/jitdiff.py generates random
# programs dominated by hot loops and compares Mosaic in each tier with
# python3 (the oracle). Exits non-zero only when Mosaic's tiers disagree with
# each other; a difference from CPython alone is reported but not fatal.
FUZZ_SECONDS ?= 60
FUZZ_ARGS    ?=
fuzz-jitdiff: mosaic
	$(PYTHON) tests/fuzz/jitdiff.py --mosaic ./mosaic --seconds $(FUZZ_SECONDS) $(FUZZ_ARGS)

# ------------------------------------------------------ JIT tests, test-cross
# (JIT section.) The JIT's own unit tests link only the JIT core — patchers,
# emitter, code arena — so they build (natively or cross) whatever state the
# rest of the library is in. `make test-cross` builds them, and the real-uop
# test (which needs the whole library), for AArch64 and RISC-V64 and runs
# them under qemu-user: JIT code of each architecture, end to end.
JIT_CORE_OBJS := $(addprefix $(BUILD)/obj/src/jit/,patch.o patch_x86_64.o patch_aarch64.o \
                   patch_riscv64.o emit.o code_arena.o)
JIT_CROSS_TESTS := test_jit_mini test_jit_arena test_patch_x86_64 test_patch_aarch64 test_patch_riscv64
JIT_TEST_BINS := $(filter $(addprefix $(BUILD)/tests/,$(JIT_CROSS_TESTS)),$(UNIT_BINS))
$(JIT_TEST_BINS): $(BUILD)/tests/%: tests/unit/%.c $(JIT_CORE_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Itests/unit $(CFLAGS) $(LDFLAGS) -o $@ $< $(JIT_CORE_OBJS) $(LDLIBS)
jit-tests: $(JIT_TEST_BINS) $(BUILD)/tests/test_jit_uops
# Then the whole interpreter for each architecture, and every
# tests/cases program under qemu with the JIT on (threshold 1), against
# CPython's recorded output.
test-cross:
	@for a in aarch64 riscv64; do \
	    $(MAKE) --no-print-directory ARCH=$$a CONFIG=$(CONFIG) jit-tests build/$(CONFIG)-$$a/mosaic || exit 1; \
	    printf '#!/bin/sh\nexec qemu-%s -L /usr/%s-linux-gnu "$$(dirname "$$0")/mosaic" "$$@"\n' $$a $$a \
	        > build/$(CONFIG)-$$a/mosaic-qemu; chmod +x build/$(CONFIG)-$$a/mosaic-qemu; \
	done
	@status=0; for a in aarch64 riscv64; do for t in $(JIT_CROSS_TESTS) test_jit_uops; do \
	    out=$$(qemu-$$a -L /usr/$$a-linux-gnu build/$(CONFIG)-$$a/tests/$$t 2>&1) || status=1; \
	    echo "qemu-$$a $$t: $$(printf '%s\n' "$$out" | tail -n 1)"; \
	done; \
	out=$$($(PYTHON) tests/run.py --mosaic build/$(CONFIG)-$$a/mosaic-qemu --only cases --tier jit --skip-file tests/cross_skip.txt -j2 2>&1) || status=1; \
	printf '%s\n' "$$out" | grep '^FAIL' || true; \
	echo "qemu-$$a tests/cases under the JIT: $$(printf '%s\n' "$$out" | tail -n 1)"; \
	done; exit $$status
.PHONY: jit-tests

# bench/jit_compile: copy-and-patch speed (ns per uop, MB/s of code). Under
# ARCH=aarch64|riscv64 it runs in qemu-user: emulated numbers.
$(BUILD)/bench/jit_compile: bench/jit_compile.c $(JIT_CORE_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(JIT_CORE_OBJS) $(LDLIBS)
bench-jit-compile: $(BUILD)/bench/jit_compile
	$(if $(filter native,$(ARCH)),,qemu-$(ARCH) -L /usr/$(ARCH)-linux-gnu) $(BUILD)/bench/jit_compile
.PHONY: bench-jit-compile

# bench/*.py against python3 in the same run (best of 3, checksums verified).
bench: mosaic
	$(PYTHON) bench/run.py --mosaic ./mosaic

run: setup mosaic
	./mosaic -X jit=on -X jit-stats examples/demo.py

clean:
	rm -rf build mosaic

-include $(LIB_OBJS:.o=.d) $(MAIN_OBJ:.o=.d) $(UNIT_BINS:=.d)
