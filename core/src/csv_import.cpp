// CSV import: parsing (RFC 4180), recognising columns by their headers, grouping rows into
// requests. The page only shows the preview this returns.
#include "portcheck/csv_import.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

#include "portcheck/draft.hpp"
#include "portcheck/json.hpp"
#include "json_writer.hpp"
#include "portcheck/numbers.hpp"
#include "text.hpp"

namespace portcheck {
namespace {

constexpr std::size_t kMaxCsvRows = 100000;

// Header spellings people use → draft field. Compared after lower-casing and dropping
// everything but letters and digits ("Phone #" → "phone", "ZIP Code" → "zipcode").
struct ColumnName {
  std::string_view header;
  std::string_view field;
};
constexpr ColumnName kColumns[] = {
    {"phonenumber", "phone_number"}, {"phone", "phone_number"}, {"number", "phone_number"},
    {"telephone", "phone_number"}, {"telephonenumber", "phone_number"}, {"tn", "phone_number"},
    {"did", "phone_number"}, {"numbers", "phone_number"},
    {"pin", "pin"}, {"numberpin", "pin"},
    {"accountnumber", "account_number"}, {"account", "account_number"}, {"accountno", "account_number"},
    {"accountpin", "account_pin"}, {"portoutpin", "account_pin"},
    {"btn", "account_telephone_number"}, {"billingtelephonenumber", "account_telephone_number"},
    {"accounttelephonenumber", "account_telephone_number"}, {"billingnumber", "account_telephone_number"},
    {"customername", "customer_name"}, {"owner", "customer_name"}, {"accountname", "customer_name"},
    {"name", "customer_name"}, {"business", "customer_name"}, {"company", "customer_name"},
    {"carrier", "losing_carrier"}, {"losingcarrier", "losing_carrier"}, {"currentcarrier", "losing_carrier"},
    {"street", "street"}, {"address", "street"}, {"streetaddress", "street"}, {"address1", "street"},
    {"street2", "street_2"}, {"address2", "street_2"}, {"suite", "street_2"}, {"unit", "street_2"},
    {"city", "city"}, {"state", "state"}, {"zip", "zip"}, {"zipcode", "zip"}, {"postalcode", "zip"},
};
// The fields that tell accounts apart: a new value in any of them starts a new request.
constexpr std::array<std::string_view, 10> kGroupFields = {
    "account_number", "customer_name", "losing_carrier", "account_pin", "account_telephone_number",
    "street", "street_2", "city", "state", "zip"};

std::string headerKey(std::string_view header) {
  std::string key;
  for (const char c : header) {
    if (std::isalnum(static_cast<unsigned char>(c))) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return key;
}

std::string_view fieldOf(std::string_view header) {
  const std::string key = headerKey(header);
  for (const auto& c : kColumns) {
    if (c.header == key) return c.field;
  }
  return {};
}

}  // namespace

CsvTable parseCsv(std::string_view text) {
  CsvTable table;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, field_started = false;
  const auto endField = [&] {
    row.push_back(std::move(field));
    field.clear();
    field_started = false;
  };
  const auto endRow = [&] {
    endField();
    const bool blank = row.size() == 1 && trim(row[0]).empty();
    if (!blank) table.rows.push_back(std::move(row));
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
        field += c;
      }
    } else if (c == '"' && !field_started) {
      quoted = field_started = true;
    } else if (c == ',') {
      endField();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      endRow();
      if (table.rows.size() > kMaxCsvRows) {
        table.error = "more than 100,000 rows";
        return table;
      }
    } else {
      field += c;
      field_started = true;
    }
  }
  if (quoted) {
    table.error = "a quoted field is not closed (line " + std::to_string(table.rows.size() + 1) + ")";
    return table;
  }
  if (field_started || !row.empty()) endRow();
  return table;
}

std::string importCsvJson(std::string_view csv) {
  if (csv.size() > kMaxDraftBytes) return inputErrorJson({"input.too_large", "the CSV is over 32 MiB", ""});
  if (!isValidUtf8(csv)) return inputErrorJson({"csv.encoding", "the CSV is not UTF-8 text; save it as \"CSV UTF-8\"", ""});
  const CsvTable table = parseCsv(csv);
  if (!table.error.empty()) return inputErrorJson({"csv.malformed", "not a readable CSV: " + table.error, ""});
  if (table.rows.empty()) return inputErrorJson({"csv.empty", "the CSV has no rows", ""});

  // Columns by header; with no recognisable header, a one-column list of numbers.
  std::map<std::string, std::size_t, std::less<>> columns;
  for (std::size_t c = 0; c < table.rows[0].size(); ++c) {
    const auto field = fieldOf(table.rows[0][c]);
    if (!field.empty() && columns.find(field) == columns.end()) columns.emplace(std::string(field), c);
  }
  std::size_t first_data_row = 1;
  if (columns.find("phone_number") == columns.end()) {
    if (!table.rows[0].empty() && classifyNumber(table.rows[0][0]).e164) {
      columns = {{"phone_number", 0}};
      first_data_row = 0;
    } else {
      return inputErrorJson({"csv.no_number_column",
                             "no phone-number column: name one \"phone_number\" (or Phone, Number, TN)", ""});
    }
  }

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
    std::string_view message;
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
    std::string number = cell(row, "phone_number");
    if (number.empty()) {
      problems.push_back({r + 1, "no phone number in this row"});
      continue;
    }
    std::string key;
    for (const auto field : kGroupFields) key += cell(row, field) + '\x1f';
    auto [it, inserted] = request_of_key.emplace(key, requests.size());
    if (inserted) {
      Request q;
      for (const std::string_view field : {"customer_name", "losing_carrier", "account_number", "account_pin", "account_telephone_number"}) {
        if (auto v = cell(row, field); !v.empty()) q.fields.emplace_back(field, std::move(v));
      }
      for (const std::string_view field : {"street", "street_2", "city", "state", "zip"}) {
        if (auto v = cell(row, field); !v.empty()) q.address.emplace_back(field, std::move(v));
      }
      requests.push_back(std::move(q));
    }
    requests[it->second].numbers.push_back({std::move(number), cell(row, "pin")});
    ++numbers;
  }

  using Count = std::uint64_t;
  detail::JsonWriter out;
  out.beginObject().key("columns").beginObject();
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
  for (const auto& p : problems) out.beginObject().key("row").value(Count{p.row}).key("message").value(p.message).endObject();
  out.endArray().endObject();
  return out.take();
}

}  // namespace portcheck
