#!/usr/bin/env bash
# Quick start, command 2: install what is needed, build every target (native, native with
# ASan+UBSan, WASM) and run every test suite: doctest natively and under sanitizers, the CLI,
# the WASM module in Node, the bill and CSR readers and the evidence checks on their corpus, the page in Chromium, then each libFuzzer target for a bounded
# time (FUZZ_SECONDS, default 60; 0 skips). Safe to re-run; exits non-zero on any failure.
# Screenshots from the browser tests land in test-results/.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
step() { printf '\n== %s (%d s)\n' "$*" "$((SECONDS - start))"; }

step "setup"
scripts/setup.sh

for preset in native native-asan wasm; do
  step "build $preset"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
done

step "the generated NANP prefix table is byte-identical in every build"
# Generated from the same metadata by the native and the WASM generator; the native build
# checked every prefix against libphonenumber (core/gen/nanp_table_gen.cpp).
for preset in native-asan wasm; do
  cmp build/native/core/generated/nanp_prefix_table.inc "build/$preset/core/generated/nanp_prefix_table.inc"
done

step "native: doctest suites and CLI"
ctest --preset native
step "native-asan: doctest suites and CLI under AddressSanitizer + UBSan"
# The exhaustive metadata walk is the same code as the native run, only slower here.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --preset native-asan --label-exclude exhaustive
step "wasm: shared cases through the module in Node"
node --test tests/wasm/
step "documents: the bill and CSR corpus (five producers, qpdf rewrites, font kinds, hostile files) and the evidence checks, natively and in WASM"
node tests/documents/make-corpus.mjs build/documents
PORTCHECK_CORPUS=build/documents node --test tests/documents/
step "web: the page in Chromium"
node --test tests/web/

if [ "${FUZZ_SECONDS:-60}" -gt 0 ]; then
  step "fuzz: libFuzzer targets, ${FUZZ_SECONDS:-60} s each"
  scripts/fuzz.sh "${FUZZ_SECONDS:-60}"
fi

step "all tests passed"
