// The report as staff read it in a terminal (portcheck check --format text). Same content as
// the JSON report, arranged per request; every typed value passes through forTerminal().
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <type_traits>

#include "portcheck/engine.hpp"
#include "portcheck/json.hpp"
#include "text.hpp"

namespace portcheck {
namespace {

// A string with <<, so the layout below reads like a stream without linking iostreams (and
// their locale tables) into the WASM module.
class TextOut {
 public:
  TextOut& operator<<(std::string_view text) {
    text_.append(text);
    return *this;
  }
  template <typename N, std::enable_if_t<std::is_integral_v<N>, int> = 0>
  TextOut& operator<<(N number) {
    text_.append(std::to_string(number));
    return *this;
  }
  std::string str() { return std::move(text_); }

 private:
  std::string text_;
};

std::string plural(std::size_t count, std::string_view one, std::string_view many) {
  return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

std::string dayAndDate(Date date) {
  static constexpr std::array<std::string_view, 7> kDays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  return std::string(kDays[date.weekday() % 7]) + " " + date.iso();
}

std::string_view riskLabel(RiskStatus status) {
  switch (status) {
    case RiskStatus::Clear: return "clear    ";
    case RiskStatus::AtRisk: return "AT RISK  ";
    case RiskStatus::Unchecked: return "unchecked";
    case RiskStatus::Rejected: return "REJECTED ";
  }
  return "";
}

// The request a finding belongs to, from its path ("/requests/3/…" → 3); npos for the draft.
std::size_t requestOf(const Finding& finding) {
  constexpr std::string_view kPrefix = "/requests/";
  std::string_view path = finding.path;
  if (path.substr(0, kPrefix.size()) != kPrefix) return std::string::npos;
  path.remove_prefix(kPrefix.size());
  std::size_t index = 0;
  std::size_t digits = 0;
  while (digits < path.size() && path[digits] >= '0' && path[digits] <= '9' && digits < 9) {
    index = index * 10 + static_cast<std::size_t>(path[digits] - '0');
    ++digits;
  }
  return digits == 0 ? std::string::npos : index;
}

void writeFinding(TextOut& out, const Finding& f) {
  std::string severity(severityName(f.severity));
  std::transform(severity.begin(), severity.end(), severity.begin(), [](char c) { return static_cast<char>(std::toupper(c)); });
  severity.resize(9, ' ');
  out << "  " << severity << f.code << "  at " << forTerminal(f.path) << "\n"
      << "           " << forTerminal(f.message) << "\n"
      << "           Fix: " << f.fix << "\n";
}

std::string requestTitle(const PortRequest& r) {
  std::string title = trim(r.customer_name).empty() ? "(no account name)" : forTerminal(trim(r.customer_name));
  std::string detail;
  if (!trim(r.losing_carrier).empty()) detail += forTerminal(trim(r.losing_carrier));
  if (!trim(r.account_number).empty()) {
    detail += (detail.empty() ? "" : ", ") + std::string("account ") + forTerminal(trim(r.account_number));
  }
  return detail.empty() ? title : title + " (" + detail + ")";
}

}  // namespace

std::string reportText(const Report& report, const Draft& draft) {
  TextOut out;
  out << "Port Pre-Check report as of " << dayAndDate(report.as_of) << " (engine " << engineVersion() << ", "
      << phoneMetadata() << ")\n\n";
  out << (report.ready() ? "READY" : "NOT READY") << ": " << plural(report.errors, "error", "errors") << ", "
      << plural(report.warnings, "warning", "warnings") << "; " << plural(report.requests.size(), "request", "requests")
      << ", " << report.eligible_numbers << " of " << plural(report.numbers, "number", "numbers") << " eligible.\n";

  for (const auto& f : report.findings) {
    if (requestOf(f) == std::string::npos) {
      out << "\n";
      writeFinding(out, f);
    }
  }

  for (std::size_t i = 0; i < report.requests.size(); ++i) {
    const RequestReport& r = report.requests[i];
    out << "\n== Request " << (i + 1) << " of " << report.requests.size() << ": "
        << (i < draft.requests.size() ? requestTitle(draft.requests[i]) : std::string()) << "\n";

    out << "\nNumbers\n";
    if (r.numbers.empty()) out << "  (none)\n";
    for (const auto& n : r.numbers) {
      std::string code(numberCodeName(n.code));
      code.resize(15, ' ');
      std::string e164 = n.e164.value_or("-");
      e164.resize(std::max<std::size_t>(e164.size(), 14), ' ');
      std::string region = n.region.value_or("-");
      region.resize(4, ' ');
      out << "  " << code << e164 << "  " << region << forTerminal(n.input) << "\n";
    }

    bool any = false;
    for (const auto& f : report.findings) {
      if (requestOf(f) != i) continue;
      if (!any) out << "\nFindings\n";
      any = true;
      writeFinding(out, f);
    }
    if (!any) out << "\nFindings\n  none\n";

    if (!r.documents.empty()) {
      // What the LOA says beside what the bill shows: staff see the evidence, not a verdict.
      out << "\nThe LOA and the bill\n";
      for (const auto& d : r.documents) {
        std::string field = d.field;
        field.resize(std::max<std::size_t>(field.size(), 20), ' ');
        out << "  " << (d.matches ? "same     " : "differs  ") << field << "LOA: "
            << (d.loa.empty() ? std::string("-") : forTerminal(excerpt(d.loa))) << "\n"
            << std::string(31, ' ') << "bill: " << (d.bill.empty() ? std::string("(not found)") : forTerminal(excerpt(d.bill)))
            << "\n";
      }
    }

    out << "\nCarrier checklist\n";
    for (const auto& risk : r.risks) {
      const auto& reasons = carrierReasons();
      const auto it = std::find_if(reasons.begin(), reasons.end(),
                                   [&](const CarrierReason& c) { return c.reason == risk.reason; });
      out << "  " << riskLabel(risk.status) << "  " << (it == reasons.end() ? reasonName(risk.reason) : it->title)
          << "\n";
      if (!risk.because.empty()) out << "             " << risk.because << "\n";
      // What to do, in the carrier's own steps where the carrier table has them.
      if ((risk.status == RiskStatus::AtRisk || risk.status == RiskStatus::Rejected) && it != reasons.end()) {
        out << "             Fix: " << (risk.fix.empty() ? std::string(it->fix) : risk.fix) << "\n";
      }
    }

    const Timeline& t = r.timeline;
    out << "\nTimeline (business days; weekends and US federal holidays skipped)"
        << (t.restarted ? ", restarted by the resubmission" : "") << "\n"
        << "  Outreach review by        " << dayAndDate(t.outreach_review_by) << "\n"
        << "  submitted to carrier by   " << dayAndDate(t.submitted_to_carrier_by) << "\n"
        << "  carrier response by       " << dayAndDate(t.carrier_response_by) << "\n"
        << "  port window               " << dayAndDate(t.port_window_start) << " to "
        << dayAndDate(t.port_window_end) << "\n";
  }
  return out.str();
}

}  // namespace portcheck
