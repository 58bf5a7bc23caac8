// The page's bill reader (portcheck-bill.mjs) as one C function, without Embind: bytes in, the
// "portcheck.bill/1" JSON out (the same as `portcheck bill`). web/core-stages.js wraps it as
// readBill(Uint8Array). Numbers the fast path cannot read are asked of the numbers stage, which
// the worker connects as Module.secondStage, as it does for the first stage (first_stage.cpp).
// Everything is caught: a failure comes back as the bill's error object.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <exception>
#include <string>

#include "portcheck/bill.hpp"
#include "portcheck/csr.hpp"
#include "portcheck/number_stages.hpp"

namespace {

// Module.secondStage(bytes) -> a verdict record, copied into this module's memory (freed by
// the caller); null when the numbers stage is not connected.
EM_JS(char*, portcheck_bill_second_stage, (const char* typed, int length), {
  var second = Module['secondStage'];
  if (!second) return 0;
  var record = second(HEAPU8.subarray(typed, typed + length));
  var size = lengthBytesUTF8(record) + 1;
  var out = _malloc(size);
  stringToUTF8(record, out, size);
  return out;
});

}  // namespace

namespace portcheck {

NumberVerdict classifyBeyondFastPath(std::string_view typed) {
  char* record = portcheck_bill_second_stage(typed.data(), static_cast<int>(typed.size()));
  if (!record) return checkingVerdict(typed);
  const std::string text(record);
  std::free(record);
  return fromVerdictRecord(typed, text);
}

}  // namespace portcheck

// The JSON for `size` bytes at `data`, valid until the next call.
extern "C" EMSCRIPTEN_KEEPALIVE const char* portcheck_read_bill(const char* data, std::size_t size) {
  static std::string out;
  try {
    out = portcheck::billJson(portcheck::readBill(std::string_view(data, size)));
  } catch (const std::exception& e) {
    out = portcheck::billErrorJson("internal", std::string("internal error: ") + e.what());
  } catch (...) {
    out = portcheck::billErrorJson("internal", "internal error: unknown failure");
  }
  return out.c_str();
}

// The same for a Customer Service Record: "portcheck.csr/1" (`portcheck csr`).
extern "C" EMSCRIPTEN_KEEPALIVE const char* portcheck_read_csr(const char* data, std::size_t size) {
  static std::string out;
  try {
    out = portcheck::csrJson(portcheck::readCsr(std::string_view(data, size)));
  } catch (const std::exception& e) {
    out = portcheck::csrErrorJson("internal", std::string("internal error: ") + e.what());
  } catch (...) {
    out = portcheck::csrErrorJson("internal", "internal error: unknown failure");
  }
  return out.c_str();
}

// The most bytes worth copying in: one more than the reader accepts, so a larger file is still
// refused by the core, in its own words, without copying all of it.
extern "C" EMSCRIPTEN_KEEPALIVE std::size_t portcheck_bill_input_cap() { return portcheck::DocumentLimits{}.max_input_bytes + 1; }
