// Findings (SPEC §4–§5): what is wrong, where, why a carrier would reject it, and what to do.
// Codes, severities, reasons and fixes live in one table (core/src/findings_catalog.cpp):
// the single source of the product's wording.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace portcheck {

enum class Severity { Error, Warning, Info };

// The ten carrier rejection reasons, then Outreach's own eligibility rules.
enum class Reason {
  LoaMismatch, UnauthorizedSignature, AccountNumber, NumberInactive, UnpaidBalance, WrongPin,
  GoogleVoiceLocked, InvalidBtn, NumberUnportable, ResoldAccount,
  UsOnly, NoTollFree, PhysicalAddress, RecentBill, RequiredField, ValidNumber, UniqueNumber,
  RequestSize,
};

std::string_view severityName(Severity severity);
std::string_view reasonName(Reason reason);  // "loa_mismatch", …

struct Finding {
  std::string code;  // "address.po_box"
  Severity severity;
  std::string path;  // JSON Pointer into the draft
  Reason reason;
  std::string message;  // what is wrong, with the values involved
  std::string fix;      // what to do about it
};

// Builds a finding of a catalogued code: severity, reason and fix come from the catalogue.
// An uncatalogued code is a programming error caught by the tests (reported as an error).
Finding makeFinding(std::string_view code, std::string path, std::string message);

struct CatalogEntry {
  std::string_view code;
  Severity severity;
  Reason reason;
  std::string_view fix;
};
const std::vector<CatalogEntry>& findingCatalog();

// A carrier rejection reason as the customer's checklist shows it.
struct CarrierReason {
  Reason reason;
  std::string_view title;
  std::string_view fix;
};
const std::vector<CarrierReason>& carrierReasons();  // all ten, in the article's order

}  // namespace portcheck
