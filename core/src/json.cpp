// Rendering of core results as JSON (nlohmann/json, insertion-ordered keys). Text the user
// typed may be ill-formed UTF-8 (a CLI argument); it is rendered with U+FFFD, never thrown on.
#include "portcheck/json.hpp"

#include <nlohmann/json.hpp>

namespace portcheck {
namespace {

using Json = nlohmann::ordered_json;

Json optionalString(const std::optional<std::string>& value) {
  return value ? Json(*value) : Json(nullptr);
}

Json toJson(const NumberVerdict& v) {
  Json out = Json::object();
  out["input"] = v.input;
  out["e164"] = optionalString(v.e164);
  out["region"] = optionalString(v.region);
  out["type"] = optionalString(v.type);
  out["eligible"] = v.eligible();
  out["code"] = numberCodeName(v.code);
  return out;
}

std::string dumpLine(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

std::string numberVerdictJson(const NumberVerdict& verdict) { return dumpLine(toJson(verdict)); }

std::string numberVerdictsJson(const std::vector<NumberVerdict>& verdicts) {
  Json out = Json::array();
  for (const auto& v : verdicts) out.push_back(toJson(v));
  return dumpLine(out);
}

std::string numberListJson(std::string_view pasted) {
  Json numbers = Json::array();
  std::size_t eligible = 0;
  for (const auto& entry : splitNumberList(pasted)) {
    const auto verdict = classifyNumber(entry);
    Json item = toJson(verdict);
    item["extension"] = verdict.extension.empty() ? Json(nullptr) : Json(verdict.extension);
    item["message"] = describeVerdict(verdict);
    eligible += verdict.eligible() ? 1 : 0;
    numbers.push_back(std::move(item));
  }
  Json out = Json::object();
  out["numbers"] = std::move(numbers);
  out["eligible"] = eligible;
  return dumpLine(out);
}

}  // namespace portcheck
