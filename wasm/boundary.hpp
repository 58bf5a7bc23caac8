// What every binding file shares at the boundary (header-only, Embind only).
#pragma once

#include <emscripten/val.h>

#include <exception>
#include <string>

#include "portcheck/json.hpp"

namespace portcheck::wasm {

// Strings leave the module through one TextDecoder call over a view of WASM memory, not
// through Embind 3.1.6's std::string conversion, which walks the bytes in JavaScript (a
// 1,000-number report spent ~25 % of check() there).
inline emscripten::val toJs(const std::string& text) {
  static const emscripten::val decoder = emscripten::val::global("TextDecoder").new_();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  return decoder.call<emscripten::val>("decode", emscripten::val(emscripten::typed_memory_view(text.size(), bytes)));
}

// A Uint8Array's bytes, copied into the module's memory in one call.
inline std::string bytesOf(const emscripten::val& array) {
  std::string data(array["length"].as<std::size_t>(), '\0');
  emscripten::val(emscripten::typed_memory_view(data.size(), reinterpret_cast<unsigned char*>(data.data())))
      .call<void>("set", array);
  return data;
}

// A failure the core did not anticipate (out of memory …), as data the page can show; the
// core renders it, so no JSON is written by hand here.
inline std::string internalError(const char* what) {
  return portcheck::inputErrorJson({"internal", std::string("internal error: ") + what, ""});
}

// A call's JSON result, or what went wrong as the same report-shaped data: nothing is ever
// thrown into the page.
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
