// Numbers the fast path does not answer, and the page's two stages.
//
// A typed US-format number is answered from the NANP prefix table (nanp_fast.cpp). Everything
// else — letters, extensions, other countries, odd input — needs libphonenumber with RE2,
// protobuf, abseil and the metadata: more than half of the WebAssembly. Natively, and in the
// single WASM module for hosts, it is linked in (numbers_linked.cpp). The page instead loads a
// first stage without it, so its first verdict waits for less, and fetches a second stage with
// it right after that verdict, every time (wasm/). Until the second stage answers, such a number
// is `Checking`: the report says so (`number.checking`, an error, so nothing is ever ready on a
// guess) and the page shows "checking…".
//
// The second stage answers with a record of the verdict (below), which the first turns back
// into the verdict libphonenumber gave: both stages together give byte-identical reports to the
// single module (tests/core/stages_test.cpp, tests/wasm/stages.test.mjs).
#pragma once

#include <string>
#include <string_view>

#include "portcheck/numbers.hpp"

namespace portcheck {

// The verdict of a number the fast path does not answer. Exactly one definition is linked
// into each program: libphonenumber's (core/src/numbers_linked.cpp), or the page's first
// stage asking its second (wasm/first_stage.cpp).
NumberVerdict classifyBeyondFastPath(std::string_view typed);

// "Not known yet": the verdict of the first stage until the second has loaded.
NumberVerdict checkingVerdict(std::string_view typed);

// A verdict (all but its input) as one line of printable ASCII, and back. Fields are joined by
// '|': code|e164|region|type|extension|fault|fault_digits, an absent optional as an empty
// field. Every field is ASCII without '|' (E.164, ISO codes, snake_case names, digits), which
// the encoder checks. fromVerdictRecord throws std::invalid_argument on anything it did not
// write.
std::string verdictRecord(const NumberVerdict& verdict);
NumberVerdict fromVerdictRecord(std::string_view typed, std::string_view record);

}  // namespace portcheck
