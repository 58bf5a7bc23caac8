// The JOSE formats of encrypted bundles (portcheck/jose.hpp), without crypto: base64url, JWK
// reading, the RFC 7638 thumbprint input, the Concat KDF's OtherInfo, and how a received JWE
// is judged (malformed and refused: exit 2; damaged: exit 3). Interoperability with a JOSE
// library nobody here wrote is tests/cli/jwe.test.mjs (npm jose) and tests/wasm/jwe.test.mjs.
#include <doctest/doctest.h>

#include <string>

#include "portcheck/jose.hpp"

using namespace portcheck::jose;

namespace {

std::string decoded(std::string_view text) {
  std::string out;
  REQUIRE(base64urlDecode(text, out) == Base64url::Ok);
  return out;
}

// RFC 7515 Appendix C and RFC 7520 §4.1's example P-256 public key coordinates.
constexpr std::string_view kX = "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU";
constexpr std::string_view kY = "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0";

std::string ecJwk(std::string_view extra = "") {
  return std::string(R"({"kty":"EC","crv":"P-256","x":")") + std::string(kX) + R"(","y":")" + std::string(kY) + "\"" +
         std::string(extra) + "}";
}

std::string header(std::string_view json) { return base64urlEncode(json); }

// A compact JWE with the given protected header and well-formed other parts.
std::string compact(std::string_view header_json, std::size_t encrypted_key = 40) {
  return compactJwe(header(header_json), std::string(encrypted_key, 'k'), std::string(12, 'i'), "ciphertext",
                    std::string(16, 't'));
}

const std::string kGoodHeader = std::string(R"({"alg":"ECDH-ES+A256KW","enc":"A256GCM","kid":"abc","epk":)") + ecJwk() + "}";

}  // namespace

TEST_CASE("base64url: RFC 4648 test vectors, both ways, strict") {
  const std::pair<std::string_view, std::string_view> vectors[] = {
      {"", ""}, {"f", "Zg"}, {"fo", "Zm8"}, {"foo", "Zm9v"}, {"foob", "Zm9vYg"}, {"fooba", "Zm9vYmE"}, {"foobar", "Zm9vYmFy"}};
  for (const auto& [plain, encoded] : vectors) {
    CHECK(base64urlEncode(plain) == encoded);
    CHECK(decoded(encoded) == plain);
  }
  CHECK(base64urlEncode("\xfb\xff") == "-_8");
  std::string out;
  CHECK(base64urlDecode("Zm9v=", out) == Base64url::Invalid);   // padding
  CHECK(base64urlDecode("Zm+v", out) == Base64url::Invalid);    // standard alphabet
  CHECK(base64urlDecode("Zm9vY", out) == Base64url::Invalid);   // length 1 mod 4
  CHECK(base64urlDecode("Zm 9v", out) == Base64url::Invalid);   // whitespace
  CHECK(base64urlDecode("Zh", out) == Base64url::NonCanonical);  // "Zg" with an unused bit set
  CHECK(base64urlDecode("Zm9", out) == Base64url::NonCanonical);  // "fo" is "Zm8"
  CHECK(base64urlDecode("Zm-", out) == Base64url::NonCanonical);
}

TEST_CASE("JWK: P-256 and RSA read; everything else refused in one line") {
  const auto ec = parseJwk(ecJwk(), KeyNeed::Public);
  REQUIRE(ec.ok);
  CHECK(ec.key.algorithm() == kEcdhEsA256kw);
  CHECK(thumbprintInput(ec.key) == std::string(R"({"crv":"P-256","kty":"EC","x":")") + std::string(kX) + R"(","y":")" +
                                       std::string(kY) + "\"}");
  CHECK(parseJwk(ecJwk(R"(,"use":"enc","alg":"ECDH-ES+A256KW","kid":"anything")"), KeyNeed::Public).ok);

  const auto check = [](const std::string& text, KeyNeed need, std::string_view words) {
    const auto r = parseJwk(text, need);
    CHECK_FALSE(r.ok);
    CHECK_MESSAGE(r.message.find(words) != std::string::npos, r.message);
    CHECK(r.message.find('\n') == std::string::npos);
  };
  check("not json", KeyNeed::Public, "not JSON");
  check("[]", KeyNeed::Public, "JSON object");
  check(R"({"kty":"oct","k":"AAAA"})", KeyNeed::Public, "\"oct\"");
  check(R"({"kty":"EC","crv":"P-384","x":"AA","y":"AA"})", KeyNeed::Public, "P-256");
  check(R"({"kty":"EC","crv":"P-256","x":"AAAA","y":"AAAA"})", KeyNeed::Public, "3 bytes");
  check(ecJwk(R"(,"d":")" + base64urlEncode(std::string(32, 'd')) + "\""), KeyNeed::Public, "private key");
  check(ecJwk(), KeyNeed::Private, "public key");
  check(ecJwk(R"(,"use":"sig")"), KeyNeed::Public, "\"use\"");
  check(ecJwk(R"(,"alg":"RSA-OAEP-256")"), KeyNeed::Public, "\"alg\"");
  check(R"({"kty":"RSA","n":")" + base64urlEncode("\xc1" + std::string(127, 'n')) + R"(","e":"AQAB"})", KeyNeed::Public, "2048");
  check(R"({"kty":"RSA","n":")" + base64urlEncode(std::string(1, '\0') + std::string(300, 'n')) + R"(","e":"AQAB"})",
        KeyNeed::Public, "2048");

  // RSA: the thumbprint input of RFC 7638 §3.1's members, in order.
  const std::string n = base64urlEncode("\xc1" + std::string(255, 'n'));
  const auto rsa = parseJwk(R"({"kty":"RSA","e":"AQAB","n":")" + n + "\"}", KeyNeed::Public);
  REQUIRE(rsa.ok);
  CHECK(thumbprintInput(rsa.key) == R"({"e":"AQAB","kty":"RSA","n":")" + n + "\"}");
  check(R"({"kty":"RSA","e":")" + base64urlEncode(std::string(9, '\x01')) + R"(","n":")" + n + "\"}", KeyNeed::Public, "too long");
  check(R"({"kty":"RSA","e":"AQAB","n":")" + n + R"(","d":"AQAB","oth":[]})", KeyNeed::Private, "more than two primes");
  // Some CRT members but not all.
  check(R"({"kty":"RSA","e":"AQAB","n":")" + n + R"(","d":"AQAB","p":"AQAB"})", KeyNeed::Private, "not all");
  // Either: a private key's public part.
  const auto either = parseJwk(ecJwk(R"(,"d":")" + base64urlEncode(std::string(32, 'd')) + "\""), KeyNeed::Either);
  REQUIRE(either.ok);
  CHECK_FALSE(either.key.isPrivate());

  const auto set = parseJwkOrSet(R"({"keys":[)" + ecJwk() + "," + ecJwk() + "]}", KeyNeed::Public);
  REQUIRE(set.ok);
  CHECK(set.keys.size() == 2);
  CHECK_FALSE(parseJwkOrSet(R"({"keys":[]})", KeyNeed::Public).ok);
  CHECK(parseJwkOrSet(R"({"keys":[{"kty":"EC"}]})", KeyNeed::Public).message.rfind("key 1 of the set: ", 0) == 0);
}

TEST_CASE("the protected header and the Concat KDF OtherInfo are laid out as RFC 7516 and 7518 say") {
  const auto key = parseJwk(ecJwk(), KeyNeed::Public).key;
  CHECK(protectedHeaderJson(key, "TP", key) ==
        std::string(R"({"alg":"ECDH-ES+A256KW","enc":"A256GCM","kid":"TP","epk":)") + thumbprintInput(key) + "}");
  // RFC 7518 Appendix C's layout, for this algorithm and empty apu/apv.
  const std::string info = concatKdfOtherInfo("", "");
  CHECK(info == std::string("\0\0\0\x0e" "ECDH-ES+A256KW" "\0\0\0\0" "\0\0\0\0" "\0\0\x01\0", 30));
  CHECK(concatKdfOtherInfo("Alice", "Bob").substr(18, 13) == std::string("\0\0\0\x05" "Alice" "\0\0\0\x03", 13));
}

TEST_CASE("a received JWE: well-formed ones read, faults classified") {
  const auto good = parseJwe(compact(kGoodHeader) + "\n");
  REQUIRE(good.fault == JweFault::None);
  REQUIRE(good.jwe.recipients.size() == 1);
  CHECK(good.jwe.recipients[0].kid == "abc");
  CHECK(good.jwe.recipients[0].epk.has_value());
  CHECK(good.jwe.aad == header(kGoodHeader));
  CHECK(good.jwe.iv.size() == 12);
  CHECK(looksLikeJwe(compact(kGoodHeader)));
  CHECK_FALSE(looksLikeJwe(R"({"schema":"portcheck.bundle/1"})"));
  CHECK(looksLikeJwe(R"({"ciphertext":"x"})"));
  CHECK(looksLikeJwe("eyJhbGciOi"));            // truncated, still meant as one
  CHECK(looksLikeJwe("abc.def"));               // base64url and dots
  CHECK_FALSE(looksLikeJwe("not a bundle."));   // plain text: read as a bundle, "not JSON"
  CHECK_FALSE(looksLikeJwe("   "));

  const auto fault = [](const std::string& text) { return parseJwe(text).fault; };
  // Malformed: exit 2.
  CHECK(fault("") == JweFault::Malformed);
  CHECK(fault("a.b.c") == JweFault::Malformed);
  CHECK(fault(compact(kGoodHeader) + ".x") == JweFault::Malformed);
  CHECK(fault(compact(kGoodHeader, 39)) == JweFault::Malformed);
  CHECK(fault("{") == JweFault::Malformed);
  CHECK(fault(std::string(kMaxJweBytes + 1, 'A')) == JweFault::Malformed);
  // Refused: exit 2.
  CHECK(fault(compact(R"({"alg":"none","enc":"A256GCM"})")) == JweFault::Refused);
  CHECK(fault(compact(R"({"alg":"dir","enc":"A256GCM"})")) == JweFault::Refused);
  CHECK(fault(compact(R"({"alg":"RSA-OAEP-256","enc":"A128CBC-HS256"})", 256)) == JweFault::Refused);
  CHECK(fault(compact(R"({"alg":"RSA-OAEP-256","enc":"A256GCM","zip":"DEF"})", 256)) == JweFault::Refused);
  CHECK(fault(compact(R"({"alg":"RSA-OAEP-256","enc":"A256GCM","crit":["b64"]})", 256)) == JweFault::Refused);
  CHECK(parseJwe(compact(R"({"alg":"dir","enc":"A256GCM"})")).message.find("\"dir\" is not accepted") != std::string::npos);
  // Damaged: exit 3 — a header no encoder writes.
  CHECK(fault(compact(R"({"alg":"ECDH-ES+A256KW","enc":"A256GCM","kid":"abc","epk":{"kty":"EC"})")) == JweFault::Damaged);
  CHECK(fault(compact(R"({"alg":"ECDH-ES+A256KV","enc":"A256GCM"})")) == JweFault::Damaged);
  CHECK(fault(compact(R"({"alg":"RSA-OAEP-256","enc":"A256GCN"})", 256)) == JweFault::Damaged);
  CHECK(fault(compact(R"({"alh":"RSA-OAEP-256","enc":"A256GCM"})", 256)) == JweFault::Damaged);
  CHECK(fault(compact(R"({"alg":"ECDH-ES+A256KW","enc":"A256GCM","eqk":{}})")) == JweFault::Damaged);
  std::string flipped = kGoodHeader;
  flipped[0] = '[';
  CHECK(fault(compact(flipped)) == JweFault::Damaged);
  // Every single-bit change of the header gives Damaged or a still-good header (a changed
  // kid, or a point the crypto refuses): never a crash, never "malformed".
  for (std::size_t i = 0; i < kGoodHeader.size(); ++i) {
    for (int bit = 0; bit < 8; ++bit) {
      std::string h = kGoodHeader;
      h[i] = static_cast<char>(h[i] ^ (1 << bit));
      const auto f = fault(compact(h));
      CHECK_MESSAGE((f == JweFault::Damaged || f == JweFault::None), i, " ", bit, " ", parseJwe(compact(h)).message);
    }
  }
  // JSON serializations.
  const std::string parts = R"("iv":")" + base64urlEncode(std::string(12, 'i')) + R"(","ciphertext":"YQ","tag":")" +
                            base64urlEncode(std::string(16, 't')) + "\"";
  const std::string ek = base64urlEncode(std::string(40, 'k'));
  const std::string flat = R"({"protected":")" + header(R"({"enc":"A256GCM"})") + R"(","header":{"alg":"ECDH-ES+A256KW","epk":)" +
                           ecJwk() + R"(},"encrypted_key":")" + ek + "\"," + parts + "}";
  CHECK(fault(flat) == JweFault::None);
  const std::string general = R"({"protected":")" + header(R"({"enc":"A256GCM"})") +
                              R"(","recipients":[{"header":{"alg":"ECDH-ES+A256KW","kid":"one","epk":)" + ecJwk() +
                              R"(},"encrypted_key":")" + ek + R"("},{"header":{"alg":"ECDH-ES+A256KW","kid":"two","epk":)" +
                              ecJwk() + R"(},"encrypted_key":")" + ek + "\"}]," + parts + "}";
  const auto g = parseJwe(general);
  REQUIRE(g.fault == JweFault::None);
  CHECK(g.jwe.recipients.size() == 2);
  CHECK(g.jwe.recipients[1].kid == "two");
  // A member in two headers; an unprotected algorithm no encoder writes (malformed, not damage).
  CHECK(fault(R"({"protected":")" + header(R"({"enc":"A256GCM","alg":"ECDH-ES+A256KW"})") +
              R"(","header":{"alg":"ECDH-ES+A256KW"},"encrypted_key":")" + ek + "\"," + parts + "}") == JweFault::Malformed);
  CHECK(fault(R"({"protected":")" + header(R"({"enc":"A256GCM"})") + R"(","header":{"alg":"XYZ"},"encrypted_key":")" + ek +
              "\"," + parts + "}") == JweFault::Malformed);
  CHECK(fault(R"({"header":{"alg":"ECDH-ES+A256KW"},"encrypted_key":")" + ek + "\"," + parts + "}") == JweFault::Refused);
}
