// Encrypted bundles in the browser (SECURITY.md): the bundle becomes a compact JWE (RFC 7516)
// for Outreach's public key, with WebCrypto only:
//   ECDH-ES+A256KW on P-256: an ephemeral ECDH key, the Concat KDF of RFC 7518 §4.6.2 (one
//     SHA-256 round for a 256-bit key), AES key wrap of the content key;
//   RSA-OAEP-256: the content key encrypted with RSA-OAEP and SHA-256;
// and A256GCM for the content, with the protected header as its additional data. The key's
// RFC 7638 thumbprint is the "kid". The core judges the key and words every refusal
// (recipientKey, core/include/portcheck/jose.hpp); `portcheck decrypt` and npm's jose open the
// result (tests/wasm/jwe.test.mjs, tests/web/page.test.mjs). Loaded after the first verdict,
// like the rest of the checker, whatever the customer does.
import { toBase64 } from './dom.js';

const subtle = globalThis.crypto.subtle;
const ECDH_ES_A256KW = 'ECDH-ES+A256KW';
const utf8 = (text) => new TextEncoder().encode(text);

// The platform's encoder where there is one (Uint8Array.prototype.toBase64: Chromium, Firefox,
// Safari): ten times faster on a 13 MB bundle than going through btoa.
export function base64url(bytes) {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (typeof view.toBase64 === 'function') return view.toBase64({ alphabet: 'base64url', omitPadding: true });
  return toBase64(view).replace(/[+/=]/g, (c) => (c === '+' ? '-' : c === '/' ? '_' : ''));
}

function concat(...parts) {
  const arrays = parts.map((p) => new Uint8Array(p));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) { out.set(a, at); at += a.length; }
  return out;
}

const uint32 = (n) => new Uint8Array([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
const lengthPrefixed = (bytes) => concat(uint32(bytes.length), bytes);
// AlgorithmID, PartyUInfo and PartyVInfo (empty), SuppPubInfo (keydatalen: 256 bits).
const OTHER_INFO = concat(lengthPrefixed(utf8(ECDH_ES_A256KW)), lengthPrefixed([]), lengthPrefixed([]), uint32(256));

/**
 * The core's verdict on a key ({ok: true, alg, jwk, thumbprint_input}) → a recipient for
 * encrypt(). Rejects when the browser refuses the key (a point that is not on P-256).
 */
export async function importRecipient(verdict) {
  const kid = base64url(await subtle.digest('SHA-256', utf8(verdict.thumbprint_input)));
  const key = verdict.alg === ECDH_ES_A256KW
    ? await subtle.importKey('jwk', verdict.jwk, { name: 'ECDH', namedCurve: 'P-256' }, false, [])
    : await subtle.importKey('jwk', verdict.jwk, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['wrapKey']);
  return { alg: verdict.alg, kid, key };
}

/** Bytes → the compact JWE for the recipient: a fresh content key and IV every time. */
export async function encrypt(plaintext, recipient) {
  const cek = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  const header = { alg: recipient.alg, enc: 'A256GCM', kid: recipient.kid };
  let encryptedKey;
  if (recipient.alg === ECDH_ES_A256KW) {
    const ephemeral = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const z = await subtle.deriveBits({ name: 'ECDH', public: recipient.key }, ephemeral.privateKey, 256);
    const { crv, kty, x, y } = await subtle.exportKey('jwk', ephemeral.publicKey);
    header.epk = { crv, kty, x, y };
    const kek = await subtle.importKey('raw', await subtle.digest('SHA-256', concat(uint32(1), z, OTHER_INFO)), 'AES-KW', false, ['wrapKey']);
    encryptedKey = await subtle.wrapKey('raw', cek, kek, 'AES-KW');
  } else {
    encryptedKey = await subtle.wrapKey('raw', cek, recipient.key, { name: 'RSA-OAEP' });
  }
  const protectedHeader = base64url(utf8(JSON.stringify(header)));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(await subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8(protectedHeader), tagLength: 128 }, cek, plaintext));
  return [protectedHeader, base64url(encryptedKey), base64url(iv), base64url(sealed.subarray(0, -16)), base64url(sealed.subarray(-16))].join('.');
}
