// JSON input shared by the draft and bundle readers (internal to core): parsing with the
// limits every outside input gets, and the draft reader that names each bad value's pointer.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "portcheck/draft.hpp"

namespace portcheck::detail {

using Json = nlohmann::json;

// Why an input is unusable; thrown by the readers, caught at the core's boundary.
struct Unusable {
  InputError error;
};

// Parses JSON of at most `max_bytes` (32 MiB unless told) and 64 levels (refused while
// parsing, without recursion); ill-formed UTF-8, truncation and out-of-range numbers are
// Unusable, with line and column.
Json parseLimited(std::string_view text, std::size_t max_bytes = kMaxDraftBytes);

// Reads a draft object; `base` is the JSON Pointer of the draft in the document ("" for a
// draft file, "/draft" inside a bundle), so errors name the value where it is.
Draft readDraft(const Json& root, const std::string& base);

}  // namespace portcheck::detail
