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
#include "portcheck/csr.hpp"
#include "portcheck/rejection.hpp"

namespace {

emscripten::val readBill(const emscripten::val& bytes) {
  std::string out;
  try {
    if (!bytes.instanceof(emscripten::val::global("Uint8Array"))) {
      out = portcheck::billErrorJson("input.type", "readBill takes the file's bytes as a Uint8Array");
    } else {
      // One byte past the limit is enough for the core to refuse a larger file in its words.
      const double cap = static_cast<double>(portcheck::DocumentLimits{}.max_input_bytes + 1);
      out = portcheck::billJson(portcheck::readBill(portcheck::wasm::bytesOf(bytes.call<emscripten::val>("subarray", 0, cap))));
    }
  } catch (const std::exception& e) {
    out = portcheck::billErrorJson("internal", std::string("internal error: ") + e.what());
  } catch (...) {
    out = portcheck::billErrorJson("internal", "internal error: unknown failure");
  }
  return portcheck::wasm::toJs(out);
}

// readCsr(Uint8Array) -> "portcheck.csr/1" JSON, the same bytes as `portcheck csr FILE`: a PDF,
// or text pasted from the carrier's e-mail (the page encodes it as UTF-8).
emscripten::val readCsr(const emscripten::val& bytes) {
  std::string out;
  try {
    if (!bytes.instanceof(emscripten::val::global("Uint8Array"))) {
      out = portcheck::csrErrorJson("input.type", "readCsr takes the file's bytes (or the pasted text as UTF-8) as a Uint8Array");
    } else {
      const double cap = static_cast<double>(portcheck::DocumentLimits{}.max_input_bytes + 1);
      out = portcheck::csrJson(portcheck::readCsr(portcheck::wasm::bytesOf(bytes.call<emscripten::val>("subarray", 0, cap))));
    }
  } catch (const std::exception& e) {
    out = portcheck::csrErrorJson("internal", std::string("internal error: ") + e.what());
  } catch (...) {
    out = portcheck::csrErrorJson("internal", "internal error: unknown failure");
  }
  return portcheck::wasm::toJs(out);
}

// classifyRejection(text) -> "portcheck.rejection/1" JSON, the same bytes as `portcheck rejection`.
emscripten::val classifyRejection(const emscripten::val& text) {
  std::string out;
  try {
    if (!text.isString()) {
      portcheck::Rejection r;
      r.error_code = "input.type";
      r.error = "classifyRejection takes the rejection's text (or Twilio's JSON) as a string";
      out = portcheck::rejectionJson(r);
    } else {
      out = portcheck::rejectionJson(portcheck::classifyRejection(text.as<std::string>()));
    }
  } catch (const std::exception& e) {
    portcheck::Rejection r;
    r.error_code = "internal";
    r.error = std::string("internal error: ") + e.what();
    out = portcheck::rejectionJson(r);
  }
  return portcheck::wasm::toJs(out);
}

}  // namespace

EMSCRIPTEN_BINDINGS(portcheck_bill) {
  emscripten::function("classifyRejection", &classifyRejection);
  emscripten::function("readBill", &readBill);
  emscripten::function("readCsr", &readCsr);
}
