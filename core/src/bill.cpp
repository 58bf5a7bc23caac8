// What a bill says (bill.hpp): labels and date forms as tables, read over the lines of the
// bill's text layer in reading order. A value is taken from its label's own line, else from
// the text just right of the label on the same baseline (a box's value column), else from the
// next line (a label printed above its value).
#include "portcheck/bill.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <map>
#include <set>

#include "json_writer.hpp"
#include "portcheck/carriers.hpp"
#include "portcheck/dates.hpp"
#include "portcheck/numbers.hpp"

namespace portcheck {
namespace {

// ---- tables -------------------------------------------------------------------------------

enum class DateLabel { Statement, Period };

// Longest first where one label starts another ("bill date" inside "bill date range" is fine:
// the value must follow).
constexpr std::pair<std::string_view, DateLabel> kDateLabels[] = {
    {"statement closing date", DateLabel::Statement},
    {"statement date", DateLabel::Statement},
    {"statement issue date", DateLabel::Statement},
    {"bill close date", DateLabel::Statement},
    {"bill issue date", DateLabel::Statement},
    {"closing date", DateLabel::Statement},
    {"issue date", DateLabel::Statement},
    {"date issued", DateLabel::Statement},
    {"billing date", DateLabel::Statement},
    {"bill date", DateLabel::Statement},
    {"invoice date", DateLabel::Statement},
    {"date of bill", DateLabel::Statement},
    {"date of invoice", DateLabel::Statement},
    {"billing period", DateLabel::Period},
    {"bill period", DateLabel::Period},
    {"billing cycle", DateLabel::Period},
    {"service period", DateLabel::Period},
    {"statement period", DateLabel::Period},
    {"invoice period", DateLabel::Period},
};

// Account-number labels, longest first so "billing account number" is not read as "account".
constexpr std::string_view kAccountLabels[] = {
    "billing account number", "billing account no.", "billing account no", "billing account #",
    "account number", "account no.", "account no", "account num", "account #", "acct. no.", "acct no.",
    "acct. number", "acct number", "acct no", "acct. #", "acct #", "acct.", "acct", "ban", "account",
};
constexpr std::size_t kMinAccountDigits = 4;

// Words between a period's two dates.
constexpr std::string_view kPeriodJoins[] = {"to", "through", "thru", "-", "\xE2\x80\x93", "\xE2\x80\x94", "until"};

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                      "july",    "august",   "september", "october", "november", "december"};

// Carrier names that are also ordinary words: one of them alone does not name the bill's
// carrier; a second mention, or any other spelling, does.
constexpr std::string_view kCommonWordSpellings[] = {"metro", "mint", "teams", "zoom", "google", "frontier", "cox",
                                                     "optimum", "charter", "sprint", "lumen", "fios"};

// ---- text helpers -------------------------------------------------------------------------

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Where `label` occurs in `line_lower` as whole words, from `from`; npos when not.
std::size_t findWords(std::string_view line_lower, std::string_view label, std::size_t from = 0) {
  for (std::size_t at = line_lower.find(label, from); at != std::string_view::npos; at = line_lower.find(label, at + 1)) {
    const bool starts = at == 0 || !isWordChar(line_lower[at - 1]);
    const std::size_t end = at + label.size();
    const bool ends = end >= line_lower.size() || !isWordChar(line_lower[end]) || !isWordChar(label.back());
    if (starts && ends) return at;
  }
  return std::string_view::npos;
}

std::size_t skipSeparators(std::string_view s, std::size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == ':' || s[i] == '#' || s[i] == '.' || s[i] == '-' || s[i] == '=')) ++i;
  return i;
}

std::size_t skipSpaces(std::string_view s, std::size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

std::size_t readDigits(std::string_view s, std::size_t i, int& value, std::size_t max_digits) {
  value = 0;
  std::size_t n = 0;
  while (i + n < s.size() && n < max_digits && std::isdigit(static_cast<unsigned char>(s[i + n]))) {
    value = value * 10 + (s[i + n] - '0');
    ++n;
  }
  if (i + n < s.size() && std::isdigit(static_cast<unsigned char>(s[i + n]))) return 0;  // too many digits
  return n;
}

std::optional<std::string> isoDate(int year, int month, int day) {
  if (year < 100) year += 2000;
  if (year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  if (auto date = Date::parseIso(buffer)) return date->iso();
  return std::nullopt;
}

// A month name (full, three letters, "Sept"), with an optional period; its number or 0.
int readMonth(std::string_view lower_text, std::size_t& i) {
  std::size_t n = 0;
  while (i + n < lower_text.size() && std::isalpha(static_cast<unsigned char>(lower_text[i + n]))) ++n;
  const std::string_view word = lower_text.substr(i, n);
  if (n < 3) return 0;
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    const bool full = word == kMonths[m];
    const bool abbreviated = n == 3 && kMonths[m].substr(0, 3) == word;
    const bool sept = m == 8 && word == "sept";
    if (full || abbreviated || sept) {
      i += n;
      if (i < lower_text.size() && lower_text[i] == '.') ++i;
      return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

// A date at i: "Oct 3, 2026", "October 3, 2026", "10/03/2026", "10/3/26", "2026-10-03",
// "3 Oct 2026", "03-Oct-2026" (and "03-Oct-26"). A month
// and day without a year ("Sep 4" in "Sep 4 - Oct 3, 2026") sets year to 0.
struct ParsedDate {
  int year = 0, month = 0, day = 0;
  std::size_t end = 0;
};

std::optional<ParsedDate> readDate(std::string_view text_lower, std::size_t i) {
  ParsedDate d;
  std::size_t j = i;
  if (int month = readMonth(text_lower, j)) {
    j = skipSpaces(text_lower, j);
    const std::size_t n = readDigits(text_lower, j, d.day, 2);
    if (n == 0) return std::nullopt;
    j += n;
    if (j + 1 < text_lower.size() && (text_lower.compare(j, 2, "st") == 0 || text_lower.compare(j, 2, "nd") == 0 ||
                                      text_lower.compare(j, 2, "rd") == 0 || text_lower.compare(j, 2, "th") == 0)) {
      j += 2;
    }
    d.month = month;
    std::size_t k = j;
    if (k < text_lower.size() && text_lower[k] == ',') ++k;
    k = skipSpaces(text_lower, k);
    int year = 0;
    if (const std::size_t y = readDigits(text_lower, k, year, 4); y == 4) {
      d.year = year;
      j = k + 4;
    }
    d.end = j;
    return d;
  }
  int a = 0;
  const std::size_t na = readDigits(text_lower, i, a, 4);
  if (na == 0 || (i > 0 && isWordChar(text_lower[i - 1]))) return std::nullopt;
  j = i + na;
  if (na <= 2 && j + 1 < text_lower.size() && (text_lower[j] == ' ' || text_lower[j] == '-')) {  // 3 Oct 2026, 03-Oct-2026
    std::size_t k = j + 1;
    if (const int month = readMonth(text_lower, k)) {
      if (k < text_lower.size() && (text_lower[k] == '-' || text_lower[k] == ',')) ++k;
      k = skipSpaces(text_lower, k);
      int year = 0;
      const std::size_t ny = readDigits(text_lower, k, year, 4);
      if (ny == 4 || (ny == 2 && text_lower[j] == '-')) return ParsedDate{year, month, a, k + ny};
      return std::nullopt;
    }
  }
  if (na == 4 && j < text_lower.size() && text_lower[j] == '-') {  // 2026-10-03
    int m = 0, day = 0;
    const std::size_t nm = readDigits(text_lower, j + 1, m, 2);
    if (nm != 2 || j + 1 + nm >= text_lower.size() || text_lower[j + 1 + nm] != '-') return std::nullopt;
    const std::size_t nd = readDigits(text_lower, j + 2 + nm, day, 2);
    if (nd != 2) return std::nullopt;
    return ParsedDate{a, m, day, j + 2 + nm + nd};
  }
  if (na <= 2 && j < text_lower.size() && text_lower[j] == '/') {  // 10/03/2026, 10/3/26
    int day = 0, year = 0;
    const std::size_t nd = readDigits(text_lower, j + 1, day, 2);
    if (nd == 0 || j + 1 + nd >= text_lower.size() || text_lower[j + 1 + nd] != '/') return std::nullopt;
    const std::size_t ny = readDigits(text_lower, j + 2 + nd, year, 4);
    if (ny != 2 && ny != 4) return std::nullopt;
    return ParsedDate{year, a, day, j + 2 + nd + ny};
  }
  return std::nullopt;
}

// ---- fields -------------------------------------------------------------------------------

struct Line {
  std::string text, lower;
  int page, index;  // 1-based
  double x0, x1, y, size;
  int direction;
};

// The text a label's value is looked for in: the rest of its line, then the line just right
// of it on the same baseline, then the next line; each as printed and folded, with its line.
struct Candidate {
  std::string_view text, lower;
  int line;
};

std::vector<Candidate> valueCandidates(const std::vector<Line>& lines, std::size_t at, std::size_t after_label) {
  std::vector<Candidate> out;
  const Line& line = lines[at];
  const std::size_t from = std::min(after_label, line.lower.size());
  out.push_back({std::string_view(line.text).substr(from), std::string_view(line.lower).substr(from), line.index});
  const Line* beside = nullptr;
  for (const auto& other : lines) {
    if (other.page != line.page || other.direction != line.direction || &other == &line) continue;
    if (std::abs(other.y - line.y) > 0.35 * std::min(other.size, line.size) || other.x0 < line.x1) continue;
    if (!beside || other.x0 < beside->x0) beside = &other;
  }
  if (beside) out.push_back({beside->text, beside->lower, beside->index});
  if (at + 1 < lines.size() && lines[at + 1].page == line.page) out.push_back({lines[at + 1].text, lines[at + 1].lower, lines[at + 1].index});
  return out;
}

void readDates(const std::vector<Line>& lines, BillReading& out) {
  for (std::size_t li = 0; li < lines.size() && !(out.statement_date && out.billing_period); ++li) {
    for (const auto& [label, kind] : kDateLabels) {
      if ((kind == DateLabel::Statement && out.statement_date) || (kind == DateLabel::Period && out.billing_period)) continue;
      const std::size_t at = findWords(lines[li].lower, label);
      if (at == std::string::npos) continue;
      const auto candidates = valueCandidates(lines, li, at + label.size());
      for (std::size_t c = 0; c < candidates.size(); ++c) {
        const std::string_view text = candidates[c].lower;
        std::size_t i = skipSeparators(text, 0);
        if (c == 0) {
          // "Bill date" may be followed by words before its date: "Statement date for this bill: Oct 3, 2026".
          std::size_t probe = i;
          while (probe < text.size() && !readDate(text, probe) && probe < i + 40) ++probe;
          if (probe < text.size() && readDate(text, probe)) i = probe;
        }
        auto first = readDate(text, i);
        if (!first) continue;
        const FoundAt where{lines[li].page, candidates[c].line};
        // A period: "first to second", the first's year from the second's when not printed.
        std::optional<ParsedDate> second;
        std::size_t j = skipSpaces(text, first->end);
        for (auto join : kPeriodJoins) {
          if (text.substr(j, join.size()) == join) {
            second = readDate(text, skipSpaces(text, j + join.size()));
            break;
          }
        }
        if (kind == DateLabel::Period && second && second->year != 0) {
          int first_year = first->year != 0 ? first->year : second->year - (first->month > second->month ? 1 : 0);
          auto from = isoDate(first_year, first->month, first->day);
          auto to = isoDate(second->year, second->month, second->day);
          if (from && to && *from <= *to) out.billing_period = BillPeriod{*from, *to, where};
        } else if (kind == DateLabel::Statement && first->year != 0) {
          if (auto iso = isoDate(first->year, first->month, first->day)) out.statement_date = BillValue{*iso, where};
        }
        break;
      }
    }
  }
}

std::string digitsOf(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (std::isdigit(static_cast<unsigned char>(c))) d.push_back(c);
  }
  return d;
}

// The account number printed after a label: tokens of letters, digits and dashes that hold a
// digit, separated by single spaces; at least four digits in all.
std::optional<std::string> readAccountValue(std::string_view original, std::size_t i) {
  std::size_t end = i, digits = 0;
  std::size_t k = i;
  while (k < original.size()) {
    std::size_t t = k;
    bool has_digit = false;
    while (t < original.size() && (isWordChar(original[t]) || original[t] == '-')) {
      has_digit = has_digit || std::isdigit(static_cast<unsigned char>(original[t]));
      ++t;
    }
    if (t == k || !has_digit) break;
    // A token followed by a date or amount character is not part of an account number.
    if (t < original.size() && (original[t] == '/' || original[t] == '.' || original[t] == ',' || original[t] == '$')) {
      if (t + 1 < original.size() && std::isdigit(static_cast<unsigned char>(original[t + 1]))) break;
    }
    digits += digitsOf(original.substr(k, t - k)).size();
    end = t;
    if (t < original.size() && original[t] == ' ' && t + 1 < original.size() && original[t + 1] != ' ') {
      k = t + 1;
    } else {
      break;
    }
  }
  if (digits < kMinAccountDigits) return std::nullopt;
  std::string value(original.substr(i, end - i));
  while (!value.empty() && value.back() == '-') value.pop_back();
  return value;
}

void readAccountNumbers(const std::vector<Line>& lines, BillReading& out) {
  std::set<std::string> seen;
  for (std::size_t li = 0; li < lines.size() && out.account_numbers.size() < 16; ++li) {
    const auto& line = lines[li];
    std::size_t from = 0;
    while (from < line.lower.size()) {
      std::size_t best = std::string::npos, best_len = 0;
      for (auto label : kAccountLabels) {
        const std::size_t at = findWords(line.lower, label, from);
        if (at != std::string::npos && (at < best || (at == best && label.size() > best_len))) {
          best = at;
          best_len = label.size();
        }
      }
      if (best == std::string::npos) break;
      from = best + best_len;
      // The value keeps its printed letters' case: read it from the original text. Only a
      // label that names a number ("Account number", "Acct #", not "Account" or "BAN") and ends
      // its line may take its value from beside it or below it.
      const std::string_view label = std::string_view(line.lower).substr(best, best_len);
      const bool names_number = label.find("number") != std::string_view::npos || label.find("no") != std::string_view::npos ||
                                label.find('#') != std::string_view::npos || label.find("num") != std::string_view::npos;
      const bool ends_line = skipSeparators(line.lower, from) >= line.lower.size();
      auto sources = valueCandidates(lines, li, from);
      if (!(names_number && ends_line)) sources.resize(1);
      for (std::size_t s = 0; s < sources.size(); ++s) {
        const std::string_view text = sources[s].text;
        const std::size_t i = skipSeparators(text, 0);
        // A value must start right after the label and its punctuation ("Account: 1234"),
        // or begin the line it is on.
        if (i >= text.size() || !isWordChar(text[i])) continue;
        if (s == 0 && i == 0 && !text.empty()) continue;  // "Accounts": the label ran into a word
        auto value = readAccountValue(text, i);
        if (!value) continue;
        const std::string key = digitsOf(*value);
        if (seen.insert(key).second) out.account_numbers.push_back({*value, {line.page, sources[s].line}});
        break;
      }
    }
  }
}

bool boundaryBefore(std::string_view s, std::size_t i) { return i == 0 || !isWordChar(s[i - 1]); }

bool boundaryAfter(std::string_view s, std::size_t i) {
  if (i >= s.size()) return true;
  if (isWordChar(s[i])) return false;
  // "217-555-0100-001" continues the digits: not a phone number by itself.
  if ((s[i] == '-' || s[i] == '.' || s[i] == '/') && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1]))) return false;
  return true;
}

// A NANP-shaped number at i: "(217) 555-0100", "217-555-0100", "217.555.0100", "217 555 0100",
// "1-217-555-0100", "+1 217 555 0100", "2175550100"; its end, or 0.
std::size_t matchPhone(std::string_view s, std::size_t i) {
  auto digit = [&](std::size_t k) { return k < s.size() && std::isdigit(static_cast<unsigned char>(s[k])); };
  auto digits = [&](std::size_t k, std::size_t n) {
    for (std::size_t m = 0; m < n; ++m) {
      if (!digit(k + m)) return false;
    }
    return !digit(k + n);
  };
  auto sep = [&](std::size_t k) { return k < s.size() && (s[k] == '-' || s[k] == '.' || s[k] == ' '); };
  std::size_t k = i;
  if (k < s.size() && s[k] == '+') {
    if (!(digit(k + 1) && s[k + 1] == '1')) return 0;
    k += 2;
    if (sep(k)) ++k;
  } else if (digit(k) && s[k] == '1' && sep(k + 1) && (digit(k + 2) || (k + 2 < s.size() && s[k + 2] == '('))) {
    k += 2;
  }
  // Ten (or 1 + ten) digits in a row.
  if (digit(k) && !digit(k + 10) && digits(k, 10)) return k + 10;
  if (k == i && digit(k) && s[k] == '1' && digits(k, 11)) return k + 11;
  if (k < s.size() && s[k] == '(') {
    if (!digits(k + 1, 3) || k + 4 >= s.size() || s[k + 4] != ')') return 0;
    k += 5;
    if (k < s.size() && (s[k] == ' ' || s[k] == '-' || s[k] == '.')) ++k;
  } else {
    if (!digits(k, 3) || !sep(k + 3)) return 0;
    k += 4;
  }
  if (!digits(k, 3) || !sep(k + 3)) return 0;
  k += 4;
  if (!digits(k, 4)) return 0;
  return k + 4;
}

void readPhoneNumbers(const std::vector<Line>& lines, BillReading& out) {
  std::set<std::string> seen;
  for (const auto& line : lines) {
    for (auto& found : phoneNumbersIn(line.text)) {
      if (seen.insert(found.e164).second) out.phone_numbers.push_back({std::move(found.e164), {line.page, line.index}});
    }
  }
}

void readCarrier(const std::vector<Line>& lines, BillReading& out) {
  static const auto spellings = [] {
    std::map<std::string, CarrierSpelling, std::less<>> by_folded;
    for (const auto& spelling : carrierSpellings()) by_folded.emplace(std::string(spelling.folded), spelling);
    return by_folded;
  }();
  struct Count {
    int strong = 0, common = 0;
    FoundAt first;
  };
  std::map<std::string_view, Count> counts;  // by carrier id
  std::map<std::string_view, const CarrierFacts*> by_id;
  for (const auto& line : lines) {
    // Words folded as the carrier table folds ("T-Mobile" -> "tmobile", "AT&T" -> "at&t").
    std::vector<std::string> words;
    std::string word;
    for (char ch : line.text) {
      const auto u = static_cast<unsigned char>(ch);
      if (ch == ' ' || ch == '/' || ch == ',' || ch == '(' || ch == ')' || ch == ':' || ch == ';') {
        if (!word.empty()) words.push_back(std::move(word)), word.clear();
      } else if (u < 0x80 && (std::isalnum(u) || ch == '&')) {
        word.push_back(static_cast<char>(std::tolower(u)));
      }
    }
    if (!word.empty()) words.push_back(std::move(word));
    for (std::size_t w = 0; w < words.size(); ++w) {
      const CarrierSpelling* best = nullptr;
      std::size_t best_words = 0;
      std::string joined;
      for (std::size_t n = 1; n <= 4 && w + n <= words.size(); ++n) {
        joined += words[w + n - 1];
        if (auto hit = spellings.find(joined); hit != spellings.end()) {
          best = &hit->second;
          best_words = n;
        }
      }
      if (!best) continue;
      const bool common = best_words == 1 && std::find(std::begin(kCommonWordSpellings), std::end(kCommonWordSpellings),
                                                       best->folded) != std::end(kCommonWordSpellings);
      auto& count = counts[best->carrier->id];
      by_id[best->carrier->id] = best->carrier;
      if (count.strong == 0 && count.common == 0) count.first = {line.page, line.index};
      (common ? count.common : count.strong) += 1;
      w += best_words - 1;
    }
  }
  // The carrier named most; none when two tie or the only mentions are ordinary words once.
  std::string_view winner;
  int winner_score = 0;
  bool tie = false;
  for (const auto& [id, count] : counts) {
    if (count.strong == 0 && count.common < 2) continue;
    const int score = count.strong * 2 + count.common;
    if (score > winner_score) {
      winner = id;
      winner_score = score;
      tie = false;
    } else if (score == winner_score) {
      tie = true;
    }
  }
  if (!winner.empty() && !tie) out.carrier = BillValue{std::string(by_id[winner]->name), counts[winner].first};
}

void readFields(const std::vector<Line>& lines, BillReading& out) {
  readDates(lines, out);
  readAccountNumbers(lines, out);
  readPhoneNumbers(lines, out);
  readCarrier(lines, out);
}

void writeAt(detail::JsonWriter& out, const FoundAt& at) {
  out.beginObject();
  out.key("page").value(static_cast<std::uint64_t>(at.page));
  out.key("line").value(static_cast<std::uint64_t>(at.line));
  out.endObject();
}

}  // namespace

std::vector<PhoneInText> phoneNumbersIn(std::string_view s) {
  std::vector<PhoneInText> out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '(' || c == '+') || !boundaryBefore(s, i)) continue;
    const std::size_t end = matchPhone(s, i);
    if (end == 0 || !boundaryAfter(s, end)) continue;
    const auto verdict = classifyNumber(s.substr(i, end - i));
    if (verdict.code != NumberCode::Invalid && verdict.e164) out.push_back({*verdict.e164, i, end});
    i = end - 1;
  }
  return out;
}

void readBillFields(BillReading& reading) {
  // Lines without positions: each on a baseline of its own (1,000 pt apart), so no line is
  // "beside" another and values come from a label's own line or the next.
  std::vector<Line> lines;
  for (std::size_t p = 0; p < reading.text.size(); ++p) {
    for (std::size_t l = 0; l < reading.text[p].size(); ++l) {
      lines.push_back({reading.text[p][l], lower(reading.text[p][l]), static_cast<int>(p) + 1, static_cast<int>(l) + 1, 0, 0,
                       -static_cast<double>(l) * 1000, 1, 0});
    }
  }
  readFields(lines, reading);
}

BillReading readBill(std::string_view bytes, const DocumentLimits& limits) {
  BillReading out;
  const auto document = readDocumentGlyphs(bytes, limits);
  if (document.kind == DocumentKind::Unusable) {
    out.error_code = document.fault_code;
    out.error = document.fault;
    return out;
  }
  out.usable = true;
  out.media_type = document.media_type;
  out.pages_in_file = document.kind == DocumentKind::Image ? 1 : document.pages_in_file;
  out.pages_read = document.kind == DocumentKind::Image ? 1 : static_cast<int>(document.pages.size());
  out.limits = document.limits;
  std::vector<Line> lines;
  for (std::size_t p = 0; p < document.pages.size(); ++p) {
    auto page_lines = readingOrderLines(document.pages[p]);
    std::vector<std::string> texts;
    for (std::size_t l = 0; l < page_lines.size(); ++l) {
      const auto& tl = page_lines[l];
      texts.push_back(tl.text);
      lines.push_back({tl.text, lower(tl.text), static_cast<int>(p) + 1, static_cast<int>(l) + 1, tl.x0, tl.x1, tl.y,
                       tl.size, tl.direction});
      if (tl.text.find_first_not_of(' ') != std::string::npos) out.text_layer = true;
    }
    out.text.push_back(std::move(texts));
  }
  if (!out.text_layer) {
    for (auto& page : out.text) page.clear();
    return out;
  }
  readFields(lines, out);
  return out;
}

std::string billErrorJson(std::string code, std::string message) {
  BillReading reading;
  reading.error_code = std::move(code);
  reading.error = std::move(message);
  return billJson(reading);
}

std::string billJson(const BillReading& r) {
  detail::JsonWriter out(2);
  out.beginObject();
  out.key("schema").value("portcheck.bill/1");
  if (!r.usable) {
    out.key("error").beginObject();
    out.key("code").value(r.error_code);
    out.key("message").value(r.error);
    out.endObject().endObject().newlineAtEnd();
    return out.take();
  }
  out.key("media_type").value(r.media_type);
  out.key("text_layer").value(r.text_layer);
  out.key("pages").beginObject();
  out.key("read").value(static_cast<std::uint64_t>(r.pages_read));
  out.key("in_file").value(static_cast<std::uint64_t>(r.pages_in_file));
  out.endObject();
  out.key("limits").beginArray();
  for (const auto& l : r.limits) out.value(l);
  out.endArray();
  out.key("statement_date");
  if (r.statement_date) out.value(r.statement_date->value); else out.null();
  out.key("billing_period");
  if (r.billing_period) {
    out.beginObject().key("from").value(r.billing_period->from).key("to").value(r.billing_period->to).endObject();
  } else {
    out.null();
  }
  out.key("account_numbers").beginArray();
  for (const auto& a : r.account_numbers) out.value(a.value);
  out.endArray();
  out.key("phone_numbers").beginArray();
  for (const auto& p : r.phone_numbers) out.value(p.value);
  out.endArray();
  out.key("carrier");
  if (r.carrier) out.value(r.carrier->value); else out.null();
  out.key("found").beginObject();
  out.key("statement_date");
  if (r.statement_date) writeAt(out, r.statement_date->at); else out.null();
  out.key("billing_period");
  if (r.billing_period) writeAt(out, r.billing_period->at); else out.null();
  out.key("account_numbers").beginArray();
  for (const auto& a : r.account_numbers) writeAt(out, a.at);
  out.endArray();
  out.key("phone_numbers").beginArray();
  for (const auto& p : r.phone_numbers) writeAt(out, p.at);
  out.endArray();
  out.key("carrier");
  if (r.carrier) writeAt(out, r.carrier->at); else out.null();
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

}  // namespace portcheck
