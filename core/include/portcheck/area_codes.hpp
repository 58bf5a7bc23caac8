// What every NANP area code (NPA 200–999) is today, decided in one table generated at build
// time (core/gen/area_code_gen.cpp) from two copies of Google's numbering metadata — the
// pinned libphonenumber release the core links, and the fresher metadata.max.json of the
// libphonenumber-js release pinned in package-lock.json — plus the few numbering-plan rules
// neither expresses (N11, N9X, 37X/96X, reserved toll-free codes, 700/710).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "portcheck/numbers.hpp"

namespace portcheck {

enum class AreaCodeStatus : std::uint8_t {
  UsMainland,        // in service, United States
  UsTerritory,       // in service, PR, VI, GU, MP or AS (region says which)
  Canada,            // Canada, geographic or not (600, 622 …)
  OtherMember,       // another NANP member: Jamaica, Bahamas … (region says which)
  TollFree,          // 800, 833 … in service
  TollFreeReserved,  // 8YY held for toll-free growth (822, 880–887, 889): not in service
  PremiumRate,       // 900
  Personal,          // personal communications services (5XX)
  NonGeographic,     // other non-geographic service codes (700, 710)
  ServiceCode,       // N11 (211 … 911): never an area code
  Reserved,          // N9X (plan expansion), 37X and 96X (unanticipated purposes)
  Unassigned,        // no one owns it today
};

// Where a row's answer comes from.
enum class AreaCodeSource : std::uint8_t {
  Both,    // both metadata copies agree
  Older,   // only the libphonenumber metadata the core links knows it
  Newer,   // only (or, where they disagree, decided by) the libphonenumber-js metadata
  Plan,    // a NANP numbering-plan rule; neither metadata has a number in it
  None,    // nothing: unassigned
};

struct AreaCode {
  AreaCodeStatus status = AreaCodeStatus::Unassigned;
  std::string_view region;  // owner: "US", "PR", "CA", "JM" …; empty when no one owns it
  AreaCodeSource source = AreaCodeSource::None;

  // An area code numbers can be dialled in today: anything but the last four statuses.
  bool inService() const {
    return status != AreaCodeStatus::TollFreeReserved && status != AreaCodeStatus::ServiceCode &&
           status != AreaCodeStatus::Reserved && status != AreaCodeStatus::Unassigned;
  }
};

// The row for a three-digit NPA; anything else (wrong length, 0XX, 1XX) is Unassigned.
AreaCode nanpAreaCode(std::string_view npa);

// "libphonenumber 8.13.51 + libphonenumber-js 1.13.16": which metadata the table merged.
std::string_view areaCodeProvenance();

std::string_view areaCodeStatusName(AreaCodeStatus status);  // "us_mainland", "canada" …
std::string_view areaCodeSourceName(AreaCodeSource source);  // "both", "older" …

// The verdict of a ten-digit number in `area` when the linked metadata does not validate it
// (a range newer than the metadata, or an area code the fresher metadata gave another owner):
// the owner decides. A US or territory code in service gives `Unverified`; a code no one can
// dial gives `Invalid`, with the reason in `fault`.
NumberCode codeForAreaCode(const AreaCode& area, NumberFault& fault);

// The whole table as tab-separated text, one line per NPA after a header line: npa, status,
// region, source, and the verdict codeForAreaCode gives (`portcheck area-codes`; pinned by
// tests/cases/area-codes.tsv so a data refresh shows every area code whose verdict moved).
std::string areaCodeTable();

}  // namespace portcheck
