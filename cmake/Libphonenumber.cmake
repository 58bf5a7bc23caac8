# Google's libphonenumber (C++), compiled from the pinned Debian source for both targets so
# native and WASM carry the same phone metadata. Not Debian's libphonenumber-dev: 8.12.57
# has older metadata and gives different answers. Only what phonenumberutil needs is built,
# with RE2 as the regex engine (no ICU regex, no ICU data) and std::mutex for its singleton.
set(_lpn "${PORTCHECK_DEPS_DIR}/src/libphonenumber")
if(NOT EXISTS "${_lpn}/cpp/src/phonenumbers/phonenumberutil.cc")
  message(FATAL_ERROR "libphonenumber source missing in ${_lpn}: run scripts/deps.sh sources")
endif()

set(_gen "${CMAKE_BINARY_DIR}/generated/libphonenumber")
set(_protos phonemetadata phonenumber)
set(_pb_sources)
foreach(_p ${_protos})
  list(APPEND _pb_sources "${_gen}/phonenumbers/${_p}.pb.cc")
endforeach()
add_custom_command(
  OUTPUT ${_pb_sources}
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${_gen}/phonenumbers"
  COMMAND "${PORTCHECK_PROTOC}" "--cpp_out=${_gen}/phonenumbers" -I "${_lpn}/resources"
          "${_lpn}/resources/phonemetadata.proto" "${_lpn}/resources/phonenumber.proto"
  DEPENDS "${_lpn}/resources/phonemetadata.proto" "${_lpn}/resources/phonenumber.proto"
  COMMENT "protoc: libphonenumber metadata and number messages"
  VERBATIM)

set(_s "${_lpn}/cpp/src/phonenumbers")

# The library's code once, and two libraries around it: with the full metadata (for the
# build-time tools) and with the trimmed metadata (what the core links).
add_library(libphonenumber_code OBJECT
  ${_s}/asyoutypeformatter.cc ${_s}/base/strings/string_piece.cc ${_s}/default_logger.cc
  ${_s}/logger.cc ${_s}/phonenumber.cc ${_s}/phonenumberutil.cc
  ${_s}/regex_based_matcher.cc ${_s}/regexp_adapter_re2.cc ${_s}/regexp_cache.cc
  ${_s}/shortnumberinfo.cc ${_s}/short_metadata.cc ${_s}/stringutil.cc ${_s}/unicodestring.cc
  ${_s}/utf/rune.c ${_s}/utf/unicodetext.cc ${_s}/utf/unilib.cc
  ${_pb_sources})
# libphonenumber is C++11-era code; it builds as C++17 with absl's std::string_view mode.
# Third-party code: its warnings are not ours to fix, so they are not shown.
function(_portcheck_libphonenumber_settings target)
  set_target_properties(${target} PROPERTIES CXX_STANDARD 17 POSITION_INDEPENDENT_CODE ON)
  target_compile_definitions(${target} PUBLIC I18N_PHONENUMBERS_USE_RE2 I18N_PHONENUMBERS_USE_STDMUTEX)
  target_compile_options(${target} PRIVATE -w)
  target_include_directories(${target} SYSTEM PUBLIC "${_lpn}/cpp/src" "${_gen}")
  target_link_libraries(${target} PUBLIC
    portcheck::protobuf_lite portcheck::re2 portcheck::icu
    absl::node_hash_set absl::strings absl::synchronization)
endfunction()
_portcheck_libphonenumber_settings(libphonenumber_code)
function(_portcheck_libphonenumber name metadata_source)
  add_library(${name} STATIC $<TARGET_OBJECTS:libphonenumber_code> "${metadata_source}")
  _portcheck_libphonenumber_settings(${name})
endfunction()
_portcheck_libphonenumber(libphonenumber_full "${_s}/metadata.cc")

# Build time: the metadata without what the core never uses (formats, examples), in place of
# metadata.cc; every pattern and length behind a verdict is kept (core/gen/metadata_trim.cpp).
# It also writes every region's example numbers with the full metadata's verdicts, which
# tests/core/metadata_test.cpp requires of the trimmed metadata.
add_executable(portcheck_metadata_trim "${CMAKE_SOURCE_DIR}/core/gen/metadata_trim.cpp")
set_target_properties(portcheck_metadata_trim PROPERTIES CXX_STANDARD 17)
target_link_libraries(portcheck_metadata_trim PRIVATE libphonenumber_full)
portcheck_build_tool(portcheck_metadata_trim)
add_custom_command(
  OUTPUT "${_gen}/trimmed_metadata.cc" "${_gen}/metadata_examples.txt"
  COMMAND portcheck_metadata_trim "${_gen}/trimmed_metadata.cc" "${_gen}/metadata_examples.txt"
  DEPENDS portcheck_metadata_trim
  COMMENT "libphonenumber metadata trimmed to what the core uses"
  VERBATIM)

_portcheck_libphonenumber(libphonenumber "${_gen}/trimmed_metadata.cc")
add_library(portcheck::libphonenumber ALIAS libphonenumber)
set(PORTCHECK_METADATA_EXAMPLES "${_gen}/metadata_examples.txt" CACHE INTERNAL "every region's example numbers")
