// The JOSE formats of an encrypted bundle (SECURITY.md): the recipient's key as a JWK (RFC 7517,
// 7518 §6), its RFC 7638 thumbprint, and the JWE (RFC 7516) the page makes and `portcheck`
// opens. Two key-management algorithms, each with one content encryption:
//
//   ECDH-ES+A256KW on P-256, or RSA-OAEP-256 (2048 bits or more), with A256GCM.
//
// Cryptography is the platform's, as hashing is for bundles: WebCrypto in the page, OpenSSL in
// the CLI. The core reads and judges the formats, says exactly which bytes go into each step
// (the thumbprint's input, the Concat KDF's OtherInfo, the AAD) and words every refusal, so the
// page and the CLI say the same thing. Nothing here throws.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace portcheck::jose {

inline constexpr std::string_view kEcdhEsA256kw = "ECDH-ES+A256KW";
inline constexpr std::string_view kRsaOaep256 = "RSA-OAEP-256";
inline constexpr std::string_view kA256gcm = "A256GCM";
inline constexpr std::size_t kMinRsaBits = 2048;
// An encrypted bundle: a bundle is at most 32 MiB, and base64url adds a third.
inline constexpr std::size_t kMaxJweBytes = 48u * 1024u * 1024u;

// base64url without padding (RFC 7515 §2).
std::string base64urlEncode(std::string_view bytes);
enum class Base64url {
  Ok,
  Invalid,       // a character outside the alphabet, padding, or an impossible length
  NonCanonical,  // the unused bits of the last character are not zero: no encoder writes that
};
Base64url base64urlDecode(std::string_view text, std::string& bytes);

enum class KeyType { Ec, Rsa };

// A key as its members' decoded bytes. EC (P-256): x, y, and d when private. RSA: n, e, and
// d, p, q, dp, dq, qi when private (the CRT members come all together or not at all).
struct Jwk {
  KeyType type = KeyType::Ec;
  std::string x, y, n, e;
  std::string d, p, q, dp, dq, qi;
  bool isPrivate() const { return !d.empty(); }
  std::string_view algorithm() const { return type == KeyType::Ec ? kEcdhEsA256kw : kRsaOaep256; }
};

enum class KeyNeed {
  Public,   // the page's recipient key: a private key is refused (it must never be deployed)
  Private,  // a key to decrypt with
  Either,   // a key to encrypt to: of a private key, its public part is used
};

struct KeyResult {
  bool ok = false;
  Jwk key;
  std::string message;  // why not, in one line
};
// One JWK (JSON object) of the types above, or why it is not one.
KeyResult parseJwk(std::string_view text, KeyNeed need);

struct KeySetResult {
  bool ok = false;
  std::vector<Jwk> keys;
  std::string message;
};
// One JWK, or a JWK Set ({"keys": [...]}) of at least one.
KeySetResult parseJwkOrSet(std::string_view text, KeyNeed need);

// The page's recipient key (a JWK, or a JWK Set of exactly one) as the page needs it:
// {"ok":true,"alg":…,"jwk":{the public members},"thumbprint_input":…}; an empty set is
// {"ok":false,"configured":false} (export in the clear, said plainly); anything else is
// {"ok":false,"configured":true,"message":…}, and the page refuses to export.
std::string recipientKeyJson(std::string_view text);

// RFC 7638 §3.2: the required members in lexicographic order, no whitespace. Its SHA-256,
// base64url, is the thumbprint, which goes in the JWE's "kid".
std::string thumbprintInput(const Jwk& key);

// The public key as a JWK to deploy with the page, one line: the required members plus
// "use":"enc", "alg" and "kid" (the thumbprint).
std::string publicJwkJson(const Jwk& key, std::string_view thumbprint);
// The private key as a JWK file (indented), with the same "use", "alg" and "kid".
std::string privateJwkJson(const Jwk& key, std::string_view thumbprint);

// One recipient of a JWE: its header (protected, shared unprotected and per-recipient members
// merged; RFC 7516 §7.2.1 forbids duplicates) and its encrypted key.
struct JweRecipient {
  std::string alg;  // kEcdhEsA256kw or kRsaOaep256
  std::string kid;  // may be empty
  std::optional<Jwk> epk;  // ECDH-ES: the sender's ephemeral public key
  std::string apu, apv;    // ECDH-ES: decoded PartyUInfo and PartyVInfo (usually empty)
  std::string encrypted_key;
};

struct Jwe {
  std::string aad;  // the bytes A256GCM authenticates: ASCII(protected) ['.' aad]
  std::string iv, ciphertext, tag;
  std::vector<JweRecipient> recipients;  // compact and flattened: exactly one
};

enum class JweFault {
  None,
  Malformed,  // not a JWE this reads: bad serialization, base64url, lengths, size (exit 2)
  Refused,    // a well-formed JWE with an algorithm or feature that is not accepted (exit 2)
  Damaged,    // well-formed outside, changed inside: a protected header that no encoder wrote,
              // a non-canonical base64url character (exit 3, as a failed tag is)
};

struct JweResult {
  JweFault fault = JweFault::Malformed;
  Jwe jwe;
  std::string message;
};
// The compact serialization (five base64url parts), or the JSON one (flattened or general).
JweResult parseJwe(std::string_view text);

// Whether a received file is meant as a JWE (compact form, or JSON with "ciphertext") rather
// than a plain bundle; parseJwe then says whether it is a good one.
bool looksLikeJwe(std::string_view text);

// The protected header the page and the CLI write, as compact JSON: {"alg","enc","kid"} and,
// for ECDH-ES, "epk" (the ephemeral public key's kty, crv, x, y).
std::string protectedHeaderJson(const Jwk& recipient, std::string_view thumbprint, const std::optional<Jwk>& epk);

// RFC 7518 §4.6.2: the Concat KDF's OtherInfo for ECDH-ES+A256KW (a 256-bit key-wrapping key):
// AlgorithmID, PartyUInfo, PartyVInfo, SuppPubInfo, each as the RFC lays it out.
std::string concatKdfOtherInfo(std::string_view apu, std::string_view apv);

std::string compactJwe(std::string_view protected_b64, std::string_view encrypted_key, std::string_view iv,
                       std::string_view ciphertext, std::string_view tag);

}  // namespace portcheck::jose
