#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan; the `fuzz` preset) and fuzzes each for
# SECONDS (default 60), starting from seeds made of the golden drafts, the number cases, a
# bundle, CSVs, the street-line corpus, JWEs encrypted to the fuzzer's test keys and the bill
# corpus's files under 64 KB (tests/documents/make-corpus.mjs), and the rejection corpus with the
# resubmission goldens. The corpus grows in build/fuzz/corpus/ across runs; a crash stops the run
# with its input in build/fuzz/artifacts/ — fix it and keep the input in
# tests/fuzz/regressions/<target>/, which every doctest build replays.
#   scripts/fuzz.sh [SECONDS] [TARGET…]     targets: draft bundle number csv address jwe bill csr rejection
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("${@:-draft bundle number csv address jwe bill csr rejection}")
read -r -a targets <<<"${targets[*]}"

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

build=build/fuzz
mkdir -p "$build/artifacts"
seeds=$build/seeds
rm -rf "$seeds" && mkdir -p "$seeds"/{draft,bundle,number,csv,address,jwe,bill,csr,rejection}
cp tests/golden/*.draft.json tests/golden/resubmission/*.draft.json "$seeds/draft/"
cp tests/fuzz/seeds/bundle/* "$seeds/bundle/"
cp tests/fuzz/seeds/csv/* "$seeds/csv/"
cp tests/fuzz/seeds/jwe/* "$seeds/jwe/"
[ -f build/documents/manifest.json ] || node tests/documents/make-corpus.mjs build/documents >/dev/null
find build/documents -maxdepth 1 -type f \( -name '*.pdf' -o -name '*.jpg' -o -name '*.png' \) -size -64k \
  -exec cp -t "$seeds/bill/" {} +
# CSRs as PDFs and as pasted text, and the bills' text layers as lines (the comparisons' input).
find build/documents -maxdepth 1 -type f -name 'csr-*' -size -64k -exec cp -t "$seeds/csr/" {} +
for f in build/documents/*-reportlab.pdf build/documents/*-pdfkit-*.pdf; do
  build/native/cli/portcheck bill "$f" 2>/dev/null | node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(0)).text.flat().join("\n"))' \
    >"$seeds/csr/text-$(basename "$f" .pdf)" || true
done
python3 - "$seeds/number" <<'PY'
import json, sys, pathlib
out = pathlib.Path(sys.argv[1])
for i, case in enumerate(json.load(open('tests/cases/numbers.json'))['cases']):
    (out / f'{i:03}').write_text(case['input'], encoding='utf-8')
PY
# Rejections: every notice of the labelled corpus, and the resubmission goldens' drafts.
python3 - "$seeds/rejection" <<'PY'
import json, sys, pathlib
out = pathlib.Path(sys.argv[1])
for i, case in enumerate(json.load(open('tests/cases/rejections.json', encoding='utf-8'))):
    (out / f'{i:03}').write_text(case['text'], encoding='utf-8')
PY
cp tests/golden/resubmission/*.draft.json "$seeds/rejection/"
python3 - "$seeds/address" <<'PY'
import sys, pathlib
out = pathlib.Path(sys.argv[1])
lines = [l.split('\t', 1)[1] for l in open('tests/cases/street-lines.tsv', encoding='utf-8')
         if l.strip() and not l.startswith('#')]
for i, line in enumerate(lines):
    (out / f'{i:03}').write_text(line.rstrip('\n'), encoding='utf-8')
PY

for t in "${targets[@]}"; do
  mkdir -p "$build/corpus/$t"
  echo "== fuzz_$t for ${seconds} s"
  # -rss_limit_mb: the core refuses input over 32 MiB; 2.5 GB leaves ASan room and still
  # catches runaway memory. -timeout: any single input over 10 s is a hang.
  log=$build/fuzz_$t.log
  set +e
  "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" "$build/corpus/$t" "$seeds/$t" \
    tests/fuzz/regressions/"$t" >"$log" 2>&1
  rc=$?
  set -e
  grep -E '^#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|INFO: seed corpus' "$log" || true
  if [ "$rc" -ne 0 ]; then
    tail -n 80 "$log"
    echo "fuzz_$t failed (exit $rc): the input is in $build/artifacts/" >&2
    exit "$rc"
  fi
done
echo "== fuzzing done: no crash in ${targets[*]}"
