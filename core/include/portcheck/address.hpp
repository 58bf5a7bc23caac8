// Service-address rules: carriers port to a physical service location, and compare the
// address on the LOA with their record literally.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace portcheck {

// What a street line is, by USPS Publication 28 designators.
enum class StreetLineKind {
  Street,           // an ordinary street line (or a unit line such as "Suite 400")
  PoBox,            // PO Box in any spelling, Caller/Firm Caller/Bin/Lockbox/Drawer, bare "Box 12", Apartado
  GeneralDelivery,  // "General Delivery"
  PrivateMailbox,   // PMB at a commercial mail-receiving agency
  RuralRoute,       // RR / HC (highway contract) boxes: delivery points, not PO boxes
  Military,         // PSC / CMR / Unit boxes
};
StreetLineKind classifyStreetLine(std::string_view line);

// A street line names a house (building) number when it holds a digit: "123 Main St",
// "N123W456 Elm", "12-34 Broadway". "One Microsoft Way" or "Acme Tower" do not.
bool hasHouseNumber(std::string_view line);

struct UsState {
  std::string_view code;  // "IL"
  std::string_view name;  // "Illinois"
  bool military;          // AA, AE, AP: armed-forces "states" (APO/FPO/DPO)
};

// A state, DC, territory or armed-forces code, typed as its two-letter code or its full name
// (case and surrounding spaces ignored); nullptr when it is none of them.
const UsState* findUsState(std::string_view typed);

// 5 digits, or ZIP+4 as 9 digits with or without the dash.
bool isValidZip(std::string_view zip);

// Whether a ZIP code's three-digit prefix belongs to the state (USPS prefix allocation).
bool zipBelongsToState(std::string_view zip, const UsState& state);

// APO / FPO / DPO: military post offices typed in the city field.
bool isMilitaryCity(std::string_view city);

// An address line in USPS Publication 28's normal form, as words: upper case, periods and
// apostrophes dropped ("P.O." -> PO), other punctuation a space (but "1/2" and "12-34" kept),
// street suffixes as their standard abbreviation (Appendix C1: AVENUE, AV, AVNUE -> AVE),
// directionals (Appendix B: NORTHWEST -> NW) and secondary unit designators (Appendix C2:
// SUITE -> STE, APARTMENT -> APT; a "#" after one is dropped). How a typed line and a line of
// a carrier's document are compared: "123 North Main Street, Suite #400" and
// "123 N MAIN ST STE 400" are the same words.
std::vector<std::string> pub28Words(std::string_view line);

// A ZIP code's digits as {ZIP, +4}: "62701-1234" -> {"62701", "1234"}; {"", ""} when it is not
// a ZIP or ZIP+4.
struct ZipParts {
  std::string zip5, plus4;
};
ZipParts zipParts(std::string_view zip);

}  // namespace portcheck
