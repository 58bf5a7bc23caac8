// The report (SPEC §4, "portcheck.report/1"): every finding for a draft, per-request number
// verdicts, the ten-reason risk checklist and the port timeline.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "portcheck/dates.hpp"
#include "portcheck/draft.hpp"
#include "portcheck/findings.hpp"
#include "portcheck/numbers.hpp"

namespace portcheck {

enum class RiskStatus { Clear, AtRisk, Unchecked };
std::string_view riskStatusName(RiskStatus status);

struct Risk {
  Reason reason;
  RiskStatus status;
  std::vector<std::size_t> findings;  // indexes into Report::findings
  std::string fix = {};               // the carrier's own steps; empty: the checklist's general fix
};

// Per request, from the date of the check (business days skip weekends and federal holidays).
struct Timeline {
  Date outreach_review_by;        // Outreach reviews within 1 business day
  Date submitted_to_carrier_by;   // the voice provider submits within 1 business day
  Date carrier_response_by;       // the losing carrier answers in about a week
  Date port_window_start;         // the port happens 2 …
  Date port_window_end;           // … to 6 weeks after submission
};

struct RequestReport {
  std::vector<NumberVerdict> numbers;  // one per phone_numbers entry, same order
  std::vector<Risk> risks;             // all ten carrier reasons
  Timeline timeline;
};

struct Report {
  Date as_of;
  std::vector<Finding> findings;
  std::vector<RequestReport> requests;
  std::size_t errors = 0, warnings = 0, numbers = 0, eligible_numbers = 0;
  bool ready() const { return errors == 0; }
};

// Runs every rule. The date of the check is `as_of` when given, else the draft's, else today.
// Fails only when the draft's as_of is not a real date.
std::variant<Report, InputError> checkDraft(const Draft& draft, std::optional<Date> as_of = std::nullopt);

}  // namespace portcheck
