# Finds (and, on first configure, builds) the dependencies of the core:
#   native: Debian's -dev packages for abseil, protobuf-lite, RE2, ICU, zlib, libjpeg (same
#           versions as the pinned sources), libphonenumber from the pinned source
#           (cmake/Libphonenumber.cmake), qpdf from the pinned source (scripts/deps-native.sh);
#   wasm:   all of them from pinned Debian sources, built by scripts/deps.sh into
#           ${PORTCHECK_DEPS_DIR}/wasm/prefix.
# Exposes: portcheck::absl, portcheck::protobuf_lite, portcheck::re2, portcheck::icu, portcheck::qpdf,
#          PORTCHECK_PROTOC, PORTCHECK_HEADER_ONLY_INCLUDE (nlohmann/ and doctest/ only).

if(PORTCHECK_FETCH_DEPS)
  if(EMSCRIPTEN)
    set(_deps_step wasm)
  else()
    set(_deps_step native)
  endif()
  message(STATUS "portcheck: dependencies (scripts/deps.sh ${_deps_step})")
  execute_process(COMMAND "${CMAKE_SOURCE_DIR}/scripts/deps.sh" ${_deps_step}
                  RESULT_VARIABLE _deps_rc)
  if(NOT _deps_rc EQUAL 0)
    message(FATAL_ERROR "scripts/deps.sh ${_deps_step} failed (exit ${_deps_rc}); "
                        "see its messages above. System packages: scripts/setup.sh")
  endif()
endif()

# Debian's protoc 3.21.12 generates the protobuf sources for both targets; it must match the
# protobuf runtime (Debian's native library, the pinned 3.21.12 source for WASM).
find_program(PORTCHECK_PROTOC protoc NO_CMAKE_FIND_ROOT_PATH REQUIRED)

# nlohmann/json and doctest come from Debian's header-only packages in /usr/include. em++ must
# not see /usr/include (glibc headers break it), so both builds use a folder holding only links.
set(PORTCHECK_HEADER_ONLY_INCLUDE "${CMAKE_BINARY_DIR}/header-only")
file(MAKE_DIRECTORY "${PORTCHECK_HEADER_ONLY_INCLUDE}")
foreach(_h nlohmann doctest)
  if(NOT EXISTS "/usr/include/${_h}")
    message(FATAL_ERROR "/usr/include/${_h} missing: run scripts/setup.sh")
  endif()
  file(CREATE_LINK "/usr/include/${_h}" "${PORTCHECK_HEADER_ONLY_INCLUDE}/${_h}" SYMBOLIC)
endforeach()

if(EMSCRIPTEN)
  set(_prefix "${PORTCHECK_DEPS_DIR}/wasm/prefix")
  list(APPEND CMAKE_FIND_ROOT_PATH "${_prefix}")
  find_package(absl CONFIG REQUIRED PATHS "${_prefix}" NO_DEFAULT_PATH)
  find_package(re2 CONFIG REQUIRED PATHS "${_prefix}" NO_DEFAULT_PATH)
  foreach(_lib protobuf-lite icuuc)
    string(REPLACE "-" "_" _name "${_lib}")
    add_library(portcheck_${_name} STATIC IMPORTED GLOBAL)
    set_target_properties(portcheck_${_name} PROPERTIES
      IMPORTED_LOCATION "${_prefix}/lib/lib${_lib}.a"
      INTERFACE_INCLUDE_DIRECTORIES "${_prefix}/include")
  endforeach()
  add_library(portcheck::protobuf_lite ALIAS portcheck_protobuf_lite)
  add_library(portcheck::icu ALIAS portcheck_icuuc)
  add_library(portcheck::re2 ALIAS re2::re2)
  # qpdf with the zlib and libjpeg-turbo it was built against (scripts/deps-wasm.sh);
  # setjmp is WebAssembly's, as qpdf's Pl_DCT was compiled with it.
  add_library(portcheck_qpdf STATIC IMPORTED GLOBAL)
  set_target_properties(portcheck_qpdf PROPERTIES
    IMPORTED_LOCATION "${_prefix}/lib/libqpdf.a"
    INTERFACE_INCLUDE_DIRECTORIES "${_prefix}/include"
    INTERFACE_LINK_LIBRARIES "${_prefix}/lib/libjpeg.a;${_prefix}/lib/libz.a"
    # qpdf was built with QPDF_WITHOUT_IOSTREAMS (cmake/patches/qpdf/0005): its headers' inline
    # functions must read the same here.
    INTERFACE_COMPILE_DEFINITIONS "POINTERHOLDER_TRANSITION=4;QPDF_WITHOUT_IOSTREAMS"
    INTERFACE_LINK_OPTIONS "-sSUPPORT_LONGJMP=wasm")
  add_library(portcheck::qpdf ALIAS portcheck_qpdf)
else()
  find_package(absl CONFIG REQUIRED)
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(PORTCHECK_PROTOBUF_LITE REQUIRED IMPORTED_TARGET GLOBAL protobuf-lite=3.21.12)
  pkg_check_modules(PORTCHECK_RE2 REQUIRED IMPORTED_TARGET GLOBAL re2)
  pkg_check_modules(PORTCHECK_ICU REQUIRED IMPORTED_TARGET GLOBAL icu-uc)
  add_library(portcheck::protobuf_lite ALIAS PkgConfig::PORTCHECK_PROTOBUF_LITE)
  add_library(portcheck::re2 ALIAS PkgConfig::PORTCHECK_RE2)
  add_library(portcheck::icu ALIAS PkgConfig::PORTCHECK_ICU)
  # qpdf from the pinned source (scripts/deps-native.sh), on Debian's zlib and libjpeg.
  pkg_check_modules(PORTCHECK_ZLIB REQUIRED IMPORTED_TARGET GLOBAL zlib)
  pkg_check_modules(PORTCHECK_JPEG REQUIRED IMPORTED_TARGET GLOBAL libjpeg)
  set(_native_prefix "${PORTCHECK_DEPS_DIR}/native/prefix")
  add_library(portcheck_qpdf STATIC IMPORTED GLOBAL)
  set_target_properties(portcheck_qpdf PROPERTIES
    IMPORTED_LOCATION "${_native_prefix}/lib/libqpdf.a"
    INTERFACE_INCLUDE_DIRECTORIES "${_native_prefix}/include"
    INTERFACE_LINK_LIBRARIES "PkgConfig::PORTCHECK_JPEG;PkgConfig::PORTCHECK_ZLIB"
    # qpdf 11's std::shared_ptr API; built without iostreams, as in WASM (see above).
    INTERFACE_COMPILE_DEFINITIONS "POINTERHOLDER_TRANSITION=4;QPDF_WITHOUT_IOSTREAMS")
  add_library(portcheck::qpdf ALIAS portcheck_qpdf)
endif()
