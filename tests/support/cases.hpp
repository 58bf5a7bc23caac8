// Reads the shared JSON case tables in tests/cases/ (also read by the WASM tests in Node).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace portcheck::test {

// Parses tests/cases/<name>; fails the calling test loudly if the file is missing or broken.
nlohmann::ordered_json loadCases(const std::string& name);

}  // namespace portcheck::test
