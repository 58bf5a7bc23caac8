#include "cases.hpp"

#include <fstream>
#include <stdexcept>

namespace portcheck::test {

nlohmann::ordered_json loadCases(const std::string& name) {
  const std::string path = std::string(PORTCHECK_CASES_DIR) + "/" + name;
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  return nlohmann::ordered_json::parse(in);
}

}  // namespace portcheck::test
