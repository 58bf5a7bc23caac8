// Street lines against the labeled corpus (tests/cases/street-lines.tsv), the look-alike words,
// and hostile lengths: box, route and mailbox spellings are found, street names are left alone.
#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "portcheck/address.hpp"

using portcheck::StreetLineKind;

namespace {

const std::map<std::string, StreetLineKind> kKinds = {
    {"street", StreetLineKind::Street},
    {"po_box", StreetLineKind::PoBox},
    {"rural_route", StreetLineKind::RuralRoute},
    {"private_mailbox", StreetLineKind::PrivateMailbox},
    {"general_delivery", StreetLineKind::GeneralDelivery},
    {"military", StreetLineKind::Military},
};

std::string kindName(StreetLineKind kind) {
  for (const auto& [name, k] : kKinds) {
    if (k == kind) return name;
  }
  return "?";
}

struct Labeled {
  std::string kind, line;
};

std::vector<Labeled> readCorpus() {
  std::ifstream in(PORTCHECK_CASES_DIR "/street-lines.tsv", std::ios::binary);
  std::vector<Labeled> rows;
  std::string text;
  while (std::getline(in, text)) {
    if (text.empty() || text[0] == '#') continue;
    const auto tab = text.find('\t');
    REQUIRE(tab != std::string::npos);
    rows.push_back({text.substr(0, tab), text.substr(tab + 1)});
  }
  return rows;
}

}  // namespace

TEST_CASE("every line of the labeled street-line corpus gets its label") {
  const auto corpus = readCorpus();
  std::map<std::string, int> per_kind;
  std::string wrong;
  for (const auto& [kind, line] : corpus) {
    REQUIRE(kKinds.count(kind) == 1);
    ++per_kind[kind];
    const StreetLineKind got = portcheck::classifyStreetLine(line);
    if (got != kKinds.at(kind)) wrong += "\n  " + line + ": expected " + kind + ", got " + kindName(got);
  }
  INFO("misread lines:" << wrong);
  CHECK(wrong.empty());
  // The corpus is the contract: at least 400 lines, every kind, more look-alikes than positives.
  CHECK(corpus.size() >= 400);
  CHECK(per_kind.size() == kKinds.size());
  CHECK(per_kind["street"] >= int(corpus.size()) - per_kind["street"]);
}

TEST_CASE("a street line of 32 MiB is read in linear time, whatever it repeats") {
  // Time grows with the length, not its square: four times the line takes about four times as
  // long (quadratic would be sixteen). Natively 8 and 32 MiB; under the sanitizers, whose -O0
  // build reads a byte some 30 times slower, 2 and 8 MiB.
#if defined(__SANITIZE_ADDRESS__)
  constexpr std::size_t kLarge = 8u << 20;
#else
  constexpr std::size_t kLarge = 32u << 20;
#endif
  const auto timed = [](const std::string& line) {
    const auto start = std::chrono::steady_clock::now();
    (void)portcheck::classifyStreetLine(line);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  for (const std::string unit : {"Box ", "P O Box 1 ", "# ", "a", "RR 2 Box 3, "}) {
    CAPTURE(unit);
    std::string line;
    while (line.size() < kLarge / 4) line += unit;
    const double small = timed(line);
    while (line.size() < kLarge) line += unit;
    const double large = timed(line);
    CAPTURE(small);
    CHECK(large < 8 * small + 0.1);
  }
}
