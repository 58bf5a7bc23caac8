// Rendering of core results as JSON (nlohmann/json, insertion-ordered keys). Text the user
// typed may be ill-formed UTF-8 (a CLI argument); it is rendered with U+FFFD, never thrown on.
#include "portcheck/json.hpp"

#include <nlohmann/json.hpp>

#include <sstream>

#include "portcheck/engine.hpp"

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

std::string dumpIndented(const Json& json) {
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

Json engineJson() {
  Json engine = Json::object();
  engine["version"] = engineVersion();
  engine["phone_metadata"] = phoneMetadata();
  return engine;
}

}  // namespace

std::string numberVerdictJson(const NumberVerdict& verdict) { return dumpLine(toJson(verdict)); }

std::string numberVerdictsJson(const std::vector<NumberVerdict>& verdicts) {
  Json out = Json::array();
  for (const auto& v : verdicts) out.push_back(toJson(v));
  return dumpLine(out);
}

std::string numberBatchJson(std::string_view lines) {
  Json out = Json::array();
  while (!lines.empty()) {
    const auto end = lines.find('\n');
    const auto verdict = classifyNumber(lines.substr(0, end));
    out.push_back(Json::array({numberCodeName(verdict.code), optionalString(verdict.e164), optionalString(verdict.region),
                               optionalString(verdict.type)}));
    if (end == std::string_view::npos) break;
    lines.remove_prefix(end + 1);
  }
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

namespace portcheck {

std::string reportJson(const Report& report) {
  Json out = Json::object();
  out["schema"] = "portcheck.report/1";
  out["as_of"] = report.as_of.iso();
  out["engine"] = engineJson();
  out["ready"] = report.ready();
  Json summary = Json::object();
  summary["errors"] = report.errors;
  summary["warnings"] = report.warnings;
  summary["requests"] = report.requests.size();
  summary["numbers"] = report.numbers;
  summary["eligible_numbers"] = report.eligible_numbers;
  out["summary"] = std::move(summary);
  Json findings = Json::array();
  for (const auto& f : report.findings) {
    Json item = Json::object();
    item["code"] = f.code;
    item["severity"] = severityName(f.severity);
    item["path"] = f.path;
    item["reason"] = reasonName(f.reason);
    item["message"] = f.message;
    item["fix"] = f.fix;
    findings.push_back(std::move(item));
  }
  out["findings"] = std::move(findings);
  Json requests = Json::array();
  for (const auto& r : report.requests) {
    Json request = Json::object();
    Json numbers = Json::array();
    for (const auto& n : r.numbers) numbers.push_back(toJson(n));
    request["numbers"] = std::move(numbers);
    Json risks = Json::array();
    for (const auto& risk : r.risks) {
      Json item = Json::object();
      item["reason"] = reasonName(risk.reason);
      item["status"] = riskStatusName(risk.status);
      item["findings"] = risk.findings;
      for (const auto& cr : carrierReasons()) {
        if (cr.reason != risk.reason) continue;
        item["title"] = cr.title;
        item["fix"] = cr.fix;
      }
      risks.push_back(std::move(item));
    }
    request["risks"] = std::move(risks);
    Json timeline = Json::object();
    timeline["outreach_review_by"] = r.timeline.outreach_review_by.iso();
    timeline["submitted_to_carrier_by"] = r.timeline.submitted_to_carrier_by.iso();
    timeline["carrier_response_by"] = r.timeline.carrier_response_by.iso();
    timeline["port_window"] = Json::array({r.timeline.port_window_start.iso(), r.timeline.port_window_end.iso()});
    request["timeline"] = std::move(timeline);
    requests.push_back(std::move(request));
  }
  out["requests"] = std::move(requests);
  return dumpIndented(out);
}

std::string inputErrorJson(const InputError& error) {
  Json out = Json::object();
  out["schema"] = "portcheck.report/1";
  out["engine"] = engineJson();
  out["ready"] = false;
  Json e = Json::object();
  e["code"] = error.code;
  e["message"] = error.message;
  e["path"] = error.path;
  out["error"] = std::move(e);
  return dumpIndented(out);
}

CheckOutcome checkDraftJson(std::string_view draft_json, std::optional<Date> as_of) {
  CheckOutcome outcome;
  try {
    auto parsed = parseDraft(draft_json);
    if (auto* error = std::get_if<InputError>(&parsed)) {
      outcome.error = *error;
    } else {
      auto checked = checkDraft(std::get<Draft>(parsed), as_of);
      if (auto* check_error = std::get_if<InputError>(&checked)) {
        outcome.error = *check_error;
      } else {
        const Report& report = std::get<Report>(checked);
        outcome.usable = true;
        outcome.ready = report.ready();
        outcome.json = reportJson(report);
        outcome.text = reportText(report, std::get<Draft>(parsed));
        return outcome;
      }
    }
  } catch (const std::bad_alloc&) {
    outcome.error = {"input.too_large", "input too large to check in the memory available", ""};
  } catch (const std::exception& e) {
    outcome.error = {"internal", std::string("internal error: ") + e.what(), ""};
  }
  outcome.json = inputErrorJson(outcome.error);
  return outcome;
}

}  // namespace portcheck
