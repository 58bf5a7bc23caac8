// Rendering of core results as JSON, keys in the SPEC's order, through the streaming
// JsonWriter (the same bytes nlohmann's dump gives). Text the user typed may be ill-formed UTF-8
// (a CLI argument); it is rendered with U+FFFD, never thrown on.
#include "portcheck/json.hpp"

#include "json_writer.hpp"
#include "portcheck/engine.hpp"

namespace portcheck {
namespace {

void writeEngine(detail::JsonWriter& out) {
  out.key("engine").beginObject();
  out.key("version").value(engineVersion());
  out.key("phone_metadata").value(phoneMetadata());
  out.endObject();
}

// The fields every verdict has, in the SPEC's order; the caller opens and closes the object.
void writeVerdictFields(detail::JsonWriter& out, const NumberVerdict& v) {
  out.key("input").value(v.input);
  out.key("e164").value(v.e164);
  out.key("region").value(v.region);
  out.key("type").value(v.type);
  out.key("eligible").value(v.eligible());
  out.key("code").value(numberCodeName(v.code));
}

}  // namespace

std::string numberVerdictJson(const NumberVerdict& verdict) {
  detail::JsonWriter out;
  out.beginObject();
  writeVerdictFields(out, verdict);
  out.endObject();
  return out.take();
}

std::string numberVerdictsJson(const std::vector<NumberVerdict>& verdicts) {
  detail::JsonWriter out;
  out.beginArray();
  for (const auto& v : verdicts) {
    out.beginObject();
    writeVerdictFields(out, v);
    out.endObject();
  }
  out.endArray();
  return out.take();
}

std::string numberBatchJson(std::string_view lines) {
  detail::JsonWriter out;
  out.reserve(lines.size() * 3);
  out.beginArray();
  while (!lines.empty()) {
    const auto end = lines.find('\n');
    const auto verdict = classifyNumber(lines.substr(0, end));
    out.beginArray().value(numberCodeName(verdict.code)).value(verdict.e164).value(verdict.region).value(verdict.type).endArray();
    if (end == std::string_view::npos) break;
    lines.remove_prefix(end + 1);
  }
  out.endArray();
  return out.take();
}

std::string splitNumberListJson(std::string_view pasted) {
  detail::JsonWriter out;
  out.beginArray();
  for (const auto& entry : splitNumberList(pasted)) out.value(entry);
  out.endArray();
  return out.take();
}

std::string numberListJson(std::string_view pasted) {
  detail::JsonWriter out;
  std::size_t eligible = 0;
  out.beginObject().key("numbers").beginArray();
  for (const auto& entry : splitNumberList(pasted)) {
    const auto verdict = classifyNumber(entry);
    out.beginObject();
    writeVerdictFields(out, verdict);
    if (verdict.extension.empty()) {
      out.key("extension").null();
    } else {
      out.key("extension").value(verdict.extension);
    }
    out.key("message").value(describeVerdict(verdict));
    out.endObject();
    eligible += verdict.eligible() ? 1 : 0;
  }
  out.endArray().key("eligible").value(std::uint64_t{eligible}).endObject();
  return out.take();
}

}  // namespace portcheck

namespace portcheck {

std::string reportJson(const Report& report) {
  detail::JsonWriter out(2);
  out.reserve(4096 + report.numbers * 240);
  out.beginObject();
  out.key("schema").value("portcheck.report/1");
  out.key("as_of").value(report.as_of.iso());
  writeEngine(out);
  out.key("ready").value(report.ready());
  out.key("summary").beginObject();
  out.key("errors").value(std::uint64_t{report.errors});
  out.key("warnings").value(std::uint64_t{report.warnings});
  out.key("requests").value(std::uint64_t{report.requests.size()});
  out.key("numbers").value(std::uint64_t{report.numbers});
  out.key("eligible_numbers").value(std::uint64_t{report.eligible_numbers});
  out.endObject();
  out.key("findings").beginArray();
  for (const auto& f : report.findings) {
    out.beginObject();
    out.key("code").value(f.code);
    out.key("severity").value(severityName(f.severity));
    out.key("path").value(f.path);
    out.key("reason").value(reasonName(f.reason));
    out.key("message").value(f.message);
    out.key("fix").value(f.fix);
    out.endObject();
  }
  out.endArray();
  out.key("requests").beginArray();
  for (const auto& r : report.requests) {
    out.beginObject();
    out.key("numbers").beginArray();
    for (const auto& n : r.numbers) {
      out.beginObject();
      writeVerdictFields(out, n);
      out.endObject();
    }
    out.endArray();
    out.key("risks").beginArray();
    for (const auto& risk : r.risks) {
      out.beginObject();
      out.key("reason").value(reasonName(risk.reason));
      out.key("status").value(riskStatusName(risk.status));
      out.key("findings").beginArray();
      for (const std::size_t index : risk.findings) out.value(std::uint64_t{index});
      out.endArray();
      for (const auto& cr : carrierReasons()) {
        if (cr.reason != risk.reason) continue;
        out.key("title").value(cr.title);
        out.key("fix").value(risk.fix.empty() ? cr.fix : std::string_view(risk.fix));
      }
      if (!risk.because.empty()) out.key("because").value(risk.because);
      if (risk.rejected) out.key("rejected").value(true);
      out.endObject();
    }
    out.endArray();
    if (!r.documents.empty()) {
      // What the request's bill says beside what the LOA says (only when a bill was read).
      out.key("documents").beginArray();
      for (const auto& d : r.documents) {
        out.beginObject();
        out.key("document").value("bill");
        out.key("path").value(d.path);
        out.key("field").value(d.field);
        out.key("loa").value(d.loa);
        out.key("found").value(d.bill);
        out.key("matches").value(d.matches);
        out.endObject();
      }
      out.endArray();
    }
    out.key("timeline").beginObject();
    out.key("outreach_review_by").value(r.timeline.outreach_review_by.iso());
    out.key("submitted_to_carrier_by").value(r.timeline.submitted_to_carrier_by.iso());
    out.key("carrier_response_by").value(r.timeline.carrier_response_by.iso());
    out.key("port_window").beginArray().value(r.timeline.port_window_start.iso()).value(r.timeline.port_window_end.iso()).endArray();
    if (r.timeline.restarted) out.key("restarted").value(true);
    out.endObject();
    out.endObject();
  }
  out.endArray();
  out.endObject();
  out.newlineAtEnd();
  return out.take();
}

std::string inputErrorJson(const InputError& error) {
  detail::JsonWriter out(2);
  out.beginObject();
  out.key("schema").value("portcheck.report/1");
  writeEngine(out);
  out.key("ready").value(false);
  out.key("error").beginObject();
  out.key("code").value(error.code);
  out.key("message").value(error.message);
  out.key("path").value(error.path);
  out.endObject().endObject().newlineAtEnd();
  return out.take();
}

CheckOutcome checkDraftJson(std::string_view draft_json, std::optional<Date> as_of,
                            ReportFormats formats, const Evidence* evidence, const Draft* previous) {
  CheckOutcome outcome;
  try {
    auto parsed = parseDraft(draft_json);
    if (auto* error = std::get_if<InputError>(&parsed)) {
      outcome.error = *error;
    } else {
      auto checked = checkDraft(std::get<Draft>(parsed), as_of, evidence, previous);
      if (auto* check_error = std::get_if<InputError>(&checked)) {
        outcome.error = *check_error;
      } else {
        const Report& report = std::get<Report>(checked);
        outcome.usable = true;
        outcome.ready = report.ready();
        outcome.json = reportJson(report);
        if (formats == ReportFormats::JsonAndText) outcome.text = reportText(report, std::get<Draft>(parsed));
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
