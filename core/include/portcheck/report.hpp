// The report (SPEC §4, "portcheck.report/1"): every finding for a draft, per-request number
// verdicts, the ten-reason risk checklist and the port timeline.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "portcheck/dates.hpp"
#include "portcheck/draft.hpp"
#include "portcheck/evidence.hpp"
#include "portcheck/findings.hpp"
#include "portcheck/numbers.hpp"

namespace portcheck {

enum class RiskStatus { Clear, AtRisk, Unchecked, Rejected };
std::string_view riskStatusName(RiskStatus status);

struct Risk {
  Reason reason;
  RiskStatus status;
  std::vector<std::size_t> findings;  // indexes into Report::findings
  std::string fix = {};               // the carrier's own steps; empty: the checklist's general fix
  std::string because = {};           // which document settled the status; empty: none did
  bool rejected = false;              // the carrier rejected the earlier submission for it
};

// Per request, from the date of the check (business days skip weekends and federal holidays).
struct Timeline {
  Date outreach_review_by;        // Outreach reviews within 1 business day
  Date submitted_to_carrier_by;   // the voice provider submits within 1 business day
  Date carrier_response_by;       // the losing carrier answers in about a week
  Date port_window_start;         // the port happens 2 …
  Date port_window_end;           // … to 6 weeks after submission
  bool restarted = false;         // a resubmission: the clock started again at the check's date
};

// What the documents of one request said (evidence.hpp), beside what the LOA says: the page's
// "What your bill says" and the staff's text report. Empty when no readable bill was given.
struct DocumentSaid {
  std::string path;   // the LOA field's JSON Pointer
  std::string field;  // "statement date", "account number", "account name", "street", …
  std::string loa;    // what the LOA says ("" when nothing was typed)
  std::string bill;   // what the bill shows: the value found, the closest line, or ""
  bool matches = false;
};

struct RequestReport {
  std::vector<NumberVerdict> numbers;  // one per phone_numbers entry, same order
  std::vector<Risk> risks;             // all ten carrier reasons
  Timeline timeline;
  std::vector<DocumentSaid> documents;  // what the bill said, field by field (report "documents")
};

struct Report {
  Date as_of;
  std::vector<Finding> findings;
  std::vector<RequestReport> requests;
  std::size_t errors = 0, warnings = 0, numbers = 0, eligible_numbers = 0;
  bool ready() const { return errors == 0; }
};

// Runs every rule. The date of the check is `as_of` when given, else the draft's, else today.
// With `evidence`, a request whose bill file (by SHA-256) was read is compared with what the
// bill says. With `previous` (the earlier submission's draft), a request answering a rejection
// is judged against the same request there: what the carrier rejected must have changed.
// Fails only when the draft's as_of is not a real date.
std::variant<Report, InputError> checkDraft(const Draft& draft, std::optional<Date> as_of = std::nullopt,
                                            const Evidence* evidence = nullptr, const Draft* previous = nullptr);

}  // namespace portcheck
