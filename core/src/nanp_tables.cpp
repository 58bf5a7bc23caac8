// NANP area-code data (rule data, read top to bottom).
//
// Used only for ten-digit numbers libphonenumber's metadata rejects: the metadata knows
// every range in service when it was cut, but the numbering plan moves on (new area codes,
// new ranges in Guam and American Samoa). For those numbers the owner of the area code
// decides: a US or territory code gives `unverified` (eligible, flagged), a Canadian one
// `canadian`, another member's `international`. tests/core/nanp_tables_test.cpp checks these
// tables against the metadata exhaustively, so the two cannot drift apart silently.
#include "nanp_tables.hpp"

#include <algorithm>
#include <iterator>

namespace portcheck {
namespace {

struct AreaCodeOwner {
  std::string_view npa;
  std::string_view region;
};

// Area codes of NANP members other than the US mainland, sorted by NPA.
// Source: libphonenumber 8.13.51 metadata (the region of every valid number in the code),
// plus Canada's reserved non-geographic codes 644, 655, 677, 688 (CNAC), not yet in it.
constexpr AreaCodeOwner kAreaCodeOwners[] = {
    {"204", "CA"}, {"226", "CA"}, {"236", "CA"}, {"242", "BS"}, {"246", "BB"}, {"249", "CA"},
    {"250", "CA"}, {"263", "CA"}, {"264", "AI"}, {"268", "AG"}, {"284", "VG"}, {"289", "CA"},
    {"306", "CA"}, {"340", "VI"}, {"343", "CA"}, {"345", "KY"}, {"354", "CA"}, {"365", "CA"},
    {"367", "CA"}, {"368", "CA"}, {"382", "CA"}, {"403", "CA"}, {"416", "CA"}, {"418", "CA"},
    {"428", "CA"}, {"431", "CA"}, {"437", "CA"}, {"438", "CA"}, {"441", "BM"}, {"450", "CA"},
    {"468", "CA"}, {"473", "GD"}, {"474", "CA"}, {"506", "CA"}, {"514", "CA"}, {"519", "CA"},
    {"548", "CA"}, {"579", "CA"}, {"581", "CA"}, {"584", "CA"}, {"587", "CA"}, {"600", "CA"},
    {"604", "CA"}, {"613", "CA"}, {"622", "CA"}, {"633", "CA"}, {"639", "CA"}, {"644", "CA"},
    {"647", "CA"}, {"649", "TC"}, {"655", "CA"}, {"658", "JM"}, {"664", "MS"}, {"670", "MP"},
    {"671", "GU"}, {"672", "CA"}, {"677", "CA"}, {"683", "CA"}, {"684", "AS"}, {"688", "CA"},
    {"705", "CA"}, {"709", "CA"}, {"721", "SX"}, {"742", "CA"}, {"753", "CA"}, {"758", "LC"},
    {"767", "DM"}, {"778", "CA"}, {"780", "CA"}, {"782", "CA"}, {"784", "VC"}, {"787", "PR"},
    {"807", "CA"}, {"809", "DO"}, {"819", "CA"}, {"825", "CA"}, {"829", "DO"}, {"849", "DO"},
    {"867", "CA"}, {"868", "TT"}, {"869", "KN"}, {"873", "CA"}, {"876", "JM"}, {"879", "CA"},
    {"902", "CA"}, {"905", "CA"}, {"939", "PR"}, {"942", "CA"},
};

struct SpecialAreaCode {
  std::string_view npa;
  NanpAreaCodeKind kind;
};

// US area codes that are not places, sorted by NPA (NANPA's service-access and reserved
// codes). Toll-free: the seven codes in service plus those reserved for toll-free growth.
constexpr SpecialAreaCode kSpecialAreaCodes[] = {
    {"370", NanpAreaCodeKind::Reserved},      {"371", NanpAreaCodeKind::Reserved},
    {"372", NanpAreaCodeKind::Reserved},      {"373", NanpAreaCodeKind::Reserved},
    {"374", NanpAreaCodeKind::Reserved},      {"375", NanpAreaCodeKind::Reserved},
    {"376", NanpAreaCodeKind::Reserved},      {"377", NanpAreaCodeKind::Reserved},
    {"378", NanpAreaCodeKind::Reserved},      {"379", NanpAreaCodeKind::Reserved},
    {"500", NanpAreaCodeKind::NonGeographic}, {"521", NanpAreaCodeKind::NonGeographic},
    {"522", NanpAreaCodeKind::NonGeographic}, {"523", NanpAreaCodeKind::NonGeographic},
    {"524", NanpAreaCodeKind::NonGeographic}, {"525", NanpAreaCodeKind::NonGeographic},
    {"526", NanpAreaCodeKind::NonGeographic}, {"527", NanpAreaCodeKind::NonGeographic},
    {"528", NanpAreaCodeKind::NonGeographic}, {"529", NanpAreaCodeKind::NonGeographic},
    {"533", NanpAreaCodeKind::NonGeographic}, {"544", NanpAreaCodeKind::NonGeographic},
    {"555", NanpAreaCodeKind::Reserved},      {"566", NanpAreaCodeKind::NonGeographic},
    {"577", NanpAreaCodeKind::NonGeographic}, {"588", NanpAreaCodeKind::NonGeographic},
    {"700", NanpAreaCodeKind::NonGeographic}, {"710", NanpAreaCodeKind::NonGeographic},
    {"800", NanpAreaCodeKind::TollFree},      {"822", NanpAreaCodeKind::TollFree},
    {"833", NanpAreaCodeKind::TollFree},      {"844", NanpAreaCodeKind::TollFree},
    {"855", NanpAreaCodeKind::TollFree},      {"866", NanpAreaCodeKind::TollFree},
    {"877", NanpAreaCodeKind::TollFree},      {"880", NanpAreaCodeKind::TollFree},
    {"881", NanpAreaCodeKind::TollFree},      {"882", NanpAreaCodeKind::TollFree},
    {"883", NanpAreaCodeKind::TollFree},      {"884", NanpAreaCodeKind::TollFree},
    {"885", NanpAreaCodeKind::TollFree},      {"886", NanpAreaCodeKind::TollFree},
    {"887", NanpAreaCodeKind::TollFree},      {"888", NanpAreaCodeKind::TollFree},
    {"889", NanpAreaCodeKind::TollFree},      {"900", NanpAreaCodeKind::PremiumRate},
    {"950", NanpAreaCodeKind::Reserved},      {"958", NanpAreaCodeKind::Reserved},
    {"960", NanpAreaCodeKind::Reserved},      {"961", NanpAreaCodeKind::Reserved},
    {"962", NanpAreaCodeKind::Reserved},      {"963", NanpAreaCodeKind::Reserved},
    {"964", NanpAreaCodeKind::Reserved},      {"965", NanpAreaCodeKind::Reserved},
    {"966", NanpAreaCodeKind::Reserved},      {"967", NanpAreaCodeKind::Reserved},
    {"968", NanpAreaCodeKind::Reserved},      {"969", NanpAreaCodeKind::Reserved},
    {"976", NanpAreaCodeKind::PremiumRate},
};

constexpr bool sortedByNpa(const auto& table) {
  return std::is_sorted(std::begin(table), std::end(table),
                        [](const auto& a, const auto& b) { return a.npa < b.npa; });
}
static_assert(sortedByNpa(kAreaCodeOwners), "kAreaCodeOwners must stay sorted by NPA");
static_assert(sortedByNpa(kSpecialAreaCodes), "kSpecialAreaCodes must stay sorted by NPA");

template <typename Table>
auto findNpa(const Table& table, std::string_view npa) -> decltype(std::begin(table)) {
  const auto it = std::lower_bound(std::begin(table), std::end(table), npa,
                                   [](const auto& row, std::string_view key) { return row.npa < key; });
  return (it != std::end(table) && it->npa == npa) ? it : std::end(table);
}

}  // namespace

NanpAreaCodeKind nanpAreaCodeKind(std::string_view npa) {
  const auto it = findNpa(kSpecialAreaCodes, npa);
  return it == std::end(kSpecialAreaCodes) ? NanpAreaCodeKind::Geographic : it->kind;
}

std::string_view nanpAreaCodeRegion(std::string_view npa) {
  const auto it = findNpa(kAreaCodeOwners, npa);
  return it == std::end(kAreaCodeOwners) ? std::string_view{} : it->region;
}

std::vector<std::string_view> nanpAreaCodesOwnedBy(std::string_view region) {
  std::vector<std::string_view> codes;
  for (const auto& row : kAreaCodeOwners) {
    if (row.region == region) codes.push_back(row.npa);
  }
  return codes;
}

}  // namespace portcheck
