// Reads the shared JSON case tables in tests/cases/ (also read by the WASM tests in Node).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace portcheck::test {

// Parses tests/cases/<name>; fails the calling test loudly if the file is missing or broken.
nlohmann::ordered_json loadCases(const std::string& name);

// Builds the input of a bad-input case (tests/cases/bad-input.json): the concatenation of its
// parts, each a string, {"hex": "ff fe"}, {"repeat": text, "times": n} or {"us_numbers": n}.
std::string buildInput(const nlohmann::ordered_json& parts);

}  // namespace portcheck::test
