// The bill reader: PDF (and image) bytes through qpdf, the text layer, reading order and what a
// bill says. The invariant: valid JSON out, within the reader's limits (a short time budget so
// a slow input shows as a timeout of its own, not libFuzzer's).
#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "portcheck/bill.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  portcheck::DocumentLimits limits;
  limits.max_milliseconds = 3'000;
  limits.max_decoded_bytes = 16u << 20;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (nlohmann::json::parse(portcheck::billJson(portcheck::readBill(bytes, limits)), nullptr, false).is_discarded()) std::abort();
  return 0;
}
