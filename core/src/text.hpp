// Small text helpers shared by the rules (internal to core).
#pragma once

#include <string>
#include <string_view>

namespace portcheck {

// Strips ASCII whitespace (space, tab, CR, LF, FF, VT) at both ends.
std::string_view trim(std::string_view text);

// True when text is well-formed UTF-8 (no overlong forms, surrogates or truncated sequences).
bool isValidUtf8(std::string_view text);

// At most `max_code_points` code points of well-formed UTF-8 text, with "…" when cut: how
// typed values are quoted in messages, so a 100,000-character field gives a readable finding.
std::string excerpt(std::string_view text, std::size_t max_code_points = 80);

// Typed text made safe for a terminal: C0/C1 controls, DEL and Unicode format characters
// (bidi overrides and isolates, zero-width marks) become visible <U+XXXX> escapes; bytes that
// are not UTF-8 become <0xNN>. Everything else is kept as typed.
std::string forTerminal(std::string_view text);

}  // namespace portcheck
