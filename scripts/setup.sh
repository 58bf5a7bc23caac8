#!/usr/bin/env bash
# Installs what the build and tests need from Debian's archive and the npm registry, and
# enables Debian source packages (deb-src) so the dependency build can fetch pinned sources.
# Safe to re-run: does apt work only when something is missing. Needs root or sudo for apt.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

# Debian packages. Versions are whatever bookworm ships; the library *sources* are pinned in
# scripts/deps.sh. Why each: see README "Dependencies".
packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates xz-utils dpkg-dev
  python3 python3-six unicode-data            # regenerating RE2's Unicode tables
  protobuf-compiler libprotobuf-dev           # protoc 3.21.12 + native protobuf-lite
  libabsl-dev libre2-dev libicu-dev           # native libphonenumber dependencies
  nlohmann-json3-dev doctest-dev              # header-only, used natively and in WASM
  libssl-dev                                  # SHA-256 and base64 for bundles in the CLI
  iso-codes                                   # country names in messages (ISO 3166-1)
  emscripten nodejs npm                       # WASM toolchain (3.1.6), Node for tests
  chromium brotli                             # browser tests, payload measurements
  clang libclang-rt-14-dev                    # libFuzzer targets (scripts/fuzz.sh)
  zlib1g-dev libjpeg62-turbo-dev              # native qpdf (built from the pinned source, scripts/deps.sh)
  texlive-base fonts-urw-base35               # Adobe's glyph list and the standard-14 font metrics (generated tables)
  qpdf poppler-utils                          # bill corpus: encryption/object streams; pdftotext/pdffonts as oracles only
  python3-reportlab ghostscript groff fonts-dejavu-core  # bill corpus producers (with chromium and npm pdfkit)
)
if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi

src_list=/etc/apt/sources.list.d/portcheck-deb-src.sources
want_src=$(cat <<'SRC'
# Added by Port Pre-Check (scripts/setup.sh): source packages for the pinned library sources.
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
)

need_update=0
if [ ! -f "$src_list" ] || [ "$(cat "$src_list")" != "$want_src" ]; then
  echo "setup: enabling Debian source packages ($src_list)"
  printf '%s\n' "$want_src" | "${sudo[@]}" tee "$src_list" >/dev/null
  need_update=1
fi

missing=()
for p in "${packages[@]}"; do
  # nodejs/npm may come from another origin (e.g. NodeSource, whose nodejs bundles npm).
  if [ "$p" = nodejs ] || [ "$p" = npm ]; then command -v "${p/nodejs/node}" >/dev/null && continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ] || [ "$need_update" -eq 1 ]; then
  echo "setup: apt-get update"
  "${sudo[@]}" apt-get update -q
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# npm packages (exact versions in package-lock.json); only when the lock changed.
cd "$here"
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.portcheck-lock; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.portcheck-lock
fi
echo "setup: system ready"
