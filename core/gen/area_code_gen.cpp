// Build-time generator of the NANP area-code table (core/include/portcheck/area_codes.hpp).
//
//   portcheck_area_code_gen OUTPUT.inc LIBPHONENUMBER_VERSION LIBPHONENUMBER_JS_DIR
//
// Two copies of Google's numbering metadata say who owns each area code:
// - the libphonenumber release the core links (its metadata, compiled in: the "older" copy);
// - metadata.max.json of the libphonenumber-js release pinned in package-lock.json, which is
//   regenerated from Google's PhoneNumberMetadata.xml every few weeks (the "newer" copy).
// For each source and each NPA 200–999, every NANP region's patterns (general description,
// leading digits, fixed line, mobile, toll free …) are compiled into automata over the ten
// digits, and all completions of the NPA are walked the way libphonenumber assigns a number
// to a region (the first region in calling-code order whose leading digits match, or, for a
// region without leading digits, whose patterns give the number a type) and types it. The set
// of (region, type) a source gives the NPA's valid numbers decides its status there.
//
// Merging: where both know an NPA and disagree, the newer decides (the numbering plan moves
// on, and metadata only learns); where only one knows it, that one; where neither does, the
// numbering-plan rules below; otherwise the code is unassigned. Disagreements and codes known
// to one copy only are printed, so a refresh (a new libphonenumber-js pin) shows what moved;
// tests/cases/area-codes.tsv pins the result and tests/core/area_codes_test.cpp names every row
// that changed.
#include <phonenumbers/metadata.h>
#include <phonenumbers/phonemetadata.pb.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "portcheck/area_codes.hpp"
#include "digit_language.hpp"

namespace {

namespace pn = i18n::phonenumbers;
using portcheck::AreaCodeSource;
using portcheck::AreaCodeStatus;
using portcheck::isUsOrTerritory;
using portcheck::gen::DigitForest;
using Json = nlohmann::json;

constexpr int kDigits = 10;

// Number types in libphonenumber-js's metadata order; kTypeOrder is the order in which
// libphonenumber's GetNumberTypeHelper tries them (the first match is the type).
enum Type { FixedLine, Mobile, TollFree, PremiumRate, Personal, Voicemail, Uan, Pager, Voip, SharedCost, kTypes };
constexpr std::array<Type, kTypes> kTypeOrder = {PremiumRate, TollFree, SharedCost, Voip, Personal,
                                                 Pager,       Uan,      Voicemail,  FixedLine, Mobile};

struct Region {
  std::string id;
  DigitForest::Id general = DigitForest::kNone;
  std::optional<DigitForest::Id> leading;  // leading digits, as a prefix match
  std::array<DigitForest::Id, kTypes> types{};
};

struct Source {
  std::string name;             // "libphonenumber 8.13.51"
  std::vector<Region> regions;  // calling-code order: the main country (US) first
};

DigitForest::Id compile(DigitForest& forest, const std::string& pattern, const std::string& what) {
  if (pattern.empty()) return DigitForest::kNone;
  try {
    return forest.compile(pattern, kDigits);
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error(what + ": " + e.what());
  }
}

std::optional<DigitForest::Id> compileLeading(DigitForest& forest, const std::string& digits,
                                              const std::string& what) {
  if (digits.empty()) return std::nullopt;
  return compile(forest, "(?:" + digits + ")\\d*", what);
}

Source olderSource(DigitForest& forest, const std::string& version) {
  pn::PhoneMetadataCollection collection;
  if (!collection.ParseFromArray(pn::metadata_get(), pn::metadata_size())) {
    throw std::runtime_error("the linked libphonenumber metadata does not parse");
  }
  Source source{"libphonenumber " + version, {}};
  for (const auto& m : collection.metadata()) {
    if (m.country_code() != 1) continue;
    Region r;
    r.id = m.id();
    const std::string what = source.name + " " + r.id;
    r.general = compile(forest, m.general_desc().national_number_pattern(), what);
    if (m.has_leading_digits()) r.leading = compileLeading(forest, m.leading_digits(), what);
    const std::pair<Type, const pn::PhoneNumberDesc*> descs[] = {
        {FixedLine, &m.fixed_line()},    {Mobile, &m.mobile()}, {TollFree, &m.toll_free()},
        {PremiumRate, &m.premium_rate()}, {Personal, &m.personal_number()},
        {Voicemail, &m.voicemail()},      {Uan, &m.uan()},       {Pager, &m.pager()},
        {Voip, &m.voip()},                {SharedCost, &m.shared_cost()}};
    for (const auto& [type, desc] : descs) r.types[type] = compile(forest, desc->national_number_pattern(), what);
    if (m.main_country_for_code()) {
      source.regions.insert(source.regions.begin(), std::move(r));
    } else {
      source.regions.push_back(std::move(r));
    }
  }
  // The rest in region-code order, as libphonenumber lists a calling code's regions.
  std::sort(source.regions.begin() + 1, source.regions.end(),
            [](const Region& a, const Region& b) { return a.id < b.id; });
  if (source.regions.size() < 20 || source.regions.front().id != "US") {
    throw std::runtime_error(source.name + ": unexpected NANP regions in the metadata");
  }
  return source;
}

// libphonenumber-js's compressed metadata, format version 4 (metadata.max.json): per country
// [calling code, IDD prefix, national number pattern, possible lengths, formats, national
// prefix, …, leading digits (index 10), types (index 11): [fixed line, mobile, toll free,
// premium rate, personal, voicemail, UAN, pager, VoIP, shared cost]], each type 0 or
// [pattern, lengths?], a mobile pattern "" meaning "the same as fixed line".
Source newerSource(DigitForest& forest, const std::string& dir) {
  auto read = [](const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      throw std::runtime_error("cannot read " + file +
                               " (libphonenumber-js from npm; scripts/setup.sh installs it)");
    }
    try {
      return Json::parse(in);
    } catch (const Json::exception& e) {
      throw std::runtime_error(file + ": " + e.what());
    }
  };
  const Json package = read(dir + "/package.json");
  const Json metadata = read(dir + "/metadata.max.json");
  if (!package.contains("version") || !package["version"].is_string()) {
    throw std::runtime_error(dir + "/package.json has no version");
  }
  Source source{"libphonenumber-js " + package["version"].get<std::string>(), {}};
  const std::string what = source.name + " metadata.max.json";
  if (metadata.value("version", 0) != 4) {
    throw std::runtime_error(what + ": metadata format " + metadata.value("version", Json()).dump() +
                             " is not the one this generator reads (4); update core/gen/area_code_gen.cpp");
  }
  try {
    for (const auto& id : metadata.at("country_calling_codes").at("1")) {
      const Json& c = metadata.at("countries").at(id.get<std::string>());
      Region r;
      r.id = id.get<std::string>();
      const std::string where = what + " " + r.id;
      if (c.at(0) != "1") throw std::runtime_error(where + ": not in calling code 1");
      r.general = compile(forest, c.at(2).get<std::string>(), where);
      if (c.at(10).is_string()) r.leading = compileLeading(forest, c.at(10).get<std::string>(), where);
      const Json& types = c.at(11);
      for (int t = 0; t < kTypes && t < int(types.size()); ++t) {
        if (types[t].is_array() && !types[t].empty()) {
          r.types[t] = compile(forest, types[t][0].get<std::string>(), where);
        }
      }
      if (types.size() > 1 && types[1].is_array() && types[1].at(0) == "") r.types[Mobile] = r.types[FixedLine];
      source.regions.push_back(std::move(r));
    }
  } catch (const Json::exception& e) {
    throw std::runtime_error(what + ": unexpected shape: " + e.what());
  }
  if (source.regions.size() < 20 || source.regions.front().id != "US") {
    throw std::runtime_error(what + ": unexpected NANP regions");
  }
  return source;
}

struct Answer {
  AreaCodeStatus status = AreaCodeStatus::Unassigned;
  std::string region;
  bool operator==(const Answer&) const = default;
};

// What one source says of an NPA: walks every completion of its seven remaining digits.
class AreaCodeReader {
 public:
  AreaCodeReader(const DigitForest& forest, const Source& source) : forest_(forest), source_(source) {
    for (const auto& r : source.regions) {
      start_.push_back(r.general);
      start_.push_back(r.leading.value_or(DigitForest::kNone));
      start_.insert(start_.end(), r.types.begin(), r.types.end());
    }
  }

  Answer read(int npa) {
    std::vector<DigitForest::Id> state = start_;
    const std::string digits = std::to_string(npa);
    for (const char d : digits) {
      for (auto& id : state) id = forest_.child(id, d - '0');
    }
    const auto& found = walk(3, state);
    if (found.empty()) return {};
    std::set<int> regions;
    std::set<int> types;
    for (const auto& [region, type] : found) regions.insert(region), types.insert(type);
    const std::string& region = source_.regions[*regions.begin()].id;
    if (regions.size() > 1) {
      std::string all;
      for (int r : regions) all += " " + source_.regions[r].id;
      throw std::runtime_error(source_.name + ": area code " + digits + " has valid numbers in several regions (" +
                               all + " ): an area code belongs to one NANP member");
    }
    if (types.count(FixedLine) || types.count(Mobile)) {
      if (region == "US") return {AreaCodeStatus::UsMainland, region};
      if (isUsOrTerritory(region)) return {AreaCodeStatus::UsTerritory, region};
      if (region == "CA") return {AreaCodeStatus::Canada, region};
      return {AreaCodeStatus::OtherMember, region};
    }
    if (region == "CA") return {AreaCodeStatus::Canada, region};  // 600, 622 …: Canadian services
    if (!isUsOrTerritory(region)) return {AreaCodeStatus::OtherMember, region};
    if (types.count(TollFree)) return {AreaCodeStatus::TollFree, region};
    if (types.count(PremiumRate)) return {AreaCodeStatus::PremiumRate, region};
    if (types.count(Personal)) return {AreaCodeStatus::Personal, region};
    return {AreaCodeStatus::NonGeographic, region};
  }

 private:
  using Found = std::set<std::pair<int, int>>;  // (region index, type) of valid numbers

  const Found& walk(int depth, const std::vector<DigitForest::Id>& state) {
    const auto key = std::make_pair(depth, state);
    if (const auto it = memo_.find(key); it != memo_.end()) return it->second;
    Found found;
    if (depth == kDigits) {
      if (const auto leaf = classify(state)) found.insert(*leaf);
    } else {
      std::vector<DigitForest::Id> next(state.size());
      // Exchanges start with 2-9 (numbers_reference.cpp rejects the rest before asking the
      // metadata): the Dominican Republic's toll-free 800-1XX ranges are no reason to call
      // 800 a Dominican area code.
      for (int d = depth == 3 ? 2 : 0; d < 10; ++d) {
        for (std::size_t i = 0; i < state.size(); ++i) next[i] = forest_.child(state[i], d);
        const auto& below = walk(depth + 1, next);
        found.insert(below.begin(), below.end());
      }
    }
    return memo_.emplace(key, std::move(found)).first->second;
  }

  // A complete number: the region libphonenumber assigns it and its type there, if valid.
  std::optional<std::pair<int, int>> classify(const std::vector<DigitForest::Id>& state) const {
    constexpr std::size_t kStride = 2 + kTypes;
    for (std::size_t r = 0; r < source_.regions.size(); ++r) {
      const DigitForest::Id* ids = state.data() + r * kStride;
      std::optional<int> type;
      if (ids[0] == DigitForest::kAll) {
        for (const Type t : kTypeOrder) {
          if (ids[2 + t] == DigitForest::kAll) {
            type = t;
            break;
          }
        }
      }
      const bool claims = source_.regions[r].leading ? ids[1] == DigitForest::kAll : type.has_value();
      if (!claims) continue;
      if (!type) return std::nullopt;  // the region's number, but not a valid one
      return std::make_pair(int(r), *type);
    }
    return std::nullopt;
  }

  const DigitForest& forest_;
  const Source& source_;
  std::vector<DigitForest::Id> start_;
  std::map<std::pair<int, std::vector<DigitForest::Id>>, Found> memo_;
};

// NANP numbering-plan rules for codes in neither metadata (ATIS-0300061, NPA Allocation Plan
// and Assignment Guidelines; NANPA's list of non-geographic and reserved NPAs):
// N11 codes are service codes and never assigned as area codes; N9X codes are reserved for
// expanding the plan, 37X and 96X for unanticipated purposes; 822, 880–887 and 889 are held
// for toll-free growth; 700 (interexchange carrier services) and 710 (US government) are
// non-geographic service codes.
std::optional<Answer> planRule(int npa) {
  const int middle = npa / 10 % 10, last = npa % 10;
  if (middle == 1 && last == 1) return Answer{AreaCodeStatus::ServiceCode, ""};
  if (middle == 9 || npa / 10 == 37 || npa / 10 == 96) return Answer{AreaCodeStatus::Reserved, ""};
  if (npa == 822 || (npa >= 880 && npa <= 889 && npa != 888)) return Answer{AreaCodeStatus::TollFreeReserved, ""};
  if (npa == 700 || npa == 710) return Answer{AreaCodeStatus::NonGeographic, "US"};
  return std::nullopt;
}

struct Row {
  Answer answer;
  AreaCodeSource source = AreaCodeSource::None;
};

const char* statusEnumerator(AreaCodeStatus s) {
  switch (s) {
    case AreaCodeStatus::UsMainland: return "UsMainland";
    case AreaCodeStatus::UsTerritory: return "UsTerritory";
    case AreaCodeStatus::Canada: return "Canada";
    case AreaCodeStatus::OtherMember: return "OtherMember";
    case AreaCodeStatus::TollFree: return "TollFree";
    case AreaCodeStatus::TollFreeReserved: return "TollFreeReserved";
    case AreaCodeStatus::PremiumRate: return "PremiumRate";
    case AreaCodeStatus::Personal: return "Personal";
    case AreaCodeStatus::NonGeographic: return "NonGeographic";
    case AreaCodeStatus::ServiceCode: return "ServiceCode";
    case AreaCodeStatus::Reserved: return "Reserved";
    case AreaCodeStatus::Unassigned: break;
  }
  return "Unassigned";
}

const char* sourceEnumerator(AreaCodeSource s) {
  switch (s) {
    case AreaCodeSource::Both: return "Both";
    case AreaCodeSource::Older: return "Older";
    case AreaCodeSource::Newer: return "Newer";
    case AreaCodeSource::Plan: return "Plan";
    case AreaCodeSource::None: break;
  }
  return "None";
}

std::string describe(const Answer& a) {
  return std::string(statusEnumerator(a.status)) + (a.region.empty() ? "" : " " + a.region);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    if (argc != 4) {
      std::cerr << "usage: portcheck_area_code_gen OUTPUT.inc LIBPHONENUMBER_VERSION LIBPHONENUMBER_JS_DIR\n";
      return 2;
    }
    DigitForest forest;
    const Source older = olderSource(forest, argv[2]);
    const Source newer = newerSource(forest, argv[3]);
    AreaCodeReader read_older(forest, older), read_newer(forest, newer);

    std::vector<Row> rows;
    std::vector<std::string> notes;
    int both = 0, only_newer = 0, only_older = 0, plan = 0;
    for (int npa = 200; npa <= 999; ++npa) {
      const Answer o = read_older.read(npa), n = read_newer.read(npa);
      const bool knows_o = o.status != AreaCodeStatus::Unassigned, knows_n = n.status != AreaCodeStatus::Unassigned;
      Row row;
      if (knows_o && knows_n) {
        row = {n, o == n ? AreaCodeSource::Both : AreaCodeSource::Newer};
        if (o == n) {
          ++both;
        } else {
          notes.push_back(std::to_string(npa) + ": " + older.name + " says " + describe(o) + ", " + newer.name +
                          " says " + describe(n) + " (newer kept)");
        }
      } else if (knows_n) {
        row = {n, AreaCodeSource::Newer};
        ++only_newer;
        notes.push_back(std::to_string(npa) + ": " + describe(n) + ", only in " + newer.name);
      } else if (knows_o) {
        row = {o, AreaCodeSource::Older};
        ++only_older;
        notes.push_back(std::to_string(npa) + ": " + describe(o) + ", only in " + older.name);
      } else if (const auto rule = planRule(npa)) {
        row = {*rule, AreaCodeSource::Plan};
        ++plan;
      }
      rows.push_back(row);
    }

    const std::string provenance = older.name + " + " + newer.name;
    std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
    out << "// Generated by core/gen/area_code_gen.cpp at build time from " << provenance << ".\n"
        << "// Do not edit. One row per NPA 200-999.\n"
        << "constexpr std::string_view kAreaCodeProvenance = \"" << provenance << "\";\n"
        << "constexpr AreaCodeRow kAreaCodes[] = {\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const std::string& region = rows[i].answer.region;
      if (!region.empty() && region.size() != 2) throw std::runtime_error("region code " + region + " is not two letters");
      out << "    {AreaCodeStatus::" << statusEnumerator(rows[i].answer.status) << ", AreaCodeSource::"
          << sourceEnumerator(rows[i].source) << ", {"
          << (region.empty() ? std::string("0, 0") : "'" + region.substr(0, 1) + "', '" + region.substr(1, 1) + "'")
          << "}},  // " << 200 + i << "\n";
    }
    out << "};\n";
    if (!out) throw std::runtime_error(std::string("cannot write ") + argv[1]);

    std::cerr << "portcheck_area_code_gen: " << provenance << ": " << both << " area codes known to both, "
              << only_newer << " only to the newer, " << only_older << " only to the older, " << plan
              << " from plan rules.\n";
    for (const auto& note : notes) std::cerr << "  " << note << "\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "portcheck_area_code_gen: " << e.what() << "\n";
    return 1;
  }
}
