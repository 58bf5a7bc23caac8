// Documents as evidence (SPEC §5): what the customer's own bill says, linked to a request by
// the file's SHA-256 as bundles link it, for check to compare with the Letter of Authorization.
// The reading itself is bill.hpp's (natively, or in the page's worker, which hands its JSON
// here); this file holds the comparisons, each open to tests alone. Only check turns them into
// findings. Nothing here reads a PDF: the page's first stage links it without qpdf.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "portcheck/bill.hpp"
#include "portcheck/carriers.hpp"
#include "portcheck/draft.hpp"

namespace portcheck {

// A document's lines prepared once for every comparison below (each line's words as names,
// as USPS writes addresses, as account-number groups, as carrier spellings): a check of a
// 5,000-number draft against a 100-page bill then walks ready words, not text.
struct DocumentIndex;

// The documents a check may look at: bill readings by the file's SHA-256 (lower-case hex).
// The index of each is built on first use and kept, so the same evidence checked again (each
// keystroke on the page) costs only the comparisons.
struct Evidence {
  std::map<std::string, BillReading, std::less<>> bills;
  void add(std::string sha256, BillReading reading);
  const BillReading* billFor(std::string_view sha256) const;  // nullptr: not given
  const DocumentIndex* indexFor(std::string_view sha256) const;

 private:
  mutable std::map<std::string, std::shared_ptr<const DocumentIndex>, std::less<>> indexes_;
};

// {"bills": {"<sha256>": <portcheck.bill/1>, …}}: how the page hands its readings to check.
// Input errors name the value (JSON Pointer); never throws.
std::variant<Evidence, InputError> parseEvidenceJson(std::string_view json);

// A reading back from billJson's output; nullopt when the text is not one. Lossless for every
// field check looks at, so a check given the JSON equals one given the reading.
std::optional<BillReading> parseBillReadingJson(std::string_view json);

// Where a value typed on the LOA was found on a document, or the document's closest line.
struct TextMatch {
  bool found = false;
  FoundAt at;           // where it was found (or where the closest line is)
  std::string closest;  // when not found: the document's line most like the value ("" if none)
};

// The account (customer) name as a whole field of a line: the line itself, the part after a
// label ("Account name: …") or a column, or two lines when it wraps. Folded for case, spaces
// and punctuation; every word counts ("Acme Widgets" is not "Acme Widgets PLLC").
TextMatch findName(const DocumentIndex& document, std::string_view name);
TextMatch findName(const BillReading& reading, std::string_view name);

// The street line (and the second line, when typed), the city and the ZIP, each in USPS
// Publication 28 normal form (address.hpp pub28Words). A typed ZIP+4 matches the bill's ZIP
// alone and the other way round; two different +4s do not match.
TextMatch findStreet(const DocumentIndex& document, std::string_view street);
TextMatch findCity(const DocumentIndex& document, std::string_view city);
TextMatch findZip(const DocumentIndex& document, std::string_view zip);
TextMatch findStreet(const BillReading& reading, std::string_view street);
TextMatch findCity(const BillReading& reading, std::string_view city);
TextMatch findZip(const BillReading& reading, std::string_view zip);

// The account number, compared as carriers compare it: letters and digits, spaces, dashes and
// dots dropped. Found under its label or anywhere in the text; when not found, the labelled
// account number within two edits (a swap of neighbours is one), as printed.
struct AccountMatch {
  bool found = false;
  FoundAt at;
  std::string close;  // the bill's account number most like the typed one, as printed
};
AccountMatch findAccountNumber(const DocumentIndex& document, std::string_view typed);
AccountMatch findAccountNumber(const BillReading& reading, std::string_view typed);

// Whether the text names the carrier by any of the carrier table's spellings.
bool mentionsCarrier(const DocumentIndex& document, const CarrierFacts& carrier);
bool mentionsCarrier(const BillReading& reading, const CarrierFacts& carrier);

// The index of a reading (what Evidence keeps; for callers holding a reading alone).
std::shared_ptr<const DocumentIndex> indexDocument(const BillReading& reading);

// Letters and digits only, upper case: an account number as carriers compare it.
std::string accountKey(std::string_view text);

// Edit distance with adjacent transpositions (optimal string alignment), capped: returns
// `cap + 1` as soon as the distance must exceed `cap`.
std::size_t editDistance(std::string_view a, std::string_view b, std::size_t cap);

}  // namespace portcheck
