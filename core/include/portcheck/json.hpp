// The JSON edge of the core: results rendered as the exact JSON text of SPEC §4 and §6, so
// the CLI and the WASM module print byte-identical output for the same input.
#pragma once

#include <string>

#include "portcheck/numbers.hpp"

namespace portcheck {

// One number verdict as a single-line JSON object:
// {"input":…,"e164":…,"region":…,"type":…,"eligible":…,"code":…} (null when unknown).
std::string numberVerdictJson(const NumberVerdict& verdict);

// A list of verdicts as a single-line JSON array of the objects above.
std::string numberVerdictsJson(const std::vector<NumberVerdict>& verdicts);

// A pasted list (see splitNumberList) checked in one call, for the page:
// {"numbers":[{…the six fields…,"extension":"123"|null,"message":"…"}], "eligible":N}
std::string numberListJson(std::string_view pasted);

}  // namespace portcheck
