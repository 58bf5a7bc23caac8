// The bill reader's binding: readBill(Uint8Array) -> "portcheck.bill/1" JSON, the same bytes as
// `portcheck bill FILE`. Linked into the page's bill reader (portcheck-bill.mjs, fetched after
// the first verdict and run in the worker) and into the single module for hosts. Everything is
// caught: a file the core cannot anticipate comes back as an error object, never a throw.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <exception>
#include <string>

#include "boundary.hpp"
#include "portcheck/bill.hpp"

namespace {

std::string failure(const char* code, const std::string& message) {
  portcheck::BillReading reading;
  reading.error_code = code;
  reading.error = message;
  return portcheck::billJson(reading);
}

emscripten::val readBill(const emscripten::val& bytes) {
  std::string out;
  try {
    if (!bytes.instanceof(emscripten::val::global("Uint8Array"))) {
      out = failure("input.type", "readBill takes the file's bytes as a Uint8Array");
    } else if (bytes["length"].as<double>() > static_cast<double>(portcheck::DocumentLimits{}.max_input_bytes)) {
      out = failure("document.too_large", "the file is over 10 MB");  // not copied in
    } else {
      out = portcheck::billJson(portcheck::readBill(portcheck::wasm::bytesOf(bytes)));
    }
  } catch (const std::exception& e) {
    out = failure("internal", std::string("internal error: ") + e.what());
  } catch (...) {
    out = failure("internal", "internal error: unknown failure");
  }
  return portcheck::wasm::toJs(out);
}

}  // namespace

EMSCRIPTEN_BINDINGS(portcheck_bill) { emscripten::function("readBill", &readBill); }
