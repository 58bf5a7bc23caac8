// Rejections: any text (an e-mail body, a provider's JSON) through the classifier, then what it
// placed used as a resubmission's `rejection` and judged against an earlier submission, and the
// two submissions diffed. The invariants: valid JSON out of the classifier, the check and the
// diff; every reason placed once, in checklist order; never a crash or a hang.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "portcheck/bundle.hpp"
#include "portcheck/json.hpp"
#include "portcheck/rejection.hpp"
#include "portcheck/report.hpp"

namespace {

bool validJson(const std::string& text) { return !nlohmann::json::parse(text, nullptr, false).is_discarded(); }

portcheck::Draft earlier() {
  portcheck::PortRequest r;
  r.customer_type = "business";
  r.customer_name = "Acme Widgets LLC";
  r.authorized_representative = {"Jane", "Doe", ""};
  r.service_address = {"123 Main St", "Suite 400", "Springfield", "IL", "62701"};
  r.losing_carrier = "Comcast Business";
  r.account_number = "8771 20 345 6789012";
  r.account_pin = "771204";
  r.account_telephone_number = "(217) 544-0100";
  r.phone_numbers = {{"(217) 544-0100", ""}, {"(217) 544-0111", ""}};
  r.signature = portcheck::Signature{"Jane Doe", "2026-11-20"};
  portcheck::Draft d;
  d.as_of = "2026-11-25";
  d.requests.push_back(std::move(r));
  return d;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const portcheck::Rejection rejection = portcheck::classifyRejection(text);
  if (!validJson(portcheck::rejectionJson(rejection))) std::abort();
  for (std::size_t i = 1; i < rejection.reasons.size(); ++i) {
    if (!(rejection.reasons[i - 1] < rejection.reasons[i])) std::abort();
  }

  // What was placed, as the page stores it on the request, judged against the earlier one.
  const portcheck::Draft before = earlier();
  portcheck::Draft after = before;
  portcheck::RequestRejection answered;
  answered.text = std::string(text.substr(0, 4096));
  for (const auto reason : rejection.reasons) {
    answered.reasons.emplace_back(portcheck::reasonName(reason));
    answered.fields.emplace_back(std::string(portcheck::reasonName(reason)), rejection.fieldsOf(reason));
  }
  for (const auto& n : rejection.numbers) {
    portcheck::RejectedNumberEntry entry{n.e164, {}};
    for (const auto reason : n.reasons) entry.reasons.emplace_back(portcheck::reasonName(reason));
    answered.numbers.push_back(std::move(entry));
  }
  answered.received_on = std::string(text.substr(0, 10));
  after.requests[0].rejection = std::move(answered);
  after.requests[0].customer_name = std::string(text.substr(0, 64));
  const auto report = portcheck::checkDraft(after, std::nullopt, nullptr, &before);
  if (!std::holds_alternative<portcheck::Report>(report)) std::abort();
  if (!validJson(portcheck::reportJson(std::get<portcheck::Report>(report)))) std::abort();

  // The earlier submission as any text: read, or refused in words.
  const auto previous = portcheck::readPreviousSubmission(text);
  if (!previous.ok && previous.error.message.empty()) std::abort();
  const auto diff = portcheck::diffSubmissions(text, "{\"schema\":\"portcheck.draft/1\",\"requests\":[{}]}");
  if (!validJson(portcheck::submissionDiffJson(diff))) std::abort();
  return 0;
}
