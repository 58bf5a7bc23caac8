#!/usr/bin/env bash
# Quick start, command 1: install what is needed, build the WASM page, and serve it on
# http://127.0.0.1:${PORT:-8080}/ (Ctrl-C stops it). Safe to re-run; re-runs are fast.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8080}

scripts/setup.sh
cmake --preset wasm >/dev/null
cmake --build --preset wasm

echo
echo "Port Pre-Check is at http://127.0.0.1:${port}/  (serving build/wasm/web as a host would:"
echo "precompressed files with Content-Encoding, hashed names cached for a year; Ctrl-C to stop)"
exec /usr/bin/python3 scripts/serve.py build/wasm/web "$port"
