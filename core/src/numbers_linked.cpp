// Natively and in the single WASM module: numbers beyond the fast path go to libphonenumber,
// linked into the same program (number_stages.hpp).
#include "numbers_reference.hpp"
#include "portcheck/number_stages.hpp"

namespace portcheck {

NumberVerdict classifyBeyondFastPath(std::string_view typed) { return detail::classifyNumberReference(typed); }

}  // namespace portcheck
