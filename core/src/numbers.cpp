// Number eligibility (SPEC §5): the fast path for typed NANP numbers, and the rest.
//
// A typed US-format number (digits and the usual separators, optional "+1"/"1" prefix) is
// answered from the NANP prefix table generated at build time from libphonenumber's metadata
// (nanp_fast.cpp); everything else — letters, extensions, other countries, odd input — goes
// to the reference classifier (numbers_reference.cpp), linked in or, in the page's first stage,
// asked of the second (number_stages.hpp). Both give identical verdicts.
#include "portcheck/numbers.hpp"

#include <algorithm>
#include <iterator>

#include "nanp_fast.hpp"
#include "portcheck/number_stages.hpp"
#include "text.hpp"

namespace portcheck {

NumberVerdict classifyNumber(std::string_view typed) {
  if (auto verdict = detail::classifyTypedNanp(typed)) return std::move(*verdict);
  return classifyBeyondFastPath(typed);
}

std::vector<std::string> splitNumberList(std::string_view pasted) {
  std::vector<std::string> numbers;
  std::size_t start = 0;
  while (start <= pasted.size()) {
    const std::size_t end = std::min(pasted.find_first_of("\n\r,;\t", start), pasted.size());
    const std::string_view entry = trim(pasted.substr(start, end - start));
    if (!entry.empty()) numbers.emplace_back(entry);
    start = end + 1;
  }
  return numbers;
}

}  // namespace portcheck

namespace portcheck {
namespace {

struct CountryName {
  std::string_view code, name;
};
// ISO 3166-1, sorted by code (cmake/CountryNames.cmake, from Debian's iso-codes).
constexpr CountryName kIsoNames[] = {
#include "country_names.inc"
};
// Regions libphonenumber has that ISO 3166-1 does not.
constexpr CountryName kOtherNames[] = {
    {"001", "a global service"}, {"AC", "Ascension Island"}, {"TA", "Tristan da Cunha"}, {"XK", "Kosovo"}};

// Names of the places whose numbers are eligible, as customers know them: ISO's names for the
// territories, except the one ISO words as an index entry ("Virgin Islands, U.S.").
std::string_view eligiblePlaceName(std::string_view region) {
  if (region == "VI") return "U.S. Virgin Islands";
  if (isUsOrTerritory(region) && region != "US") return countryName(region);
  return "US";
}

// Why an invalid number is invalid, as precisely as the numbering plan lets us say.
std::string describeFault(NumberFault fault, const std::string& digits) {
  switch (fault) {
    case NumberFault::AreaCodeUnassigned:
      return "Area code " + digits + " is not in service: check the digits.";
    case NumberFault::AreaCodeReserved:
      return "Area code " + digits + " is not in service (it is reserved in the numbering plan): check the digits.";
    case NumberFault::AreaCodeTollFreeReserved:
      return "Area code " + digits + " is not in service (it is held for future toll-free numbers): check the digits.";
    case NumberFault::AreaCodeServiceCode:
      return digits + " is a service code (like 411 or 911), not an area code: check the digits and include the area code.";
    case NumberFault::ExchangeServiceCode:
      return "The three digits after the area code cannot be " + digits +
             ": N11 codes (411, 911 …) are service codes, never part of a phone number. Check the digits.";
    case NumberFault::ExchangeStartsWith0Or1:
      return "The three digits after the area code (" + digits + ") cannot start with 0 or 1: check the digits.";
    case NumberFault::None: break;
  }
  return "Not a valid US phone number: check the digits and include the area code.";
}

}  // namespace

std::string_view countryName(std::string_view region) {
  const auto by_code = [](const CountryName& entry, std::string_view code) { return entry.code < code; };
  const auto* iso = std::lower_bound(std::begin(kIsoNames), std::end(kIsoNames), region, by_code);
  if (iso != std::end(kIsoNames) && iso->code == region) return iso->name;
  for (const auto& other : kOtherNames) {
    if (other.code == region) return other.name;
  }
  return region;
}

std::string describeVerdict(const NumberVerdict& v) {
  const std::string region = v.region.value_or("");
  std::string text;
  switch (v.code) {
    case NumberCode::Ok:
      text = std::string(eligiblePlaceName(region)) + " number: eligible to port.";
      break;
    case NumberCode::Unverified:
      text = std::string(eligiblePlaceName(region)) +
             " number in an area code or range newer than this checker's phone data: it can "
             "still be ported, but check the digits against your bill.";
      break;
    case NumberCode::Canadian:
      text = "Canadian number: Outreach can port numbers from the US and its territories only.";
      break;
    case NumberCode::International:
      text = "Number from outside the US (" + std::string(countryName(region)) +
             "): Outreach can port numbers from the US and its territories only.";
      break;
    case NumberCode::TollFree:
      text = "Toll-free number: porting toll-free numbers into Outreach is not supported.";
      break;
    case NumberCode::PremiumRate:
      text = "Premium-rate (900) number: it cannot be ported into Outreach.";
      break;
    case NumberCode::NonGeographic:
      text = "Non-geographic number (a personal or service code, not a line at a place): it "
             "cannot be ported into Outreach.";
      break;
    case NumberCode::Fictional:
      text = "555-0100 to 555-0199 are reserved for films and examples and are never in "
             "service: check the digits.";
      break;
    case NumberCode::Invalid:
      text = describeFault(v.fault, v.fault_digits);
      break;
    case NumberCode::Checking:
      text = "checking\u2026 Numbers with letters, an extension or a country code are read with the full "
             "number data, which is still loading.";
      break;
  }
  if (!v.extension.empty()) {
    text += " The extension (" + v.extension + ") is left out: ports move whole numbers.";
  }
  return text;
}

}  // namespace portcheck
