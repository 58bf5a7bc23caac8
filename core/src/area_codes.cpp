// The NANP area-code table: generated at build time (core/gen/area_code_gen.cpp), read here.
#include "portcheck/area_codes.hpp"

#include <iterator>

namespace portcheck {
namespace {

// A row as stored: four bytes (800 of them), the owner's two letters inline.
struct AreaCodeRow {
  AreaCodeStatus status;
  AreaCodeSource source;
  char region[2];  // {0, 0}: no owner
};

#include "area_codes.inc"

static_assert(std::size(kAreaCodes) == 800, "one row per NPA 200-999");

}  // namespace

AreaCode nanpAreaCode(std::string_view npa) {
  if (npa.size() != 3) return {};
  int code = 0;
  for (const char c : npa) {
    if (c < '0' || c > '9') return {};
    code = code * 10 + (c - '0');
  }
  if (code < 200) return {};
  const AreaCodeRow& row = kAreaCodes[code - 200];
  return {row.status, std::string_view(row.region, row.region[0] ? 2 : 0), row.source};
}

std::string_view areaCodeProvenance() { return kAreaCodeProvenance; }

std::string_view areaCodeStatusName(AreaCodeStatus status) {
  switch (status) {
    case AreaCodeStatus::UsMainland: return "us_mainland";
    case AreaCodeStatus::UsTerritory: return "us_territory";
    case AreaCodeStatus::Canada: return "canada";
    case AreaCodeStatus::OtherMember: return "other_nanp_member";
    case AreaCodeStatus::TollFree: return "toll_free";
    case AreaCodeStatus::TollFreeReserved: return "toll_free_reserved";
    case AreaCodeStatus::PremiumRate: return "premium_rate";
    case AreaCodeStatus::Personal: return "personal";
    case AreaCodeStatus::NonGeographic: return "non_geographic";
    case AreaCodeStatus::ServiceCode: return "n11_service_code";
    case AreaCodeStatus::Reserved: return "reserved";
    case AreaCodeStatus::Unassigned: break;
  }
  return "unassigned";
}

std::string_view areaCodeSourceName(AreaCodeSource source) {
  switch (source) {
    case AreaCodeSource::Both: return "both";
    case AreaCodeSource::Older: return "older";
    case AreaCodeSource::Newer: return "newer";
    case AreaCodeSource::Plan: return "plan";
    case AreaCodeSource::None: break;
  }
  return "none";
}

NumberCode codeForAreaCode(const AreaCode& area, NumberFault& fault) {
  fault = NumberFault::None;
  switch (area.status) {
    case AreaCodeStatus::UsMainland:
    case AreaCodeStatus::UsTerritory: return NumberCode::Unverified;
    case AreaCodeStatus::Canada: return NumberCode::Canadian;
    case AreaCodeStatus::OtherMember: return NumberCode::International;
    case AreaCodeStatus::TollFree: return NumberCode::TollFree;
    case AreaCodeStatus::PremiumRate: return NumberCode::PremiumRate;
    case AreaCodeStatus::Personal:
    case AreaCodeStatus::NonGeographic: return NumberCode::NonGeographic;
    case AreaCodeStatus::TollFreeReserved: fault = NumberFault::AreaCodeTollFreeReserved; break;
    case AreaCodeStatus::ServiceCode: fault = NumberFault::AreaCodeServiceCode; break;
    case AreaCodeStatus::Reserved: fault = NumberFault::AreaCodeReserved; break;
    case AreaCodeStatus::Unassigned: fault = NumberFault::AreaCodeUnassigned; break;
  }
  return NumberCode::Invalid;
}

std::string areaCodeTable() {
  std::string out = "npa\tstatus\tregion\tsource\tverdict\n";
  for (int code = 200; code <= 999; ++code) {
    const std::string npa = std::to_string(code);
    const AreaCode area = nanpAreaCode(npa);
    NumberFault fault;
    out += npa + "\t" + std::string(areaCodeStatusName(area.status)) + "\t" +
           std::string(area.region.empty() ? "-" : area.region) + "\t" +
           std::string(areaCodeSourceName(area.source)) + "\t" +
           std::string(numberCodeName(codeForAreaCode(area, fault))) + "\n";
  }
  return out;
}

}  // namespace portcheck
