// Every input the fuzzers ever crashed on (tests/fuzz/regressions/<target>/), replayed through
// the same calls in every build (native, sanitizers), so a fixed crash stays fixed.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "portcheck/address.hpp"
#include "portcheck/bill.hpp"
#include "portcheck/bundle.hpp"
#include "portcheck/csr.hpp"
#include "portcheck/csv_import.hpp"
#include "portcheck/jose.hpp"
#include "portcheck/json.hpp"
#include "portcheck/numbers.hpp"
#include "portcheck/rejection.hpp"

namespace fs = std::filesystem;

namespace {
template <typename Fn>
int replay(const char* target, Fn&& fn) {
  int count = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(PORTCHECK_FUZZ_REGRESSIONS_DIR) / target)) {
    if (entry.path().filename().string().front() == '.') continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    CAPTURE(entry.path().string());
    fn(bytes.str());
    ++count;
  }
  return count;
}
}  // namespace

TEST_CASE("fuzzer regressions replay without a crash") {
  replay("draft", [](const std::string& in) { CHECK_FALSE(portcheck::checkDraftJson(in).json.empty()); });
  replay("bundle", [](const std::string& in) {
    const auto inputs = portcheck::bundleHashInputs(in);
    CHECK_FALSE(portcheck::bundleVerdictJson(portcheck::verifyBundle(in, {inputs.canonical_body.substr(0, 64), {}})).empty());
  });
  replay("number", [](const std::string& in) { CHECK_FALSE(portcheck::describeVerdict(portcheck::classifyNumber(in)).empty()); });
  replay("csv", [](const std::string& in) { CHECK_FALSE(portcheck::importCsvJson(in).empty()); });
  replay("address", [](const std::string& in) { (void)portcheck::classifyStreetLine(in); });
  replay("bill", [](const std::string& in) { CHECK_FALSE(portcheck::billJson(portcheck::readBill(in)).empty()); });
  replay("csr", [](const std::string& in) { CHECK_FALSE(portcheck::csrJson(portcheck::readCsr(in)).empty()); });
  replay("rejection", [](const std::string& in) {
    CHECK_FALSE(portcheck::rejectionJson(portcheck::classifyRejection(in)).empty());
    CHECK_FALSE(portcheck::submissionDiffJson(portcheck::diffSubmissions(in, in)).empty());
  });
  // The crypto half of fuzz_jwe is the CLI's (OpenSSL); the formats are replayed here.
  replay("jwe", [](const std::string& in) {
    const auto parsed = portcheck::jose::parseJwe(in);
    CHECK((parsed.fault == portcheck::jose::JweFault::None || !parsed.message.empty()));
    (void)portcheck::jose::parseJwkOrSet(in, portcheck::jose::KeyNeed::Private);
  });
}
