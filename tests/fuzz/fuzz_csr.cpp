// Documents as evidence: a CSR's bytes (a PDF, or text pasted from an e-mail) through the CSR
// reader; then the same bytes as the lines of a bill's text layer, read for a bill's fields
// and compared with a Letter of Authorization (evidence.hpp, check), and parsed back from
// the reading's JSON. The invariants: valid JSON out of every reader, the check's JSON the
// same for the reading and for its JSON, within the reader's limits.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "portcheck/csr.hpp"
#include "portcheck/evidence.hpp"
#include "portcheck/json.hpp"
#include "portcheck/report.hpp"

namespace {

bool validJson(const std::string& text) { return !nlohmann::json::parse(text, nullptr, false).is_discarded(); }

// A draft whose bill is the fuzzed text, with every field the comparisons read typed.
portcheck::Draft draftFor(const std::string& sha) {
  portcheck::PortRequest r;
  r.customer_type = "business";
  r.customer_name = "Acme Widgets LLC";
  r.authorized_representative = {"Jane", "Doe", ""};
  r.service_address = {"123 North Main Street", "Suite #400", "Saint Louis", "MO", "63101-1234"};
  r.losing_carrier = "AT&T";
  r.account_number = "8351 0427 9916";
  r.account_telephone_number = "(314) 544-0111";
  r.phone_numbers = {{"(314) 544-0111", ""}, {"314.544.0112", ""}};
  r.bill = portcheck::Bill{"bill", "2026-10-03", portcheck::BillFile{"bill.pdf", "application/pdf", 1, sha}, {}, {}, {}, {}};
  r.csr = portcheck::CustomerServiceRecord{"ACME WIDGETS LLC", {"123 N MAIN ST", "STE 400", "ST LOUIS", "MO", "63101"}, "835104279916",
                                           "3145440111", {"3145440111", "3145440112", "3145440199"}};
  portcheck::Draft d;
  d.as_of = "2026-10-20";
  d.requests.push_back(std::move(r));
  return d;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  portcheck::DocumentLimits limits;
  limits.max_milliseconds = 3'000;
  limits.max_decoded_bytes = 16u << 20;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!validJson(portcheck::csrJson(portcheck::readCsr(bytes, limits)))) std::abort();

  // The bytes as a bill's lines (split at line ends), as a reading the page hands to check.
  portcheck::BillReading bill;
  bill.usable = bill.text_layer = true;
  bill.media_type = "application/pdf";
  bill.pages_read = bill.pages_in_file = 1;
  auto& lines = bill.text.emplace_back();
  std::string line;
  for (const char c : bytes) {
    if (c == '\n') {
      lines.push_back(std::move(line));
      line.clear();
    } else {
      line += c;
    }
  }
  lines.push_back(std::move(line));
  portcheck::readBillFields(bill);
  const std::string reading = portcheck::billJson(bill);
  if (!validJson(reading)) std::abort();
  const std::string sha(64, 'a');
  portcheck::Evidence evidence;
  evidence.add(sha, bill);
  const auto report = portcheck::checkDraft(draftFor(sha), std::nullopt, &evidence);
  if (!std::holds_alternative<portcheck::Report>(report)) std::abort();
  // The reading's JSON gives the same findings as the reading.
  const auto back = portcheck::parseEvidenceJson("{\"bills\":{\"" + sha + "\":" + reading + "}}");
  if (!std::holds_alternative<portcheck::Evidence>(back)) std::abort();
  const auto again = portcheck::checkDraft(draftFor(sha), std::nullopt, &std::get<portcheck::Evidence>(back));
  if (portcheck::reportJson(std::get<portcheck::Report>(report)) != portcheck::reportJson(std::get<portcheck::Report>(again))) std::abort();
  return 0;
}
