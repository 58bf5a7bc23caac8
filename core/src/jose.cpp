// JWK and JWE formats for encrypted bundles (portcheck/jose.hpp). Every refusal is one line a
// customer or a staff member can act on; the crypto itself is the platform's.
#include "portcheck/jose.hpp"

#include "json_input.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>

namespace portcheck::jose {
namespace {

using detail::Json;

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int sextet(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}

// JSON through the core's one limited parser (json_input.hpp; one parser in the page's
// module, not two): nullopt when it is not JSON, too deep or over the limit.
std::optional<Json> parseJson(std::string_view text, std::size_t max_bytes = 1024 * 1024) {
  try {
    return detail::parseLimited(text, max_bytes);
  } catch (...) {
    return std::nullopt;
  }
}

std::string keyName(const Jwk& key) { return key.type == KeyType::Ec ? "EC P-256" : "RSA"; }

// A base64url member of a JWK: present, a string, canonical; `size` 0 = any non-empty length.
bool member(const Json& object, const char* name, std::size_t size, std::string& out, std::string& message) {
  const auto it = object.find(name);
  if (it == object.end() || !it->is_string()) {
    message = std::string("the key has no \"") + name + "\" member";
    return false;
  }
  if (base64urlDecode(it->get_ref<const std::string&>(), out) != Base64url::Ok || out.empty()) {
    message = std::string("the key's \"") + name + "\" is not base64url";
    return false;
  }
  if (size != 0 && out.size() != size) {
    message = std::string("the key's \"") + name + "\" is " + std::to_string(out.size()) + " bytes; P-256 needs " +
              std::to_string(size);
    return false;
  }
  return true;
}

KeyResult readJwk(const Json& object, KeyNeed need) {
  KeyResult result;
  if (!object.is_object()) {
    result.message = "a key must be a JWK: a JSON object with \"kty\"";
    return result;
  }
  const auto kty = object.find("kty");
  if (kty == object.end() || !kty->is_string()) {
    result.message = "the key has no \"kty\": it is not a JWK";
    return result;
  }
  Jwk& key = result.key;
  std::string& message = result.message;
  const auto& type = kty->get_ref<const std::string&>();
  if (type == "EC") {
    key.type = KeyType::Ec;
    const auto crv = object.find("crv");
    if (crv == object.end() || !crv->is_string() || crv->get_ref<const std::string&>() != "P-256") {
      message = "the EC key is not on P-256 (the only curve accepted for ECDH-ES+A256KW)";
      return result;
    }
    if (!member(object, "x", 32, key.x, message) || !member(object, "y", 32, key.y, message)) return result;
    if (object.contains("d") && !member(object, "d", 32, key.d, message)) return result;
  } else if (type == "RSA") {
    key.type = KeyType::Rsa;
    if (!member(object, "n", 0, key.n, message) || !member(object, "e", 0, key.e, message)) return result;
    if (static_cast<unsigned char>(key.n.front()) == 0 || key.n.size() * 8 < kMinRsaBits) {
      message = "the RSA key is " + std::to_string(key.n.size() * 8) + " bits or less; RSA-OAEP-256 keys here are " +
                std::to_string(kMinRsaBits) + " bits or more";
      return result;
    }
    if (key.e.size() > 8) {
      message = "the RSA key's public exponent \"e\" is too long";
      return result;
    }
    if (object.contains("oth")) {
      message = "RSA keys with more than two primes (\"oth\") are not accepted";
      return result;
    }
    if (object.contains("d")) {
      if (!member(object, "d", 0, key.d, message)) return result;
      const std::array<std::pair<const char*, std::string*>, 5> crt{
          {{"p", &key.p}, {"q", &key.q}, {"dp", &key.dp}, {"dq", &key.dq}, {"qi", &key.qi}}};
      const auto present = std::count_if(crt.begin(), crt.end(), [&](const auto& m) { return object.contains(m.first); });
      if (present != 0 && present != 5) {
        message = "the RSA private key has some of p, q, dp, dq, qi but not all";
        return result;
      }
      for (const auto& [name, out] : crt) {
        if (present != 0 && !member(object, name, 0, *out, message)) return result;
      }
    }
  } else {
    message = "the key type is \"" + type.substr(0, 40) + "\"; an encryption key here is EC (P-256) or RSA";
    return result;
  }
  if (const auto use = object.find("use"); use != object.end() && (!use->is_string() || *use != "enc")) {
    message = "the key's \"use\" is not \"enc\": it is not an encryption key";
    return result;
  }
  if (const auto alg = object.find("alg"); alg != object.end() && (!alg->is_string() || *alg != key.algorithm())) {
    message = "the key's \"alg\" is not " + std::string(key.algorithm()) + ", the algorithm used with " + keyName(key) + " keys";
    return result;
  }
  if (need == KeyNeed::Public && key.isPrivate()) {
    message = "this is a private key: deploy only its public part (portcheck public-key FILE prints it)";
    return result;
  }
  if (need == KeyNeed::Private && !key.isPrivate()) {
    message = "this is a public key: decrypting needs the private key (\"d\"), as portcheck keygen wrote it";
    return result;
  }
  if (need == KeyNeed::Either && key.isPrivate()) {
    for (std::string* secret : {&key.d, &key.p, &key.q, &key.dp, &key.dq, &key.qi}) secret->clear();  // its public part
  }
  result.ok = true;
  return result;
}

// Registered JWE algorithms (RFC 7518 §4.1, §5.1, and the RSA-OAEP variants in use) that are
// refused by name; anything else is not a value any encoder writes.
constexpr std::array<std::string_view, 22> kKnownAlgs{
    "none", "dir", "RSA1_5", "RSA-OAEP", "RSA-OAEP-384", "RSA-OAEP-512", "A128KW", "A192KW", "A256KW",
    "ECDH-ES", "ECDH-ES+A128KW", "ECDH-ES+A192KW", "A128GCMKW", "A192GCMKW", "A256GCMKW",
    "PBES2-HS256+A128KW", "PBES2-HS384+A192KW", "PBES2-HS512+A256KW", "ECDH-1PU", "ECDH-1PU+A128KW",
    "ECDH-1PU+A192KW", "ECDH-1PU+A256KW"};
constexpr std::array<std::string_view, 5> kKnownEncs{"A128CBC-HS256", "A192CBC-HS384", "A256CBC-HS512", "A128GCM",
                                                     "A192GCM"};

template <std::size_t N>
bool known(const std::array<std::string_view, N>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

struct Part {
  const char* name;
  std::string_view text;
  std::string* out;
};

// Decodes parts in order; the first failure decides the fault.
bool decodeParts(std::initializer_list<Part> parts, JweResult& result) {
  for (const auto& part : parts) {
    switch (base64urlDecode(part.text, *part.out)) {
      case Base64url::Ok: break;
      case Base64url::Invalid:
        result.fault = JweFault::Malformed;
        result.message = std::string("the JWE's ") + part.name + " is not base64url";
        return false;
      case Base64url::NonCanonical:
        result.fault = JweFault::Damaged;
        result.message = std::string("the JWE's ") + part.name + " was changed after encryption (a character no encoder writes)";
        return false;
    }
  }
  return true;
}

JweResult fail(JweFault fault, std::string message) {
  JweResult result;
  result.fault = fault;
  result.message = std::move(message);
  return result;
}

// The parts of a JWE before its header is read: the serialization's job.
struct Raw {
  std::string_view protected_b64;
  std::string_view aad_b64;  // JSON serialization only
  std::optional<Json> shared_unprotected;
  struct Recipient {
    std::optional<Json> header;
    std::string_view encrypted_key;
  };
  std::vector<Recipient> recipients;
  std::string_view iv, ciphertext, tag;
};

std::optional<std::string_view> stringMember(const Json& object, const char* name) {
  const auto it = object.find(name);
  if (it == object.end() || !it->is_string()) return std::nullopt;
  return std::string_view(it->get_ref<const std::string&>());
}

// Reads the merged header of one recipient into `out`; the fault says what went wrong.
JweFault readHeader(const Json& protected_header, const Json* shared, const Json* own, JweRecipient& out,
                    std::string& message) {
  Json merged = protected_header;
  for (const Json* extra : {shared, own}) {
    if (extra == nullptr) continue;
    if (!extra->is_object()) {
      message = "a JWE header must be a JSON object";
      return JweFault::Malformed;
    }
    for (const auto& [name, value] : extra->items()) {
      if (merged.contains(name)) {
        message = "the JWE header member \"" + name.substr(0, 40) + "\" is given twice";
        return JweFault::Malformed;
      }
      merged[name] = value;
    }
  }
  // Where a value came from decides what a bad one means: the protected header is
  // authenticated, so a value in it no encoder writes is damage; elsewhere, it is malformed.
  // A member missing from a JWE whose header is all protected was there when it was sealed.
  const bool all_protected = shared == nullptr && own == nullptr;
  const auto bad = [&](const char* name) {
    return protected_header.contains(name) || (all_protected && !merged.contains(name)) ? JweFault::Damaged
                                                                                         : JweFault::Malformed;
  };
  if (merged.contains("zip")) {
    message = "the JWE is compressed (\"zip\"); bundles are encrypted without compression";
    return JweFault::Refused;
  }
  if (merged.contains("crit")) {
    message = "the JWE names critical extensions (\"crit\") this does not implement";
    return JweFault::Refused;
  }
  const auto alg = stringMember(merged, "alg");
  const auto enc = stringMember(merged, "enc");
  if (!alg || !enc) {
    message = std::string("the JWE header has no ") + (!alg ? "\"alg\"" : "\"enc\"") +
              ": it was changed after encryption, or it is not a JWE";
    return alg ? bad("enc") : bad("alg");
  }
  if (*alg != kEcdhEsA256kw && *alg != kRsaOaep256) {
    if (!known(kKnownAlgs, *alg)) {
      message = "the JWE's algorithm is not one any encoder writes: the header was changed after encryption";
      return bad("alg");
    }
    message = "the JWE's key algorithm \"" + std::string(*alg) + "\" is not accepted; bundles are encrypted with " +
              std::string(kEcdhEsA256kw) + " or " + std::string(kRsaOaep256);
    return JweFault::Refused;
  }
  if (*enc != kA256gcm) {
    if (!known(kKnownEncs, *enc)) {
      message = "the JWE's content encryption is not one any encoder writes: the header was changed after encryption";
      return bad("enc");
    }
    message = "the JWE's content encryption \"" + std::string(*enc) + "\" is not accepted; bundles use A256GCM";
    return JweFault::Refused;
  }
  out.alg = std::string(*alg);
  if (merged.contains("kid")) {
    const auto kid = stringMember(merged, "kid");
    if (!kid) {
      message = "the JWE's \"kid\" is not a string";
      return bad("kid");
    }
    out.kid = std::string(kid->substr(0, 200));
  }
  if (out.alg == kEcdhEsA256kw) {
    const auto epk = merged.find("epk");
    if (epk == merged.end()) {
      message = "the JWE has no ephemeral key (\"epk\"), which ECDH-ES needs";
      return bad("epk");
    }
    auto key = readJwk(*epk, KeyNeed::Public);
    if (!key.ok || key.key.type != KeyType::Ec) {
      message = "the JWE's ephemeral key is not a P-256 public key: " + (key.ok ? std::string("it is RSA") : key.message);
      return bad("epk");
    }
    out.epk = std::move(key.key);
    for (const auto& [name, target] : {std::pair{"apu", &out.apu}, std::pair{"apv", &out.apv}}) {
      if (!merged.contains(name)) continue;
      const auto value = stringMember(merged, name);
      if (!value || base64urlDecode(*value, *target) != Base64url::Ok) {
        message = std::string("the JWE's \"") + name + "\" is not base64url";
        return bad(name);
      }
    }
  }
  return JweFault::None;
}

JweResult readRaw(const Raw& raw) {
  JweResult result;
  Jwe& jwe = result.jwe;
  std::string protected_bytes;
  if (raw.protected_b64.empty()) return fail(JweFault::Refused, "the JWE has no protected header; bundles authenticate theirs");
  if (!decodeParts({{"protected header", raw.protected_b64, &protected_bytes}, {"IV", raw.iv, &jwe.iv},
                    {"ciphertext", raw.ciphertext, &jwe.ciphertext}, {"tag", raw.tag, &jwe.tag}},
                   result)) {
    return result;
  }
  if (jwe.iv.size() != 12) return fail(JweFault::Malformed, "the JWE's IV is " + std::to_string(jwe.iv.size()) + " bytes; A256GCM uses 12");
  if (jwe.tag.size() != 16) return fail(JweFault::Malformed, "the JWE's tag is " + std::to_string(jwe.tag.size()) + " bytes; A256GCM uses 16");
  const auto header = parseJson(protected_bytes);
  if (!header || !header->is_object()) {
    return fail(JweFault::Damaged, "the JWE's protected header is not a JSON object: it was changed after encryption");
  }
  jwe.aad.assign(raw.protected_b64);
  if (!raw.aad_b64.empty()) {
    std::string ignored;
    if (!decodeParts({{"aad", raw.aad_b64, &ignored}}, result)) return result;
    jwe.aad.append(".").append(raw.aad_b64);
  }
  for (const auto& r : raw.recipients) {
    JweRecipient recipient;
    const JweFault fault = readHeader(*header, raw.shared_unprotected ? &*raw.shared_unprotected : nullptr,
                                      r.header ? &*r.header : nullptr, recipient, result.message);
    if (fault != JweFault::None) {
      result.fault = fault;
      if (fault == JweFault::Damaged && result.message.find("changed after encryption") == std::string::npos) {
        result.message = "the JWE's protected header was changed after encryption: " + result.message;
      }
      return result;
    }
    if (!decodeParts({{"encrypted key", r.encrypted_key, &recipient.encrypted_key}}, result)) return result;
    if (recipient.alg == kEcdhEsA256kw && recipient.encrypted_key.size() != 40) {
      return fail(JweFault::Malformed, "the JWE's encrypted key is " + std::to_string(recipient.encrypted_key.size()) +
                                           " bytes; an A256KW-wrapped key is 40");
    }
    if (recipient.alg == kRsaOaep256 && recipient.encrypted_key.size() < kMinRsaBits / 8) {
      return fail(JweFault::Malformed, "the JWE's encrypted key is too short for RSA-OAEP-256");
    }
    jwe.recipients.push_back(std::move(recipient));
  }
  result.fault = JweFault::None;
  return result;
}

JweResult parseCompact(std::string_view text) {
  std::array<std::string_view, 5> parts;
  std::size_t count = 0;
  for (std::size_t start = 0;;) {
    const auto dot = text.find('.', start);
    if (count == parts.size()) return fail(JweFault::Malformed, "a compact JWE has five parts; this has more");
    parts[count++] = text.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  if (count != 5) {
    return fail(JweFault::Malformed, "a compact JWE has five parts separated by dots; this has " + std::to_string(count) +
                                         " (truncated?)");
  }
  Raw raw;
  raw.protected_b64 = parts[0];
  raw.recipients.push_back({std::nullopt, parts[1]});
  raw.iv = parts[2];
  raw.ciphertext = parts[3];
  raw.tag = parts[4];
  return readRaw(raw);
}

JweResult parseJsonSerialization(const Json& doc) {
  if (!doc.is_object()) return fail(JweFault::Malformed, "a JSON JWE is an object");
  Raw raw;
  std::string_view* targets[] = {&raw.protected_b64, &raw.iv, &raw.ciphertext, &raw.tag, &raw.aad_b64};
  const char* names[] = {"protected", "iv", "ciphertext", "tag", "aad"};
  for (std::size_t i = 0; i < 5; ++i) {
    const auto it = doc.find(names[i]);
    if (it == doc.end()) {
      if (i >= 1 && i <= 3) return fail(JweFault::Malformed, std::string("the JWE has no \"") + names[i] + "\"");
      continue;
    }
    if (!it->is_string()) return fail(JweFault::Malformed, std::string("the JWE's \"") + names[i] + "\" is not a string");
    *targets[i] = it->get_ref<const std::string&>();
  }
  if (const auto it = doc.find("unprotected"); it != doc.end()) raw.shared_unprotected = *it;
  const auto recipient = [&](const Json& holder) -> std::optional<Raw::Recipient> {
    Raw::Recipient r;
    if (const auto h = holder.find("header"); h != holder.end()) r.header = *h;
    const auto ek = holder.find("encrypted_key");
    if (ek == holder.end() || !ek->is_string()) return std::nullopt;
    r.encrypted_key = ek->get_ref<const std::string&>();
    return r;
  };
  if (const auto list = doc.find("recipients"); list != doc.end()) {
    if (!list->is_array() || list->empty() || list->size() > 16) {
      return fail(JweFault::Malformed, "the JWE's \"recipients\" is not a list of 1 to 16 recipients");
    }
    for (const auto& item : *list) {
      const auto r = item.is_object() ? recipient(item) : std::nullopt;
      if (!r) return fail(JweFault::Malformed, "a JWE recipient has no \"encrypted_key\"");
      raw.recipients.push_back(*r);
    }
  } else {
    const auto r = recipient(doc);
    if (!r) return fail(JweFault::Malformed, "the JWE has no \"encrypted_key\"");
    raw.recipients.push_back(*r);
  }
  return readRaw(raw);
}

void putMember(std::string& out, std::string_view name, std::string_view value) {
  if (out.size() > 1) out += ',';
  out.append("\"").append(name).append("\":\"").append(value).append("\"");
}

}  // namespace

std::string base64urlEncode(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() * 4 + 2) / 3);
  std::size_t i = 0;
  const auto at = [&](std::size_t k) { return static_cast<unsigned char>(bytes[k]); };
  for (; i + 3 <= bytes.size(); i += 3) {
    const unsigned v = (at(i) << 16) | (at(i + 1) << 8) | at(i + 2);
    out += kAlphabet[v >> 18];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  if (bytes.size() - i == 1) {
    out += kAlphabet[at(i) >> 2];
    out += kAlphabet[(at(i) & 3) << 4];
  } else if (bytes.size() - i == 2) {
    const unsigned v = (at(i) << 8) | at(i + 1);
    out += kAlphabet[v >> 10];
    out += kAlphabet[(v >> 4) & 63];
    out += kAlphabet[(v & 15) << 2];
  }
  return out;
}

Base64url base64urlDecode(std::string_view text, std::string& bytes) {
  bytes.clear();
  if (text.size() % 4 == 1) return Base64url::Invalid;
  bytes.reserve(text.size() / 4 * 3 + 2);
  unsigned buffer = 0;
  int bits = 0;
  for (const char c : text) {
    const int v = sextet(c);
    if (v < 0) return Base64url::Invalid;
    buffer = (buffer << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes += static_cast<char>((buffer >> bits) & 0xff);
    }
  }
  return (buffer & ((1u << bits) - 1)) == 0 ? Base64url::Ok : Base64url::NonCanonical;
}

KeyResult parseJwk(std::string_view text, KeyNeed need) {
  if (text.size() > 64 * 1024) return {false, {}, "a key file is a few KB; this is " + std::to_string(text.size()) + " bytes"};
  const auto doc = parseJson(trim(text));
  if (!doc) return {false, {}, "the key is not JSON: a JWK is a JSON object"};
  return readJwk(*doc, need);
}

KeySetResult parseJwkOrSet(std::string_view text, KeyNeed need) {
  KeySetResult result;
  if (text.size() > 1024 * 1024) {
    result.message = "a key file is a few KB; this is " + std::to_string(text.size()) + " bytes";
    return result;
  }
  const auto doc = parseJson(trim(text));
  if (!doc) {
    result.message = "the key is not JSON: a JWK is a JSON object";
    return result;
  }
  if (doc->is_object() && doc->contains("keys") && !doc->contains("kty")) {
    const auto& keys = (*doc)["keys"];
    if (!keys.is_array() || keys.empty() || keys.size() > 64) {
      result.message = "the JWK Set's \"keys\" is not a list of 1 to 64 keys";
      return result;
    }
    for (std::size_t i = 0; i < keys.size(); ++i) {
      auto key = readJwk(keys[i], need);
      if (!key.ok) {
        result.message = "key " + std::to_string(i + 1) + " of the set: " + key.message;
        return result;
      }
      result.keys.push_back(std::move(key.key));
    }
  } else {
    auto key = readJwk(*doc, need);
    if (!key.ok) {
      result.message = std::move(key.message);
      return result;
    }
    result.keys.push_back(std::move(key.key));
  }
  result.ok = true;
  return result;
}

std::string recipientKeyJson(std::string_view text) {
  Json out = Json::object();
  const auto doc = parseJson(trim(text), 64 * 1024);
  if (doc && doc->is_object() && doc->contains("keys") && !doc->contains("kty")) {
    const auto& keys = (*doc)["keys"];
    if (keys.is_array() && keys.empty()) {
      out["ok"] = false;
      out["configured"] = false;
      return out.dump();
    }
    if (keys.is_array() && keys.size() > 1) {
      out["ok"] = false;
      out["configured"] = true;
      out["message"] = "the key set holds " + std::to_string(keys.size()) + " keys; the page encrypts to one: deploy only the current key";
      return out.dump();
    }
  }
  const auto set = parseJwkOrSet(text, KeyNeed::Public);
  if (!set.ok) {
    out["ok"] = false;
    out["configured"] = true;
    out["message"] = set.message;
    return out.dump();
  }
  const Jwk& key = set.keys.front();
  out["ok"] = true;
  out["alg"] = key.algorithm();
  out["thumbprint_input"] = thumbprintInput(key);
  out["jwk"] = Json::parse(out["thumbprint_input"].get<std::string>());
  return out.dump();
}

std::string thumbprintInput(const Jwk& key) {
  std::string out = "{";
  if (key.type == KeyType::Ec) {
    putMember(out, "crv", "P-256");
    putMember(out, "kty", "EC");
    putMember(out, "x", base64urlEncode(key.x));
    putMember(out, "y", base64urlEncode(key.y));
  } else {
    putMember(out, "e", base64urlEncode(key.e));
    putMember(out, "kty", "RSA");
    putMember(out, "n", base64urlEncode(key.n));
  }
  return out + "}";
}

std::string publicJwkJson(const Jwk& key, std::string_view thumbprint) {
  std::string out = thumbprintInput(key);
  out.pop_back();
  putMember(out, "use", "enc");
  putMember(out, "alg", key.algorithm());
  putMember(out, "kid", thumbprint);
  return out + "}";
}

std::string privateJwkJson(const Jwk& key, std::string_view thumbprint) {
  Json doc = Json::parse(publicJwkJson(key, thumbprint));
  doc["d"] = base64urlEncode(key.d);
  if (key.type == KeyType::Rsa && !key.p.empty()) {
    doc["p"] = base64urlEncode(key.p);
    doc["q"] = base64urlEncode(key.q);
    doc["dp"] = base64urlEncode(key.dp);
    doc["dq"] = base64urlEncode(key.dq);
    doc["qi"] = base64urlEncode(key.qi);
  }
  return doc.dump(2) + "\n";
}

JweResult parseJwe(std::string_view text) {
  if (text.size() > kMaxJweBytes) {
    return fail(JweFault::Malformed, "the file is " + std::to_string(text.size()) + " bytes; an encrypted bundle is at most 48 MiB");
  }
  text = trim(text);
  if (!text.empty() && text.front() == '{') {
    const auto doc = parseJson(text, kMaxJweBytes);
    if (!doc) return fail(JweFault::Malformed, "the JWE is not JSON (truncated?)");
    return parseJsonSerialization(*doc);
  }
  return parseCompact(text);
}

bool looksLikeJwe(std::string_view text) {
  text = trim(text);
  if (text.empty()) return false;
  if (text.front() != '{') {
    // Compact: a protected header's base64url starts "eyJ" ('{"'); or only base64url and dots.
    const bool alphabet = std::all_of(text.begin(), text.end(), [](char c) { return c == '.' || sextet(c) >= 0; });
    return text.substr(0, 3) == "eyJ" || (alphabet && text.find('.') != std::string_view::npos);
  }
  const auto doc = parseJson(text, kMaxJweBytes);
  return doc && doc->is_object() && doc->contains("ciphertext") && !doc->contains("schema");
}

std::string protectedHeaderJson(const Jwk& recipient, std::string_view thumbprint, const std::optional<Jwk>& epk) {
  std::string out = "{";
  putMember(out, "alg", recipient.algorithm());
  putMember(out, "enc", kA256gcm);
  putMember(out, "kid", thumbprint);
  if (epk) out.append(",\"epk\":").append(thumbprintInput(*epk));
  return out + "}";
}

std::string concatKdfOtherInfo(std::string_view apu, std::string_view apv) {
  std::string out;
  const auto lengthPrefixed = [&](std::string_view bytes) {
    const auto n = static_cast<std::uint32_t>(bytes.size());
    for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((n >> shift) & 0xff);
    out.append(bytes);
  };
  lengthPrefixed(kEcdhEsA256kw);
  lengthPrefixed(apu);
  lengthPrefixed(apv);
  for (const char c : {'\0', '\0', '\x01', '\0'}) out += c;  // SuppPubInfo: keydatalen 256, big-endian
  return out;
}

std::string compactJwe(std::string_view protected_b64, std::string_view encrypted_key, std::string_view iv,
                       std::string_view ciphertext, std::string_view tag) {
  std::string out(protected_b64);
  for (const auto part : {encrypted_key, iv, ciphertext, tag}) out.append(".").append(base64urlEncode(part));
  return out;
}

}  // namespace portcheck::jose
