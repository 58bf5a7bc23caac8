// A received encrypted bundle, as `portcheck verify --key` reads it: the JWE parser, then the
// crypto with two fixed keys (tests/fuzz/jwe-fuzz-keys.jwks, test-only; the seeds are
// encrypted to them, so mutations reach the key unwrap and the tag check), then the bundle
// reader on whatever decrypts. The same text also goes through the JWK readers. The invariants:
// an answer, never a crash; a fault always comes with a one-line message.
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string_view>

#include "jwe.hpp"
#include "portcheck/bundle.hpp"
#include "portcheck/jose.hpp"

namespace {

const std::vector<portcheck::jose::Jwk>& keys() {
  static const auto set = [] {
    std::ifstream in(PORTCHECK_JWE_FUZZ_KEYS);
    std::ostringstream text;
    text << in.rdbuf();
    auto parsed = portcheck::jose::parseJwkOrSet(text.str(), portcheck::jose::KeyNeed::Private);
    if (!parsed.ok) std::abort();
    return parsed.keys;
  }();
  return set;
}

void oneLine(const std::string& message) {
  if (message.empty() || message.find('\n') != std::string::npos) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)portcheck::jose::looksLikeJwe(text);
  const auto parsed = portcheck::jose::parseJwe(text);
  if (parsed.fault != portcheck::jose::JweFault::None) {
    oneLine(parsed.message);
  } else {
    if (parsed.jwe.recipients.empty() || parsed.jwe.iv.size() != 12 || parsed.jwe.tag.size() != 16) std::abort();
    const auto opened = portcheck::cli::decrypt(parsed.jwe, keys());
    if (opened.fault == portcheck::cli::OpenFault::None) {
      (void)portcheck::bundleHashInputs(opened.plaintext);
    } else {
      oneLine(opened.message);
    }
  }
  for (const auto need : {portcheck::jose::KeyNeed::Public, portcheck::jose::KeyNeed::Private}) {
    const auto set = portcheck::jose::parseJwkOrSet(text, need);
    if (!set.ok) {
      oneLine(set.message);
      continue;
    }
    std::string error;
    for (const auto& key : set.keys) {
      (void)portcheck::jose::thumbprintInput(key);
      if (!portcheck::cli::usableKey(key, error)) oneLine(error);
    }
  }
  return 0;
}
