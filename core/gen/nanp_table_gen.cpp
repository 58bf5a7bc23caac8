// Build-time generator of the NANP prefix table behind classifyNumber's fast path.
//
//   portcheck_nanp_gen OUTPUT.inc [--check full|leaves|none]
//
// 1. Reads the pinned libphonenumber metadata (the same blob the runtime links) and compiles
//    every pattern that can decide a ten-digit NANP number — each NANP region's general, fixed
//    line, mobile, toll-free, premium, shared-cost, personal, VoIP, pager, UAN and voicemail
//    patterns, and its leading digits — plus the NANP rules of the reference classifier
//    (N11 and 0/1 exchanges, fictional 555-01XX lines), into automata over ten digits.
// 2. Walks all of them together, digit by digit, keeping the area code, until every pattern
//    is decided: each such prefix is a class of numbers libphonenumber cannot tell apart, so
//    the reference classifier's verdict for one member is the verdict for all of them.
// 3. Shares equal subtrees and collapses digits that do not matter, giving a small DAG.
// 4. Equivalence check (--check full, the default): every root-to-leaf prefix of the final
//    table — every prefix the patterns distinguish, not a sample — is completed in several ways
//    (all zeros, all nines, a pseudo-random tail, and each next digit followed by a
//    pseudo-random tail) and classified by the reference; any difference fails the build.
//    --check leaves tries one completion per prefix; --check none skips it.
// 5. Writes the table as C++ (`nanp_prefix_table.inc`), included by core/src/nanp_fast.cpp.
#include <phonenumbers/metadata.h>
#include <phonenumbers/phonemetadata.pb.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <random>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "digit_language.hpp"
#include "numbers_reference.hpp"

namespace {

namespace pn = i18n::phonenumbers;
using portcheck::NumberCode;
using portcheck::gen::DigitForest;

constexpr int kDigits = 10;  // NPA-NXX-XXXX

struct Pattern {
  std::string name;  // "US fixedLine", for messages
  DigitForest::Id root;
};

std::vector<Pattern> compilePatterns(DigitForest& forest) {
  pn::PhoneMetadataCollection collection;
  if (!collection.ParseFromArray(pn::metadata_get(), pn::metadata_size())) {
    throw std::runtime_error("the linked libphonenumber metadata does not parse");
  }
  std::vector<Pattern> patterns;
  auto add = [&](const std::string& name, const std::string& regex) {
    if (!regex.empty()) patterns.push_back({name, forest.compile(regex, kDigits)});
  };
  int regions = 0;
  for (const auto& m : collection.metadata()) {
    if (m.country_code() != 1) continue;
    ++regions;
    const std::string& id = m.id();
    const std::pair<const char*, const pn::PhoneNumberDesc*> descs[] = {
        {"generalDesc", &m.general_desc()},      {"fixedLine", &m.fixed_line()},
        {"mobile", &m.mobile()},                 {"tollFree", &m.toll_free()},
        {"premiumRate", &m.premium_rate()},      {"sharedCost", &m.shared_cost()},
        {"personalNumber", &m.personal_number()}, {"voip", &m.voip()},
        {"pager", &m.pager()},                   {"uan", &m.uan()},
        {"voicemail", &m.voicemail()}};
    for (const auto& [name, desc] : descs) add(id + " " + name, desc->national_number_pattern());
    // Leading digits decide the region by a prefix match (RegExp::Consume).
    if (m.has_leading_digits()) add(id + " leadingDigits", "(?:" + m.leading_digits() + ")\\d*");
  }
  if (regions < 20) throw std::runtime_error("fewer NANP regions in the metadata than expected");
  // The reference classifier's own NANP rules (numbers_reference.cpp).
  add("rule: N11 exchange", "\\d{3}[2-9]11\\d{4}");
  add("rule: exchange starting 0 or 1", "\\d{3}[01]\\d{6}");
  add("rule: fictional 555-01XX", "\\d{3}55501\\d{2}");
  return patterns;
}

struct Verdict {
  NumberCode code;
  std::string region, type;
  portcheck::NumberFault fault = portcheck::NumberFault::None;
  auto key() const { return std::tie(code, region, type, fault); }
  bool operator<(const Verdict& o) const { return key() < o.key(); }
  bool operator==(const Verdict& o) const { return key() == o.key(); }
};

Verdict reference(const std::string& digits) {
  const auto v = portcheck::detail::classifyNumberReference(digits);
  const bool e164_ok = v.code == NumberCode::Invalid ? !v.e164 : v.e164 == "+1" + digits;
  if (!e164_ok || !v.extension.empty()) {
    throw std::runtime_error("reference verdict for " + digits + " breaks the table's assumptions");
  }
  const bool exchange = v.fault == portcheck::NumberFault::ExchangeServiceCode ||
                        v.fault == portcheck::NumberFault::ExchangeStartsWith0Or1;
  if (v.fault != portcheck::NumberFault::None && v.fault_digits != digits.substr(exchange ? 3 : 0, 3)) {
    throw std::runtime_error("reference verdict for " + digits + " names other digits than the table would");
  }
  return {v.code, v.region.value_or(""), v.type.value_or(""), v.fault};
}

// The final table: refs below kLeaf are nodes, refs from kLeaf on are verdicts.
constexpr std::uint32_t kLeaf = 1u << 24;

class TableBuilder {
 public:
  explicit TableBuilder(DigitForest& forest, std::vector<Pattern> patterns)
      : forest_(forest), patterns_(std::move(patterns)) {}

  std::uint32_t build() {
    std::vector<DigitForest::Id> state;
    for (const auto& p : patterns_) state.push_back(p.root);
    std::string path;
    return walk(path, state);
  }

  const std::vector<std::array<std::uint32_t, 10>>& nodes() const { return nodes_; }
  const std::vector<Verdict>& verdicts() const { return verdicts_; }
  std::size_t classes() const { return memo_.size(); }

 private:
  std::uint32_t walk(std::string& path, const std::vector<DigitForest::Id>& state) {
    const int depth = int(path.size());
    std::string key;
    if (depth >= 3) {  // the area code always stays in the key: the area-code table decides by it
      key = path.substr(0, 3) + char(depth);
      key.append(reinterpret_cast<const char*>(state.data()), state.size() * sizeof(state[0]));
      if (const auto it = memo_.find(key); it != memo_.end()) return it->second;
    }
    std::uint32_t ref;
    const bool decided = std::all_of(state.begin(), state.end(), [](DigitForest::Id id) {
      return id == DigitForest::kNone || id == DigitForest::kAll;
    });
    if (depth >= 3 && (decided || depth == kDigits)) {
      ref = kLeaf + verdictIndex(reference(path + std::string(kDigits - depth, '0')));
    } else {
      std::array<std::uint32_t, 10> children{};
      std::vector<DigitForest::Id> next(state.size());
      for (int d = 0; d < 10; ++d) {
        if (depth == 0 && d < 2) {
          // Area codes start with 2-9; the fast path never looks up 0 or 1 here, and the
          // reference reads such digits as something else than a ten-digit NANP number.
          children[d] = kLeaf + verdictIndex({NumberCode::Invalid, "", "", portcheck::NumberFault::None});
          continue;
        }
        for (std::size_t i = 0; i < state.size(); ++i) next[i] = forest_.child(state[i], d);
        path.push_back(char('0' + d));
        children[d] = walk(path, next);
        path.pop_back();
      }
      ref = intern(children);
    }
    if (depth >= 3) memo_.emplace(std::move(key), ref);
    return ref;
  }

  std::uint32_t verdictIndex(const Verdict& v) {
    const auto [it, inserted] = verdictIndex_.try_emplace(v, std::uint32_t(verdicts_.size()));
    if (inserted) verdicts_.push_back(v);
    return it->second;
  }

  // Equal subtrees are stored once, and a prefix that decides the verdict is a leaf. (A node
  // whose children are all one *node* must stay: skipping it would shift the digits.)
  std::uint32_t intern(const std::array<std::uint32_t, 10>& children) {
    if (children[0] >= kLeaf &&
        std::all_of(children.begin(), children.end(), [&](auto c) { return c == children[0]; })) {
      return children[0];
    }
    const auto [it, inserted] = nodeIndex_.try_emplace(children, std::uint32_t(nodes_.size()));
    if (inserted) nodes_.push_back(children);
    return it->second;
  }

  DigitForest& forest_;
  std::vector<Pattern> patterns_;
  std::map<std::string, std::uint32_t> memo_;
  std::vector<std::array<std::uint32_t, 10>> nodes_;
  std::map<std::array<std::uint32_t, 10>, std::uint32_t> nodeIndex_;
  std::vector<Verdict> verdicts_;
  std::map<Verdict, std::uint32_t> verdictIndex_;
};

// Classifies completions of every prefix the table distinguishes with the reference and
// compares. Returns the number of numbers checked; throws on the first difference.
std::uint64_t checkEquivalence(const TableBuilder& table, std::uint32_t root, bool thorough) {
  std::mt19937_64 random(20261125);
  auto tail = [&](std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s.push_back(char('0' + random() % 10));
    return s;
  };
  std::uint64_t checked = 0;
  std::string path;
  auto expect = [&](const std::string& digits, std::uint32_t verdict) {
    ++checked;
    const Verdict got = reference(digits);
    if (!(got == table.verdicts()[verdict])) {
      throw std::runtime_error("equivalence check failed for " + digits + ": the table says " +
                               portcheck::numberCodeName(table.verdicts()[verdict].code).data() +
                               "/" + table.verdicts()[verdict].region + ", libphonenumber says " +
                               portcheck::numberCodeName(got.code).data() + "/" + got.region);
    }
  };
  std::function<void(std::uint32_t)> visit = [&](std::uint32_t ref) {
    if (ref < kLeaf) {
      for (int d = path.empty() ? 2 : 0; d < 10; ++d) {
        path.push_back(char('0' + d));
        visit(table.nodes()[ref][d]);
        path.pop_back();
      }
      return;
    }
    const std::uint32_t verdict = ref - kLeaf;
    const std::size_t rest = kDigits - path.size();
    expect(path + tail(rest), verdict);
    if (!thorough || rest == 0) return;
    expect(path + std::string(rest, '0'), verdict);
    expect(path + std::string(rest, '9'), verdict);
    for (int d = 0; d < 10; ++d) expect(path + char('0' + d) + tail(rest - 1), verdict);
  };
  visit(root);
  return checked;
}

std::string cString(const std::string& s) { return "\"" + s + "\""; }

const char* faultName(portcheck::NumberFault fault) {
  using portcheck::NumberFault;
  switch (fault) {
    case NumberFault::AreaCodeUnassigned: return "AreaCodeUnassigned";
    case NumberFault::AreaCodeReserved: return "AreaCodeReserved";
    case NumberFault::AreaCodeTollFreeReserved: return "AreaCodeTollFreeReserved";
    case NumberFault::AreaCodeServiceCode: return "AreaCodeServiceCode";
    case NumberFault::ExchangeServiceCode: return "ExchangeServiceCode";
    case NumberFault::ExchangeStartsWith0Or1: return "ExchangeStartsWith0Or1";
    case NumberFault::None: break;
  }
  return "None";
}

void write(const std::string& file, const TableBuilder& table, std::uint32_t root,
           const std::string& summary) {
  const auto& nodes = table.nodes();
  const auto& verdicts = table.verdicts();
  if (nodes.size() + verdicts.size() > 0xFFFF) throw std::runtime_error("table too large for 16-bit refs");
  // In the output, a child below kNanpNodeCount is a node; from it on, a verdict.
  auto out16 = [&](std::uint32_t ref) {
    return ref < kLeaf ? ref : std::uint32_t(nodes.size()) + (ref - kLeaf);
  };
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << "// Generated by core/gen/nanp_table_gen.cpp from the libphonenumber metadata at build time.\n"
      << "// Do not edit. " << summary << "\n"
      << "constexpr std::uint16_t kNanpNodeCount = " << nodes.size() << ";\n"
      << "constexpr std::uint16_t kNanpRoot = " << out16(root) << ";\n"
      << "constexpr NanpVerdictRow kNanpVerdicts[] = {\n";
  for (const auto& v : verdicts) {
    out << "    {NumberCode::" << [&] {
      switch (v.code) {
        case NumberCode::Ok: return "Ok";
        case NumberCode::Unverified: return "Unverified";
        case NumberCode::Canadian: return "Canadian";
        case NumberCode::International: return "International";
        case NumberCode::TollFree: return "TollFree";
        case NumberCode::PremiumRate: return "PremiumRate";
        case NumberCode::NonGeographic: return "NonGeographic";
        case NumberCode::Fictional: return "Fictional";
        case NumberCode::Checking:  // never a reference verdict
        case NumberCode::Invalid: break;
      }
      return "Invalid";
    }() << ", " << cString(v.region) << ", " << cString(v.type) << ", NumberFault::" << faultName(v.fault)
        << "},\n";
  }
  out << "};\n"
      << "constexpr std::uint16_t kNanpNodes[][10] = {\n";
  for (const auto& n : nodes) {
    out << "    {";
    for (int d = 0; d < 10; ++d) out << (d ? "," : "") << out16(n[d]);
    out << "},\n";
  }
  out << "};\n";
  if (!out) throw std::runtime_error("cannot write " + file);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    if (argc < 2) {
      std::cerr << "usage: portcheck_nanp_gen OUTPUT.inc [--check full|leaves|none]\n";
      return 2;
    }
    const std::string output = argv[1];
    std::string check = "full";
    if (argc == 4 && std::string(argv[2]) == "--check") check = argv[3];
    if (check != "full" && check != "leaves" && check != "none") {
      std::cerr << "portcheck_nanp_gen: --check takes full, leaves or none\n";
      return 2;
    }
    const auto start = std::chrono::steady_clock::now();
    auto seconds = [&] {
      return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    DigitForest forest;
    auto patterns = compilePatterns(forest);
    const std::size_t pattern_count = patterns.size();
    TableBuilder table(forest, std::move(patterns));
    const std::uint32_t root = table.build();
    const double built = seconds();
    std::uint64_t checked = 0;
    if (check != "none") checked = checkEquivalence(table, root, check == "full");
    // The file depends on the metadata only, so every preset's copy is byte-identical.
    char summary[200];
    std::snprintf(summary, sizeof summary, "%zu patterns, %zu classes of numbers, %zu nodes, %zu verdicts.",
                  pattern_count, table.classes(), table.nodes().size(), table.verdicts().size());
    write(output, table, root, summary);
    std::cerr << "portcheck_nanp_gen: " << summary << " Equivalence check (" << check << "): "
              << checked << " numbers compared with libphonenumber, all equal. " << built
              << " s to build, " << seconds() << " s in all.\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "portcheck_nanp_gen: " << e.what() << "\n";
    return 1;
  }
}
