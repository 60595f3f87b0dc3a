# Mosaic — one non-recursive GNU Makefile.
#
#   make                  build ./mosaic                 (CONFIG=release)
#   make CONFIG=debug     build build/debug/mosaic       (also asan, ubsan)
#   make run              set up, build, run examples/demo.py with the JIT on
#   make test             C unit tests, the differential suite under every
#                         tier, stencil golden tests; ends "N passed, N failed"
#   make test-cross       build for AArch64 and RISC-V64, run JIT tests in qemu
#   make test-record      re-record tests/cases/**/*.exp from python3
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
CPPFLAGS := -Isrc -I$(BUILD) -MMD -MP
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
        test-record bench run clean setup
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

run: setup mosaic
	./mosaic -X jit=on -X jit-stats examples/demo.py

clean:
	rm -rf build mosaic

-include $(LIB_OBJS:.o=.d) $(MAIN_OBJ:.o=.d) $(UNIT_BINS:=.d)
