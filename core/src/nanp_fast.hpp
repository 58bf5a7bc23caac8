// The fast path of classifyNumber: typed US-format numbers answered from the NANP prefix table
// generated at build time (core/gen/nanp_table_gen.cpp). Internal to core.
#pragma once

#include <optional>
#include <string_view>

#include "portcheck/numbers.hpp"

namespace portcheck::detail {

// The verdict for `typed` when it is a plain NANP number — ASCII digits with spaces, dashes,
// dots and parentheses, ten digits with an optional leading 1 or +1, area code 2-9 — or
// nullopt for anything else (letters, extensions, other countries …), which the reference
// classifier answers. Where it answers, the verdict equals the reference's.
std::optional<NumberVerdict> classifyTypedNanp(std::string_view typed);

}  // namespace portcheck::detail
