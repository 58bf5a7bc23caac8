#include "jwe.hpp"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/param_build.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

#include <array>
#include <climits>
#include <memory>

namespace portcheck::cli {
namespace {

using jose::Jwk;
using jose::KeyType;

template <auto Free>
struct Deleter {
  template <typename T>
  void operator()(T* p) const { Free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, Deleter<EVP_CIPHER_CTX_free>>;
using ParamBld = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM_free>>;
using Bignum = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using Kdf = std::unique_ptr<EVP_KDF, Deleter<EVP_KDF_free>>;
using KdfCtx = std::unique_ptr<EVP_KDF_CTX, Deleter<EVP_KDF_CTX_free>>;

const unsigned char* bytes(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }
unsigned char* bytes(std::string& s) { return reinterpret_cast<unsigned char*>(s.data()); }

std::string sha256(std::string_view data) {
  std::string out(32, '\0');
  unsigned int length = 0;
  if (EVP_Digest(data.data(), data.size(), bytes(out), &length, EVP_sha256(), nullptr) != 1) return {};
  return out;
}

std::string random(std::size_t n) {
  std::string out(n, '\0');
  if (RAND_bytes(bytes(out), static_cast<int>(n)) != 1) return {};
  return out;
}

Bignum bignum(std::string_view big_endian) {
  return Bignum(BN_bin2bn(bytes(big_endian), static_cast<int>(big_endian.size()), nullptr));
}

std::optional<std::string> oaep(EVP_PKEY* pkey, std::string_view in, bool encrypt);

// The JWK as an OpenSSL key: its public part, and its private part when it has one. nullptr
// when OpenSSL refuses it (an EC point not on the curve). `check_pair`: a private key's halves
// must belong together — P-256 by OpenSSL's pairwise check, RSA by an OAEP round trip (its
// pairwise check also tests p and q for primality: 200 ms for a 3072-bit key).
Pkey toPkey(const Jwk& key, bool check_pair) {
  ParamBld bld(OSSL_PARAM_BLD_new());
  if (!bld) return nullptr;
  std::vector<Bignum> keep;  // the builder refers to these until the params are built
  const auto push = [&](const char* name, std::string_view value) {
    keep.push_back(bignum(value));
    return keep.back() && OSSL_PARAM_BLD_push_BN(bld.get(), name, keep.back().get()) == 1;
  };
  const char* type = key.type == KeyType::Ec ? "EC" : "RSA";
  std::string point;
  bool ok = true;
  if (key.type == KeyType::Ec) {
    point = std::string(1, '\x04') + key.x + key.y;
    ok = OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, "P-256", 0) == 1 &&
         OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(), point.size()) == 1;
    if (ok && key.isPrivate()) ok = push(OSSL_PKEY_PARAM_PRIV_KEY, key.d);
  } else {
    ok = push(OSSL_PKEY_PARAM_RSA_N, key.n) && push(OSSL_PKEY_PARAM_RSA_E, key.e);
    if (ok && key.isPrivate()) ok = push(OSSL_PKEY_PARAM_RSA_D, key.d);
    if (ok && key.isPrivate() && !key.p.empty()) {
      ok = push(OSSL_PKEY_PARAM_RSA_FACTOR1, key.p) && push(OSSL_PKEY_PARAM_RSA_FACTOR2, key.q) &&
           push(OSSL_PKEY_PARAM_RSA_EXPONENT1, key.dp) && push(OSSL_PKEY_PARAM_RSA_EXPONENT2, key.dq) &&
           push(OSSL_PKEY_PARAM_RSA_COEFFICIENT1, key.qi);
    }
  }
  if (!ok) return nullptr;
  Params params(OSSL_PARAM_BLD_to_param(bld.get()));
  PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
  EVP_PKEY* raw = nullptr;
  if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
      EVP_PKEY_fromdata(ctx.get(), &raw, key.isPrivate() ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
    return nullptr;
  }
  Pkey pkey(raw);
  PkeyCtx check(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey.get(), nullptr));
  if (!check || EVP_PKEY_public_check(check.get()) != 1) return nullptr;
  if (check_pair && key.isPrivate()) {
    if (key.type == KeyType::Ec && EVP_PKEY_pairwise_check(check.get()) != 1) return nullptr;
    if (key.type == KeyType::Rsa) {
      static constexpr std::string_view kProbe = "portcheck: do these halves belong together?";
      const auto sealed = oaep(pkey.get(), kProbe, true);
      const auto opened = sealed ? oaep(pkey.get(), *sealed, false) : std::nullopt;
      if (!opened || *opened != kProbe) return nullptr;
    }
  }
  return pkey;
}

std::string bnParam(EVP_PKEY* pkey, const char* name, std::size_t pad = 0) {
  BIGNUM* raw = nullptr;
  if (EVP_PKEY_get_bn_param(pkey, name, &raw) != 1) return {};
  Bignum bn(raw);
  std::string out(pad ? pad : static_cast<std::size_t>(BN_num_bytes(bn.get())), '\0');
  if (pad ? BN_bn2binpad(bn.get(), bytes(out), static_cast<int>(pad)) < 0 : BN_bn2bin(bn.get(), bytes(out)) < 0) return {};
  return out;
}

std::optional<Jwk> fromPkey(EVP_PKEY* pkey, KeyType type, bool with_private) {
  Jwk key;
  key.type = type;
  if (type == KeyType::Ec) {
    std::array<unsigned char, 65> point{};
    std::size_t length = 0;
    if (EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point.data(), point.size(), &length) != 1 ||
        length != 65 || point[0] != 0x04) {
      return std::nullopt;
    }
    key.x.assign(reinterpret_cast<const char*>(point.data()) + 1, 32);
    key.y.assign(reinterpret_cast<const char*>(point.data()) + 33, 32);
    if (with_private && (key.d = bnParam(pkey, OSSL_PKEY_PARAM_PRIV_KEY, 32)).empty()) return std::nullopt;
  } else {
    key.n = bnParam(pkey, OSSL_PKEY_PARAM_RSA_N);
    key.e = bnParam(pkey, OSSL_PKEY_PARAM_RSA_E);
    if (with_private) {
      key.d = bnParam(pkey, OSSL_PKEY_PARAM_RSA_D);
      key.p = bnParam(pkey, OSSL_PKEY_PARAM_RSA_FACTOR1);
      key.q = bnParam(pkey, OSSL_PKEY_PARAM_RSA_FACTOR2);
      key.dp = bnParam(pkey, OSSL_PKEY_PARAM_RSA_EXPONENT1);
      key.dq = bnParam(pkey, OSSL_PKEY_PARAM_RSA_EXPONENT2);
      key.qi = bnParam(pkey, OSSL_PKEY_PARAM_RSA_COEFFICIENT1);
      if (key.d.empty() || key.p.empty() || key.q.empty() || key.dp.empty() || key.dq.empty() || key.qi.empty()) return std::nullopt;
    }
    if (key.n.empty() || key.e.empty()) return std::nullopt;
  }
  return key;
}

// P-256 ECDH, then the Concat KDF of RFC 7518 §4.6.2 (OpenSSL's SSKDF with SHA-256): the
// 256-bit key-wrapping key.
std::optional<std::string> ecdhKek(EVP_PKEY* own, EVP_PKEY* peer, std::string_view apu, std::string_view apv) {
  PkeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, own, nullptr));
  std::size_t length = 0;
  if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), peer) != 1 ||
      EVP_PKEY_derive(ctx.get(), nullptr, &length) != 1 || length != 32) {
    return std::nullopt;
  }
  std::string z(length, '\0');
  if (EVP_PKEY_derive(ctx.get(), bytes(z), &length) != 1) return std::nullopt;
  std::string info = jose::concatKdfOtherInfo(apu, apv);
  Kdf kdf(EVP_KDF_fetch(nullptr, "SSKDF", nullptr));
  KdfCtx kctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
  char digest[] = "SHA256";
  const OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, z.data(), z.size()),
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info.data(), info.size()),
      OSSL_PARAM_construct_end()};
  std::string kek(32, '\0');
  if (!kctx || EVP_KDF_derive(kctx.get(), bytes(kek), kek.size(), params) != 1) return std::nullopt;
  return kek;
}

// AES-256 key wrap (RFC 3394): 32 bytes in, 40 out; unwrapping checks the integrity value.
std::optional<std::string> aesKw(std::string_view kek, std::string_view in, bool wrap) {
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  if (!ctx) return std::nullopt;
  EVP_CIPHER_CTX_set_flags(ctx.get(), EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
  if (EVP_CipherInit_ex(ctx.get(), EVP_aes_256_wrap(), nullptr, bytes(kek), nullptr, wrap ? 1 : 0) != 1) return std::nullopt;
  std::string out(in.size() + 16, '\0');
  int length = 0, final_length = 0;
  if (EVP_CipherUpdate(ctx.get(), bytes(out), &length, bytes(in), static_cast<int>(in.size())) <= 0 ||
      EVP_CipherFinal_ex(ctx.get(), bytes(out) + length, &final_length) <= 0) {
    return std::nullopt;
  }
  out.resize(static_cast<std::size_t>(length + final_length));
  return out;
}

PkeyCtx oaepContext(EVP_PKEY* pkey, bool encrypt) {
  PkeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr));
  if (!ctx || (encrypt ? EVP_PKEY_encrypt_init(ctx.get()) : EVP_PKEY_decrypt_init(ctx.get())) != 1 ||
      EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_OAEP_PADDING) != 1 ||
      EVP_PKEY_CTX_set_rsa_oaep_md(ctx.get(), EVP_sha256()) != 1 ||
      EVP_PKEY_CTX_set_rsa_mgf1_md(ctx.get(), EVP_sha256()) != 1) {
    return nullptr;
  }
  return ctx;
}

// RSA-OAEP with SHA-256 (and MGF1 with SHA-256), as RSA-OAEP-256 is defined.
std::optional<std::string> oaep(EVP_PKEY* pkey, std::string_view in, bool encrypt) {
  PkeyCtx ctx = oaepContext(pkey, encrypt);
  const auto run = [&](unsigned char* out, std::size_t* length) {
    return encrypt ? EVP_PKEY_encrypt(ctx.get(), out, length, bytes(in), in.size())
                   : EVP_PKEY_decrypt(ctx.get(), out, length, bytes(in), in.size());
  };
  std::size_t length = 0;
  if (!ctx || run(nullptr, &length) != 1) return std::nullopt;
  std::string out(length, '\0');
  if (run(bytes(out), &length) != 1) return std::nullopt;
  out.resize(length);
  return out;
}

// AES-256-GCM with a 12-byte IV and a 16-byte tag; decrypting fails on a tag that does not match.
bool gcm(bool encrypt, std::string_view cek, std::string_view iv, std::string_view aad, std::string_view in,
         std::string& out, std::string& tag) {
  if (in.size() > static_cast<std::size_t>(INT_MAX) || aad.size() > static_cast<std::size_t>(INT_MAX)) return false;
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  int length = 0;
  if (!ctx || EVP_CipherInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr, encrypt ? 1 : 0) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(iv.size()), nullptr) != 1 ||
      EVP_CipherInit_ex(ctx.get(), nullptr, nullptr, bytes(cek), bytes(iv), -1) != 1 ||
      EVP_CipherUpdate(ctx.get(), nullptr, &length, bytes(aad), static_cast<int>(aad.size())) != 1) {
    return false;
  }
  out.assign(in.size() + 16, '\0');
  if (EVP_CipherUpdate(ctx.get(), bytes(out), &length, bytes(in), static_cast<int>(in.size())) != 1) return false;
  std::size_t total = static_cast<std::size_t>(length);
  if (!encrypt) {
    std::string expected(tag);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16, expected.data()) != 1) return false;
  }
  if (EVP_CipherFinal_ex(ctx.get(), bytes(out) + total, &length) <= 0) return false;
  out.resize(total + static_cast<std::size_t>(length));
  if (encrypt) {
    tag.assign(16, '\0');
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, tag.data()) != 1) return false;
  }
  return true;
}

// The CEK of one recipient under one private key, or nullopt when it does not unwrap.
std::optional<std::string> unwrapCek(const jose::JweRecipient& recipient, const Jwk& key) {
  Pkey own = toPkey(key, false);
  if (!own) return std::nullopt;
  std::optional<std::string> cek;
  if (recipient.alg == jose::kEcdhEsA256kw) {
    if (!recipient.epk) return std::nullopt;
    Pkey peer = toPkey(*recipient.epk, false);
    if (!peer) return std::nullopt;
    const auto kek = ecdhKek(own.get(), peer.get(), recipient.apu, recipient.apv);
    if (kek) cek = aesKw(*kek, recipient.encrypted_key, false);
  } else {
    cek = oaep(own.get(), recipient.encrypted_key, false);
  }
  if (cek && cek->size() != 32) return std::nullopt;
  return cek;
}

}  // namespace

bool usableKey(const Jwk& key, std::string& error) {
  if (toPkey(key, true)) return true;
  error = key.type == KeyType::Ec ? (key.isPrivate() ? "the key's d, x and y do not belong together (or x, y is not a P-256 point)"
                                                     : "the key's x, y is not a point on P-256")
                                  : (key.isPrivate() ? "the RSA key's private and public numbers do not belong together"
                                                     : "OpenSSL does not accept the RSA key");
  return false;
}

std::string thumbprint(const Jwk& key) { return jose::base64urlEncode(sha256(jose::thumbprintInput(key))); }

std::optional<Jwk> generateKey(KeyType type, std::string& error, int rsa_bits) {
  Pkey pkey(type == KeyType::Ec ? EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")
                                : EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<std::size_t>(rsa_bits)));
  auto key = pkey ? fromPkey(pkey.get(), type, true) : std::nullopt;
  if (!key) error = "OpenSSL could not generate the key";
  return key;
}

std::optional<std::string> encryptCompact(std::string_view plaintext, const Jwk& recipient, std::string& error) {
  Pkey peer = toPkey(recipient, false);
  if (!peer) {
    error = recipient.type == KeyType::Ec ? "the key is not a valid P-256 point" : "the key is not a valid RSA key";
    return std::nullopt;
  }
  const std::string cek = random(32);
  const std::string iv = random(12);
  if (cek.empty() || iv.empty()) {
    error = "no randomness available";
    return std::nullopt;
  }
  std::optional<std::string> encrypted_key;
  std::optional<Jwk> epk;
  if (recipient.type == KeyType::Ec) {
    Pkey ephemeral(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (ephemeral) epk = fromPkey(ephemeral.get(), KeyType::Ec, false);
    const auto kek = epk ? ecdhKek(ephemeral.get(), peer.get(), {}, {}) : std::nullopt;
    if (kek) encrypted_key = aesKw(*kek, cek, true);
  } else {
    encrypted_key = oaep(peer.get(), cek, true);
  }
  if (!encrypted_key) {
    error = "OpenSSL could not encrypt the content key";
    return std::nullopt;
  }
  const std::string header = jose::base64urlEncode(jose::protectedHeaderJson(recipient, thumbprint(recipient), epk));
  std::string ciphertext, tag;
  if (!gcm(true, cek, iv, header, plaintext, ciphertext, tag)) {
    error = "OpenSSL could not encrypt the bundle";
    return std::nullopt;
  }
  return jose::compactJwe(header, *encrypted_key, iv, ciphertext, tag);
}

Opened decrypt(const jose::Jwe& jwe, const std::vector<Jwk>& keys) {
  Opened opened;
  std::vector<std::string> thumbprints;
  for (const auto& key : keys) thumbprints.push_back(thumbprint(key));
  for (const auto& recipient : jwe.recipients) {
    for (std::size_t k = 0; k < keys.size(); ++k) {
      if (keys[k].algorithm() != recipient.alg) continue;
      const auto cek = unwrapCek(recipient, keys[k]);
      if (!cek) continue;
      std::string tag(jwe.tag);
      if (!gcm(false, *cek, jwe.iv, jwe.aad, jwe.ciphertext, opened.plaintext, tag)) {
        opened.fault = OpenFault::Damaged;
        opened.plaintext.clear();
        opened.message = "the encrypted bundle was changed after encryption: its authentication tag does not match "
                         "(ciphertext, tag, IV or protected header altered)";
        return opened;
      }
      opened.fault = OpenFault::None;
      opened.key_index = k;
      return opened;
    }
  }
  std::string named;
  for (const auto& recipient : jwe.recipients) {
    for (std::size_t k = 0; k < keys.size(); ++k) {
      if (!recipient.kid.empty() && recipient.kid == thumbprints[k]) {
        opened.fault = OpenFault::Damaged;
        opened.message = "the encrypted bundle was changed after encryption: it names key " + thumbprints[k] +
                         ", which does not open its encrypted key (encrypted key or ephemeral key altered)";
        return opened;
      }
    }
    if (!named.empty()) named += ", ";
    named += recipient.kid.empty() ? "a key it does not name (" + recipient.alg + ")" : recipient.kid;
  }
  std::string given;
  for (const auto& t : thumbprints) given += (given.empty() ? "" : ", ") + t;
  opened.fault = OpenFault::WrongKey;
  opened.message = "encrypted for another key: the bundle is for " + named + "; the key" +
                   (keys.size() == 1 ? " given is " : "s given are ") + given;
  return opened;
}

}  // namespace portcheck::cli
