#include "cases.hpp"

#include <cstdio>
#include <fstream>
#include <stdexcept>

namespace portcheck::test {

nlohmann::ordered_json loadCases(const std::string& name) {
  const std::string path = std::string(PORTCHECK_CASES_DIR) + "/" + name;
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  return nlohmann::ordered_json::parse(in);
}

std::string buildInput(const nlohmann::ordered_json& parts) {
  std::string out;
  for (const auto& part : parts) {
    if (part.is_string()) {
      out += part.get<std::string>();
    } else if (part.contains("hex")) {
      const std::string hex = part["hex"].get<std::string>();
      for (std::size_t i = 0; i + 1 < hex.size();) {
        if (hex[i] == ' ') {
          ++i;
          continue;
        }
        out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
        i += 2;
      }
    } else if (part.contains("us_numbers")) {
      // n distinct valid US numbers, as tests/support/bad-input.mjs writes them.
      const auto n = part["us_numbers"].get<std::size_t>();
      char number[32];
      for (std::size_t i = 0; i < n; ++i) {
        std::snprintf(number, sizeof number, "%s\"(217) %zu-%04zu\"", i ? "," : "", 200 + i / 10000, i % 10000);
        out += number;
      }
    } else {
      const std::string unit = part.at("repeat").get<std::string>();
      const auto times = part.at("times").get<std::size_t>();
      out.reserve(out.size() + unit.size() * times);
      for (std::size_t i = 0; i < times; ++i) out += unit;
    }
  }
  return out;
}

}  // namespace portcheck::test
