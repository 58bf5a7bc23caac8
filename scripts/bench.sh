#!/usr/bin/env bash
# The benchmarks (not a test): builds the native and WASM targets, then runs bench/run.mjs —
# the native core, the WASM core and the JavaScript peers (npm, pinned) on one seeded corpus,
# in Node and in Chromium; check() of 1,000- and 10,000-number drafts; the page's first load
# beside an empty page and a libphonenumber-js page, cold and warm, with Lighthouse; payload.
# Results: build/bench/results.{md,json}; BENCHMARKS.md keeps the latest table.
#   scripts/bench.sh [--numbers 100000] [--repeats 7] [--lighthouse 3]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
for preset in native wasm; do
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
done
cmake --build --preset native --target portcheck_bench
scripts/lighthouse.sh --install
node bench/run.mjs "$@"
