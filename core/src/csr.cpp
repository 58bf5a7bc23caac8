// What a Customer Service Record says (csr.hpp). A CSR is a list of labelled fields, printed
// by the carrier's system or copied into an e-mail: "Customer Name: …", "Service Address: …"
// over one to three lines, "BTN: …", "Working Telephone Numbers: …". Labels are tables below,
// matched at the start of a line (or of a column in pasted text); a value is the rest of the
// label's line, else the next line. The account number, every phone number and the carrier
// come from the bill reader's own tables (bill.hpp readBillFields), so both documents read
// them alike.
#include "portcheck/csr.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <set>

#include "json_writer.hpp"
#include "portcheck/address.hpp"
#include "portcheck/numbers.hpp"
#include "portcheck/pdf_text.hpp"
#include "text.hpp"

namespace portcheck {
namespace {

// ---- tables -------------------------------------------------------------------------------

enum class Field { Name, ServiceAddress, OtherAddress, Address, Btn, Numbers, Other };

// Labels as they open a line, lower case, longest first where one starts another. Carriers'
// CSR exports and the porting forms that copy them (AT&T "LISTED NAME", Verizon "END USER
// NAME", Lumen "SERVICE LOCATION", Frontier "BILLING TELEPHONE NUMBER", e-mailed "WTN"
// lists) use these words.
constexpr std::pair<std::string_view, Field> kLabels[] = {
    {"account holder name", Field::Name},
    {"account holder", Field::Name},
    {"account name", Field::Name},
    {"business name", Field::Name},
    {"company name", Field::Name},
    {"customer name", Field::Name},
    {"end-user name", Field::Name},
    {"end user name", Field::Name},
    {"listed name", Field::Name},
    {"subscriber name", Field::Name},
    {"service name", Field::Name},
    {"customer", Field::Name},
    {"name", Field::Name},
    {"service address", Field::ServiceAddress},
    {"service location address", Field::ServiceAddress},
    {"service location", Field::ServiceAddress},
    {"location address", Field::ServiceAddress},
    {"installation address", Field::ServiceAddress},
    {"address of service", Field::ServiceAddress},
    {"end-user address", Field::ServiceAddress},
    {"end user address", Field::ServiceAddress},
    {"premises address", Field::ServiceAddress},
    {"premise address", Field::ServiceAddress},
    {"physical address", Field::ServiceAddress},
    {"site address", Field::ServiceAddress},
    {"billing name and address", Field::OtherAddress},
    {"billing address", Field::OtherAddress},
    {"bill-to address", Field::OtherAddress},
    {"bill to address", Field::OtherAddress},
    {"mailing address", Field::OtherAddress},
    {"remit to", Field::OtherAddress},
    {"bill to", Field::OtherAddress},
    {"address", Field::Address},
    {"billing telephone number", Field::Btn},
    {"billing telephone no", Field::Btn},
    {"billing telephone", Field::Btn},
    {"billing tn", Field::Btn},
    {"billing number", Field::Btn},
    {"account telephone number", Field::Btn},
    {"main billing number", Field::Btn},
    {"main telephone number", Field::Btn},
    {"main number", Field::Btn},
    {"btn", Field::Btn},
    {"atn", Field::Btn},
    {"working telephone numbers", Field::Numbers},
    {"working telephone number", Field::Numbers},
    {"working numbers", Field::Numbers},
    {"telephone numbers", Field::Numbers},
    {"phone numbers", Field::Numbers},
    {"numbers on the account", Field::Numbers},
    {"numbers on account", Field::Numbers},
    {"wtns", Field::Numbers},
    {"wtn", Field::Numbers},
    {"tns", Field::Numbers},
    // Read by the bill reader's tables, or not at all; known here so a value stops at them.
    {"account number", Field::Other},
    {"account no", Field::Other},
    {"account #", Field::Other},
    {"ban", Field::Other},
    {"carrier", Field::Other},
    {"features", Field::Other},
    {"directory listing", Field::Other},
    {"date", Field::Other},
    {"pin", Field::Other},
};

constexpr std::size_t kMaxAddressLines = 4;

// ---- lines --------------------------------------------------------------------------------

struct Line {
  std::string text;  // trimmed
  FoundAt at;
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The label a line opens with, and where its value starts (after ':', '-', '#' or '.').
struct Labelled {
  Field field = Field::Other;
  std::size_t value_at = 0;
};

std::optional<Labelled> labelOf(std::string_view text) {
  const std::string l = lower(text);
  std::size_t start = 0;
  while (start < l.size() && (l[start] == '*' || l[start] == '-' || l[start] == ' ')) ++start;
  std::optional<Labelled> best;
  std::size_t best_len = 0;
  for (const auto& [label, field] : kLabels) {
    if (l.compare(start, label.size(), label) != 0 || label.size() <= best_len) continue;
    const std::size_t end = start + label.size();
    // A whole label: what follows is the end, a separator or a space (never "names", "btns").
    if (end < l.size() && std::isalnum(static_cast<unsigned char>(l[end]))) continue;
    std::size_t v = end;
    bool separated = false;
    while (v < l.size() && (l[v] == ' ' || l[v] == ':' || l[v] == '-' || l[v] == '.' || l[v] == '=' || l[v] == '\t')) {
      separated = separated || l[v] == ':' || l[v] == '-' || l[v] == '=' || l[v] == '\t';
      ++v;
    }
    // Without a separator (':', '-', a tab), only a label alone on its line, or one followed
    // by a number, counts: "Customer Service Record" is a title, "BTN 217 555 0100" a field.
    const bool alone = v == l.size();
    const bool number_follows = v < l.size() && (std::isdigit(static_cast<unsigned char>(l[v])) || l[v] == '(');
    if (!separated && !alone && !(number_follows && field != Field::Name)) continue;
    best = Labelled{field, v};
    best_len = label.size();
  }
  return best;
}

// A value as one line of words: a column's tab becomes a space.
std::string untab(std::string_view text) {
  std::string out(text);
  std::replace(out.begin(), out.end(), '\t', ' ');
  return out;
}

// A "City, ST 62701" line (or its end): city, state and ZIP, or nullopt.
struct CityLine {
  std::string city, state, zip;
};

std::optional<CityLine> readCityLine(std::string_view text) {
  std::string s(trim(text));
  while (!s.empty() && (s.back() == '.' || s.back() == ',')) s.pop_back();
  // The ZIP: the last word, 5 digits or ZIP+4.
  const std::size_t zip_at = s.find_last_of(" ,");
  if (zip_at == std::string::npos) return std::nullopt;
  const std::string zip = s.substr(zip_at + 1);
  if (!isValidZip(zip)) return std::nullopt;
  std::string rest(trim(std::string_view(s).substr(0, zip_at)));
  while (!rest.empty() && rest.back() == ',') rest.pop_back();
  // The state: the last one to three words, as a code or a name ("New York", "District of Columbia").
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if ((i == 0 || rest[i - 1] == ' ' || rest[i - 1] == ',') && rest[i] != ' ' && rest[i] != ',') starts.push_back(i);
  }
  for (std::size_t n = 1; n <= 3 && n <= starts.size(); ++n) {
    const std::size_t at = starts[starts.size() - n];
    const std::string state(trim(std::string_view(rest).substr(at)));
    if (!findUsState(state)) continue;
    std::string city(trim(std::string_view(rest).substr(0, at)));
    while (!city.empty() && (city.back() == ',' || city.back() == ' ')) city.pop_back();
    return CityLine{city, state, zip};
  }
  return std::nullopt;
}

// Pasted text as lines: CR LF or LF or CR; a tab or a run of three spaces is a column, so
// "Customer Name: X<tab>BTN: Y" gives two lines with one label each.
std::vector<std::string> textLines(std::string_view text) {
  std::vector<std::string> out;
  std::string line;
  const auto flush = [&] {
    const auto t = trim(line);
    out.emplace_back(t);
    line.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r' || c == '\n') {
      flush();
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else if (c == '\t' || (c == ' ' && text.compare(i, 3, "   ") == 0)) {
      while (i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\t')) ++i;
      // A column: the next label opens a line of its own; a value after its label keeps the
      // tab, which separates them as a colon would ("END USER NAME<tab>JANE DOE").
      if (!trim(line).empty() && labelOf(text.substr(i + 1, 40))) flush();
      else line += '\t';
    } else {
      line += c;
    }
  }
  flush();
  return out;
}

// A page's lines as rows: the fragments that share a baseline, left to right, a tab between
// them. CSRs print a label and its value in two columns, which reading order keeps apart.
std::vector<std::string> rowsOf(const std::vector<TextLine>& lines) {
  std::vector<const TextLine*> sorted;
  for (const auto& l : lines) sorted.push_back(&l);
  std::stable_sort(sorted.begin(), sorted.end(), [](const TextLine* a, const TextLine* b) {
    if (a->direction != b->direction) return a->direction < b->direction;
    const double tolerance = 0.35 * std::min(a->size, b->size);
    if (std::abs(a->y - b->y) > tolerance) return a->y > b->y;
    return a->x0 < b->x0;
  });
  std::vector<std::string> rows;
  const TextLine* first = nullptr;
  for (const TextLine* l : sorted) {
    const bool same_row = first && first->direction == l->direction &&
                          std::abs(first->y - l->y) <= 0.35 * std::min(first->size, l->size);
    if (same_row) {
      rows.back() += '\t' + l->text;
    } else {
      rows.push_back(l->text);
      first = l;
    }
  }
  return rows;
}

// Rows of columns as the lines fields are read from: each column a line of its own, but a
// label alone in its column keeps the next column as its value ("Listed Name:<tab>ACME LLC").
std::vector<std::string> fieldLines(const std::vector<std::string>& rows) {
  std::vector<std::string> out;
  for (const auto& row : rows) {
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= row.size(); ++i) {
      if (i == row.size() || row[i] == '\t') {
        if (auto cell = trim(std::string_view(row).substr(start, i - start)); !cell.empty() || cells.empty()) {
          cells.emplace_back(cell);
        }
        start = i + 1;
      }
    }
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const auto label = labelOf(cells[c]);
      if (label && label->value_at >= cells[c].size() && c + 1 < cells.size() && !labelOf(cells[c + 1])) {
        out.push_back(cells[c] + '\t' + cells[c + 1]);
        ++c;
      } else {
        out.push_back(cells[c]);
      }
    }
  }
  return out;
}

std::string firstPhone(std::string_view text, std::string& e164) {
  // The first run of phone characters holding 10 or 11 digits.
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i])) && text[i] != '(' && text[i] != '+') continue;
    std::size_t j = i, digits = 0;
    while (j < text.size() && (std::isdigit(static_cast<unsigned char>(text[j])) || text[j] == ' ' || text[j] == '-' ||
                               text[j] == '.' || text[j] == '(' || text[j] == ')' || text[j] == '+')) {
      digits += std::isdigit(static_cast<unsigned char>(text[j])) != 0;
      ++j;
      if (digits == 11 || (digits == 10 && text[i] != '1' && text[i] != '+')) break;
    }
    if (digits >= 10) {
      const std::string_view run = trim(text.substr(i, j - i));
      const NumberVerdict v = classifyNumber(run);
      if (v.e164) {
        e164 = *v.e164;
        return std::string(run);
      }
    }
    i = j;
  }
  return {};
}

void readFields(const std::vector<Line>& lines, CsrReading& out) {
  bool service_taken = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto label = labelOf(lines[i].text);
    if (!label) continue;
    const std::string value = untab(trim(std::string_view(lines[i].text).substr(label->value_at)));
    // The value: the rest of the line, else the next line when it is not a label itself.
    const bool next_is_value = value.empty() && i + 1 < lines.size() && !labelOf(lines[i + 1].text) &&
                               !lines[i + 1].text.empty();
    switch (label->field) {
      case Field::Name:
        if (!out.customer_name) {
          if (!value.empty()) out.customer_name = BillValue{value, lines[i].at};
          else if (next_is_value) out.customer_name = BillValue{untab(lines[i + 1].text), lines[i + 1].at};
        }
        break;
      case Field::Btn:
        if (!out.account_telephone_number) {
          std::string e164;
          if (!firstPhone(value, e164).empty()) {
            out.account_telephone_number = BillValue{e164, lines[i].at};
          } else if (next_is_value && !firstPhone(lines[i + 1].text, e164).empty()) {
            out.account_telephone_number = BillValue{e164, lines[i + 1].at};
          }
        }
        break;
      case Field::ServiceAddress:
      case Field::Address: {
        // A service address wins over a plain "Address"; a billing address is never read.
        if (service_taken || (label->field == Field::Address && out.street)) break;
        std::vector<std::pair<std::string, FoundAt>> parts;
        const auto addParts = [&](const std::string& text, FoundAt at) {
          std::size_t start = 0;
          for (std::size_t k = 0; k <= text.size(); ++k) {
            if (k == text.size() || text[k] == ',') {
              if (auto p = trim(std::string_view(text).substr(start, k - start)); !p.empty()) parts.emplace_back(p, at);
              start = k + 1;
            }
          }
        };
        if (!value.empty()) addParts(value, lines[i].at);
        std::optional<CityLine> city;
        FoundAt city_at;
        // A whole address on one line: "123 Main St, Springfield, IL 62701". The city is the
        // last comma-separated part that still reads as "City, ST ZIP" with a city in it.
        for (std::size_t k = parts.size(); k-- > 0 && !city;) {
          std::string joined;
          for (std::size_t m = k; m < parts.size(); ++m) joined += (m == k ? "" : ", ") + parts[m].first;
          if (auto c = readCityLine(joined); c && !c->city.empty()) {
            city = c;
            city_at = parts[k].second;
            parts.resize(k);
          }
        }
        for (std::size_t k = i + 1; !city && k < lines.size() && k <= i + kMaxAddressLines; ++k) {
          if (lines[k].text.empty() || labelOf(lines[k].text)) break;
          if (auto c = readCityLine(untab(lines[k].text))) {
            city = c;
            city_at = lines[k].at;
            if (c->city.empty() && !parts.empty()) {  // "Springfield" on its own line, then "IL 62701"
              city->city = parts.back().first;
              parts.pop_back();
            }
            break;
          }
          addParts(untab(lines[k].text), lines[k].at);
        }
        if (parts.empty() && !city) break;
        if (label->field == Field::ServiceAddress) service_taken = true;
        out.street.reset(), out.street_2.reset(), out.city.reset(), out.state.reset(), out.zip.reset();
        if (!parts.empty()) out.street = BillValue{parts[0].first, parts[0].second};
        if (parts.size() > 1) {
          std::string second;
          for (std::size_t k = 1; k < parts.size(); ++k) second += (k == 1 ? "" : " ") + parts[k].first;
          out.street_2 = BillValue{second, parts[1].second};
        }
        if (city) {
          if (!city->city.empty()) out.city = BillValue{city->city, city_at};
          out.state = BillValue{city->state, city_at};
          out.zip = BillValue{city->zip, city_at};
        }
        break;
      }
      case Field::Numbers: {
        if (!out.phone_numbers.empty()) break;
        // The label's line and the lines after it, while they hold numbers.
        std::set<std::string> seen;
        for (std::size_t k = i; k < lines.size(); ++k) {
          if (k > i && labelOf(lines[k].text)) break;
          std::string_view rest = k == i ? std::string_view(value) : std::string_view(lines[k].text);
          std::vector<std::string> numbers;
          std::size_t letters = 0;
          while (!rest.empty()) {
            std::string e164;
            const std::string run = firstPhone(rest, e164);
            const std::string_view before = rest.substr(0, run.empty() ? rest.size() : rest.find(run));
            letters += static_cast<std::size_t>(std::count_if(before.begin(), before.end(), [](char c) {
              return std::isalpha(static_cast<unsigned char>(c));
            }));
            if (run.empty()) break;
            numbers.push_back(e164);
            rest = rest.substr(before.size() + run.size());
          }
          // A line of the list holds numbers and little else ("217-544-0111 (main)" is one;
          // "Questions? Call 1-800-331-0500" is the next paragraph).
          if (k > i && (numbers.empty() || letters > 8)) {
            if (lines[k].text.empty() && out.phone_numbers.empty()) continue;
            break;
          }
          for (const auto& e164 : numbers) {
            if (seen.insert(e164).second) out.phone_numbers.push_back({e164, lines[k].at});
          }
        }
        break;
      }
      case Field::OtherAddress:
      case Field::Other:
        break;
    }
  }
}

void writeValue(detail::JsonWriter& out, const char* key, const std::optional<BillValue>& value) {
  out.key(key);
  if (value) out.value(value->value); else out.null();
}

void writeAt(detail::JsonWriter& out, const char* key, const std::optional<BillValue>& value) {
  out.key(key);
  if (!value) {
    out.null();
    return;
  }
  out.beginObject();
  out.key("page").value(static_cast<std::uint64_t>(value->at.page));
  out.key("line").value(static_cast<std::uint64_t>(value->at.line));
  out.endObject();
}

}  // namespace

void readCsrFields(CsrReading& reading) {
  // The account number, numbers and carrier as a bill's (the same tables), then the CSR's own.
  BillReading as_bill;
  as_bill.text = reading.text;
  for (auto& page : as_bill.text) {
    for (auto& line : page) line = untab(line);
  }
  readBillFields(as_bill);
  if (!as_bill.account_numbers.empty()) reading.account_number = as_bill.account_numbers.front();
  reading.carrier = as_bill.carrier;
  std::vector<Line> lines;
  for (std::size_t p = 0; p < reading.text.size(); ++p) {
    for (std::size_t l = 0; l < reading.text[p].size(); ++l) {
      lines.push_back({std::string(trim(reading.text[p][l])), {static_cast<int>(p) + 1, static_cast<int>(l) + 1}});
    }
  }
  readFields(lines, reading);
  if (reading.phone_numbers.empty()) {
    // No "working numbers" list: every US number the record shows (not the carrier's toll-free lines).
    for (const auto& n : as_bill.phone_numbers) {
      if (classifyNumber(n.value).eligible()) reading.phone_numbers.push_back(n);
    }
  }
}

CsrReading readCsr(std::string_view bytes, const DocumentLimits& limits) {
  CsrReading out;
  if (bytes.size() > limits.max_input_bytes) {
    out.error_code = "document.too_large";
    out.error = "the file is over " + std::to_string(limits.max_input_bytes / (1024 * 1024)) + " MB";
    return out;
  }
  const bool pdf = bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
  const bool image = bytes.size() >= 4 && ((static_cast<unsigned char>(bytes[0]) == 0xFF && static_cast<unsigned char>(bytes[1]) == 0xD8) ||
                                           bytes.substr(0, 4) == "\x89PNG");
  if (pdf || image) {
    const DocumentGlyphs document = readDocumentGlyphs(bytes, limits);
    if (document.kind == DocumentKind::Unusable) {
      out.error_code = document.fault_code;
      out.error = document.fault;
      return out;
    }
    out.usable = true;
    out.media_type = document.media_type;
    for (const auto& page : document.pages) {
      out.text.push_back(fieldLines(rowsOf(readingOrderLines(page))));
      for (const auto& line : out.text.back()) out.text_layer = out.text_layer || !line.empty();
    }
    if (!out.text_layer) out.text.assign(out.text.size(), {});
  } else {
    std::string_view text = bytes;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a UTF-8 byte-order mark
    if (!isValidUtf8(text) || text.find('\0') != std::string_view::npos) {
      out.error_code = "document.not_text";
      out.error = "the file is not a PDF, an image or UTF-8 text";
      return out;
    }
    out.usable = true;
    out.media_type = "text/plain";
    out.text.push_back(fieldLines(textLines(text)));
    out.text_layer = std::any_of(out.text[0].begin(), out.text[0].end(), [](const std::string& l) { return !l.empty(); });
  }
  if (out.text_layer) readCsrFields(out);
  return out;
}

std::string csrJson(const CsrReading& r) {
  detail::JsonWriter out(2);
  out.beginObject();
  out.key("schema").value("portcheck.csr/1");
  if (!r.usable) {
    out.key("error").beginObject();
    out.key("code").value(r.error_code);
    out.key("message").value(r.error);
    out.endObject().endObject().newlineAtEnd();
    return out.take();
  }
  out.key("media_type").value(r.media_type);
  out.key("text_layer").value(r.text_layer);
  writeValue(out, "customer_name", r.customer_name);
  writeValue(out, "street", r.street);
  writeValue(out, "street_2", r.street_2);
  writeValue(out, "city", r.city);
  writeValue(out, "state", r.state);
  writeValue(out, "zip", r.zip);
  writeValue(out, "account_telephone_number", r.account_telephone_number);
  writeValue(out, "account_number", r.account_number);
  out.key("phone_numbers").beginArray();
  for (const auto& n : r.phone_numbers) out.value(n.value);
  out.endArray();
  writeValue(out, "carrier", r.carrier);
  out.key("found").beginObject();
  writeAt(out, "customer_name", r.customer_name);
  writeAt(out, "street", r.street);
  writeAt(out, "street_2", r.street_2);
  writeAt(out, "city", r.city);
  writeAt(out, "state", r.state);
  writeAt(out, "zip", r.zip);
  writeAt(out, "account_telephone_number", r.account_telephone_number);
  writeAt(out, "account_number", r.account_number);
  out.key("phone_numbers").beginArray();
  for (const auto& n : r.phone_numbers) {
    out.beginObject();
    out.key("page").value(static_cast<std::uint64_t>(n.at.page));
    out.key("line").value(static_cast<std::uint64_t>(n.at.line));
    out.endObject();
  }
  out.endArray();
  writeAt(out, "carrier", r.carrier);
  out.endObject();
  out.key("text").beginArray();
  for (const auto& page : r.text) {
    out.beginArray();
    for (const auto& line : page) out.value(line);
    out.endArray();
  }
  out.endArray();
  out.endObject().newlineAtEnd();
  return out.take();
}

std::string csrErrorJson(std::string code, std::string message) {
  CsrReading reading;
  reading.error_code = std::move(code);
  reading.error = std::move(message);
  return csrJson(reading);
}

}  // namespace portcheck
