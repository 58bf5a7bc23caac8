// Number-list import: reading the bytes (UTF-8, UTF-16), finding the delimiter, parsing
// (RFC 4180), recognising columns by the headers carriers' and spreadsheets' exports use,
// splitting one-column service addresses, grouping rows into requests. The page only shows
// the preview this returns.
#include "portcheck/csv_import.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "json_writer.hpp"
#include "portcheck/address.hpp"
#include "portcheck/draft.hpp"
#include "portcheck/json.hpp"
#include "portcheck/numbers.hpp"
#include "text.hpp"

namespace portcheck {
namespace {

constexpr std::size_t kMaxCsvRows = 100000;
constexpr std::size_t kSampleBytes = 64 * 1024;  // what the delimiter is guessed from
constexpr std::size_t kSampleRows = 50;

// ---- bytes → text -----------------------------------------------------------------------------

void appendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// UTF-16 code units → UTF-8; false on an odd byte count or an unpaired surrogate.
bool utf16ToUtf8(std::string_view bytes, bool little_endian, std::string& out, std::size_t& bad_at) {
  if (bytes.size() % 2 != 0) {
    bad_at = bytes.size() - 1;
    return false;
  }
  out.reserve(bytes.size() / 2);
  const auto unit = [&](std::size_t i) {
    const auto lo = static_cast<unsigned char>(bytes[little_endian ? i : i + 1]);
    const auto hi = static_cast<unsigned char>(bytes[little_endian ? i + 1 : i]);
    return static_cast<char32_t>(lo | (hi << 8));
  };
  for (std::size_t i = 0; i < bytes.size(); i += 2) {
    char32_t c = unit(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 2 < bytes.size()) {
      const char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      }
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      bad_at = i;
      return false;
    }
    appendUtf8(out, c);
  }
  return true;
}

// Text with a NUL in every other byte of its first characters is UTF-16 without a BOM:
// ASCII characters have a zero high byte. Returns the byte order, or nothing.
std::optional<bool> looksLikeUtf16(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size() / 2 * 2, 256);
  if (n < 4) return std::nullopt;
  std::size_t even_zero = 0, odd_zero = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    even_zero += bytes[i] == '\0';
    odd_zero += bytes[i + 1] == '\0';
  }
  const std::size_t units = n / 2;
  if (odd_zero * 10 >= units * 9 && even_zero == 0) return true;   // "P\0h\0": little endian
  if (even_zero * 10 >= units * 9 && odd_zero == 0) return false;  // "\0P\0h": big endian
  return std::nullopt;
}

// Windows-1252, what Excel on Windows writes for a plain "CSV (Comma delimited)": Latin-1 with
// typographic characters in 0x80-0x9F (the five bytes it leaves undefined map to the C1
// controls of the same value, as browsers decode them).
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

std::string windows1252ToUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (const char b : bytes) {
    const auto u = static_cast<unsigned char>(b);
    appendUtf8(out, u >= 0x80 && u < 0xA0 ? char32_t{kWindows1252High[u - 0x80]} : char32_t{u});
  }
  return out;
}

// Text has few control characters besides tabs and line ends; a file with many is not text.
bool looksBinary(std::string_view text) {
  const std::string_view sample = text.substr(0, 4096);
  const auto controls = std::count_if(sample.begin(), sample.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 && c != '\t' && c != '\n' && c != '\r';
  });
  return controls * 100 > static_cast<std::ptrdiff_t>(sample.size());
}

// ---- delimiter and records --------------------------------------------------------------------

constexpr std::array<char, 4> kDelimiters = {'\t', ';', ',', '|'};

std::string_view delimiterName(char d) {
  switch (d) {
    case '\t': return "tab";
    case ';': return "semicolon";
    case '|': return "pipe";
    default: return "comma";
  }
}

// Records of `text` (up to max_rows). `complete` is false when the text ends inside quotes.
struct Records {
  std::vector<std::vector<std::string>> rows;
  bool complete = true;
  std::size_t open_quote_line = 0;  // where the unterminated quote opened
  bool too_many = false;
};

Records parseRecords(std::string_view text, char delimiter, std::size_t max_rows) {
  Records out;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, field_started = false;
  std::size_t line = 1, quote_line = 0;
  const auto endField = [&] {
    row.push_back(std::move(field));
    field.clear();
    field_started = false;
  };
  const auto endRow = [&] {
    endField();
    const bool blank = std::all_of(row.begin(), row.end(), [](const std::string& f) { return trim(f).empty(); });
    if (!blank) out.rows.push_back(std::move(row));
    row.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        field += c;
      }
    } else if (c == '"' && !field_started) {
      quoted = field_started = true;
      quote_line = line;
    } else if (c == delimiter) {
      endField();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++line;
      endRow();
      if (out.rows.size() >= max_rows) {
        out.too_many = i + 1 < text.size();
        return out;
      }
    } else {
      field += c;
      field_started = true;
    }
  }
  if (quoted) {
    out.complete = false;
    out.open_quote_line = quote_line;
    return out;
  }
  if (field_started || !row.empty()) endRow();
  return out;
}

// ---- columns ----------------------------------------------------------------------------------

// Header spellings → field, compared after lower-casing and dropping everything but letters and
// digits ("Phone #" → "phone", "ZIP Code" → "zipcode"). Spellings from spreadsheets and carrier
// and PBX exports: TN / WTN (telephone / working telephone number), DID, CTN and BAN (AT&T's
// cellular telephone and billing account numbers), MDN (Verizon's mobile directory number).
// "address" may hold a whole one-line address; house number and street name may come apart.
struct ColumnName {
  std::string_view header;
  std::string_view field;
};
constexpr ColumnName kColumns[] = {
    {"phonenumber", "phone_number"}, {"phone", "phone_number"}, {"phones", "phone_number"},
    {"number", "phone_number"}, {"numbers", "phone_number"}, {"telephone", "phone_number"},
    {"telephonenumber", "phone_number"}, {"tel", "phone_number"}, {"telno", "phone_number"},
    {"phoneno", "phone_number"}, {"tn", "phone_number"}, {"tns", "phone_number"}, {"wtn", "phone_number"},
    {"did", "phone_number"}, {"didnumber", "phone_number"}, {"dids", "phone_number"},
    {"line", "phone_number"}, {"linenumber", "phone_number"}, {"lines", "phone_number"},
    {"mdn", "phone_number"}, {"ctn", "phone_number"}, {"wirelessnumber", "phone_number"},
    {"mobilenumber", "phone_number"}, {"mobile", "phone_number"}, {"cellnumber", "phone_number"},
    {"cell", "phone_number"}, {"directorynumber", "phone_number"}, {"subscribernumber", "phone_number"},
    {"usernumber", "phone_number"}, {"phonenumbertn", "phone_number"}, {"numbertoport", "phone_number"},
    {"numberstoport", "phone_number"}, {"portingnumber", "phone_number"},
    {"pin", "pin"}, {"numberpin", "pin"}, {"linepin", "pin"},
    {"accountnumber", "account_number"}, {"account", "account_number"}, {"accountno", "account_number"},
    {"accountnum", "account_number"}, {"acct", "account_number"}, {"acctno", "account_number"},
    {"acctnumber", "account_number"}, {"ban", "account_number"}, {"billingaccountnumber", "account_number"},
    {"billingaccount", "account_number"}, {"customeraccountnumber", "account_number"},
    {"accountid", "account_number"},
    {"accountpin", "account_pin"}, {"portoutpin", "account_pin"}, {"portpin", "account_pin"},
    {"transferpin", "account_pin"}, {"numbertransferpin", "account_pin"}, {"passcode", "account_pin"},
    {"accountpasscode", "account_pin"},
    {"btn", "account_telephone_number"}, {"billingtelephonenumber", "account_telephone_number"},
    {"accounttelephonenumber", "account_telephone_number"}, {"billingnumber", "account_telephone_number"},
    {"billingphone", "account_telephone_number"}, {"billingphonenumber", "account_telephone_number"},
    {"mainnumber", "account_telephone_number"},
    {"customername", "customer_name"}, {"owner", "customer_name"}, {"accountname", "customer_name"},
    {"name", "customer_name"}, {"business", "customer_name"}, {"businessname", "customer_name"},
    {"company", "customer_name"}, {"companyname", "customer_name"}, {"accountholder", "customer_name"},
    {"accountholdername", "customer_name"}, {"customer", "customer_name"},
    {"carrier", "losing_carrier"}, {"losingcarrier", "losing_carrier"}, {"currentcarrier", "losing_carrier"},
    {"provider", "losing_carrier"}, {"currentprovider", "losing_carrier"}, {"oldcarrier", "losing_carrier"},
    {"address", "address"}, {"fulladdress", "address"},
    {"street", "street"}, {"streetaddress", "street"}, {"address1", "street"}, {"addressline1", "street"},
    {"street1", "street"}, {"streetaddress1", "street"},
    {"street2", "street_2"}, {"address2", "street_2"}, {"addressline2", "street_2"},
    {"streetaddress2", "street_2"}, {"suite", "street_2"}, {"unit", "street_2"}, {"apt", "street_2"},
    {"apartment", "street_2"}, {"aptsuite", "street_2"}, {"suiteunit", "street_2"},
    {"housenumber", "house_number"}, {"houseno", "house_number"}, {"streetnumber", "house_number"},
    {"streetno", "house_number"}, {"streetname", "street_name"},
    {"city", "city"}, {"town", "city"}, {"state", "state"}, {"st", "state"},
    {"zip", "zip"}, {"zipcode", "zip"}, {"postalcode", "zip"}, {"postcode", "zip"}, {"zip5", "zip"},
    {"zip4", "zip"},
};
// Words that only say whose column it is: "Service City", "Svc Address Line 1".
constexpr std::string_view kHeaderPrefixes[] = {"service", "svc"};

// The fields that tell accounts apart: a new value in any of them starts a new request. In the
// order a request is written: the account's fields, then the service address's.
constexpr std::array<std::string_view, 10> kGroupFields = {
    "customer_name", "losing_carrier", "account_number", "account_pin", "account_telephone_number",
    "street", "street_2", "city", "state", "zip"};
constexpr std::size_t kStreet = 5, kStreet2 = 6, kCity = 7, kState = 8, kZip = 9;
static_assert(kGroupFields[kStreet] == "street" && kGroupFields[kZip] == "zip");

std::string headerKey(std::string_view header) {
  std::string key;
  for (const char c : header) {
    if (static_cast<unsigned char>(c) < 0x80 && std::isalnum(static_cast<unsigned char>(c))) {
      key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return key;
}

std::string_view fieldOf(std::string_view header) {
  const std::string key = headerKey(header);
  const auto lookup = [](std::string_view k) -> std::string_view {
    for (const auto& c : kColumns) {
      if (c.header == k) return c.field;
    }
    return {};
  };
  if (const auto field = lookup(key); !field.empty()) return field;
  for (const auto prefix : kHeaderPrefixes) {
    if (key.size() > prefix.size() && key.compare(0, prefix.size(), prefix) == 0) {
      if (const auto field = lookup(std::string_view(key).substr(prefix.size())); !field.empty()) return field;
    }
  }
  // "Contact Phone Number", "Office Phone", "Main Telephone": whose phone it is does not matter.
  for (const std::string_view suffix : {"phonenumber", "telephonenumber", "phone", "telephone"}) {
    if (key.size() > suffix.size() && key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return "phone_number";
    }
  }
  return {};
}

using Columns = std::map<std::string, std::size_t, std::less<>>;

// The recognised columns of a header row (the first column wins a field named twice).
Columns columnsOf(const std::vector<std::string>& header) {
  Columns columns;
  for (std::size_t c = 0; c < header.size(); ++c) {
    const auto field = fieldOf(header[c]);
    if (!field.empty()) columns.emplace(std::string(field), c);
  }
  return columns;
}

bool isPhoneNumber(std::string_view cell) {
  const auto t = trim(cell);
  return !t.empty() && t.size() < 64 && classifyNumber(t).e164.has_value();
}

// ---- one-line service addresses -------------------------------------------------------------

struct SplitAddress {
  std::string street, street_2, city, state, zip;
};

// "123 Main St, Suite 4, Springfield, IL 62701" → its parts. The ZIP and the state are read
// from the end; the city is the last comma-separated part before them, the street the first,
// anything between a second street line. Nothing when the line does not end that way.
std::optional<SplitAddress> splitOneLineAddress(std::string_view line) {
  std::string rest(trim(line));
  const auto lastWord = [&]() -> std::string {
    const auto end = rest.find_last_not_of(" ,");
    if (end == std::string::npos) return {};
    const auto start = rest.find_last_of(" ,", end);
    return rest.substr(start == std::string::npos ? 0 : start + 1, end - (start == std::string::npos ? 0 : start + 1) + 1);
  };
  const auto dropLastWord = [&](std::size_t length) {
    rest.erase(rest.find_last_not_of(" ,") + 1 - length);
    while (!rest.empty() && (rest.back() == ' ' || rest.back() == ',')) rest.pop_back();
  };
  SplitAddress a;
  a.zip = lastWord();
  if (!isValidZip(a.zip)) return std::nullopt;
  dropLastWord(a.zip.size());
  // The state: its code or its name (up to four words: "District of Columbia").
  const UsState* state = nullptr;
  std::size_t words = 0;
  for (std::size_t n = 1; n <= 4 && !state; ++n) {
    std::size_t start = rest.size();
    for (std::size_t k = 0; k < n && start > 0; ++k) {
      const auto end = rest.find_last_not_of(" ,", start - 1);
      if (end == std::string::npos) return std::nullopt;
      const auto space = rest.find_last_of(" ,", end);
      start = space == std::string::npos ? 0 : space + 1;
    }
    state = findUsState(std::string_view(rest).substr(start));
    if (state) words = rest.size() - start;
  }
  if (!state) return std::nullopt;
  a.state = std::string(trim(std::string_view(rest).substr(rest.size() - words)));
  dropLastWord(words);
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= rest.size()) {
    const auto comma = std::min(rest.find(',', start), rest.size());
    if (auto part = trim(std::string_view(rest).substr(start, comma - start)); !part.empty()) parts.emplace_back(part);
    start = comma + 1;
  }
  if (parts.size() < 2) return std::nullopt;  // no comma between street and city: cannot tell them apart
  a.city = parts.back();
  a.street = parts.front();
  for (std::size_t i = 1; i + 1 < parts.size(); ++i) a.street_2 += (a.street_2.empty() ? "" : ", ") + parts[i];
  return a;
}

}  // namespace

CsvText decodeCsvBytes(std::string_view bytes) {
  CsvText out;
  const auto fail = [&](std::string code, std::string message) {
    out.code = std::move(code);
    out.error = std::move(message);
    out.text.clear();
    return out;
  };
  std::optional<bool> utf16_little;
  if (bytes.substr(0, 2) == "\xFF\xFE") {
    utf16_little = true;
    bytes.remove_prefix(2);
  } else if (bytes.substr(0, 2) == "\xFE\xFF") {
    utf16_little = false;
    bytes.remove_prefix(2);
  } else if (bytes.find('\0') != std::string_view::npos) {
    utf16_little = looksLikeUtf16(bytes);
    if (!utf16_little) return fail("csv.binary", "the file holds binary data, not a table of text: export it as CSV");
  }
  if (utf16_little) {
    out.encoding = *utf16_little ? "utf-16le" : "utf-16be";
    std::size_t bad_at = 0;
    if (!utf16ToUtf8(bytes, *utf16_little, out.text, bad_at)) {
      return fail("csv.encoding", "the file is UTF-16 text but is damaged at byte " + std::to_string(bad_at) +
                                      ": export it again, as CSV UTF-8 if you can");
    }
    if (out.text.find('\0') != std::string::npos) {
      return fail("csv.binary", "the file holds binary data, not a table of text: export it as CSV");
    }
    return out;
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (looksBinary(bytes)) return fail("csv.binary", "the file holds binary data, not a table of text: export it as CSV");
  if (isValidUtf8(bytes)) {
    out.encoding = "utf-8";
    out.text = std::string(bytes);
  } else {
    // Not UTF-8: Excel's plain CSV on Windows. Every byte is a character there, so this
    // cannot fail; the preview names the encoding it was read as.
    out.encoding = "windows-1252";
    out.text = windows1252ToUtf8(bytes);
  }
  return out;
}

char detectCsvDelimiter(std::string_view text) {
  const std::string_view sample = text.substr(0, kSampleBytes);
  struct Candidate {
    char delimiter;
    bool phone_header = false;
    std::size_t header_fields = 0, consistent = 0;
  };
  std::vector<Candidate> candidates;
  for (const char d : kDelimiters) {
    const Records records = parseRecords(sample, d, kSampleRows);
    Candidate c{d};
    if (!records.rows.empty()) {
      const auto& header = records.rows[0];
      c.header_fields = header.size();
      c.phone_header = columnsOf(header).count("phone_number") == 1;
      for (std::size_t r = 1; r < records.rows.size(); ++r) c.consistent += records.rows[r].size() == header.size();
    }
    candidates.push_back(c);
  }
  // A header that names a phone-number column decides; between two, the finer split.
  const Candidate* best = nullptr;
  for (const auto& c : candidates) {
    if (c.phone_header && (!best || c.header_fields > best->header_fields)) best = &c;
  }
  if (best) return best->header_fields > 1 ? best->delimiter : ',';
  // Else the delimiter that splits rows into the same several fields most often (the
  // candidates are in order of preference for ties: a tab is never part of a value).
  for (const auto& c : candidates) {
    if (c.header_fields < 2) continue;
    if (!best || c.consistent > best->consistent) best = &c;
  }
  return best ? best->delimiter : ',';
}

CsvTable parseCsv(std::string_view text, char delimiter) {
  CsvTable table;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  Records records = parseRecords(text, delimiter, kMaxCsvRows);
  table.rows = std::move(records.rows);
  if (!records.complete) {
    table.error = "a quoted field opened on line " + std::to_string(records.open_quote_line) +
                  " is never closed (a \" is missing)";
  } else if (records.too_many) {
    table.error = "more than 100,000 rows: split the file (one request holds at most 1,000 numbers)";
  }
  return table;
}

std::string importCsvJson(std::string_view bytes) {
  if (bytes.size() > kMaxDraftBytes) return inputErrorJson({"input.too_large", "the file is over 32 MiB", ""});
  const CsvText decoded = decodeCsvBytes(bytes);
  if (!decoded.error.empty()) return inputErrorJson({decoded.code, decoded.error, ""});
  std::string_view text = decoded.text;

  // Excel writes "sep=;" as a first line when asked to name its delimiter.
  char delimiter = 0;
  if (text.size() >= 5 && headerKey(text.substr(0, 3)) == "sep" && text[3] == '=' &&
      (text.size() == 5 || text[5] == '\n' || text[5] == '\r')) {
    delimiter = text[4];
    text.remove_prefix(std::min(text.find('\n') == std::string_view::npos ? text.size() : text.find('\n') + 1, text.size()));
  }
  if (!delimiter) delimiter = detectCsvDelimiter(text);
  const CsvTable table = parseCsv(text, delimiter);
  if (!table.error.empty()) return inputErrorJson({"csv.malformed", "not a readable table: " + table.error, ""});
  if (table.rows.empty()) return inputErrorJson({"csv.empty", "the file has no rows", ""});

  // Columns by header; with no header, the column that holds phone numbers in most rows.
  Columns columns = columnsOf(table.rows[0]);
  const bool header = !columns.empty();
  std::vector<std::size_t> number_columns;
  std::size_t first_data_row = header ? 1 : 0;
  if (columns.count("phone_number") == 0) {
    if (header) {
      return inputErrorJson({"csv.no_number_column",
                             "no phone-number column: name one \"Phone Number\" (or Phone, Number, TN, DID, Line)", ""});
    }
    // No header: every column that holds phone numbers in at least half the first rows is a
    // column of numbers (a pasted range may be one row of numbers, or a grid of them).
    const std::size_t sample = std::min(table.rows.size(), kSampleRows);
    for (std::size_t c = 0; c < table.rows[0].size(); ++c) {
      std::size_t count = 0;
      for (std::size_t r = 0; r < sample; ++r) count += c < table.rows[r].size() && isPhoneNumber(table.rows[r][c]);
      if (count > 0 && count * 2 >= sample) number_columns.push_back(c);
    }
    if (number_columns.empty()) {
      return inputErrorJson({"csv.no_number_column",
                             "no phone-number column: add a header row naming it \"Phone Number\" (or Phone, Number, TN, DID, Line)", ""});
    }
    columns = {{"phone_number", number_columns.front()}};
  } else {
    number_columns = {columns.at("phone_number")};
  }
  const std::size_t width = table.rows[0].size();
  const bool split_address = columns.count("address") && !columns.count("city") && !columns.count("state") && !columns.count("zip");

  // Rows grouped into requests (in order of first appearance), then written in one pass.
  struct Entry {
    std::string number, pin;
  };
  struct Request {
    std::vector<std::pair<std::string_view, std::string>> fields, address;
    std::vector<Entry> numbers;
  };
  struct Problem {
    std::size_t row;
    std::string message;
    bool skipped;
  };
  std::vector<Request> requests;
  std::vector<Problem> problems;
  std::map<std::string, std::size_t> request_of_key;
  std::size_t numbers = 0;
  const auto cell = [&](const std::vector<std::string>& row, std::string_view field) -> std::string {
    const auto it = columns.find(field);
    if (it == columns.end() || it->second >= row.size()) return {};
    return std::string(trim(row[it->second]));
  };
  for (std::size_t r = first_data_row; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    const std::size_t row_number = r + 1;
    // A row with more fields than the header, past it, shifts its values into the wrong
    // columns (a value holding the delimiter without quotes): its account or address would be
    // wrong, so it is left out. Empty trailing fields are only a spreadsheet's padding.
    if (header && row.size() > width &&
        std::any_of(row.begin() + static_cast<std::ptrdiff_t>(width), row.end(),
                    [](const std::string& f) { return !trim(f).empty(); })) {
      problems.push_back({row_number,
                          "has " + std::to_string(row.size()) + " fields where the header has " + std::to_string(width) +
                              ": a value probably holds a " + (delimiter == '\t' ? std::string("tab") : "\"" + std::string(1, delimiter) + "\"") +
                              " without quotes around it; fix the row or quote the value",
                          true});
      continue;
    }
    std::vector<std::string> row_numbers;
    for (const std::size_t c : number_columns) {
      if (c < row.size() && !trim(row[c]).empty()) row_numbers.emplace_back(trim(row[c]));
    }
    if (row_numbers.empty()) {
      problems.push_back({row_number, "no phone number in this row", true});
      continue;
    }
    if (header && row.size() < width) {
      problems.push_back({row_number,
                          "has " + std::to_string(row.size()) + " of the header's " + std::to_string(width) +
                              " fields: the missing ones are left empty",
                          false});
    }
    std::array<std::string, kGroupFields.size()> values;
    for (std::size_t f = 0; f < kGroupFields.size(); ++f) values[f] = cell(row, kGroupFields[f]);
    std::string& street = values[kStreet];
    if (street.empty()) {
      const std::string house = cell(row, "house_number"), name = cell(row, "street_name");
      street = house.empty() ? name : name.empty() ? house : house + " " + name;
    }
    if (const std::string address = cell(row, "address"); !address.empty()) {
      if (!split_address) {
        if (street.empty()) street = address;
      } else if (auto split = splitOneLineAddress(address)) {
        street = std::move(split->street);
        if (values[kStreet2].empty()) values[kStreet2] = std::move(split->street_2);
        values[kCity] = std::move(split->city), values[kState] = std::move(split->state), values[kZip] = std::move(split->zip);
      } else {
        street = address;
        problems.push_back({row_number,
                            "the service address could not be split into street, city, state and ZIP (write it as "
                            "\"123 Main St, Springfield, IL 62701\"): it is kept as the street line",
                            false});
      }
    }
    std::string key;
    for (const auto& value : values) key += value + '\x1f';
    auto [it, inserted] = request_of_key.emplace(key, requests.size());
    if (inserted) {
      Request q;
      for (std::size_t f = 0; f < kGroupFields.size(); ++f) {
        if (values[f].empty()) continue;
        (f < kStreet ? q.fields : q.address).emplace_back(kGroupFields[f], std::move(values[f]));
      }
      requests.push_back(std::move(q));
    }
    const std::string pin = row_numbers.size() == 1 ? cell(row, "pin") : std::string();
    for (auto& number : row_numbers) requests[it->second].numbers.push_back({std::move(number), pin});
    numbers += row_numbers.size();
  }

  using Count = std::uint64_t;
  detail::JsonWriter out;
  out.beginObject();
  out.key("encoding").value(decoded.encoding);
  out.key("delimiter").value(delimiterName(delimiter));
  out.key("header").value(header);
  out.key("columns").beginObject();
  for (const auto& [field, index] : columns) out.key(field).value(Count{index});
  out.endObject();
  out.key("rows").value(Count{table.rows.size() - first_data_row});
  out.key("numbers").value(Count{numbers});
  out.key("requests").beginArray();
  for (const auto& q : requests) {
    out.beginObject();
    for (const auto& [field, value] : q.fields) out.key(field).value(value);
    if (!q.address.empty()) {
      out.key("service_address").beginObject();
      for (const auto& [field, value] : q.address) out.key(field).value(value);
      out.endObject();
    }
    out.key("phone_numbers").beginArray();
    for (const auto& entry : q.numbers) {
      out.beginObject().key("phone_number").value(entry.number);
      if (!entry.pin.empty()) out.key("pin").value(entry.pin);
      out.endObject();
    }
    out.endArray().endObject();
  }
  out.endArray();
  out.key("problems").beginArray();
  for (const auto& p : problems) {
    out.beginObject().key("row").value(Count{p.row}).key("message").value(p.message).key("skipped").value(p.skipped).endObject();
  }
  out.endArray().endObject();
  return out.take();
}

}  // namespace portcheck
