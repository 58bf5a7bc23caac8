// Address rules. The box patterns follow USPS Publication 28 (PO Box spellings, Caller, Firm
// Caller, Bin, Lockbox, Drawer, rural-route and highway-contract boxes, PSC/CMR/Unit, PMB) and
// are anchored on words followed by box numbers, so street names such as Box Elder Rd,
// Boxwood Ln, Post Oak Blvd, Post Office Sq or Potomac St are not mistaken for boxes.
#include "portcheck/address.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <string>

#include "text.hpp"

namespace portcheck {
namespace {

// Upper-cases ASCII, drops dots ("P.O." → "PO") and turns commas into spaces.
std::string normalizeLine(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (const char c : line) {
    if (c == '.') continue;
    out += c == ',' ? ' ' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

struct LinePattern {
  StreetLineKind kind;
  const char* pattern;
};

// Checked in order: the first match decides (rural-route and military lines contain "BOX 12"
// but are not PO boxes, so they come before the bare-box pattern).
constexpr std::array<LinePattern, 9> kPatterns = {{
    {StreetLineKind::GeneralDelivery, R"(\bGENERAL\s+DELIVERY\b)"},
    {StreetLineKind::RuralRoute,
     R"(^\s*(RR|R\s+R|RURAL\s+(ROUTE|RTE)|HC|H\s+C|(HIGHWAY|HWY)\s+CONTRACT|STAR\s+ROUTE)\s*#?\s*\d+)"},
    {StreetLineKind::Military, R"(^\s*(PSC|CMR|UNIT)\s*#?\s*\d+)"},
    {StreetLineKind::PoBox,
     R"(\b(P\s*O\s*(BOX|BX|B|DRAWER)|POST\s*OFFICE\s*(BOX|BX|DRAWER)|POSTAL\s+BOX|POBOX|POB)\b)"},
    {StreetLineKind::PoBox, R"(\b(FIRM\s+CALLER|CALLER|BIN|LOCK\s*BOX|DRAWER)\s*#?\s*\d+)"},
    {StreetLineKind::PoBox, R"((^|\s)BOX\s*#?\s*\d+)"},
    {StreetLineKind::PoBox, R"(\bAPARTADO\b)"},
    {StreetLineKind::PrivateMailbox, R"(\b(PMB|PRIVATE\s+MAIL\s*BOX)\b)"},
    {StreetLineKind::PrivateMailbox, R"(\bPMB\s*#?\s*\d+)"},
}};

const std::vector<std::unique_ptr<RE2>>& compiledPatterns() {
  static const auto* const compiled = [] {
    auto* list = new std::vector<std::unique_ptr<RE2>>();
    for (const auto& p : kPatterns) list->push_back(std::make_unique<RE2>(p.pattern));
    return list;
  }();
  return *compiled;
}

struct StateRow {
  UsState state;
  // Three-digit ZIP prefixes as inclusive ranges (USPS allocation).
  std::array<std::pair<int, int>, 4> zip_prefixes;
};

// US states, DC, the territories and the armed-forces codes, with their ZIP prefixes.
const std::array<StateRow, 59> kStates = {{
    {{"AL", "Alabama", false}, {{{350, 369}}}},
    {{"AK", "Alaska", false}, {{{995, 999}}}},
    {{"AZ", "Arizona", false}, {{{850, 865}}}},
    {{"AR", "Arkansas", false}, {{{716, 729}, {755, 755}}}},
    {{"CA", "California", false}, {{{900, 961}}}},
    {{"CO", "Colorado", false}, {{{800, 816}}}},
    {{"CT", "Connecticut", false}, {{{60, 69}}}},
    {{"DE", "Delaware", false}, {{{197, 199}}}},
    {{"DC", "District of Columbia", false}, {{{200, 205}, {569, 569}}}},
    {{"FL", "Florida", false}, {{{320, 349}}}},
    {{"GA", "Georgia", false}, {{{300, 319}, {398, 399}}}},
    {{"HI", "Hawaii", false}, {{{967, 968}}}},
    {{"ID", "Idaho", false}, {{{832, 838}}}},
    {{"IL", "Illinois", false}, {{{600, 629}}}},
    {{"IN", "Indiana", false}, {{{460, 479}}}},
    {{"IA", "Iowa", false}, {{{500, 528}}}},
    {{"KS", "Kansas", false}, {{{660, 679}}}},
    {{"KY", "Kentucky", false}, {{{400, 427}}}},
    {{"LA", "Louisiana", false}, {{{700, 714}}}},
    {{"ME", "Maine", false}, {{{39, 49}}}},
    {{"MD", "Maryland", false}, {{{206, 219}}}},
    {{"MA", "Massachusetts", false}, {{{10, 27}, {55, 55}}}},
    {{"MI", "Michigan", false}, {{{480, 499}}}},
    {{"MN", "Minnesota", false}, {{{550, 567}}}},
    {{"MS", "Mississippi", false}, {{{386, 397}}}},
    {{"MO", "Missouri", false}, {{{630, 658}}}},
    {{"MT", "Montana", false}, {{{590, 599}}}},
    {{"NE", "Nebraska", false}, {{{680, 693}}}},
    {{"NV", "Nevada", false}, {{{889, 898}}}},
    {{"NH", "New Hampshire", false}, {{{30, 38}}}},
    {{"NJ", "New Jersey", false}, {{{70, 89}}}},
    {{"NM", "New Mexico", false}, {{{870, 884}}}},
    {{"NY", "New York", false}, {{{5, 5}, {100, 149}, {63, 63}}}},
    {{"NC", "North Carolina", false}, {{{270, 289}}}},
    {{"ND", "North Dakota", false}, {{{580, 588}}}},
    {{"OH", "Ohio", false}, {{{430, 459}}}},
    {{"OK", "Oklahoma", false}, {{{730, 749}}}},
    {{"OR", "Oregon", false}, {{{970, 979}}}},
    {{"PA", "Pennsylvania", false}, {{{150, 196}}}},
    {{"RI", "Rhode Island", false}, {{{28, 29}}}},
    {{"SC", "South Carolina", false}, {{{290, 299}}}},
    {{"SD", "South Dakota", false}, {{{570, 577}}}},
    {{"TN", "Tennessee", false}, {{{370, 385}}}},
    {{"TX", "Texas", false}, {{{750, 799}, {885, 885}}}},
    {{"UT", "Utah", false}, {{{840, 847}}}},
    {{"VT", "Vermont", false}, {{{50, 59}}}},
    {{"VA", "Virginia", false}, {{{201, 201}, {220, 246}}}},
    {{"WA", "Washington", false}, {{{980, 994}}}},
    {{"WV", "West Virginia", false}, {{{247, 268}}}},
    {{"WI", "Wisconsin", false}, {{{530, 549}}}},
    {{"WY", "Wyoming", false}, {{{820, 831}}}},
    {{"PR", "Puerto Rico", false}, {{{6, 7}, {9, 9}}}},
    {{"VI", "U.S. Virgin Islands", false}, {{{8, 8}}}},
    {{"GU", "Guam", false}, {{{969, 969}}}},
    {{"MP", "Northern Mariana Islands", false}, {{{969, 969}}}},
    {{"AS", "American Samoa", false}, {{{967, 967}}}},
    {{"AA", "Armed Forces Americas", true}, {{{340, 340}}}},
    {{"AE", "Armed Forces Europe", true}, {{{90, 98}}}},
    {{"AP", "Armed Forces Pacific", true}, {{{962, 966}}}},
}};

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

std::string digitsOf(std::string_view text) {
  std::string digits;
  for (const char c : text) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return digits;
}

}  // namespace

StreetLineKind classifyStreetLine(std::string_view line) {
  const std::string normalized = normalizeLine(line);
  const auto& compiled = compiledPatterns();
  for (std::size_t i = 0; i < kPatterns.size(); ++i) {
    if (RE2::PartialMatch(normalized, *compiled[i])) return kPatterns[i].kind;
  }
  return StreetLineKind::Street;
}

bool hasHouseNumber(std::string_view line) {
  return std::any_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; });
}

const UsState* findUsState(std::string_view typed) {
  std::string folded(trim(typed));
  // "Washington, D.C." and "D.C." are the same district as "DC".
  folded.erase(std::remove(folded.begin(), folded.end(), '.'), folded.end());
  for (const auto& row : kStates) {
    if (equalsIgnoringCase(folded, row.state.code) || equalsIgnoringCase(folded, row.state.name)) {
      return &row.state;
    }
  }
  if (equalsIgnoringCase(folded, "Washington DC") || equalsIgnoringCase(folded, "Washington, DC")) {
    return findUsState("DC");
  }
  if (equalsIgnoringCase(folded, "Virgin Islands") || equalsIgnoringCase(folded, "US Virgin Islands")) {
    return findUsState("VI");
  }
  return nullptr;
}

bool isValidZip(std::string_view zip) {
  const std::string_view z = trim(zip);
  const auto allDigits = [](std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (z.size() == 5 || z.size() == 9) return allDigits(z);
  return z.size() == 10 && z[5] == '-' && allDigits(z.substr(0, 5)) && allDigits(z.substr(6));
}

bool zipBelongsToState(std::string_view zip, const UsState& state) {
  const std::string digits = digitsOf(zip);
  if (digits.size() < 3) return false;
  const int prefix = std::stoi(digits.substr(0, 3));
  for (const auto& row : kStates) {
    if (row.state.code != state.code) continue;
    for (const auto& [low, high] : row.zip_prefixes) {
      if (high > 0 && prefix >= low && prefix <= high) return true;
    }
  }
  return false;
}

bool isMilitaryCity(std::string_view city) {
  const std::string_view c = trim(city);
  return equalsIgnoringCase(c, "APO") || equalsIgnoringCase(c, "FPO") || equalsIgnoringCase(c, "DPO");
}

}  // namespace portcheck
