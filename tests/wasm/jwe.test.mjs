// The page's bundle encryption (web/jwe.js, WebCrypto) with the key judged by the WASM core
// (recipientKey), as the page runs them, opened by code nobody here wrote (npm jose) and by
// `portcheck decrypt` when the native build is there. Node's WebCrypto is the same API as the
// browser's; tests/web/page.test.mjs does it again in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as jose from 'jose';
import { loadModule, webDir } from './load-module.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const portcheck = process.env.PORTCHECK ?? join(root, 'build', 'native', 'cli', 'portcheck');
const core = await loadModule();
const { importRecipient, encrypt } = await import(pathToFileURL(join(webDir, 'jwe.js')).href);
const dir = mkdtempSync(join(tmpdir(), 'portcheck-wasm-jwe-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const keyPairs = {
  ec: await jose.generateKeyPair('ECDH-ES+A256KW', { crv: 'P-256', extractable: true }),
  rsa: await jose.generateKeyPair('RSA-OAEP-256', { modulusLength: 2048, extractable: true }),
};
const jwks = {};
for (const [type, pair] of Object.entries(keyPairs)) {
  jwks[type] = { public: await jose.exportJWK(pair.publicKey), private: await jose.exportJWK(pair.privateKey) };
}

const plaintext = new TextEncoder().encode(`${JSON.stringify({ schema: 'portcheck.bundle/1', pin: '4321', bill: 'x'.repeat(70000) })}\n`);

test('the page encrypts to both key types; jose decrypts; the kid is the RFC 7638 thumbprint', async () => {
  for (const [type, pair] of Object.entries(keyPairs)) {
    const verdict = JSON.parse(core.recipientKey(JSON.stringify({ ...jwks[type].public, use: 'enc' })));
    assert.equal(verdict.ok, true, JSON.stringify(verdict));
    const recipient = await importRecipient(verdict);
    assert.equal(recipient.kid, await jose.calculateJwkThumbprint(jwks[type].public, 'sha256'));
    const jwe = await encrypt(plaintext, recipient);
    const { plaintext: opened, protectedHeader } = await jose.compactDecrypt(jwe, pair.privateKey);
    assert.deepEqual(Buffer.from(opened), Buffer.from(plaintext), type);
    assert.equal(protectedHeader.enc, 'A256GCM');
    assert.equal(protectedHeader.alg, type === 'ec' ? 'ECDH-ES+A256KW' : 'RSA-OAEP-256');
    assert.equal(protectedHeader.kid, recipient.kid);
    // Nothing of the bundle readable in any part, as text or decoded (a marker long enough that
    // random base64url cannot hold it by chance, as a 4-character PIN can once in ~100 runs).
    const marker = '"pin":"4321"';
    assert.ok(!jwe.includes(marker) && !jwe.includes(Buffer.from(marker).toString('base64url').slice(0, 12)));
    for (const part of jwe.split('.')) assert.ok(!Buffer.from(part, 'base64url').toString('latin1').includes(marker));
    // The page's import tells it from a bundle or a draft by the core's rule.
    assert.equal(core.looksLikeJwe(jwe), true);
    assert.equal(core.looksLikeJwe(`\n${jwe}\n`), true);
    // Fresh content key and IV every time.
    assert.notEqual(await encrypt(plaintext, recipient), jwe);

    // The CLI opens it too, with the private key as a JWK file.
    if (existsSync(portcheck)) {
      const keyFile = join(dir, `${type}.jwk`);
      writeFileSync(keyFile, JSON.stringify(jwks[type].private));
      const r = spawnSync(portcheck, ['decrypt', '--key', keyFile, '-'], { input: jwe, maxBuffer: 1 << 24 });
      assert.equal(r.status, 0, r.stderr.toString());
      assert.deepEqual(r.stdout, Buffer.from(plaintext));
    }
  }
});

test('the core judges the key: a set of one, an empty set (not configured), and every refusal worded', () => {
  const judge = (value) => JSON.parse(core.recipientKey(typeof value === 'string' ? value : JSON.stringify(value)));
  assert.equal(judge({ keys: [jwks.ec.public] }).ok, true);
  assert.deepEqual(judge({ keys: [] }), { ok: false, configured: false });
  const refusals = [
    [jwks.ec.private, /private key/],
    [{ keys: [jwks.ec.public, jwks.rsa.public] }, /one/],
    ['not json', /not JSON/],
    [{ kty: 'oct', k: 'AAAA' }, /"oct"/],
    [{ ...jwks.ec.public, crv: 'P-384' }, /P-256/],
    [{ ...jwks.ec.public, use: 'sig' }, /"use"/],
    [{ ...jwks.rsa.public, alg: 'RSA1_5' }, /"alg"/],
    ['<script>alert(1)</script>', /not JSON/],
    ['\u0000\uffff\ud800', /not JSON/],
  ];
  for (const [value, pattern] of refusals) {
    const verdict = judge(value);
    assert.equal(verdict.ok, false);
    assert.equal(verdict.configured, true);
    assert.match(verdict.message, pattern);
  }
});

test('a key whose point is not on P-256 passes the format check but not the browser\'s crypto', async () => {
  const off = { ...jwks.ec.public, y: jwks.ec.public.x };
  const verdict = JSON.parse(core.recipientKey(JSON.stringify(off)));
  assert.equal(verdict.ok, true);
  await assert.rejects(importRecipient(verdict));
});

test('what the page\'s import takes for an encrypted bundle, and what it does not', () => {
  assert.equal(core.looksLikeJwe(JSON.stringify({ protected: 'eyJ', iv: '', ciphertext: '', tag: '' })), true);
  for (const text of ['{"schema":"portcheck.bundle/1"}', '{"schema":"portcheck.draft/1","requests":[]}', 'not a file.', '', '{"ciphertext":1,"schema":"x"}']) {
    assert.equal(core.looksLikeJwe(text), false, text);
  }
});
