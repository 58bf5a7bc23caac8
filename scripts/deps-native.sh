#!/usr/bin/env bash
# Builds qpdf natively from the pinned, Debian-patched source that scripts/deps.sh unpacked,
# so the CLI, the doctest suites and the fuzzers parse PDFs with exactly the code the WASM
# reader runs. Not Debian's libqpdf-dev: the same 11.3.0-1+deb12u1, but built with GnuTLS as
# its crypto provider, where the reader uses qpdf's built-in crypto only (README
# "Dependencies"). zlib and libjpeg are Debian's -dev packages (the same sources the WASM build
# compiles). Installs libqpdf.a and include/qpdf under <deps>/native/prefix; skipped when the
# stamp matches. Called by scripts/deps.sh; usage: deps-native.sh DEPS_DIR JOBS
set -euo pipefail
deps=$1 jobs=$2
src=$deps/src prefix=$deps/native/prefix work=$deps/native/build
mkdir -p "$prefix/lib" "$prefix/include" "$work"
recipe=2
# As the WASM build: no DCT codec, no compressor, no iostreams (cmake/patches/qpdf/0002, 0004, 0005).
flags="-O2 -DQPDF_WITHOUT_DCT -DQPDF_WITHOUT_DEFLATE -DQPDF_WITHOUT_IOSTREAMS"

log() { printf 'deps-native: %s\n' "$*" >&2; }
stamp_ok() { [ -f "$deps/stamps/$1" ] && [ "$(cat "$deps/stamps/$1")" = "$2" ]; }
stamp_set() { printf '%s' "$2" >"$deps/stamps/$1"; }

key="$(cat "$deps/stamps/unpack-qpdf") $flags recipe$recipe $(g++ --version | sed -n 1p)"
if stamp_ok native-qpdf "$key"; then exit 0; fi
log "qpdf (g++, ~5 min on 2 cores)"; t=$SECONDS
rm -rf "${work:?}/qpdf"
cmake -S "$src/qpdf" -B "$work/qpdf" -G Ninja -Wno-dev \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE=-DNDEBUG -DCMAKE_C_FLAGS_RELEASE=-DNDEBUG \
  -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
  -DBUILD_SHARED_LIBS=OFF -DBUILD_STATIC_LIBS=ON -DBUILD_DOC=OFF -DINSTALL_EXAMPLES=OFF \
  -DUSE_IMPLICIT_CRYPTO=OFF -DREQUIRE_CRYPTO_NATIVE=ON >"$work/qpdf.configure.log" 2>&1 ||
  { cat "$work/qpdf.configure.log" >&2; exit 1; }
cmake --build "$work/qpdf" -j "$jobs" --target libqpdf >"$work/qpdf.build.log" 2>&1 ||
  { tail -n 40 "$work/qpdf.build.log" >&2; exit 1; }
cp "$work/qpdf/libqpdf/libqpdf.a" "$prefix/lib/"
rm -rf "$prefix/include/qpdf" && cp -r "$src/qpdf/include/qpdf" "$prefix/include/qpdf"
stamp_set native-qpdf "$key"; log "qpdf done in $((SECONDS - t)) s"
