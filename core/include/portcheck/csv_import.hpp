// Import of number lists (SPEC §7) as customers have them: a spreadsheet or carrier-portal
// export, or a range pasted from a spreadsheet, with a phone-number column and, when present,
// account, owner, carrier and service-address columns. Rows that share an account, owner and
// address become one request, because one request is one losing-carrier account.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace portcheck {

// The bytes of a file as UTF-8 text: a UTF-8 byte-order mark is dropped, UTF-16 (Excel's
// "Unicode text", with or without its BOM) is converted, and bytes that are not UTF-8 are read
// as Windows-1252 (Excel's plain CSV on Windows). `error` (with `code`) is set when the bytes
// are not text: damaged UTF-16, binary data.
struct CsvText {
  std::string text;
  std::string_view encoding;  // "utf-8", "utf-16le", "utf-16be", "windows-1252"
  std::string code, error;    // empty when readable
};
CsvText decodeCsvBytes(std::string_view bytes);

// The field delimiter of a table: Excel's "sep=X" first line when there is one, else whichever
// of comma, semicolon, tab and pipe gives the header a phone-number column, else the one that
// splits the first rows most consistently into several fields; comma for a one-column list.
char detectCsvDelimiter(std::string_view text);

// RFC 4180 records with the given delimiter: "quoted" fields with "" for a quote, delimiters and
// line ends inside quotes, CRLF, CR or LF line ends; blank lines skipped. `error` is set on an
// unterminated quote (naming the line it opened on) or past 100,000 rows.
struct CsvTable {
  std::vector<std::vector<std::string>> rows;
  std::string error;  // empty when well-formed
};
CsvTable parseCsv(std::string_view text, char delimiter = ',');

// The import as JSON for the page's preview:
// {"encoding": "utf-8", "delimiter": "tab", "header": true, "columns": {"phone_number": 0, …},
//  "rows": N, "numbers": N,
//  "requests": [{ draft request fields …, "phone_numbers": [{"phone_number","pin"}] }],
//  "problems": [{"row": 3, "message": "…", "skipped": true}]}
// or a report-shaped input error (not text, unterminated quote, no phone-number column …).
// `bytes` is the file as read (any encoding decodeCsvBytes reads) or pasted text.
std::string importCsvJson(std::string_view bytes);

}  // namespace portcheck
