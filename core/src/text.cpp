// Text helpers. UTF-8 validation is ICU's (u_strFromUTF8 rejects every ill-formed sequence
// per the Unicode standard), not hand-rolled.
#include "text.hpp"

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>
#include <unicode/utypes.h>

#include <cstdio>
#include <algorithm>
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

std::string excerpt(std::string_view text, std::size_t max_code_points) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(std::min<std::size_t>(text.size(), std::numeric_limits<int32_t>::max()));
  int32_t i = 0;
  for (std::size_t count = 0; i < length && count < max_code_points; ++count) U8_FWD_1(bytes, i, length);
  if (i >= length) return std::string(text);
  return std::string(text.substr(0, static_cast<std::size_t>(i))) + "\u2026";
}

std::string forTerminal(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(std::min<std::size_t>(text.size(), std::numeric_limits<int32_t>::max()));
  char escape[16];
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      for (int32_t b = start; b < i; ++b) {
        std::snprintf(escape, sizeof escape, "<0x%02X>", bytes[b]);
        out += escape;
      }
      continue;
    }
    const int8_t type = u_charType(c);
    if (type == U_CONTROL_CHAR || type == U_FORMAT_CHAR || type == U_LINE_SEPARATOR ||
        type == U_PARAGRAPH_SEPARATOR) {
      std::snprintf(escape, sizeof escape, "<U+%04X>", static_cast<unsigned>(c));
      out += escape;
    } else {
      out.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    }
  }
  return out;
}

}  // namespace portcheck
