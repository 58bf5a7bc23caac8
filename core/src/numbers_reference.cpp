// The reference classifier (SPEC §5, numbers table): libphonenumber decides what a number is;
// the NANP rules it does not model (area codes not in service, 0/1 and N11 exchanges,
// fictional lines, ranges newer than the metadata, from the area-code table merged with
// fresher metadata: area_codes.hpp) are applied around it, in this order, so that every input
// gets exactly one verdict.
//
// This is the definition of every verdict. The NANP prefix table behind the fast path
// (nanp_fast.cpp) is generated from it at build time and checked against it; the tests and
// the number fuzzer compare the two on every input they see.
#include "numbers_reference.hpp"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <phonenumbers/region_code.h>


#include "portcheck/area_codes.hpp"
#include "text.hpp"

namespace portcheck {
namespace {

namespace pn = i18n::phonenumbers;
using PhoneNumberType = pn::PhoneNumberUtil::PhoneNumberType;

const pn::PhoneNumberUtil& phoneUtil() {
  // Parses all metadata and compiles its regexes once (tens of milliseconds); thread-safe.
  static const pn::PhoneNumberUtil* const util = pn::PhoneNumberUtil::GetInstance();
  return *util;
}

std::string_view typeName(PhoneNumberType type) {
  switch (type) {
    case PhoneNumberType::FIXED_LINE: return "fixed_line";
    case PhoneNumberType::MOBILE: return "mobile";
    case PhoneNumberType::FIXED_LINE_OR_MOBILE: return "fixed_line_or_mobile";
    case PhoneNumberType::TOLL_FREE: return "toll_free";
    case PhoneNumberType::PREMIUM_RATE: return "premium_rate";
    case PhoneNumberType::SHARED_COST: return "shared_cost";
    case PhoneNumberType::VOIP: return "voip";
    case PhoneNumberType::PERSONAL_NUMBER: return "personal_number";
    case PhoneNumberType::PAGER: return "pager";
    case PhoneNumberType::UAN: return "uan";
    case PhoneNumberType::VOICEMAIL: return "voicemail";
    case PhoneNumberType::UNKNOWN: break;
  }
  return "unknown";
}

// Verdict of a number libphonenumber knows to be valid. The country decides first (a
// Canadian personal number is rejected for being Canadian); then, within the US and its
// territories, numbers that are not a line at a place. VoIP ranges are ordinary geographic
// numbers in the NANP (e.g. Miami's 305-209) and port like any other.
NumberCode codeForValid(PhoneNumberType type, std::string_view region) {
  if (region == "CA") return NumberCode::Canadian;
  if (!isUsOrTerritory(region)) return NumberCode::International;
  switch (type) {
    case PhoneNumberType::TOLL_FREE: return NumberCode::TollFree;
    case PhoneNumberType::PREMIUM_RATE: return NumberCode::PremiumRate;
    case PhoneNumberType::SHARED_COST:
    case PhoneNumberType::PERSONAL_NUMBER:
    case PhoneNumberType::PAGER:
    case PhoneNumberType::UAN:
    case PhoneNumberType::VOICEMAIL: return NumberCode::NonGeographic;
    default: return NumberCode::Ok;
  }
}

bool isN11(std::string_view three) { return three[1] == '1' && three[2] == '1'; }

void invalidBecause(NumberVerdict& verdict, NumberFault fault, std::string_view digits) {
  verdict.code = NumberCode::Invalid;
  verdict.fault = fault;
  verdict.fault_digits = std::string(digits);
}

}  // namespace

NumberVerdict detail::classifyNumberReference(std::string_view typed) {
  NumberVerdict verdict;
  verdict.input = std::string(typed);
  // libphonenumber expects UTF-8; anything else cannot be a number someone typed.
  if (!isValidUtf8(typed)) return verdict;

  const auto& util = phoneUtil();
  pn::PhoneNumber number;
  if (util.Parse(std::string(typed), "US", &number) != pn::PhoneNumberUtil::NO_PARSING_ERROR) {
    return verdict;
  }
  verdict.extension = number.extension();
  number.clear_extension();  // ports move whole numbers; the extension only earns a warning

  std::string national;
  util.GetNationalSignificantNumber(number, &national);
  std::string e164;
  util.Format(number, pn::PhoneNumberUtil::E164, &e164);

  if (number.country_code() != 1) {
    // Another country: named, because the reason to reject it is the country, and that is what
    // the customer needs to hear; its type is not asked (the metadata is trimmed to what naming
    // the country takes: core/gen/metadata_trim.cpp). A number that cannot be possible there
    // is not a number.
    if (!util.IsPossibleNumber(number)) return verdict;
    std::string region;
    util.GetRegionCodeForNumber(number, &region);
    if (region == pn::RegionCode::GetUnknown()) {
      util.GetRegionCodeForCountryCode(number.country_code(), &region);
    }
    verdict.e164 = e164;
    verdict.region = region;
    verdict.type = "unknown";
    verdict.code = NumberCode::International;
    return verdict;
  }

  // NANP: NPA-NXX-XXXX. Seven-digit local numbers lack the area code and cannot be ported.
  if (national.size() != 10) return verdict;
  const std::string_view digits(national);
  const std::string_view npa = digits.substr(0, 3), nxx = digits.substr(3, 3);
  const std::string_view line = digits.substr(6, 4);
  if (npa[0] < '2') return verdict;

  // The area code first: in a code no one can dial, nothing else about the number matters.
  const AreaCode area = nanpAreaCode(npa);
  if (!area.inService()) {
    NumberFault fault = NumberFault::None;
    codeForAreaCode(area, fault);
    invalidBecause(verdict, fault, npa);
    return verdict;
  }
  // Exchanges (central-office codes) are NXX with N = 2-9, and never N11 (ATIS-0300051,
  // Central Office Code Assignment Guidelines): N11 are service codes (411, 911 …).
  if (nxx[0] < '2') {
    invalidBecause(verdict, NumberFault::ExchangeStartsWith0Or1, nxx);
    return verdict;
  }
  if (isN11(nxx)) {
    invalidBecause(verdict, NumberFault::ExchangeServiceCode, nxx);
    return verdict;
  }
  // 555-0100 … 555-0199 are reserved for fiction in every area code, whatever the metadata
  // says about the area code's ranges.
  if (nxx == "555" && line.substr(0, 2) == "01") {
    verdict.e164 = e164;
    verdict.region = std::string(area.region);
    verdict.type = "unknown";
    verdict.code = NumberCode::Fictional;
    return verdict;
  }

  if (util.IsValidNumber(number)) {
    std::string region;
    util.GetRegionCodeForNumber(number, &region);
    if (region == area.region) {
      const PhoneNumberType type = util.GetNumberType(number);
      verdict.e164 = e164;
      verdict.region = region;
      verdict.type = std::string(typeName(type));
      verdict.code = codeForValid(type, region);
      return verdict;
    }
    // The fresher metadata gives the area code to another owner: it decides (below).
  }

  NumberFault fault = NumberFault::None;
  verdict.e164 = e164;
  verdict.region = std::string(area.region);
  verdict.type = "unknown";
  verdict.code = codeForAreaCode(area, fault);
  return verdict;
}

}  // namespace portcheck
