// Typed NANP numbers without libphonenumber at run time: a strict scan of what people type
// ("(217) 544-0111", "217.544.0111", "+1 217 544 0111", "12175440111"), then a walk of at most
// ten digits down the generated prefix table. No allocation besides the verdict's strings, no
// regex, no metadata parsing: the first number is as fast as the millionth.
#include "nanp_fast.hpp"

#include <cstdint>

namespace portcheck::detail {
namespace {

struct NanpVerdictRow {
  NumberCode code;
  std::string_view region;  // empty: none
  std::string_view type;    // empty: none
  NumberFault fault;        // with Invalid: the area code (digits 0-2) or exchange (3-5)
};

#include "nanp_prefix_table.inc"

// Longer input goes to the reference: no one types a number with that much punctuation, and
// the fast path need not reason about libphonenumber's handling of it.
constexpr std::size_t kMaxTyped = 64;

}  // namespace

std::optional<NumberVerdict> classifyTypedNanp(std::string_view typed) {
  if (typed.size() > kMaxTyped) return std::nullopt;
  char digits[11];
  std::size_t count = 0;
  bool plus = false, started = false;
  for (const char c : typed) {
    if (c >= '0' && c <= '9') {
      if (count == sizeof digits) return std::nullopt;
      digits[count++] = c;
      started = true;
    } else if (c == '+') {
      if (started) return std::nullopt;  // only as the very first mark
      plus = started = true;
    } else if (c == '-' || c == '.' || c == '(' || c == ')') {
      started = true;
    } else if (c != ' ') {
      return std::nullopt;
    }
  }
  const char* national = digits;
  if (count == 11 && digits[0] == '1') {
    national = digits + 1;  // the country code, or the long-distance prefix
  } else if (count != 10 || plus) {
    return std::nullopt;
  }
  if (national[0] < '2') return std::nullopt;

  std::uint16_t ref = kNanpRoot;
  for (int i = 0; ref < kNanpNodeCount; ++i) ref = kNanpNodes[ref][national[i] - '0'];
  const NanpVerdictRow& row = kNanpVerdicts[ref - kNanpNodeCount];

  NumberVerdict verdict;
  verdict.input = std::string(typed);
  verdict.code = row.code;
  if (row.code != NumberCode::Invalid) verdict.e164 = "+1" + std::string(national, 10);
  if (!row.region.empty()) verdict.region = std::string(row.region);
  if (!row.type.empty()) verdict.type = std::string(row.type);
  if (row.fault != NumberFault::None) {
    verdict.fault = row.fault;
    const bool exchange =
        row.fault == NumberFault::ExchangeServiceCode || row.fault == NumberFault::ExchangeStartsWith0Or1;
    verdict.fault_digits.assign(national + (exchange ? 3 : 0), 3);
  }
  return verdict;
}

}  // namespace portcheck::detail
