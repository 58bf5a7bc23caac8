#!/usr/bin/env bash
# Regenerates tests/golden/*.report.json (and the staff text reports, *.report.txt, where one
# exists), the resubmission goldens' reports and diffs (tests/golden/resubmission/) and the pinned area-code table (tests/cases/area-codes.tsv) from the native CLI after
# a deliberate rule or wording change, or a refresh of the numbering data (a new
# libphonenumber-js pin). Review the diff before committing: the golden files are the
# product's contract, and the table's diff is every area code whose verdict moved.
set -euo pipefail
cd "$(dirname "$0")/.."
portcheck=build/native/cli/portcheck
for draft in tests/golden/*.draft.json; do
  base=${draft%.draft.json}
  "$portcheck" check "$draft" >"$base.report.json" || [ $? -eq 1 ]
  if [ -f "$base.report.txt" ]; then
    "$portcheck" check --format text "$draft" >"$base.report.txt" || [ $? -eq 1 ]
  fi
done
# Resubmissions: each report judged against its earlier submission; the pinned diffs.
for draft in tests/golden/resubmission/*.draft.json; do
  base=${draft%.draft.json}
  previous=()
  [ -f "$base.previous.json" ] && previous=(--previous "$base.previous.json")
  "$portcheck" check "$draft" "${previous[@]}" >"$base.report.json" || [ $? -eq 1 ]
  if [ -f "$base.diff.json" ]; then
    "$portcheck" diff "$base.previous.json" "$draft" >"$base.diff.json"
    "$portcheck" diff --format text "$base.previous.json" "$draft" >"$base.diff.txt"
  fi
done
"$portcheck" area-codes >tests/cases/area-codes.tsv
git status --short -- tests/golden tests/cases/area-codes.tsv
