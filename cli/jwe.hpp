// Encrypted bundles natively: the crypto of the JWE formats in portcheck/jose.hpp, from
// OpenSSL 3's libcrypto (Debian libssl-dev): P-256 ECDH, the SP 800-56A single-step KDF
// (RFC 7518's Concat KDF), AES key wrap, RSA-OAEP with SHA-256, AES-256-GCM.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "portcheck/jose.hpp"

namespace portcheck::cli {

// RFC 7638: base64url(SHA-256(thumbprintInput)).
std::string thumbprint(const jose::Jwk& key);

// Whether OpenSSL takes the key: an EC point on the curve, a private key whose halves belong
// together. `error` says why not.
bool usableKey(const jose::Jwk& key, std::string& error);

// A new private key: EC P-256, or RSA of `rsa_bits`. nullopt (and `error`) on failure.
std::optional<jose::Jwk> generateKey(jose::KeyType type, std::string& error, int rsa_bits = 3072);

// The compact JWE of `plaintext` for `recipient` (a public or private key), as the page makes
// it: a fresh CEK and IV, the thumbprint in "kid". nullopt (and `error`) when the key is not
// usable (an EC point off the curve, say).
std::optional<std::string> encryptCompact(std::string_view plaintext, const jose::Jwk& recipient, std::string& error);

enum class OpenFault {
  None,
  WrongKey,  // made for a key not given (exit 2): the message names both thumbprints
  Damaged,   // made for a key given, but changed since (exit 3)
};
struct Opened {
  OpenFault fault = OpenFault::WrongKey;
  std::string plaintext;
  std::size_t key_index = 0;  // of the key that opened it
  std::string message;
};
// Tries each recipient with each private key of its algorithm. An encrypted key that unwraps
// under a given key proves the JWE was made for it, so a failed tag after that is damage, as
// is a failed unwrap under the key its "kid" names.
Opened decrypt(const jose::Jwe& jwe, const std::vector<jose::Jwk>& keys);

}  // namespace portcheck::cli
