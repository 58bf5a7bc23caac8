// The reference number classifier: libphonenumber plus the NANP rules it does not model.
// Internal to core; the generator of the NANP prefix table, the tests and the fuzzers use it
// to prove the fast path gives the same verdicts.
#pragma once

#include <string_view>

#include "portcheck/numbers.hpp"

namespace portcheck::detail {

NumberVerdict classifyNumberReference(std::string_view typed);

}  // namespace portcheck::detail
