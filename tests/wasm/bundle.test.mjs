// Bundles through the WASM module in Node, with WebCrypto doing the hashing as in the page:
// the module's bundle is byte-identical to `portcheck bundle`'s for the same inputs, and its
// verification catches what the CLI's does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadModule, casesDir } from './load-module.mjs';

const core = await loadModule();
const portcheck = process.env.PORTCHECK ?? join(casesDir, '..', '..', 'build', 'native', 'cli', 'portcheck');
const sha256 = async (bytes) => Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');

const bill = Buffer.from('%PDF-1.4\n% statement\n');
const draft = JSON.parse(readFileSync(join(casesDir, '..', 'golden', 'clean-business-port.draft.json'), 'utf8'));
draft.requests[0].bill.file = { name: 'bill.pdf', media_type: 'application/pdf', size: bill.length, sha256: await sha256(bill) };
const attachments = [{ ...draft.requests[0].bill.file, data: bill.toString('base64') }];
const createdAt = '2026-11-25T15:04:05Z';

// The attachments as the module reads them: the evidence a bundle's report is computed with,
// as the page does and as staff's `portcheck verify` re-reads them.
const evidenceOf = async (files) => {
  const bills = {};
  for (const bytes of files) bills[await sha256(bytes)] = JSON.parse(core.readBill(new Uint8Array(bytes)));
  return JSON.stringify({ bills });
};

async function makeBundle() {
  const made = core.bundleBody(JSON.stringify(draft), JSON.stringify(attachments), createdAt, await evidenceOf([bill]));
  assert.equal(made.ok, true, made.error);
  return core.sealBundle(made.body, await sha256(new TextEncoder().encode(made.body)));
}

async function verify(text) {
  const inputs = core.bundleHashInputs(text);
  assert.equal(inputs.ok, true, inputs.error);
  const digests = { body_sha256: await sha256(new TextEncoder().encode(inputs.body)), attachments: [] };
  const files = [];
  for (const data of inputs.attachments) {
    const bytes = Buffer.from(data, 'base64');
    files.push(bytes);
    digests.attachments.push({ size: bytes.length, sha256: await sha256(bytes) });
  }
  return JSON.parse(core.verifyBundle(text, JSON.stringify(digests), await evidenceOf(files)));
}

test('the module makes the same bundle, byte for byte, as portcheck bundle', { skip: !existsSync(portcheck) && 'no native build' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'portcheck-wasm-bundle-'));
  writeFileSync(join(dir, 'draft.json'), JSON.stringify(draft));
  writeFileSync(join(dir, 'bill.pdf'), bill);
  const native = spawnSync(portcheck, ['bundle', join(dir, 'draft.json'), '--attach', join(dir, 'bill.pdf'), '--created-at', createdAt], { encoding: 'utf8' });
  assert.equal(native.status, 0, native.stderr);
  assert.equal(await makeBundle(), native.stdout);
});

test('the module verifies its own bundle and catches a forged field', async () => {
  const text = await makeBundle();
  assert.deepEqual(await verify(text), { schema: 'portcheck.verify/1', consistent: true, ready: true, problems: [] });
  const forged = JSON.parse(text);
  forged.report.ready = false;
  const verdict = await verify(JSON.stringify(forged));
  assert.equal(verdict.consistent, false);
  assert.deepEqual(verdict.problems.map((p) => p.path).sort(), ['/integrity/sha256', '/report/ready']);
});

test('bad bundle input is an error object, never a throw', () => {
  for (const text of ['', 'nope', '[]', '{"schema":"portcheck.bundle/1"}']) {
    const verdict = JSON.parse(core.verifyBundle(text, '{}'));
    assert.ok(verdict.error, text);
  }
  const made = core.bundleBody('{}', '[]', createdAt);
  assert.equal(made.ok, false);
  assert.equal(JSON.parse(made.error).error.code, 'input.schema');
  assert.equal(core.bundleBody(JSON.stringify(draft), '[]', 'yesterday').ok, false);
  assert.equal(JSON.parse(core.importCsv('\u0000,\u0000')).error.code, 'csv.binary');
});
