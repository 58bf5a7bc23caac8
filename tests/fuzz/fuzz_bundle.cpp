// Bundle text → hash inputs → verdict, with digests derived from the input so every check runs
// (matching and mismatching). The invariant: an answer, never a crash; verdicts render as JSON.
#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "portcheck/bundle.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto inputs = portcheck::bundleHashInputs(text);
  portcheck::BundleDigests digests;
  digests.body_sha256 = inputs.canonical_body.substr(0, 64);
  for (const auto& a : inputs.attachment_data) digests.attachments.push_back({!a.empty(), a.size() * 3 / 4, a.substr(0, 64)});
  const auto verdict = portcheck::verifyBundle(text, digests);
  if (verdict.usable && !inputs.ok) std::abort();  // a usable bundle always has hash inputs
  if (nlohmann::json::parse(portcheck::bundleVerdictJson(verdict), nullptr, false).is_discarded()) std::abort();
  (void)portcheck::parseBundleDigests(text);
  return 0;
}
