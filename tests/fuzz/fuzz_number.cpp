// Typed numbers and pasted lists: classification, description, splitting. The invariants: an
// eligible verdict always has an E.164 number of a US or territory region, and the fast path
// (generated NANP table) gives exactly the reference's verdict (libphonenumber), and the same
// message, on every input.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "portcheck/json.hpp"
#include "numbers_reference.hpp"
#include "portcheck/numbers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto verdict = portcheck::classifyNumber(text);
  if (verdict.eligible() && (!verdict.e164 || !verdict.region || !portcheck::isUsOrTerritory(*verdict.region))) std::abort();
  const auto reference = portcheck::detail::classifyNumberReference(text);
  if (portcheck::numberVerdictJson(verdict) != portcheck::numberVerdictJson(reference) ||
      portcheck::describeVerdict(verdict) != portcheck::describeVerdict(reference)) {
    std::abort();
  }
  (void)portcheck::describeVerdict(verdict);
  (void)portcheck::numberVerdictJson(verdict);
  if (size < 4096) (void)portcheck::numberListJson(text);
  return 0;
}
