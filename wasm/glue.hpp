// What every Embind file of the page's modules shares: strings out through TextDecoder, and
// every failure returned as data, never thrown into the page.
#pragma once

#include <emscripten/val.h>

#include <exception>
#include <string>

#include "portcheck/json.hpp"

namespace portcheck::wasm {

// A failure the core did not anticipate (out of memory …), as data the page can show; the
// core renders it, so no JSON is written by hand here.
inline std::string internalError(const char* what) {
  return portcheck::inputErrorJson({"internal", std::string("internal error: ") + what, ""});
}

// Strings leave the module through one TextDecoder call over a view of WASM memory, not
// through Embind 3.1.6's std::string conversion, which walks the bytes in JavaScript (a
// 1,000-number report spent ~25 % of check() there).
inline emscripten::val toJs(const std::string& text) {
  static const emscripten::val decoder = emscripten::val::global("TextDecoder").new_();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  return decoder.call<emscripten::val>("decode", emscripten::val(emscripten::typed_memory_view(text.size(), bytes)));
}

template <typename Fn>
emscripten::val guarded(Fn&& fn) {
  std::string out;
  try {
    out = fn();
  } catch (const std::exception& e) {
    out = internalError(e.what());
  } catch (...) {
    out = internalError("unknown failure");
  }
  return toJs(out);
}

}  // namespace portcheck::wasm
