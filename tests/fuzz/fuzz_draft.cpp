// Draft text → report: parsing, every rule, JSON and staff-text rendering. The invariant: an
// answer, never a crash; a usable draft gives a report that is valid JSON.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "portcheck/json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto outcome = portcheck::checkDraftJson(text, portcheck::Date::fromYmd(2026, 11, 25),
                                                portcheck::ReportFormats::JsonAndText);
  const auto json = nlohmann::json::parse(outcome.json, nullptr, false);
  if (json.is_discarded() || !json.is_object()) std::abort();
  if (outcome.usable == json.contains("error")) std::abort();
  if (outcome.usable && outcome.text.empty()) std::abort();
  if (!outcome.usable && outcome.error.message.find('\n') != std::string::npos) std::abort();
  return 0;
}
