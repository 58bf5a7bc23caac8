// The page's two stages (number_stages.hpp), natively: this program links every rule with its
// own classifyBeyondFastPath, which answers as the single program does (libphonenumber linked
// in), as the page's first stage alone does (`checking`), or as the two stages together do (the
// second stage's verdict record, read back by the first). On every input the tests own — golden
// drafts, number cases, CSV seeds, fuzz regressions, bad input — the two stages together give
// byte-identical output, and the first stage alone either gives the same report or says it is
// still checking and is not ready: it never guesses. tests/wasm/stages.test.mjs does the same
// with the two WebAssembly modules.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>

#include "numbers_reference.hpp"
#include "portcheck/bundle.hpp"
#include "portcheck/csv_import.hpp"
#include "portcheck/json.hpp"
#include "portcheck/number_stages.hpp"
#include "cases.hpp"

namespace fs = std::filesystem;

namespace {

enum class Stages { Linked, FirstOnly, Both };
Stages g_stages = Stages::Linked;

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Every file of a folder (skipping dot files), with its name.
void eachFile(const fs::path& dir, const std::function<void(const std::string&, const std::string&)>& fn,
              std::string_view suffix = {}) {
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.front() == '.' || !entry.is_regular_file()) continue;
    if (!suffix.empty() && (name.size() < suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)) continue;
    fn(name, slurp(entry.path()));
  }
}

// `compute` as the single program and as the two stages: the same bytes.
void sameWithBothStages(const std::string& name, const std::function<std::string()>& compute) {
  CAPTURE(name);
  g_stages = Stages::Linked;
  const std::string linked = compute();
  g_stages = Stages::Both;
  const std::string both = compute();
  g_stages = Stages::Linked;
  CHECK(both == linked);
}

std::vector<std::string> drafts() {
  std::vector<std::string> out;
  eachFile(PORTCHECK_GOLDEN_DIR, [&](const std::string&, const std::string& text) { out.push_back(text); }, ".draft.json");
  eachFile(fs::path(PORTCHECK_FUZZ_REGRESSIONS_DIR) / "draft", [&](const std::string&, const std::string& text) { out.push_back(text); });
  return out;
}

}  // namespace

namespace portcheck {
NumberVerdict classifyBeyondFastPath(std::string_view typed) {
  switch (g_stages) {
    case Stages::Linked: return detail::classifyNumberReference(typed);
    case Stages::FirstOnly: return checkingVerdict(typed);
    case Stages::Both: return fromVerdictRecord(typed, verdictRecord(detail::classifyNumberReference(typed)));
  }
  return checkingVerdict(typed);
}
}  // namespace portcheck

TEST_CASE("a verdict record gives back the verdict it was made of") {
  int cases = 0;
  const auto table = portcheck::test::loadCases("numbers.json");
  for (const auto& c : table["cases"]) {
    const auto input = c["input"].get<std::string>();
    CAPTURE(input);
    const auto v = portcheck::detail::classifyNumberReference(input);
    const auto back = portcheck::fromVerdictRecord(input, portcheck::verdictRecord(v));
    CHECK(back.input == v.input);
    CHECK(back.e164 == v.e164);
    CHECK(back.region == v.region);
    CHECK(back.type == v.type);
    CHECK(back.extension == v.extension);
    CHECK(back.code == v.code);
    CHECK(back.fault == v.fault);
    CHECK(back.fault_digits == v.fault_digits);
    ++cases;
  }
  CHECK(cases > 50);
  CHECK(portcheck::verdictRecord(portcheck::detail::classifyNumberReference("1-800-FLOWERS x12")) ==
        "toll_free|+18003569377|US|toll_free|12|0|");
}

TEST_CASE("a record the first stage did not expect is refused, not read") {
  for (const char* bad : {"", "ok", "ok|||||0", "ok||||||0|", "nope|||||0|", "ok|+1<script>||||0|", "ok||||| 0|",
                          "invalid||||x|9|", "invalid|||||7|", "ok|||||0|\n"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(portcheck::fromVerdictRecord("x", bad), std::invalid_argument);
  }
}

TEST_CASE("the two stages together answer every draft, number, table and bundle byte for byte") {
  int inputs = 0;
  for (const auto& draft : drafts()) {
    sameWithBothStages("draft #" + std::to_string(inputs++), [&] {
      const auto outcome = portcheck::checkDraftJson(draft, std::nullopt, portcheck::ReportFormats::JsonAndText);
      return outcome.json + outcome.text;
    });
  }
  std::string all_numbers;
  const auto numbers = portcheck::test::loadCases("numbers.json");
  for (const auto& c : numbers["cases"]) all_numbers += c["input"].get<std::string>() + "\n";
  sameWithBothStages("numbers.json", [&] { return portcheck::numberListJson(all_numbers) + portcheck::numberBatchJson(all_numbers); });
  for (const char* target : {"csv", "number", "address"}) {
    eachFile(fs::path(PORTCHECK_FUZZ_REGRESSIONS_DIR) / target, [&](const std::string& name, const std::string& bytes) {
      sameWithBothStages(name, [&] { return portcheck::importCsvJson(bytes) + portcheck::numberListJson(bytes); });
      ++inputs;
    });
  }
  for (const fs::path& dir : {fs::path(PORTCHECK_FUZZ_SEEDS_DIR) / "csv", fs::path(PORTCHECK_NODE_MODULES) / "csv-spectrum" / "csvs"}) {
    eachFile(dir, [&](const std::string& name, const std::string& bytes) {
      sameWithBothStages(name, [&] { return portcheck::importCsvJson(bytes); });
      ++inputs;
    });
  }
  const auto bundles = [&](const std::string& name, const std::string& bytes) {
    sameWithBothStages(name, [&] {
      const auto hashed = portcheck::bundleHashInputs(bytes);
      return hashed.canonical_body + portcheck::bundleVerdictJson(portcheck::verifyBundle(bytes, {"", {}}));
    });
    ++inputs;
  };
  eachFile(fs::path(PORTCHECK_FUZZ_SEEDS_DIR) / "bundle", bundles);
  eachFile(fs::path(PORTCHECK_FUZZ_REGRESSIONS_DIR) / "bundle", bundles);
  const auto bad_input = portcheck::test::loadCases("bad-input.json");
  for (const auto& c : bad_input["cases"]) {
    const std::string input = portcheck::test::buildInput(c["parts"]);
    sameWithBothStages("bad input", [&] { return portcheck::checkDraftJson(input).json; });
    ++inputs;
  }
  CHECK(inputs > 40);
}

TEST_CASE("the first stage alone never guesses: the same report, or not ready and saying it is still checking") {
  int checking = 0;
  for (const auto& draft : drafts()) {
    g_stages = Stages::Linked;
    const std::string linked = portcheck::checkDraftJson(draft).json;
    g_stages = Stages::FirstOnly;
    const std::string first = portcheck::checkDraftJson(draft).json;
    g_stages = Stages::Linked;
    if (first == linked) continue;
    CAPTURE(first);
    CHECK(first.find("\"code\": \"number.checking\"") != std::string::npos);
    CHECK(first.find("\"ready\": false") != std::string::npos);
    ++checking;
  }
  CHECK(checking > 3);  // the goldens do include numbers with letters, extensions and other countries
}

TEST_CASE("a bundle is never made of the first stage's partial verdicts") {
  g_stages = Stages::FirstOnly;
  const std::string draft = R"({"schema": "portcheck.draft/1", "as_of": "2026-11-25", "requests": [{"phone_numbers": ["1-800-FLOWERS"]}]})";
  const auto body = portcheck::makeBundleBody(draft, "[]", "2026-11-25T10:00:00Z");
  g_stages = Stages::Linked;
  CHECK_FALSE(body.ok);
  CHECK(body.error.code == "bundle.checking");
}
