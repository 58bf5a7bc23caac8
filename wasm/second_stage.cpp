// The page's second stage: libphonenumber (RE2, protobuf, abseil, the metadata) and the
// reference classifier, alone, behind one C function — no Embind, no JSON library, so the
// stage carries nothing the first already has but the C and C++ runtimes. web/core-stages.js
// copies the typed bytes in and reads the verdict record out (number_stages.hpp).
#include <emscripten/emscripten.h>

#include <exception>
#include <string>

#include "numbers_reference.hpp"
#include "portcheck/number_stages.hpp"

extern "C" {

// The verdict record of `size` typed bytes at `typed`, NUL-terminated; valid until the next
// call. An empty record (never a valid one) if classifying failed, which the first stage
// refuses to read.
EMSCRIPTEN_KEEPALIVE const char* portcheck_classify(const char* typed, std::size_t size) {
  static std::string record;
  try {
    record = portcheck::verdictRecord(portcheck::detail::classifyNumberReference({typed, size}));
  } catch (...) {
    record.clear();
  }
  return record.c_str();
}

}  // extern "C"
