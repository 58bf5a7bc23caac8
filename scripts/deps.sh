#!/usr/bin/env bash
# Dependency build from pinned Debian source packages, cached under build/deps.
#
#   scripts/deps.sh sources   fetch + verify + unpack + patch the pinned sources (native and WASM)
#   scripts/deps.sh native    also build qpdf natively (built-in crypto; Debian's zlib, libjpeg)
#   scripts/deps.sh wasm      also build protobuf-lite, RE2, abseil, ICU-common, zlib,
#                             libjpeg-turbo and qpdf with em++
#
# Every step leaves a stamp whose content names its inputs (version, checksum, patch and
# flag hashes): a second run with the same inputs does no work. Nothing fetched is committed.
# Facts behind each step: ../shared/TOOLCHAIN.md (and README "Dependencies").
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
deps=${PORTCHECK_DEPS_DIR:-$here/build/deps}
jobs=${PORTCHECK_JOBS:-$(nproc)}
mkdir -p "$deps/downloads" "$deps/src" "$deps/stamps"

# package  version  orig tarball sha256 (the only file we trust; see TOOLCHAIN.md)
pins=(
  "libphonenumber 8.13.51+ds-4.2          b97c8ba35890073a2f7b879dca5a5d9208e2a60d01c425e5c9afdd5b19396fde"
  "abseil         20220623.1-1+deb12u2    abfe2897f3a30edaa74bc34365afe3c2a3cd012091a97dc7e008f7016adcd5fe"
  "protobuf       3.21.12-3+deb12u1       930c2c3b5ecc6c9c12615cf5ad93f1cd6e12d0aba862b572e076259970ac3a53"
  "re2            20220601+dfsg-1         3bc61251da3b0b97be40a8a127818c517c62516e4eda11fc901d29496663df54"
  "icu            72.1-3+deb12u1          a2d2d38217092a7ed56635e34467f92f976b370e20182ad325edea6681a71d68"
  "qpdf           11.3.0-1+deb12u1        547cee67de77b5c4ef4917e57d2db9c848cfe3aa950361f68d36367a3a03936e"
  "zlib           1:1.2.13.dfsg-1         71feb7947e3c00ef125f83b79a4e529bde31171e5babe48b391f06758d1ab0a1"
  "libjpeg-turbo  1:2.1.5-2               254f3642b04e309fee775123133c6464181addc150499561020312ec61c1bf7c"
)
# Debian's own patches applied on top of an orig tarball (debian/patches/series), with the
# sha256 of the .debian.tar.xz that holds them. qpdf's is a security fix in its tokenizer
# (data loss in the lexical layer, Debian bug 1054158, fixed upstream in 11.6.3).
debian_patched=(
  "qpdf           11.3.0-1+deb12u1        e7e1baa90d9d90ab651df0951b1c0bdbfcad8831afe279a2d8990a6149ce8523"
)

log() { printf 'deps: %s\n' "$*" >&2; }
die() { printf 'deps: error: %s\n' "$*" >&2; exit 1; }
stamp_ok() { [ -f "$deps/stamps/$1" ] && [ "$(cat "$deps/stamps/$1")" = "$2" ]; }
stamp_set() { printf '%s' "$2" >"$deps/stamps/$1"; }

# Debian names the orig tarball <pkg>_<upstream>.orig.tar.<xz|gz|bz2>.
orig_tarball() { # pkg version
  local upstream=${2%-*}
  upstream=${upstream#*:}
  local f
  for f in "$deps/downloads/$1_${upstream}".orig.tar.*; do
    [ -e "$f" ] && { printf '%s\n' "$f"; return 0; }
  done
  return 0
}

fetch_one() { # pkg version sha256
  local pkg=$1 version=$2 sha=$3 tarball
  tarball=$(orig_tarball "$pkg" "$version")
  if [ -n "$tarball" ] && echo "$sha  $tarball" | sha256sum -c --status &&
    { [ -z "$(debian_patch_sha "$pkg")" ] || [ -f "$deps/downloads/${pkg}_${version#*:}.debian.tar.xz" ]; }; then
    return
  fi
  log "fetching $pkg=$version (apt-get source)"
  # apt-get exits 100 for libphonenumber 8.13.51+ds-4.2 because the archive answers 404 for
  # its .dsc and .debian.tar.xz although the orig tarball (all we use) downloads: decide by
  # the tarball and its checksum, not by apt's status.
  (cd "$deps/downloads" && apt-get source --download-only -q "$pkg=$version") >&2 ||
    log "apt-get source $pkg=$version reported a failure; checking the orig tarball anyway"
  tarball=$(orig_tarball "$pkg" "$version")
  [ -n "$tarball" ] || die "no orig tarball for $pkg=$version: are Debian deb-src entries enabled? run scripts/setup.sh"
  echo "$sha  $tarball" | sha256sum -c --status ||
    die "checksum mismatch for $tarball (want $sha, got $(sha256sum "$tarball" | cut -d' ' -f1))"
}

patch_hash() { # pkg: hash of the project's patches for it
  local f
  for f in "$here"/cmake/patches/"$1"/*.patch; do if [ -e "$f" ]; then cat "$f"; fi; done | sha256sum | cut -c1-16
}

# The sha256 of the Debian patch tarball pinned for pkg, or nothing.
debian_patch_sha() { # pkg
  local want=$1 line
  for line in "${debian_patched[@]}"; do
    # shellcheck disable=SC2086
    set -- $line
    if [ "$1" = "$want" ]; then printf '%s' "$3"; fi
  done
}

apply_debian_patches() { # pkg version sha256-of-debian-tarball dir
  local pkg=$1 version=$2 sha=$3 dir=$4 tarball=$deps/downloads/${1}_${2#*:}.debian.tar.xz p
  echo "$sha  $tarball" | sha256sum -c --status ||
    die "checksum mismatch or missing $tarball (want $sha)"
  mkdir -p "$dir/.debian" && tar -xf "$tarball" -C "$dir/.debian"
  while read -r p _; do
    case "$p" in '' | '#'*) continue ;; esac
    log "  debian patch $p"
    patch -d "$dir" -p1 --forward --quiet <"$dir/.debian/debian/patches/$p"
  done <"$dir/.debian/debian/patches/series"
  rm -rf "$dir/.debian"
}

unpack_one() { # pkg version sha256
  local pkg=$1 version=$2 sha=$3 key dir tarball dsha
  dsha=$(debian_patch_sha "$pkg")
  key="$version $sha $(patch_hash "$pkg") $dsha"
  dir="$deps/src/$pkg"
  stamp_ok "unpack-$pkg" "$key" && [ -d "$dir" ] && return
  tarball=$(orig_tarball "$pkg" "$version")
  log "unpacking $(basename "$tarball")"
  rm -rf "$dir" "$dir.tmp" && mkdir -p "$dir.tmp"
  tar -xf "$tarball" -C "$dir.tmp" --strip-components=1
  if [ -n "$dsha" ]; then apply_debian_patches "$pkg" "$version" "$dsha" "$dir.tmp"; fi
  for p in "$here"/cmake/patches/"$pkg"/*.patch; do
    [ -e "$p" ] || continue
    log "  patch $(basename "$p")"
    patch -d "$dir.tmp" -p1 --forward --quiet <"$p"
  done
  mv "$dir.tmp" "$dir"
  stamp_set "unpack-$pkg" "$key"
}

# RE2's +dfsg tarball drops three generated tables; regenerate them with the package's own
# scripts against Debian's unicode-data (what Debian's own packaging does).
regenerate_re2_tables() {
  local dir=$deps/src/re2 key
  key="$(cat "$deps/stamps/unpack-re2") unicode-data $(dpkg-query -W -f='${Version}' unicode-data 2>/dev/null || true)"
  stamp_ok re2-tables "$key" && return
  log "regenerating RE2 Unicode tables"
  [ -d /usr/share/unicode ] || die "/usr/share/unicode missing: install unicode-data (scripts/setup.sh)"
  sed -i "s|^_UNICODE_DIR = .*|_UNICODE_DIR = \"/usr/share/unicode\"|" "$dir/re2/unicode.py"
  (cd "$dir" &&
    perl re2/make_perl_groups.pl >re2/perl_groups.cc &&
    /usr/bin/python3 re2/make_unicode_casefold.py >re2/unicode_casefold.cc &&
    /usr/bin/python3 re2/make_unicode_groups.py >re2/unicode_groups.cc)
  stamp_set re2-tables "$key"
}

sources() {
  local line
  for line in "${pins[@]}"; do
    # shellcheck disable=SC2086
    set -- $line
    fetch_one "$1" "$2" "$3"
    unpack_one "$1" "$2" "$3"
  done
  regenerate_re2_tables
}

case "${1:-}" in
  sources) sources ;;
  native) sources; "$here/scripts/deps-native.sh" "$deps" "$jobs" ;;
  wasm) sources; "$here/scripts/deps-wasm.sh" "$deps" "$jobs" ;;
  *) echo "usage: $0 sources|native|wasm" >&2; exit 64 ;;
esac
