#!/usr/bin/env bash
# Regenerates tests/golden/*.report.json (and the staff text reports, *.report.txt, where one
# exists) from the native CLI after a deliberate rule or wording change. Review the diff before
# committing: the golden files are the product's contract.
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
git status --short -- tests/golden
