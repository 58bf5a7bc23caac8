// Golden cases: tests/golden/<case>.draft.json must produce exactly <case>.report.json.
// tests/wasm/golden.test.mjs runs the same files through the WASM module.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <vector>

#include "portcheck/bundle.hpp"
#include "portcheck/json.hpp"

namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The case names of a golden folder: each <case>.draft.json's <case>, sorted.
std::vector<std::string> draftsIn(const fs::path& dir) {
  const std::string suffix = ".draft.json";
  std::vector<std::string> bases;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      bases.push_back(name.substr(0, name.size() - suffix.size()));
    }
  }
  std::sort(bases.begin(), bases.end());
  return bases;
}
}  // namespace

TEST_CASE("every golden draft gives its golden report, byte for byte") {
  const fs::path dir = fs::path(PORTCHECK_GOLDEN_DIR);
  int cases = 0;
  for (const auto& base : draftsIn(dir)) {
    CAPTURE(base);
    const fs::path expected = dir / (base + ".report.json");
    REQUIRE(fs::exists(expected));
    const auto outcome = portcheck::checkDraftJson(slurp(dir / (base + ".draft.json")), std::nullopt, portcheck::ReportFormats::JsonAndText);
    CHECK(outcome.json == slurp(expected));
    // Staff text reports are pinned for a few cases (the JSON is the contract; text is for people).
    const fs::path text = dir / (base + ".report.txt");
    if (fs::exists(text)) CHECK(outcome.text == slurp(text));
    ++cases;
  }
  CHECK(cases >= 15);
}

TEST_CASE("every resubmission golden: the report judged against the earlier submission, and the diff") {
  // tests/golden/resubmission/<case>.draft.json answers a rejection; <case>.previous.json, when
  // present, is the earlier submission; <case>.diff.json and .diff.txt pin `portcheck diff`.
  const fs::path dir = fs::path(PORTCHECK_GOLDEN_DIR) / "resubmission";
  int cases = 0, diffs = 0;
  for (const auto& base : draftsIn(dir)) {
    CAPTURE(base);
    const fs::path draft_file = dir / (base + ".draft.json");
    const fs::path previous_file = dir / (base + ".previous.json");
    std::optional<portcheck::PreviousSubmission> previous;
    if (fs::exists(previous_file)) {
      previous = portcheck::readPreviousSubmission(slurp(previous_file));
      REQUIRE(previous->ok);
    }
    const auto outcome = portcheck::checkDraftJson(slurp(draft_file), std::nullopt, portcheck::ReportFormats::Json,
                                                   nullptr, previous ? &previous->draft : nullptr);
    CHECK(outcome.json == slurp(dir / (base + ".report.json")));
    if (fs::exists(dir / (base + ".diff.json"))) {
      const auto diff = portcheck::diffSubmissions(slurp(previous_file), slurp(draft_file));
      CHECK(portcheck::submissionDiffJson(diff) == slurp(dir / (base + ".diff.json")));
      CHECK(portcheck::submissionDiffText(diff) == slurp(dir / (base + ".diff.txt")));
      ++diffs;
    }
    ++cases;
  }
  CHECK(cases >= 20);
  CHECK(diffs >= 3);
}
