// Small text helpers shared by the rules (internal to core).
#pragma once

#include <string_view>

namespace portcheck {

// Strips ASCII whitespace (space, tab, CR, LF, FF, VT) at both ends.
std::string_view trim(std::string_view text);

// True when text is well-formed UTF-8 (no overlong forms, surrogates or truncated sequences).
bool isValidUtf8(std::string_view text);

}  // namespace portcheck
