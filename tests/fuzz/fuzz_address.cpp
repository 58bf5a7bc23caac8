// Street lines: the box, route and mailbox reader (classifyStreetLine) on arbitrary bytes. The
// invariants: no crash, and ASCII case never changes what a line is (the reader upper-cases
// words; a difference would mean it reads something else than the words).
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "portcheck/address.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  const auto kind = portcheck::classifyStreetLine(line);
  std::string flipped(line);
  for (char& c : flipped) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && std::isalpha(u)) c = static_cast<char>(std::isupper(u) ? std::tolower(u) : std::toupper(u));
  }
  if (portcheck::classifyStreetLine(flipped) != kind) std::abort();
  (void)portcheck::hasHouseNumber(line);
  return 0;
}
