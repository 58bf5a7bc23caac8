// What a phone bill says, read from its own text layer (pdf_text.hpp): the statement date and
// billing period, the account numbers, every phone number, and the carrier. Labels and date
// forms are tables in bill.cpp; each field keeps the page and line it was read from. The
// comparison with the Letter of Authorization is check's, not this file's.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "portcheck/pdf_text.hpp"

namespace portcheck {

struct FoundAt {
  int page = 0;  // 1-based
  int line = 0;  // 1-based, in the page's lines in reading order
};

struct BillValue {
  std::string value;  // ISO date, E.164, the account number as printed, the carrier's name
  FoundAt at;
};

struct BillPeriod {
  std::string from, to;  // ISO dates
  FoundAt at;
};

struct BillReading {
  bool usable = false;
  std::string error_code, error;  // when not usable: document.* codes, one line
  std::string media_type;
  bool text_layer = false;
  int pages_read = 0, pages_in_file = 0;
  std::vector<std::string> limits;
  std::vector<std::vector<std::string>> text;  // per page read, its lines in reading order
  std::optional<BillValue> statement_date;
  std::optional<BillPeriod> billing_period;
  std::vector<BillValue> account_numbers;
  std::vector<BillValue> phone_numbers;
  std::optional<BillValue> carrier;
};

BillReading readBill(std::string_view bytes, const DocumentLimits& limits = {});

// What the lines of a document say, without the document: the layer readBill runs after
// reading order, open to tests. Fills the fields of `reading` from `reading.text`.
void readBillFields(BillReading& reading);

// The NANP-shaped phone numbers written in a line of text ("(217) 555-0100", "217.555.0100",
// "+1 217 555 0100", "2175550100"; not the digits inside a longer run), valid ones only, with
// where each was written: the bill's, the CSR's and a rejection notice's numbers alike.
struct PhoneInText {
  std::string e164;
  std::size_t begin = 0, end = 0;  // byte offsets in the line
};
std::vector<PhoneInText> phoneNumbersIn(std::string_view line);

// "portcheck.bill/1" JSON (the CLI's `portcheck bill` and the module's readBill), or for an
// unusable file {"schema", "error": {"code", "message"}}.
std::string billJson(const BillReading& reading);
// The error form alone, for a failure outside the reader (the module boundary's catch-all).
std::string billErrorJson(std::string code, std::string message);

}  // namespace portcheck
