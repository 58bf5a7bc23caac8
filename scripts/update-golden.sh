#!/usr/bin/env bash
# Regenerates tests/golden/*.report.json from the native CLI after a deliberate rule or wording
# change. Review the diff before committing: the golden files are the product's contract.
set -euo pipefail
cd "$(dirname "$0")/.."
for draft in tests/golden/*.draft.json; do
  build/native/cli/portcheck check "$draft" >"${draft%.draft.json}.report.json" || [ $? -eq 1 ]
done
git diff --stat -- tests/golden
