// CSV import of numbers (SPEC §7): a spreadsheet export with a phone-number column and, when
// present, account, owner, carrier and address columns. Rows that share an account, owner and
// address become one request, because one request is one losing-carrier account.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace portcheck {

// RFC 4180 records: comma separated, "quoted" fields with "" for a quote, CRLF or LF line
// ends; a UTF-8 byte-order mark is skipped. Fails (nullopt message set) on an unterminated quote.
struct CsvTable {
  std::vector<std::vector<std::string>> rows;
  std::string error;  // empty when well-formed
};
CsvTable parseCsv(std::string_view text);

// The import as JSON for the page's preview:
// {"columns": {"phone_number": 0, …}, "rows": N, "numbers": N,
//  "requests": [{ draft request fields …, "phone_numbers": [{"phone_number","pin"}] }],
//  "problems": [{"row": 3, "message": "…"}]}
// or a report-shaped input error (not UTF-8, unterminated quote, no phone-number column).
std::string importCsvJson(std::string_view csv);

}  // namespace portcheck
