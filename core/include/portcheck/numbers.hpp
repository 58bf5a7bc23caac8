// Number eligibility: what a typed phone number is, and whether Outreach can port it.
//
// Outreach ports numbers of the United States and its territories only (SPEC §5). Every
// verdict comes from libphonenumber's metadata (default region US), plus what the metadata
// does not express: fictional 555-01XX lines, N11 codes, and the area-code table merged with
// fresher metadata (a range the linked metadata has not learnt yet, in an area code in
// service, must never block a real number: `Unverified`).
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace portcheck {

// The verdict codes of SPEC §5 without their "number." prefix; names are a contract.
enum class NumberCode {
  Ok,             // valid number of the US or a US territory
  Unverified,     // US or territory area code in service, range the C++ metadata does not know
  Canadian,       // NANP, region CA
  International,  // any other country, other NANP countries included
  TollFree,       // 800, 833, 844, 855, 866, 877, 888
  PremiumRate,    // 900
  NonGeographic,  // personal (5XX) and other non-geographic codes
  Fictional,      // 555-0100 … 555-0199: reserved for fiction, never in service
  Invalid,        // not a phone number, wrong length, impossible area code or exchange, N11
  Checking,       // the page's first stage only: a number its fast path cannot answer, until the
                  // second stage (libphonenumber) has loaded (number_stages.hpp); never native
};

std::string_view numberCodeName(NumberCode code);
bool isEligible(NumberCode code);

// Why a ten-digit NANP number is `Invalid`, where the numbering plan says why (the message
// names it; the code stays `invalid`).
enum class NumberFault : unsigned char {
  None,                     // not a number at all, wrong length …: nothing more precise to say
  AreaCodeUnassigned,       // no one owns the area code today (200, 243 …)
  AreaCodeReserved,         // N9X, 37X, 96X: reserved in the numbering plan
  AreaCodeTollFreeReserved, // 822, 880–887, 889: held for future toll-free numbers
  AreaCodeServiceCode,      // 211 … 911 typed where the area code goes
  ExchangeServiceCode,      // an N11 exchange (NPA-411-XXXX): never a line
  ExchangeStartsWith0Or1,   // exchanges start with 2-9
};

struct NumberVerdict {
  std::string input;                  // exactly as typed
  std::optional<std::string> e164;    // "+12175440111" when the digits form a number
  std::optional<std::string> region;  // ISO 3166-1 alpha-2 ("US", "PR", "CA", "GB", …)
  std::optional<std::string> type;    // libphonenumber's number type in snake_case
  std::string extension;              // digits typed after "x", "ext." …; empty when none
  NumberCode code = NumberCode::Invalid;
  NumberFault fault = NumberFault::None;  // with Invalid only
  std::string fault_digits;               // the area code or exchange the fault names

  bool eligible() const { return isEligible(code); }
};

// Classifies one typed number: letters (1-800-FLOWERS), extensions, full-width digits,
// dots, dashes, "+1" and "1-" prefixes and international "011" dialling are all understood.
NumberVerdict classifyNumber(std::string_view typed);

// Splits a pasted list into the numbers it holds. Separators are newlines, commas,
// semicolons and tabs; spaces are not (people type "217 544 0111"). Entries are trimmed and
// empty ones dropped.
std::vector<std::string> splitNumberList(std::string_view pasted);

// The US territories whose numbers Outreach ports, besides the US itself. Inline: the
// area-code generator (core/gen) decides territories by it too, before the core is built.
inline bool isUsOrTerritory(std::string_view region) {
  for (const std::string_view eligible : {"US", "PR", "VI", "GU", "MP", "AS"}) {
    if (region == eligible) return true;
  }
  return false;
}

// The verdict in one plain sentence for the customer ("Canadian number: …"). The page shows
// this text; it is the single source of wording for number verdicts.
std::string describeVerdict(const NumberVerdict& verdict);

// The name of a region as libphonenumber codes it ("GB" → "United Kingdom"): ISO 3166-1 names
// from Debian's iso-codes, plus the few codes ISO lacks (AC, TA, XK, and "001" for global
// services). A code with no name is returned as it is.
std::string_view countryName(std::string_view region);

}  // namespace portcheck
