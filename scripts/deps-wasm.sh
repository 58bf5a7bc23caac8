#!/usr/bin/env bash
# Builds the WASM static libraries the core needs, with Debian's Emscripten, from the sources
# scripts/deps.sh unpacked: protobuf-lite, RE2, abseil, ICU common (for libphonenumber); zlib,
# libjpeg-turbo and qpdf (the bill reader). Installs them under
# <deps>/wasm/prefix (lib/ + include/). Each library is skipped when its stamp matches.
# Called by scripts/deps.sh; usage: deps-wasm.sh DEPS_DIR JOBS
set -euo pipefail
deps=$1 jobs=$2
src=$deps/src prefix=$deps/wasm/prefix work=$deps/wasm/build
mkdir -p "$prefix/lib" "$prefix/include" "$work"
# Emscripten's JS optimizer needs Debian's acorn (TOOLCHAIN.md).
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

# Every byte of these libraries is downloaded by the page, and none is on the hot path: typed
# US numbers never reach libphonenumber's regexes (the NANP fast path), so RE2, protobuf,
# abseil and ICU are optimized for size (-8 KB brotli; speed within noise, BENCHMARKS.md).
# libphonenumber itself is built by CMake at -O3. CMake's Release defaults (-O3) are replaced,
# not appended to. Changing the flags (or the recipe) rebuilds everything.
flags="-Oz"
recipe=2
emver=$(em++ --version | sed -n 1p)  # sed reads it all: `head` could close the pipe on em++ (EPIPE under pipefail)

log() { printf 'deps-wasm: %s\n' "$*" >&2; }
stamp_ok() { [ -f "$deps/stamps/$1" ] && [ "$(cat "$deps/stamps/$1")" = "$2" ]; }
stamp_set() { printf '%s' "$2" >"$deps/stamps/$1"; }
key_for() { echo "$(cat "$deps/stamps/unpack-$1") $flags recipe$recipe $emver"; }

cmake_lib() { # name source-dir target-or-install cmake-args...
  local name=$1 dir=$2 what=$3; shift 3
  # A rebuild starts clean: a stale CMake cache (other flags, a moved checkout) must not leak in.
  rm -rf "${work:?}/$name"
  emcmake cmake -S "$dir" -B "$work/$name" -G Ninja -Wno-dev \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_FLAGS_RELEASE=-DNDEBUG -DCMAKE_CXX_FLAGS_RELEASE=-DNDEBUG \
    -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_CXX_STANDARD=17 -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_TESTING=OFF \
    -DBUILD_SHARED_LIBS=OFF "$@" >"$work/$name.configure.log" 2>&1 ||
    { cat "$work/$name.configure.log" >&2; exit 1; }
  if [ "$what" = install ]; then
    cmake --build "$work/$name" -j "$jobs" --target install >"$work/$name.build.log" 2>&1
  else
    cmake --build "$work/$name" -j "$jobs" --target "$what" >"$work/$name.build.log" 2>&1
  fi || { tail -n 40 "$work/$name.build.log" >&2; exit 1; }
}

build_abseil() {
  local key; key=$(key_for abseil)
  stamp_ok wasm-abseil "$key" && return
  log "abseil (emcmake, ~1 min)"; local t=$SECONDS
  cmake_lib abseil "$src/abseil" install -DABSL_PROPAGATE_CXX_STD=ON -DABSL_ENABLE_INSTALL=ON
  stamp_set wasm-abseil "$key"; log "abseil done in $((SECONDS - t)) s"
}

build_protobuf() {
  local key; key=$(key_for protobuf)
  stamp_ok wasm-protobuf "$key" && return
  log "protobuf-lite (emcmake)"; local t=$SECONDS
  # Only the lite runtime: protoc comes from Debian (same 3.21.12), tests and zlib are off.
  cmake_lib protobuf "$src/protobuf" libprotobuf-lite -Dprotobuf_BUILD_TESTS=OFF \
    -Dprotobuf_BUILD_PROTOC_BINARIES=OFF -Dprotobuf_BUILD_LIBPROTOC=OFF -Dprotobuf_WITH_ZLIB=OFF
  cp "$work/protobuf/libprotobuf-lite.a" "$prefix/lib/"
  rm -rf "$prefix/include/google/protobuf"
  (cd "$src/protobuf/src" && find google \( -name '*.h' -o -name '*.inc' \) -exec cp --parents -t "$prefix/include" {} +)
  stamp_set wasm-protobuf "$key"; log "protobuf-lite done in $((SECONDS - t)) s"
}

build_re2() {
  local key; key="$(key_for re2) $(cat "$deps/stamps/re2-tables")"
  stamp_ok wasm-re2 "$key" && return
  log "re2 (emcmake)"; local t=$SECONDS
  cmake_lib re2 "$src/re2" install -DRE2_BUILD_TESTING=OFF
  stamp_set wasm-re2 "$key"; log "re2 done in $((SECONDS - t)) s"
}

# ICU: only the common library, without data; libphonenumber uses character properties
# compiled into the code (uchar, utrie2), not the data file.
build_icu() {
  local key; key=$(key_for icu)
  stamp_ok wasm-icu "$key" && return
  log "icu common (em++, ~1 min)"; local t=$SECONDS
  local out=$work/icu; rm -rf "$out"; mkdir -p "$out"
  (cd "$src/icu/source" && ls common/*.cpp stubdata/stubdata.cpp) |
    xargs -P "$jobs" -I{} sh -c 'f={}; em++ '"$flags"' -w -std=c++17 -DU_COMMON_IMPLEMENTATION \
      -DU_STATIC_IMPLEMENTATION -I"'"$src"'/icu/source/common" \
      -c "'"$src"'/icu/source/$f" -o "'"$out"'/$(echo "$f" | tr / _).o"' ||
    { log "icu compile failed"; exit 1; }
  rm -f "$prefix/lib/libicuuc.a"
  emar rcs "$prefix/lib/libicuuc.a" "$out"/*.o
  rm -rf "$prefix/include/unicode"
  cp -r "$src/icu/source/common/unicode" "$prefix/include/unicode"
  stamp_set wasm-icu "$key"; log "icu done in $((SECONDS - t)) s"
}

# zlib: its CMake needs win32/zlib1.rc, which Debian's +dfsg tarball leaves out, and renames
# the source's zconf.h; its fifteen C files are compiled directly instead, as ICU's are.
build_zlib() {
  local key; key=$(key_for zlib)
  stamp_ok wasm-zlib "$key" && return
  log "zlib (emcc)"; local t=$SECONDS
  local out=$work/zlib dir=$src/zlib f
  rm -rf "$out"; mkdir -p "$out"
  # An earlier CMake configure renamed it (see above).
  if [ ! -f "$dir/zconf.h" ] && [ -f "$dir/zconf.h.included" ]; then mv "$dir/zconf.h.included" "$dir/zconf.h"; fi
  for f in adler32 compress crc32 deflate gzclose gzlib gzread gzwrite infback inffast inflate inftrees trees uncompr zutil; do
    printf '%s\n' "$f"
  done | xargs -P "$jobs" -I{} emcc $flags -DHAVE_UNISTD_H -c "$dir/{}.c" -o "$out/{}.o" ||
    { log "zlib compile failed"; exit 1; }
  rm -f "$prefix/lib/libz.a"
  emar rcs "$prefix/lib/libz.a" "$out"/*.o
  cp "$dir/zlib.h" "$dir/zconf.h" "$prefix/include/"
  stamp_set wasm-zlib "$key"; log "zlib done in $((SECONDS - t)) s"
}

build_libjpeg() {
  local key; key=$(key_for libjpeg-turbo)
  stamp_ok wasm-libjpeg "$key" && return
  log "libjpeg-turbo (emcmake)"; local t=$SECONDS
  # Its CMake measures size_t as 9 bytes under emcc (check_type_size): the sizes are given;
  # no SIMD in WebAssembly builds.
  cmake_lib libjpeg "$src/libjpeg-turbo" jpeg-static -DENABLE_SHARED=OFF -DENABLE_STATIC=ON     -DWITH_SIMD=0 -DWITH_TURBOJPEG=OFF -DWITH_JAVA=OFF \
    -DHAVE_SIZE_T=1 -DSIZE_T=4 -DHAVE_UNSIGNED_LONG=1 -DUNSIGNED_LONG=4
  cp "$work/libjpeg/libjpeg.a" "$prefix/lib/libjpeg.a"
  cp "$src/libjpeg-turbo/jpeglib.h" "$src/libjpeg-turbo/jmorecfg.h" "$src/libjpeg-turbo/jerror.h"     "$work/libjpeg/jconfig.h" "$prefix/include/"
  stamp_set wasm-libjpeg "$key"; log "libjpeg-turbo done in $((SECONDS - t)) s"
}

# qpdf with its built-in crypto only, and exceptions on: its repair of damaged files is built
# on catching (with catching off, a broken xref aborts). Pl_DCT.cc mixes setjmp (libjpeg's
# error exits) with exceptions, which Emscripten's JS-based setjmp cannot lower alongside
# WebAssembly exceptions: setjmp is WebAssembly's too (SUPPORT_LONGJMP=wasm, also at the link).
# The host's pkg-config is kept out, or -isystem /usr/include leaks into em++ (TOOLCHAIN.md);
# zlib and libjpeg are named directly; qpdf is built without its DCT codec (patch 0002: the
# reader decodes no images), so libjpeg, which its build requires, is not linked; without its
# compressor (0004: the reader only inflates) and without iostreams (0005: its few messages and
# number formats written with std::to_string and snprintf), so neither zlib's deflate nor
# libc++'s streams and locales are linked. qpdf wants a random source for writing encrypted files,
# which the reader never does: it is named (/dev/urandom, absent in the page, so a request for
# randomness fails loudly) rather than replaced by qpdf's insecure generator.
build_qpdf() {
  local key; key="$(key_for qpdf) $(cat "$deps/stamps/wasm-zlib") $(cat "$deps/stamps/wasm-libjpeg") sjlj-wasm without-dct-deflate-iostreams"
  stamp_ok wasm-qpdf "$key" && return
  log "qpdf (emcmake, ~5 min)"; local t=$SECONDS
  mkdir -p "$work/empty-pkgconfig"
  PKG_CONFIG_LIBDIR="$work/empty-pkgconfig" PKG_CONFIG_PATH="" \
    cmake_lib qpdf "$src/qpdf" libqpdf -DBUILD_SHARED_LIBS=OFF -DBUILD_STATIC_LIBS=ON \
    -DBUILD_DOC=OFF -DINSTALL_EXAMPLES=OFF -DUSE_IMPLICIT_CRYPTO=OFF -DREQUIRE_CRYPTO_NATIVE=ON \
    -DCMAKE_CXX_FLAGS="$flags -fwasm-exceptions -sSUPPORT_LONGJMP=wasm -DQPDF_WITHOUT_DCT -DQPDF_WITHOUT_DEFLATE -DQPDF_WITHOUT_IOSTREAMS" \
    -DZLIB_H_PATH="$prefix/include" -DZLIB_LIB_PATH="$prefix/lib/libz.a" \
    -DLIBJPEG_H_PATH="$prefix/include" -DLIBJPEG_LIB_PATH="$prefix/lib/libjpeg.a" \
    -DRANDOM_DEVICE=/dev/urandom
  cp "$work/qpdf/libqpdf/libqpdf.a" "$prefix/lib/libqpdf.a"
  rm -rf "$prefix/include/qpdf" && cp -r "$src/qpdf/include/qpdf" "$prefix/include/qpdf"
  stamp_set wasm-qpdf "$key"; log "qpdf done in $((SECONDS - t)) s"
}

command -v em++ >/dev/null || { log "em++ not found: run scripts/setup.sh"; exit 1; }
build_protobuf
build_re2
build_abseil
build_icu
build_zlib
build_libjpeg
build_qpdf
log "WASM dependencies ready in $prefix"
