#!/bin/sh
# tools/setup.sh — install what building and testing Mosaic needs, from
# Debian's packages, when it is missing. Safe to run again: it does nothing
# when everything is present. `make run` and `make test` call it.
#
#   clang-19              compiles the JIT stencils (src/jit/template.c)
#   python3               the test oracle and the test driver
#   qemu-user, gcc-aarch64-linux-gnu, gcc-riscv64-linux-gnu
#                         `make test-cross` (AArch64 and RISC-V64 under qemu)
#
# Without root (and without sudo) it only reports what is missing: the
# interpreter still builds and passes its tests without clang-19, and
# ./mosaic then says the JIT is off.
set -e

need=""
command -v cc        >/dev/null 2>&1 || need="$need gcc libc6-dev"
command -v make      >/dev/null 2>&1 || need="$need make"
command -v clang-19  >/dev/null 2>&1 || need="$need clang-19"
command -v python3   >/dev/null 2>&1 || need="$need python3"
if [ "${MOSAIC_SETUP_CROSS:-1}" = 1 ]; then
    command -v qemu-aarch64          >/dev/null 2>&1 || need="$need qemu-user"
    command -v aarch64-linux-gnu-gcc >/dev/null 2>&1 || need="$need gcc-aarch64-linux-gnu libc6-dev-arm64-cross"
    command -v riscv64-linux-gnu-gcc >/dev/null 2>&1 || need="$need gcc-riscv64-linux-gnu libc6-dev-riscv64-cross"
fi
[ -z "$need" ] && exit 0

echo "setup: installing:$need"
if [ "$(id -u)" = 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
else
    echo "setup: not root and no sudo; please install:$need" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $need
