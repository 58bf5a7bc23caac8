#!/usr/bin/env bash
# Lighthouse on the page (a measurement, not a test): accessibility, best practices and SEO,
# mobile defaults, Debian's Chromium, the files served as a host serves them (scripts/serve.py). Lighthouse itself (npm, pinned below; ~180 MB) is
# installed on first use into build/lighthouse/, outside the project's own dependencies, so the
# test command never downloads it. Report: build/lighthouse/report.json.
#   scripts/lighthouse.sh [CATEGORIES]   default: accessibility,best-practices,seo
#   scripts/lighthouse.sh --install      only install it (scripts/bench.sh runs it itself)
set -euo pipefail
cd "$(dirname "$0")/.."
categories=${1:-accessibility,best-practices,seo}
version=13.5.0  # the current release when added (2026-12-02)
dir=build/lighthouse

install() {
  if [ ! -x "$dir/node_modules/.bin/lighthouse" ] || ! grep -q "\"version\": \"$version\"" "$dir/node_modules/lighthouse/package.json"; then
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-audit --no-fund --loglevel=error "lighthouse@$version"
  fi
}
if [ "$categories" = --install ]; then install; exit 0; fi
scripts/setup.sh >/dev/null
cmake --preset wasm >/dev/null
cmake --build --preset wasm >/dev/null
install

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# Served as a host would: precompressed files with Content-Encoding (scripts/serve.py).
python3 scripts/serve.py build/wasm/web "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 1
CHROME_PATH=/usr/bin/chromium "$dir/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/index.html" \
  --only-categories="$categories" --output=json --output-path="$dir/report.json" --quiet \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync"
python3 - "$dir/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
print(f"Lighthouse {report['lighthouseVersion']}, {report['configSettings']['formFactor']}, {report['userAgent']}")
for key, category in report['categories'].items():
    print(f"  {category['title']}: {round(category['score'] * 100)}")
    for ref in category['auditRefs']:
        audit = report['audits'][ref['id']]
        if ref['weight'] > 0 and audit.get('score') is not None and audit['score'] < 1:
            print(f"    - {audit['title']} ({audit['score']})")
PY
