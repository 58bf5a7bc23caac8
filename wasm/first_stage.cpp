// The page's first stage: every rule without libphonenumber (number_stages.hpp). A number the
// fast path cannot answer is handed to the second stage once the page has connected it
// (web/core-stages.js sets Module.secondStage: typed bytes → verdict record); until then the
// verdict is "checking". Glue only: the verdict and its wording are the core's.
#include <emscripten/val.h>

#include "portcheck/number_stages.hpp"

namespace portcheck {

NumberVerdict classifyBeyondFastPath(std::string_view typed) {
  const emscripten::val second = emscripten::val::module_property("secondStage");
  if (second.isUndefined() || second.isNull()) return checkingVerdict(typed);
  const auto* bytes = reinterpret_cast<const unsigned char*>(typed.data());
  const auto record = second(emscripten::val(emscripten::typed_memory_view(typed.size(), bytes))).as<std::string>();
  return fromVerdictRecord(typed, record);
}

}  // namespace portcheck
