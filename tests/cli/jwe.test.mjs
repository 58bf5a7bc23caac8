// Encrypted bundles at the command line (SECURITY.md), against a JOSE library nobody here
// wrote (npm `jose`, pinned in package.json):
// - keygen: a 0600 private key, never overwritten; the public JWK and its RFC 7638 thumbprint;
// - `jose` opens what `portcheck encrypt` makes, and `portcheck` opens what `jose` makes, for
//   both key types, in the compact and both JSON serializations;
// - another key → exit 2 naming both thumbprints; any changed byte of the ciphertext, tag, IV,
//   encrypted key or protected header → exit 3; malformed or refused JWEs → exit 2; every
//   failure one line on stderr.
// Run by ctest with PORTCHECK set to the binary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync, statSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as jose from 'jose';
import { goldenDir as golden, run, scratchDir } from '../support/cli.mjs';

const dir = scratchDir('jwe');
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const file = (name, content) => { const p = join(dir, name); writeFileSync(p, content); return p; };
const b64u = (bytes) => Buffer.from(bytes).toString('base64url');
const unb64u = (text) => Buffer.from(text, 'base64url');

/** One line on stderr, and the exit code expected. */
function assertFails(r, status, pattern) {
  assert.equal(r.status, status, `exit ${r.status}, stderr: ${r.stderr}`);
  assert.equal(r.stderr.trim().split('\n').length, 1, `one line: ${r.stderr}`);
  if (pattern) assert.match(r.stderr, pattern);
  assert.doesNotMatch(r.stderr, /internal error|Assertion|AddressSanitizer|runtime error/);
}

// A ready bundle with a bill, made the way the page makes it.
const bill = Buffer.from('%PDF-1.4\n% Comcast Business statement, November 2026\nACCOUNT 8812 4471 0093\n' + 'x'.repeat(3000));
const billPath = file('bill-2026-11.pdf', bill);
const draft = JSON.parse(readFileSync(join(golden, 'clean-business-port.draft.json'), 'utf8'));
for (const request of draft.requests) {
  request.account_pin = '73915';
  request.bill.file = { name: 'bill-2026-11.pdf', media_type: 'application/pdf', size: bill.length, sha256: sha256(bill) };
}
const made = run(['bundle', file('draft.json', JSON.stringify(draft)), '--attach', billPath, '--created-at', '2026-11-25T15:04:05Z']);
assert.equal(made.status, 0, made.stderr);
const bundleText = made.stdout;
const bundlePath = file('bundle.json', bundleText);
assert.equal(run(['verify', bundlePath]).status, 0, 'the plain bundle is ready');

function keygen(name, type) {
  const path = join(dir, name);
  const r = run(['keygen', path, ...(type ? ['--type', type] : [])]);
  assert.equal(r.status, 0, r.stderr);
  return { path, private: JSON.parse(readFileSync(path, 'utf8')), public: JSON.parse(r.stdout), stderr: r.stderr };
}
const ec = keygen('outreach-ec.jwk');
const rsa = keygen('outreach-rsa.jwk', 'rsa');
const other = keygen('someone-else.jwk');
const keys = { ec, rsa };

test('keygen writes a 0600 private key, never over an existing file, and prints the public JWK', async () => {
  for (const [type, key] of Object.entries(keys)) {
    assert.equal(statSync(key.path).mode & 0o777, 0o600, type);
    assert.equal(key.public.d, undefined, 'no private member is printed');
    assert.ok(key.private.d, 'the file holds the private key');
    const thumbprint = await jose.calculateJwkThumbprint(key.public, 'sha256');
    assert.equal(key.public.kid, thumbprint, `${type}: kid is the RFC 7638 thumbprint, as jose computes it`);
    assert.equal(key.private.kid, thumbprint);
    assert.match(key.stderr, new RegExp(thumbprint));
    assert.equal(key.public.use, 'enc');
    // jose can use both halves.
    await jose.importJWK(key.public, key.public.alg);
    await jose.importJWK(key.private, key.private.alg);
  }
  assert.equal(ec.public.alg, 'ECDH-ES+A256KW');
  assert.equal(ec.public.crv, 'P-256');
  assert.equal(rsa.public.alg, 'RSA-OAEP-256');
  assert.ok(unb64u(rsa.public.n).length * 8 >= 3072);

  const before = readFileSync(ec.path, 'utf8');
  assertFails(run(['keygen', ec.path]), 2, /already exists/);
  assert.equal(readFileSync(ec.path, 'utf8'), before, 'the existing key is untouched');
  assertFails(run(['keygen', join(dir, 'no-such-dir', 'k.jwk')]), 2);
  // Usage: one line naming the problem, then the usage text; exit 2.
  const usage = (args, pattern) => {
    const r = run(args);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr.split('\n')[0], pattern);
  };
  usage(['keygen', '-'], /keygen: give the file to write the private key to/);
  usage(['keygen', join(dir, 'x.jwk'), '--type', 'dsa'], /--type is ec/);
  usage(['keygen', join(dir, 'x.jwk'), '--type'], /keygen: --type needs a value/);
  usage(['verify', bundlePath, '--key'], /verify: --key needs a value/);
  usage(['decrypt', bundlePath], /decrypt: give the private key with --key FILE/);
  usage(['encrypt', bundlePath], /encrypt: give the recipient's key with --to FILE/);
  usage(['decrypt', '--key', ec.path, 'a.jwe', 'b.jwe'], /decrypt: unexpected argument 'b\.jwe'/);

  const pub = run(['public-key', ec.path]);
  assert.equal(pub.status, 0, pub.stderr);
  assert.deepEqual(JSON.parse(pub.stdout), ec.public);
});

test('jose decrypts what portcheck encrypts, for both key types', async () => {
  for (const [type, key] of Object.entries(keys)) {
    for (const to of [key.path, file(`${type}-public.jwk`, JSON.stringify(key.public))]) {
      const r = run(['encrypt', '--to', to, bundlePath]);
      assert.equal(r.status, 0, r.stderr);
      const jwe = r.stdout.trim();
      assert.equal(jwe.split('.').length, 5);
      const { plaintext, protectedHeader } = await jose.compactDecrypt(jwe, await jose.importJWK(key.private, key.private.alg));
      assert.equal(Buffer.from(plaintext).toString('utf8'), bundleText, type);
      assert.equal(protectedHeader.enc, 'A256GCM');
      assert.equal(protectedHeader.alg, key.public.alg);
      assert.equal(protectedHeader.kid, key.public.kid);
      assertNothingInClear(jwe);
    }
  }
});

// No PIN, account number, name or bill byte of the bundle appears in the file.
function assertNothingInClear(text) {
  const secrets = [];
  for (const request of draft.requests) {
    secrets.push(request.account_number, request.account_number.replace(/\D/g, '').slice(-7), request.account_pin,
      request.authorized_name, request.service_address?.street);
    for (const n of request.phone_numbers) secrets.push(n.pin);
  }
  secrets.push('Comcast Business statement', bill.toString('base64').slice(0, 40));
  // Five characters or more: a shorter string turns up in random base64url by chance.
  for (const secret of secrets.filter((s) => typeof s === 'string' && s.length >= 5)) {
    assert.ok(!text.includes(secret), `"${secret}" is in the clear`);
    assert.ok(!unb64u(text.split('.')[0]).toString('latin1').includes(secret), `"${secret}" is in the header`);
  }
}

async function joseEncrypt(key, serialization, extra = {}) {
  const publicKey = await jose.importJWK(key.public, key.public.alg);
  const plaintext = new TextEncoder().encode(bundleText);
  const header = { alg: key.public.alg, enc: 'A256GCM', ...(extra.noKid ? {} : { kid: key.public.kid }) };
  if (serialization === 'compact') {
    const e = new jose.CompactEncrypt(plaintext).setProtectedHeader(header);
    if (extra.apu) e.setKeyManagementParameters({ apu: extra.apu, apv: extra.apv });
    return e.encrypt(publicKey);
  }
  // General: two recipients, ours second.
  const g = new jose.GeneralEncrypt(plaintext).setProtectedHeader({ enc: 'A256GCM' });
  g.addRecipient(await jose.importJWK(other.public, other.public.alg)).setUnprotectedHeader({ alg: other.public.alg, kid: other.public.kid });
  g.addRecipient(publicKey).setUnprotectedHeader({ alg: key.public.alg, kid: key.public.kid });
  return JSON.stringify(await g.encrypt());
}

test('portcheck decrypts and verifies what jose encrypts, for both key types and every serialization', async () => {
  for (const [type, key] of Object.entries(keys)) {
    const cases = [['compact'], ['compact', { noKid: true }], ['general']];
    if (type === 'ec') cases.push(['compact', { apu: randomBytes(16), apv: new TextEncoder().encode('Outreach') }]);
    for (const [serialization, extra] of cases) {
      const jwe = await joseEncrypt(key, serialization, extra);
      const path = file(`jose-${type}-${serialization}.jwe`, jwe);
      const d = run(['decrypt', '--key', key.path, path]);
      assert.equal(d.status, 0, `${type} ${serialization} ${JSON.stringify(extra)}: ${d.stderr}`);
      assert.equal(d.stdout, bundleText);
      const v = run(['verify', '--key', key.path, path]);
      assert.equal(v.status, 0, v.stderr + v.stdout);
      assert.match(v.stdout, /encrypted \(JWE\); authenticated and decrypted with key/);
    }
    // Flattened JSON, with the key algorithm in the shared unprotected header.
    const flat = await new jose.FlattenedEncrypt(new TextEncoder().encode(bundleText))
      .setProtectedHeader({ enc: 'A256GCM', kid: key.public.kid })
      .setSharedUnprotectedHeader({ alg: key.public.alg })
      .encrypt(await jose.importJWK(key.public, key.public.alg));
    const d = run(['decrypt', '--key', key.path, file(`jose-${type}-flat.jwe`, JSON.stringify(flat))]);
    assert.equal(d.status, 0, d.stderr);
    assert.equal(d.stdout, bundleText);
  }
});

const encrypted = {};
for (const [type, key] of Object.entries(keys)) {
  const r = run(['encrypt', '--to', key.path, bundlePath]);
  assert.equal(r.status, 0, r.stderr);
  encrypted[type] = r.stdout.trim();
}

test('verify --key accepts an encrypted bundle; its plaintext is the plain bundle', () => {
  for (const [type, key] of Object.entries(keys)) {
    const path = file(`${type}.jwe`, encrypted[type]);
    const v = run(['verify', '--key', key.path, path]);
    assert.equal(v.status, 0, v.stderr + v.stdout);
    assert.match(v.stdout, /consistent/);
    assert.equal(run(['decrypt', '--key', key.path, path]).stdout, bundleText);
    const json = run(['verify', '--key', key.path, path, '--format', 'json']);
    assert.equal(JSON.parse(json.stdout).consistent, true);
    // Without a key: one line saying which key it needs.
    assertFails(run(['verify', path]), 2, new RegExp(`encrypted \\(for key ${key.public.kid}\\)`));
  }
  // A plain bundle still verifies, with or without keys.
  assert.equal(run(['verify', bundlePath]).status, 0);
  assert.equal(run(['verify', '--key', ec.path, bundlePath]).status, 0);
});

test('several keys: old and new both accepted, the one used named', () => {
  const both = ['--key', other.path, '--key', rsa.path, '--key', ec.path];
  for (const [type, key] of Object.entries(keys)) {
    const v = run(['verify', ...both, file(`rotate-${type}.jwe`, encrypted[type])]);
    assert.equal(v.status, 0, v.stderr);
    assert.match(v.stdout, new RegExp(`key ${key.public.kid} \\(${key.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`));
  }
  // A JWK Set file holding several keys works the same.
  const set = file('keys.jwks', JSON.stringify({ keys: [other.private, ec.private, rsa.private] }));
  assert.equal(run(['verify', '--key', set, file('set.jwe', encrypted.rsa)]).status, 0);
});

test('a bundle for another key: exit 2, naming both thumbprints', () => {
  for (const [type, key] of Object.entries(keys)) {
    const r = run(['verify', '--key', other.path, file(`wrong-${type}.jwe`, encrypted[type])]);
    assertFails(r, 2, /another key/);
    assert.match(r.stderr, new RegExp(key.public.kid));
    assert.match(r.stderr, new RegExp(other.public.kid));
    assertFails(run(['decrypt', '--key', other.path, file(`wrong2-${type}.jwe`, encrypted[type])]), 2, /another key/);
  }
});

// Flips bits of one decoded part of a compact JWE and re-encodes it canonically.
function tamper(jwe, part, index, mask = 0x01) {
  const parts = jwe.split('.');
  const bytes = unb64u(parts[part]);
  bytes[index] ^= mask;
  parts[part] = b64u(bytes);
  return parts.join('.');
}

test('any changed byte of the ciphertext, tag, IV, encrypted key or protected header: exit 3, one line', () => {
  for (const [type, key] of Object.entries(keys)) {
    const jwe = encrypted[type];
    const parts = jwe.split('.').map(unb64u);
    const positions = (n, all) => (all ? [...Array(n).keys()] : [0, 1, n >> 1, n - 2, n - 1]);
    const cases = [];
    // Every byte of the header, the IV and the tag; samples of the rest.
    for (const i of positions(parts[0].length, true)) cases.push([0, i, 0x01], [0, i, 0x40]);
    for (const i of positions(parts[1].length, false)) cases.push([1, i, 0x01]);
    for (const i of positions(parts[2].length, true)) cases.push([2, i, 0x80]);
    for (const i of positions(parts[3].length, false)) cases.push([3, i, 0x01]);
    for (const i of positions(parts[4].length, true)) cases.push([4, i, 0x10]);
    for (const [part, index, mask] of cases) {
      const r = run(['verify', '--key', key.path, '-'], tamper(jwe, part, index, mask));
      assertFails(r, 3, /changed after encryption/);
      assert.equal(r.stdout, '');
    }
    // A character of the last group whose unused bits are set: no encoder writes it.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = jwe.slice(0, -1) + alphabet[alphabet.indexOf(jwe.at(-1)) | 1];
    const r = run(['verify', '--key', key.path, '-'], last);
    assert.equal(r.status, 3, r.stderr);
  }
});

test('malformed or refused JWEs: exit 2, one line, never a crash', () => {
  const jwe = encrypted.ec;
  const [h, ek, iv, ct, tag] = jwe.split('.');
  const header = (object) => b64u(JSON.stringify(object));
  const cases = {
    'bad base64url': [h, ek, iv, ct.slice(0, 10) + '!' + ct.slice(11), tag].join('.'),
    'padding': [h, ek, iv, ct, tag + '=='].join('.'),
    'standard base64': [h, ek, iv, ct.replace(/-/g, '+').replace(/_/g, '/') + '+/', tag].join('.'),
    'truncated in half': jwe.slice(0, jwe.length >> 1),
    'truncated by one': jwe.slice(0, -1),
    'four parts': [h, ek, iv, ct].join('.'),
    'six parts': [h, ek, iv, ct, tag, tag].join('.'),
    'short IV': [h, ek, b64u(randomBytes(8)), ct, tag].join('.'),
    'short tag': [h, ek, iv, ct, b64u(randomBytes(8))].join('.'),
    'alg none': [header({ alg: 'none', enc: 'A256GCM' }), '', iv, ct, tag].join('.'),
    // A forger who guesses a content key needs "dir": refused before any key is tried.
    'dir with a guessed key': [header({ alg: 'dir', enc: 'A256GCM', kid: ec.public.kid }), '', iv, ct, tag].join('.'),
    'RSA1_5': [header({ alg: 'RSA1_5', enc: 'A256GCM' }), ek, iv, ct, tag].join('.'),
    'ECDH-ES direct': [header({ alg: 'ECDH-ES', enc: 'A256GCM', epk: JSON.parse(unb64u(h)).epk }), '', iv, ct, tag].join('.'),
    'A128GCM': [header({ ...JSON.parse(unb64u(h)), enc: 'A128GCM' }), ek, iv, ct, tag].join('.'),
    'zip': [header({ ...JSON.parse(unb64u(h)), zip: 'DEF' }), ek, iv, ct, tag].join('.'),
    'crit': [header({ ...JSON.parse(unb64u(h)), crit: ['exp'], exp: 1 }), ek, iv, ct, tag].join('.'),
    'JSON not JWE': JSON.stringify({ ciphertext: ct }),
    'JSON truncated': JSON.stringify({ protected: h, encrypted_key: ek, iv, ciphertext: ct, tag }).slice(0, 300),
    'JSON wrong types': JSON.stringify({ protected: 7, encrypted_key: ek, iv, ciphertext: ct, tag }),
    'JSON no recipients': JSON.stringify({ protected: h, recipients: [], iv, ciphertext: ct, tag }),
    'duplicate header member': JSON.stringify({ protected: h, header: { kid: 'x' }, encrypted_key: ek, iv, ciphertext: ct, tag }),
    'dots only': '....',
    'empty parts': '.....',
    'binary': '\u0000\u0001.\u00ff.x.y.z',
  };
  for (const [name, text] of Object.entries(cases)) {
    const r = run(['verify', '--key', ec.path, '-'], text);
    assert.equal(r.status, 2, `${name}: exit ${r.status}, ${r.stderr}`);
    assert.equal(r.stderr.trim().split('\n').length, 1, `${name}: ${r.stderr}`);
    assert.doesNotMatch(r.stderr, /internal error/, name);
  }
  assert.match(run(['verify', '--key', ec.path, '-'], cases['alg none']).stderr, /"none" is not accepted/);
  assert.match(run(['verify', '--key', ec.path, '-'], cases['dir with a guessed key']).stderr, /"dir" is not accepted/);

  // Huge: over the limit, refused without reading it all.
  const huge = join(dir, 'huge.jwe');
  writeFileSync(huge, `${h}.${ek}.${iv}.${'A'.repeat(49 << 20)}.${tag}`);
  assertFails(run(['verify', '--key', ec.path, huge]), 2, /limit/);
  // Not a file; no such file; an empty file.
  mkdirSync(join(dir, 'a-directory'));
  assertFails(run(['verify', '--key', ec.path, join(dir, 'a-directory')]), 2);
  assertFails(run(['decrypt', '--key', ec.path, join(dir, 'missing.jwe')]), 2);
  assertFails(run(['decrypt', '--key', ec.path, '-'], ''), 2, /not a JWE/);
});

test('bad key files: one clear line, exit 2', () => {
  const bad = {
    'public key to decrypt': [JSON.stringify(ec.public), /public key/],
    'not JSON': ['-----BEGIN PRIVATE KEY-----', /not JSON/],
    'oct key': [JSON.stringify({ kty: 'oct', k: b64u(randomBytes(32)) }), /"oct"/],
    'P-384': [JSON.stringify({ ...ec.private, crv: 'P-384' }), /P-256/],
    'short x': [JSON.stringify({ ...ec.private, x: b64u(randomBytes(31)) }), /31 bytes/],
    'RSA 1024': [JSON.stringify({ kty: 'RSA', n: b64u(Buffer.concat([Buffer.from([0xc0]), randomBytes(127)])), e: 'AQAB', d: 'AQAB' }), /2048/],
    'use sig': [JSON.stringify({ ...ec.private, use: 'sig' }), /"use"/],
    'empty set': [JSON.stringify({ keys: [] }), /1 to 64/],
  };
  for (const [name, [text, pattern]] of Object.entries(bad)) {
    assertFails(run(['decrypt', '--key', file(`bad-${name}.jwk`, text), file('any.jwe', encrypted.ec)]), 2, pattern);
  }
  // A private EC key whose x, y are not its d's point: refused when loaded, not a crash.
  const mismatched = file('mismatch.jwk', JSON.stringify({ ...ec.private, d: other.private.d }));
  assertFails(run(['decrypt', '--key', mismatched, file('any2.jwe', encrypted.ec)]), 2, /do not belong together/);
  // encrypt --to a point off the curve.
  const off = file('off.jwk', JSON.stringify({ ...ec.public, y: ec.public.x }));
  assertFails(run(['encrypt', '--to', off, bundlePath]), 2, /not a valid P-256 point/);
});
