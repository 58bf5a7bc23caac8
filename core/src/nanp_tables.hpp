// NANP numbering-plan data for numbers the metadata rejects (internal to core; tested).
#pragma once

#include <string_view>
#include <vector>

namespace portcheck {

enum class NanpAreaCodeKind {
  Geographic,     // a place: owner from nanpAreaCodeRegion (US mainland when empty)
  TollFree,       // 8YY
  PremiumRate,    // 900, 976
  NonGeographic,  // personal communications (5XX), 700, 710
  Reserved,       // not assignable: 555, 37X and 96X (expansion), 950, 958
};

// What an area code (NPA, three digits) is used for in the NANP.
NanpAreaCodeKind nanpAreaCodeKind(std::string_view npa);

// The NANP member other than the mainland US that owns an area code ("CA", "PR", "JM" …), or
// empty for US mainland and unassigned codes.
std::string_view nanpAreaCodeRegion(std::string_view npa);

// Every area code the table gives to a region (for tests and documentation).
std::vector<std::string_view> nanpAreaCodesOwnedBy(std::string_view region);

}  // namespace portcheck
