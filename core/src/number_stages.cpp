// The verdict record between the page's two stages (number_stages.hpp).
#include "portcheck/number_stages.hpp"

#include <array>
#include <stdexcept>

namespace portcheck {
namespace {

constexpr char kSeparator = '|';
constexpr std::size_t kFields = 7;

// Every field the record carries is made of these: E.164 ("+1…"), region codes ("US", "001"),
// type names ("fixed_line_or_mobile"), extension and fault digits.
bool isRecordText(std::string_view text) {
  for (const char c : text) {
    const bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '+';
    if (!ok) return false;
  }
  return true;
}

void putField(std::string& out, std::string_view field) {
  if (!isRecordText(field)) throw std::invalid_argument("verdict field not representable in a record");
  out += field;
  out += kSeparator;
}

NumberCode codeNamed(std::string_view name) {
  for (const NumberCode code :
       {NumberCode::Ok, NumberCode::Unverified, NumberCode::Canadian, NumberCode::International,
        NumberCode::TollFree, NumberCode::PremiumRate, NumberCode::NonGeographic, NumberCode::Fictional,
        NumberCode::Invalid, NumberCode::Checking}) {
    if (numberCodeName(code) == name) return code;
  }
  throw std::invalid_argument("unknown verdict code in a record");
}

std::optional<std::string> optionalField(std::string_view field) {
  if (field.empty()) return std::nullopt;
  return std::string(field);
}

}  // namespace

NumberVerdict checkingVerdict(std::string_view typed) {
  NumberVerdict verdict;
  verdict.input = std::string(typed);
  verdict.code = NumberCode::Checking;
  return verdict;
}

std::string verdictRecord(const NumberVerdict& v) {
  std::string out;
  putField(out, numberCodeName(v.code));
  putField(out, v.e164.value_or(""));
  putField(out, v.region.value_or(""));
  putField(out, v.type.value_or(""));
  putField(out, v.extension);
  putField(out, std::to_string(static_cast<int>(v.fault)));
  putField(out, v.fault_digits);
  out.pop_back();  // the last separator
  return out;
}

NumberVerdict fromVerdictRecord(std::string_view typed, std::string_view record) {
  std::array<std::string_view, kFields> fields;
  std::size_t n = 0;
  for (std::size_t start = 0;; ++n) {
    const std::size_t end = record.find(kSeparator, start);
    if (n == kFields) throw std::invalid_argument("too many fields in a verdict record");
    fields[n] = record.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (!isRecordText(fields[n])) throw std::invalid_argument("unexpected character in a verdict record");
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  if (n + 1 != kFields) throw std::invalid_argument("too few fields in a verdict record");
  NumberVerdict v;
  v.input = std::string(typed);
  v.code = codeNamed(fields[0]);
  v.e164 = optionalField(fields[1]);
  v.region = optionalField(fields[2]);
  v.type = optionalField(fields[3]);
  v.extension = std::string(fields[4]);
  const std::string_view fault = fields[5];
  if (fault.size() != 1 || fault[0] < '0' || fault[0] > static_cast<char>('0' + static_cast<int>(NumberFault::ExchangeStartsWith0Or1))) {
    throw std::invalid_argument("unknown fault in a verdict record");
  }
  v.fault = static_cast<NumberFault>(fault[0] - '0');
  v.fault_digits = std::string(fields[6]);
  return v;
}

}  // namespace portcheck
