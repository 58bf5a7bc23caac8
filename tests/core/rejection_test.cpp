// Rejections placed on the checklist's reasons (rejection.hpp): the shared corpus of labelled
// notices (tests/cases/rejections.json, also run through the WASM module in Node), every
// exception type Telnyx publishes (read from the `telnyx` npm package, data we did not write),
// and hostile input.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>

#include "cases.hpp"
#include "portcheck/rejection.hpp"
#include "portcheck/report.hpp"

using namespace portcheck;

namespace {

std::vector<std::string> namesOf(const std::vector<Reason>& reasons) {
  std::vector<std::string> out;
  for (const auto r : reasons) out.emplace_back(reasonName(r));
  return out;
}

}  // namespace

TEST_CASE("the rejection corpus: each notice placed on its reasons, its numbers and its unplaced text") {
  const auto cases = test::loadCases("rejections.json");
  REQUIRE(cases.size() >= 150);
  for (const auto& c : cases) {
    const std::string text = c["text"].get<std::string>();
    CAPTURE(text);
    const Rejection r = classifyRejection(text);
    REQUIRE(r.usable);
    CHECK(namesOf(r.reasons) == c["reasons"].get<std::vector<std::string>>());
    CHECK(r.unrecognized.size() == c.value("unrecognized", 0u));
    if (c.contains("numbers")) {
      nlohmann::ordered_json numbers = nlohmann::ordered_json::object();
      for (const auto& n : r.numbers) numbers[n.e164] = namesOf(n.reasons);
      CHECK(numbers.dump() == c["numbers"].dump());
    }
    // The JSON is well formed and says the same.
    const auto json = nlohmann::json::parse(rejectionJson(r));
    CHECK(json["reasons"].size() == r.reasons.size());
  }
}

TEST_CASE("every Telnyx exception type is known: placed on a reason, or kept for support") {
  std::ifstream in(std::string(PORTCHECK_NODE_MODULES) + "/telnyx/resources/shared.d.ts");
  REQUIRE_MESSAGE(in.good(), "node_modules/telnyx is missing: run scripts/setup.sh");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string source = buffer.str();
  const auto at = source.find("'ACCOUNT_NUMBER_MISMATCH'");
  REQUIRE(at != std::string::npos);
  const std::string union_text = source.substr(at, source.find(';', at) - at);
  const std::regex code("'([A-Z_]+)'");
  int codes = 0;
  for (auto it = std::sregex_iterator(union_text.begin(), union_text.end(), code); it != std::sregex_iterator(); ++it) {
    const std::string name = (*it)[1];
    CAPTURE(name);
    const Rejection r = classifyRejection(name);
    REQUIRE(r.usable);
    // Known: either placed on a reason by the code table, or kept whole for support.
    const bool placed = !r.reasons.empty() && !r.matches.empty() && r.matches.front().source == "telnyx";
    const bool kept = r.reasons.empty() && r.unrecognized.size() == 1 && r.unrecognized.front() == name;
    CHECK((placed || kept));
    ++codes;
  }
  CHECK(codes >= 21);
}

TEST_CASE("fields: a reason's fields merge over its matches, a parent covering its children") {
  const Rejection r = classifyRejection("ZIP code mismatch. Service address does not match. PIN invalid.");
  REQUIRE(r.usable);
  CHECK(r.fieldsOf(Reason::LoaMismatch) == std::vector<std::string>{"/service_address"});
  CHECK(r.fieldsOf(Reason::WrongPin) == std::vector<std::string>{"/account_pin"});
  const Rejection zip = classifyRejection("POSTAL_CODE_MISMATCH");
  CHECK(zip.fieldsOf(Reason::LoaMismatch) == std::vector<std::string>{"/service_address/zip"});
  CHECK(remedyIsAction(Reason::UnpaidBalance));
  CHECK_FALSE(remedyIsAction(Reason::AccountNumber));
}

TEST_CASE("hostile rejections: over the limit, ill-formed UTF-8, NULs, deep JSON, numbers everywhere") {
  const Rejection big = classifyRejection(std::string(kMaxRejectionBytes + 1, 'a'));
  CHECK_FALSE(big.usable);
  CHECK(big.error_code == "input.too_large");
  CHECK(rejectionJson(big).find("\"error\"") != std::string::npos);

  const Rejection bad_utf8 = classifyRejection("Invalid \xff\xfe passcode \xc3");
  REQUIRE(bad_utf8.usable);
  CHECK(namesOf(bad_utf8.reasons) == std::vector<std::string>{"wrong_pin"});
  CHECK(nlohmann::json::parse(rejectionJson(bad_utf8))["matches"][0]["text"].get<std::string>().find("\xef\xbf\xbd") !=
        std::string::npos);

  CHECK(classifyRejection(std::string("PIN\0invalid", 11)).usable);
  CHECK(classifyRejection(std::string(100000, '[')).usable);  // not JSON: read as text, nothing placed
  CHECK(classifyRejection(std::string(5000, '[') + std::string(5000, ']')).usable);
  std::string many;
  for (int i = 0; i < 5000; ++i) many += "217-544-" + std::to_string(1000 + i % 9000) + " disconnected\n";
  const Rejection lots = classifyRejection(many);
  REQUIRE(lots.usable);
  CHECK(lots.numbers.size() == 5000);
  CHECK(namesOf(lots.reasons) == std::vector<std::string>{"number_inactive"});
}

TEST_CASE("a resubmission whose request the earlier submission lacks is not compared, and says which") {
  Draft draft;
  draft.as_of = "2026-11-25";
  PortRequest r;
  r.customer_name = "Acme Widgets LLC";
  r.rejection = RequestRejection{"Name mismatch", {"loa_mismatch"}, {}, "2026-11-20", {}, {}, {}};
  draft.requests.push_back(r);
  const Draft earlier;  // no requests
  const auto checked = checkDraft(draft, std::nullopt, nullptr, &earlier);
  REQUIRE(std::holds_alternative<Report>(checked));
  const auto& findings = std::get<Report>(checked).findings;
  const auto it = std::find_if(findings.begin(), findings.end(), [](const Finding& f) { return f.code == "rejection.not_compared"; });
  REQUIRE(it != findings.end());
  CHECK(it->message.find("has no request 1 to compare with") != std::string::npos);
  CHECK(it->reason == Reason::LoaMismatch);
  CHECK(std::get<Report>(checked).requests[0].risks[0].status == RiskStatus::Rejected);
}
