// CSV import: parsing, header recognition, grouping. The invariant: valid JSON out.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "portcheck/csv_import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (nlohmann::json::parse(portcheck::importCsvJson(text), nullptr, false).is_discarded()) std::abort();
  return 0;
}
