// The JSON edge of the core: results rendered as the exact JSON text of SPEC §4 and §6, so
// the CLI and the WASM module print byte-identical output for the same input.
#pragma once

#include <string>

#include "portcheck/numbers.hpp"
#include "portcheck/report.hpp"

namespace portcheck {

// One number verdict as a single-line JSON object:
// {"input":…,"e164":…,"region":…,"type":…,"eligible":…,"code":…} (null when unknown).
std::string numberVerdictJson(const NumberVerdict& verdict);

// A list of verdicts as a single-line JSON array of the objects above.
std::string numberVerdictsJson(const std::vector<NumberVerdict>& verdicts);

// The numbers of a pasted list (splitNumberList) as a JSON array of strings; ill-formed UTF-8
// is replaced (U+FFFD), as everywhere the core writes JSON.
std::string splitNumberListJson(std::string_view pasted);

// A pasted list (see splitNumberList) checked in one call, for the page:
// {"numbers":[{…the six fields…,"extension":"123"|null,"message":"…"}], "eligible":N}
std::string numberListJson(std::string_view pasted);

// The report as "portcheck.report/1" JSON (indented, trailing newline): the CLI prints it and
// the module returns it, byte for byte the same.
std::string reportJson(const Report& report);

// A batch of numbers, one per line, classified in one call (the page's and the benchmarks'
// path for big pastes): [["ok","+12175440111","US","fixed_line_or_mobile"], …], one array per
// line in order: code, E.164, region, type (null when unknown).
std::string numberBatchJson(std::string_view lines);

// An unusable input as a report-shaped JSON error (what the module returns):
// {"schema":"portcheck.report/1","ready":false,"error":{"code","message","path"}}
std::string inputErrorJson(const InputError& error);

// The report as readable text for staff (portcheck check --format text): per request, the
// numbers, the findings, the carrier checklist and the timeline. Typed text is shown with
// control and bidi-override characters escaped, so a draft cannot rewrite a staff terminal.
std::string reportText(const Report& report, const Draft& draft);

// Draft JSON text → report: parse, check, render. Never throws.
enum class ReportFormats { Json, JsonAndText };
struct CheckOutcome {
  bool usable = false;   // false: `error` says why (CLI exit 2)
  bool ready = false;    // true: no error findings (CLI exit 0, else 1)
  std::string json;      // reportJson or inputErrorJson
  std::string text;      // reportText when usable and asked for
  InputError error;
};
CheckOutcome checkDraftJson(std::string_view draft_json, std::optional<Date> as_of = std::nullopt,
                            ReportFormats formats = ReportFormats::Json, const Evidence* evidence = nullptr,
                            const Draft* previous = nullptr);

}  // namespace portcheck
