// What every binding file shares at the boundary (header-only, Embind only).
#pragma once

#include <emscripten/val.h>

#include <string>

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

}  // namespace portcheck::wasm
