// Text helpers. UTF-8 validation is ICU's (u_strFromUTF8 rejects every ill-formed sequence
// per the Unicode standard), not hand-rolled.
#include "text.hpp"

#include <unicode/ustring.h>
#include <unicode/utypes.h>

#include <limits>

namespace portcheck {

std::string_view trim(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n\f\v";
  const auto first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

bool isValidUtf8(std::string_view text) {
  if (text.size() > static_cast<std::size_t>(std::numeric_limits<int32_t>::max())) return false;
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  // Preflight (no destination): only the validity of the conversion is wanted.
  u_strFromUTF8(nullptr, 0, &length, text.data(), static_cast<int32_t>(text.size()), &status);
  return status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING ||
         U_SUCCESS(status);
}

}  // namespace portcheck
