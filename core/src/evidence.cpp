// Documents as evidence (evidence.hpp): bill readings parsed back from their JSON, and the
// comparisons of LOA values with a document's lines. Every comparison walks the lines once
// per value, so a 100-page bill costs what its text costs.
#include "portcheck/evidence.hpp"

#include <algorithm>
#include <cctype>

#include "json_input.hpp"
#include "portcheck/address.hpp"
#include "text.hpp"

namespace portcheck {
namespace {

using detail::Json;

// ---- the reading's JSON -------------------------------------------------------------------

std::optional<FoundAt> readAt(const Json& j) {
  if (!j.is_object() || !j.contains("page") || !j.contains("line")) return std::nullopt;
  const Json &page = j["page"], &line = j["line"];
  if (!page.is_number_integer() || !line.is_number_integer()) return std::nullopt;
  return FoundAt{page.get<int>(), line.get<int>()};
}

const Json* member(const Json& j, const char* key) {
  const auto it = j.find(key);
  return it == j.end() ? nullptr : &*it;
}

std::optional<std::string> readString(const Json* j) {
  if (!j || !j->is_string()) return std::nullopt;
  return j->get<std::string>();
}

// A reading from a parsed portcheck.bill/1 object; nullopt for anything else.
std::optional<BillReading> readingFrom(const Json& j) {
  if (!j.is_object() || readString(member(j, "schema")) != "portcheck.bill/1") return std::nullopt;
  BillReading r;
  if (const Json* error = member(j, "error")) {
    if (!error->is_object()) return std::nullopt;
    r.error_code = readString(member(*error, "code")).value_or("document.unreadable");
    r.error = readString(member(*error, "message")).value_or("");
    return r;
  }
  const Json* text_layer = member(j, "text_layer");
  const Json* text = member(j, "text");
  if (!text_layer || !text_layer->is_boolean() || !text || !text->is_array()) return std::nullopt;
  r.usable = true;
  r.text_layer = text_layer->get<bool>();
  r.media_type = readString(member(j, "media_type")).value_or("");
  if (const Json* pages = member(j, "pages"); pages && pages->is_object()) {
    if (const Json* read = member(*pages, "read"); read && read->is_number_integer()) r.pages_read = read->get<int>();
    if (const Json* in = member(*pages, "in_file"); in && in->is_number_integer()) r.pages_in_file = in->get<int>();
  }
  if (const Json* limits = member(j, "limits"); limits && limits->is_array()) {
    for (const auto& l : *limits) {
      if (l.is_string()) r.limits.push_back(l.get<std::string>());
    }
  }
  for (const auto& page : *text) {
    if (!page.is_array()) return std::nullopt;
    auto& lines = r.text.emplace_back();
    for (const auto& line : page) {
      if (!line.is_string()) return std::nullopt;
      lines.push_back(line.get<std::string>());
    }
  }
  static const Json kNoFound = Json::object();
  const Json* found = member(j, "found");
  const Json& at = found && found->is_object() ? *found : kNoFound;
  const auto atOf = [&](const char* key, std::size_t i) -> FoundAt {
    const Json* where = member(at, key);
    if (!where) return {};
    if (where->is_array()) return i < where->size() ? readAt((*where)[i]).value_or(FoundAt{}) : FoundAt{};
    return readAt(*where).value_or(FoundAt{});
  };
  if (auto date = readString(member(j, "statement_date"))) r.statement_date = BillValue{*date, atOf("statement_date", 0)};
  if (const Json* period = member(j, "billing_period"); period && period->is_object()) {
    auto from = readString(member(*period, "from")), to = readString(member(*period, "to"));
    if (from && to) r.billing_period = BillPeriod{*from, *to, atOf("billing_period", 0)};
  }
  const auto values = [&](const char* key, std::vector<BillValue>& out) {
    const Json* list = member(j, key);
    if (!list || !list->is_array()) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
      if ((*list)[i].is_string()) out.push_back({(*list)[i].get<std::string>(), atOf(key, i)});
    }
  };
  values("account_numbers", r.account_numbers);
  values("phone_numbers", r.phone_numbers);
  if (auto carrier = readString(member(j, "carrier"))) r.carrier = BillValue{*carrier, atOf("carrier", 0)};
  return r;
}

// ---- lines ---------------------------------------------------------------------------------

// A name's words as carriers compare names: lower case, letters, digits, '&' and non-ASCII
// kept; periods and apostrophes dropped ("O'Brien", "Co."); anything else separates words.
std::vector<std::string> nameWords(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '.' || c == '\'') continue;
    if (std::isalnum(u) || c == '&' || u >= 0x80) {
      word += static_cast<char>(std::tolower(u));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// Labels a name may follow on a bill without a colon ("Bill to ACME WIDGETS LLC").
const std::vector<std::vector<std::string>>& nameLabels() {
  static const std::vector<std::vector<std::string>> kLabels = {
      {"account", "name"}, {"customer", "name"}, {"account", "holder"}, {"business", "name"},
      {"company", "name"}, {"billing", "name"}, {"bill", "to"}, {"billed", "to"}, {"service", "for"},
      {"prepared", "for"}, {"sold", "to"}, {"attn"}, {"attention"}, {"c/o"}, {"name"}, {"customer"}};
  return kLabels;
}

// The parts of a line that may hold one value: split at colons and vertical bars.
std::vector<std::string_view> fieldsOf(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == ':' || line[i] == '|') {
      if (const auto part = trim(line.substr(start, i - start)); !part.empty()) out.push_back(part);
      start = i + 1;
    }
  }
  return out;
}

bool startsWith(const std::vector<std::string>& words, const std::vector<std::string>& prefix) {
  return prefix.size() <= words.size() && std::equal(prefix.begin(), prefix.end(), words.begin());
}

// How alike two word lists are: the share of words in common (Dice), 0 to 1.
double likeness(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::vector<bool> used(b.size());
  std::size_t common = 0;
  for (const auto& w : a) {
    for (std::size_t i = 0; i < b.size(); ++i) {
      if (!used[i] && b[i] == w) {
        used[i] = true;
        ++common;
        break;
      }
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

// Where `run` occurs in `words` as consecutive words; npos when not.
std::size_t findRun(const std::vector<std::string>& words, const std::vector<std::string>& run, std::size_t from = 0) {
  if (run.empty() || run.size() > words.size()) return std::string::npos;
  for (std::size_t i = from; i + run.size() <= words.size(); ++i) {
    if (std::equal(run.begin(), run.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) return i;
  }
  return std::string::npos;
}

// Keeps the line most like the value, for the message of a value not found.
struct Closest {
  double score = 0;
  TextMatch match;
  void offer(double s, std::string_view text, FoundAt at, double at_least = 0.5) {
    if (s >= at_least && s > score) {
      score = s;
      match.closest = excerpt(trim(text), 120);
      match.at = at;
    }
  }
};

bool isDigitWord(const std::string& w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// A standard street suffix or directional: words that change which street a line names, so a
// typed street must not stop just before one the bill prints.
bool extendsStreet(const std::string& next_normal_word) {
  static const auto kExtending = [] {
    std::vector<std::string> words;
    for (const char* w : {"AVE", "BLVD", "CIR", "CT", "DR", "HWY", "LN", "PKWY", "PL", "RD", "SQ", "ST", "TER", "TRL",
                          "WAY", "N", "S", "E", "W", "NE", "NW", "SE", "SW"}) {
      words.emplace_back(w);
    }
    return words;
  }();
  return std::find(kExtending.begin(), kExtending.end(), next_normal_word) != kExtending.end();
}

// Account-number groups of a line: its words with letters and digits only ("8351-0427" -> 83510427).
std::vector<std::string> accountGroups(std::string_view line) {
  std::vector<std::string> groups;
  std::string group;
  for (const char c : std::string(line) + " ") {
    if (c == ' ' || c == ':' || c == ',' || c == ';' || c == '(' || c == ')') {
      if (!group.empty()) groups.push_back(accountKey(group));
      group.clear();
    } else {
      group += c;
    }
  }
  return groups;
}

// Words folded as the carrier table folds: lower case, letters, digits and '&'.
std::vector<std::string> carrierWords(std::string_view line) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : std::string(line) + " ") {
    const auto u = static_cast<unsigned char>(c);
    if (c == ' ') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else if (std::isalnum(u) || c == '&') {
      word += static_cast<char>(std::tolower(u));
    }
  }
  return words;
}

}  // namespace

struct DocumentIndex {
  struct IndexedLine {
    FoundAt at;
    std::string text;
    std::vector<std::string> fields;                    // the parts that may hold one value (fieldsOf)
    std::vector<std::vector<std::string>> field_words;  // each part's name words
    std::vector<std::string> address_words;             // Publication 28 form
    std::vector<std::string> account_groups;
    std::vector<std::string> carrier_words;
  };
  std::vector<IndexedLine> lines;
  std::vector<BillValue> account_numbers;  // the labelled ones, as printed
};

std::shared_ptr<const DocumentIndex> indexDocument(const BillReading& reading) {
  auto index = std::make_shared<DocumentIndex>();
  index->account_numbers = reading.account_numbers;
  for (std::size_t p = 0; p < reading.text.size(); ++p) {
    for (std::size_t l = 0; l < reading.text[p].size(); ++l) {
      const std::string& text = reading.text[p][l];
      DocumentIndex::IndexedLine line;
      line.at = {static_cast<int>(p) + 1, static_cast<int>(l) + 1};
      line.text = text;
      for (const auto field : fieldsOf(text)) {
        line.fields.emplace_back(field);
        line.field_words.push_back(nameWords(field));
      }
      line.address_words = pub28Words(text);
      line.account_groups = accountGroups(text);
      line.carrier_words = carrierWords(text);
      index->lines.push_back(std::move(line));
    }
  }
  return index;
}

void Evidence::add(std::string sha256, BillReading reading) {
  for (auto& c : sha256) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  indexes_.erase(sha256);
  bills.insert_or_assign(std::move(sha256), std::move(reading));
}

const DocumentIndex* Evidence::indexFor(std::string_view sha256) const {
  std::string key(trim(sha256));
  for (auto& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const BillReading* reading = billFor(key);
  if (!reading) return nullptr;
  auto it = indexes_.find(key);
  if (it == indexes_.end()) it = indexes_.emplace(key, indexDocument(*reading)).first;
  return it->second.get();
}

const BillReading* Evidence::billFor(std::string_view sha256) const {
  std::string key(trim(sha256));
  for (auto& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto it = bills.find(key);
  return it == bills.end() ? nullptr : &it->second;
}

std::optional<BillReading> parseBillReadingJson(std::string_view json) {
  try {
    return readingFrom(detail::parseLimited(json));
  } catch (const detail::Unusable&) {
    return std::nullopt;
  }
}

std::variant<Evidence, InputError> parseEvidenceJson(std::string_view json) {
  try {
    const Json root = detail::parseLimited(json);
    if (!root.is_object()) return InputError{"input.type", "wrong type at (root): the evidence must be an object", ""};
    Evidence evidence;
    const Json* bills = member(root, "bills");
    if (!bills) return evidence;
    if (!bills->is_object()) return InputError{"input.type", "wrong type at /bills: must be an object", "/bills"};
    for (const auto& [sha256, reading_json] : bills->items()) {
      auto reading = readingFrom(reading_json);
      if (!reading) {
        const std::string path = "/bills/" + forTerminal(excerpt(sha256, 64));
        return InputError{"input.type", "wrong value at " + path + ": not a bill reading (portcheck.bill/1)", path};
      }
      evidence.add(sha256, std::move(*reading));
    }
    return evidence;
  } catch (const detail::Unusable& unusable) {
    return unusable.error;
  }
}

TextMatch findName(const DocumentIndex& document, std::string_view name) {
  const std::vector<std::string> target = nameWords(name);
  if (target.empty()) return {true, {}, {}};
  Closest closest;
  const std::vector<std::string>* previous = nullptr;  // the last field of the line before, for a wrapped name
  for (const auto& line : document.lines) {
    for (std::size_t f = 0; f < line.fields.size(); ++f) {
      const std::vector<std::string>& words = line.field_words[f];
      if (words == target) return {true, line.at, {}};
      // A label without a colon before the name: "Bill to ACME WIDGETS LLC".
      if (line.fields.size() == 1) {
        for (const auto& label : nameLabels()) {
          if (words.size() == label.size() + target.size() && startsWith(words, label) &&
              std::equal(target.begin(), target.end(), words.begin() + static_cast<std::ptrdiff_t>(label.size()))) {
            return {true, line.at, {}};
          }
        }
      }
      if (f == 0 && previous && !previous->empty() && previous->size() + words.size() == target.size() &&
          std::equal(previous->begin(), previous->end(), target.begin()) &&
          std::equal(words.begin(), words.end(), target.begin() + static_cast<std::ptrdiff_t>(previous->size()))) {
        return {true, line.at, {}};
      }
      closest.offer(likeness(words, target), line.fields[f], line.at);
    }
    previous = line.field_words.empty() ? nullptr : &line.field_words.back();
  }
  return closest.match;
}

TextMatch findStreet(const DocumentIndex& document, std::string_view street) {
  const std::vector<std::string> target = pub28Words(street);
  if (target.empty()) return {true, {}, {}};
  Closest closest;
  for (const auto& line : document.lines) {
    const std::vector<std::string>& words = line.address_words;
    for (std::size_t at = findRun(words, target); at != std::string::npos; at = findRun(words, target, at + 1)) {
      // Whole: no house number or street word of the bill's left out on either side.
      const bool starts = at == 0 || !isDigitWord(words[at - 1]);
      const std::size_t end = at + target.size();
      const bool ends = end == words.size() || !extendsStreet(words[end]);
      if (starts && ends) return {true, line.at, {}};
    }
    // The closest line shares the house number, or most of the words.
    double score = likeness(words, target);
    if (isDigitWord(target.front()) && std::find(words.begin(), words.end(), target.front()) != words.end()) score += 0.25;
    closest.offer(score, line.text, line.at);
  }
  return closest.match;
}

TextMatch findCity(const DocumentIndex& document, std::string_view city) {
  const std::vector<std::string> target = pub28Words(city);
  if (target.empty()) return {true, {}, {}};
  Closest closest;
  for (const auto& line : document.lines) {
    const std::vector<std::string>& words = line.address_words;
    if (findRun(words, target) != std::string::npos) return {true, line.at, {}};
    // A city line holds a ZIP: offer those lines as the closest.
    const bool has_zip = std::any_of(words.begin(), words.end(), [](const std::string& w) {
      return w.size() >= 5 && std::isdigit(static_cast<unsigned char>(w[0])) && zipParts(w).zip5.size() == 5;
    });
    if (has_zip) closest.offer(0.5 + likeness(words, target), line.text, line.at);
  }
  return closest.match;
}

TextMatch findZip(const DocumentIndex& document, std::string_view zip) {
  const ZipParts typed = zipParts(zip);
  if (typed.zip5.empty()) return {true, {}, {}};  // not a ZIP: address.zip_invalid says so
  Closest closest;
  for (const auto& line : document.lines) {
    const std::vector<std::string>& words = line.address_words;
    for (std::size_t i = 0; i < words.size(); ++i) {
      // "62701", "62701-1234", "627011234", or "62701" then "1234" when the dash was a gap.
      ZipParts printed = zipParts(words[i]);
      if (printed.zip5.empty()) continue;
      if (printed.plus4.empty() && i + 1 < words.size() && words[i + 1].size() == 4 && isDigitWord(words[i + 1]) &&
          words[i].size() == 5) {
        printed.plus4 = words[i + 1];
      }
      if (printed.zip5 != typed.zip5) {
        if (printed.zip5.substr(0, 3) == typed.zip5.substr(0, 3)) closest.offer(0.5, line.text, line.at);
        continue;
      }
      if (typed.plus4.empty() || printed.plus4.empty() || typed.plus4 == printed.plus4) return {true, line.at, {}};
      closest.offer(0.9, line.text, line.at);
    }
  }
  return closest.match;
}

TextMatch findName(const BillReading& reading, std::string_view name) { return findName(*indexDocument(reading), name); }
TextMatch findStreet(const BillReading& reading, std::string_view street) { return findStreet(*indexDocument(reading), street); }
TextMatch findCity(const BillReading& reading, std::string_view city) { return findCity(*indexDocument(reading), city); }
TextMatch findZip(const BillReading& reading, std::string_view zip) { return findZip(*indexDocument(reading), zip); }

std::string accountKey(std::string_view text) {
  std::string key;
  for (const char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return key;
}

std::size_t editDistance(std::string_view a, std::string_view b, std::size_t cap) {
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > cap) return cap + 1;
  // Three rows of the optimal-string-alignment table.
  std::vector<std::size_t> before(m + 1), previous(m + 1), current(m + 1);
  for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = i;
    std::size_t row_min = current[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) current[j] = std::min(current[j], before[j - 2] + 1);
      row_min = std::min(row_min, current[j]);
    }
    if (row_min > cap) return cap + 1;
    before.swap(previous);
    previous.swap(current);
  }
  return std::min(previous[m], cap + 1);
}

AccountMatch findAccountNumber(const DocumentIndex& document, std::string_view typed) {
  const std::string key = accountKey(typed);
  if (key.empty()) return {true, {}, {}};
  for (const auto& printed : document.account_numbers) {
    if (accountKey(printed.value) == key) return {true, printed.at, {}};
  }
  // Anywhere in the text, as consecutive groups ("8351 0427 9916", "8351-0427-9916").
  for (const auto& line : document.lines) {
    const auto& groups = line.account_groups;
    for (std::size_t i = 0; i < groups.size(); ++i) {
      if (key.compare(0, groups[i].size(), groups[i]) != 0 || groups[i].empty()) continue;
      std::size_t length = 0, j = i;
      while (j < groups.size() && length < key.size() && key.compare(length, groups[j].size(), groups[j]) == 0) {
        length += groups[j++].size();
      }
      if (length == key.size()) return {true, line.at, {}};
    }
  }
  // Not there: the bill's own account number, when it is a slip of the typed one.
  AccountMatch match;
  const std::size_t cap = key.size() >= 6 ? 2 : 1;
  std::size_t best = cap + 1;
  for (const auto& printed : document.account_numbers) {
    const std::size_t d = editDistance(key, accountKey(printed.value), cap);
    if (d < best) {
      best = d;
      match.close = printed.value;
      match.at = printed.at;
    }
  }
  return match;
}

AccountMatch findAccountNumber(const BillReading& reading, std::string_view typed) {
  return findAccountNumber(*indexDocument(reading), typed);
}

bool mentionsCarrier(const DocumentIndex& document, const CarrierFacts& carrier) {
  std::vector<std::string> spellings;
  for (const auto& s : carrierSpellings()) {
    if (s.carrier == &carrier) spellings.emplace_back(s.folded);
  }
  if (spellings.empty()) return false;
  for (const auto& line : document.lines) {
    const auto& words = line.carrier_words;
    for (std::size_t i = 0; i < words.size(); ++i) {
      std::string joined;
      for (std::size_t j = i; j < words.size() && j < i + 4; ++j) {
        joined += words[j];
        if (std::find(spellings.begin(), spellings.end(), joined) != spellings.end()) return true;
      }
    }
  }
  return false;
}

bool mentionsCarrier(const BillReading& reading, const CarrierFacts& carrier) {
  return mentionsCarrier(*indexDocument(reading), carrier);
}

}  // namespace portcheck
