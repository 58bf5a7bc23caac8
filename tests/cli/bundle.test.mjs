// `portcheck bundle` and `portcheck verify` as staff use them: a bundle made from a draft and
// its bill verifies (exit 0, or 1 when not ready); every kind of tampering — a changed field,
// a swapped attachment, a removed finding, a forged `ready`, a report from other metadata — is
// caught (exit 3, naming what differs) even when the tamperer recomputes the integrity hash.
// Run by ctest with PORTCHECK set to the binary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldenDir as golden, run, scratchDir } from '../support/cli.mjs';

const dir = scratchDir('bundle');
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

// Canonical JSON as the core writes it (keys sorted, compact); equal to nlohmann's for the
// ASCII content of these tests, which lets a test play a tamperer who re-seals the bundle.
const sortKeys = (v) => Array.isArray(v) ? v.map(sortKeys)
  : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])])) : v;
function reseal(bundle) {
  const { integrity, ...body } = bundle;
  return { ...body, integrity: { sha256: sha256(JSON.stringify(sortKeys(body))) } };
}

// A draft from the golden set whose bill file is a real file here.
function makeDraft(base, billBytes, billName = 'bill-2026-11.pdf') {
  const draft = JSON.parse(readFileSync(join(golden, `${base}.draft.json`), 'utf8'));
  for (const request of draft.requests) {
    request.bill.file = { name: billName, media_type: 'application/pdf', size: billBytes.length, sha256: sha256(billBytes) };
  }
  return draft;
}

const bill = Buffer.from('%PDF-1.4\n% Comcast Business statement, November 2026\n' + 'x'.repeat(5000));
const billPath = join(dir, 'bill-2026-11.pdf');
writeFileSync(billPath, bill);

function bundleOf(draft, attach = [billPath]) {
  const draftPath = join(dir, 'draft.json');
  writeFileSync(draftPath, JSON.stringify(draft));
  const r = run(['bundle', draftPath, ...attach.flatMap((a) => ['--attach', a]), '--created-at', '2026-11-25T15:04:05Z']);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

function verify(bundle, format = 'json') {
  const path = join(dir, 'bundle.json');
  writeFileSync(path, typeof bundle === 'string' ? bundle : JSON.stringify(bundle, null, 2));
  return run(['verify', path, '--format', format]);
}

const clean = bundleOf(makeDraft('clean-business-port', bill));

test('a fresh bundle of a ready draft verifies: exit 0', () => {
  const r = verify(clean);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), { schema: 'portcheck.verify/1', consistent: true, ready: true, problems: [] });
  assert.match(verify(clean, 'text').stdout, /consistent: .* READY/);
});

test('the bundle holds the normalized draft, the report, Twilio bodies and the bill', () => {
  assert.equal(clean.schema, 'portcheck.bundle/1');
  assert.equal(clean.draft.requests[0].phone_numbers[0].phone_number, '+12175440100');
  assert.equal(clean.as_typed['/draft/requests/0/phone_numbers/0/phone_number'], '(217) 544-0100');
  assert.equal(clean.report.ready, true);
  const twilio = clean.twilio_port_in[0];
  assert.equal(twilio.losing_carrier_information.customer_type, 'Business');
  assert.equal(twilio.losing_carrier_information.authorized_representative, 'Jane Doe');
  assert.equal(twilio.losing_carrier_information.address.country, 'US');
  assert.deepEqual(twilio.phone_numbers.map((n) => n.phone_number), ['+12175440100', '+12175440111', '+12175440112']);
  assert.deepEqual(Buffer.from(clean.attachments[0].data, 'base64'), bill);
  assert.equal(clean.attachments[0].sha256, sha256(bill));
  assert.equal(clean.integrity.sha256.length, 64);
});

test('a not-ready draft bundles and verifies as consistent but not ready: exit 1', () => {
  const r = verify(bundleOf(makeDraft('mixed-problems', bill)));
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.equal(JSON.parse(r.stdout).consistent, true);
});

function tampered(mutate, { resealed = true } = {}) {
  const copy = structuredClone(clean);
  mutate(copy);
  const r = verify(resealed ? reseal(copy) : copy);
  assert.equal(r.status, 3, r.stdout + r.stderr);
  return JSON.parse(r.stdout).problems;
}
const paths = (problems) => problems.map((p) => p.path);

test('a changed field without re-sealing breaks the integrity hash', () => {
  const problems = tampered((b) => { b.draft.requests[0].account_number = '999'; }, { resealed: false });
  assert.ok(paths(problems).includes('/integrity/sha256'), JSON.stringify(problems));
});

test('a changed field, re-sealed, still differs from the recomputed Port In body', () => {
  const problems = tampered((b) => { b.draft.requests[0].account_number = '999'; });
  assert.ok(paths(problems).some((p) => p.startsWith('/twilio_port_in/0/losing_carrier_information/account_number')),
    JSON.stringify(problems));
  assert.ok(!paths(problems).includes('/integrity/sha256'));
});

test('a changed customer name shows up in the report (CSR mismatch) and the Twilio body', () => {
  const problems = tampered((b) => { b.draft.requests[0].customer_name = 'Evil Corp'; });
  assert.ok(paths(problems).some((p) => p.startsWith('/report')), JSON.stringify(problems));
  assert.ok(paths(problems).some((p) => p.startsWith('/twilio_port_in')), JSON.stringify(problems));
});

test('a swapped attachment is caught by its hash', () => {
  const other = Buffer.from('%PDF-1.4\n% a different document\n');
  const problems = tampered((b) => { b.attachments[0].data = other.toString('base64'); });
  assert.ok(paths(problems).includes('/attachments/0/sha256'), JSON.stringify(problems));
  assert.ok(paths(problems).includes('/attachments/0/size'));
});

test('a swapped attachment with its hash rewritten no longer matches the bill in the draft', () => {
  const other = Buffer.from('%PDF-1.4\n% a different document\n');
  const problems = tampered((b) => {
    Object.assign(b.attachments[0], { data: other.toString('base64'), size: other.length, sha256: sha256(other) });
  });
  assert.ok(paths(problems).includes('/draft/requests/0/bill/file/sha256'), JSON.stringify(problems));
});

test('a removed finding is caught', () => {
  // A ready draft with three CSR warnings (and the info that this stand-in bill has no text);
  // the tamperer hides one warning.
  const warned = bundleOf(makeDraft('csr-mismatch', bill));
  assert.deepEqual(warned.report.findings.map((f) => f.code),
    ['csr.name_mismatch', 'csr.address_mismatch', 'csr.address_mismatch', 'bill.unreadable']);
  warned.report.findings.shift();
  warned.report.summary.warnings -= 1;
  const r = verify(reseal(warned));
  assert.equal(r.status, 3, r.stdout);
  assert.ok(JSON.parse(r.stdout).problems.some((p) => p.path.startsWith('/report/findings')), r.stdout);
});

test('a forged ready is caught and named', () => {
  const notReady = bundleOf(makeDraft('mixed-problems', bill));
  notReady.report.ready = true;
  const r = verify(reseal(notReady));
  assert.equal(r.status, 3);
  const problem = JSON.parse(r.stdout).problems.find((p) => p.path === '/report/ready');
  assert.match(problem.message, /says ready is true, but the draft gives false/);
});

test('a report computed with different phone metadata is caught', () => {
  const problems = tampered((b) => { b.engine.phone_metadata = 'libphonenumber 8.13.40'; });
  const p = problems.find((x) => x.path === '/engine/phone_metadata');
  assert.match(p.message, /libphonenumber 8\.13\.40.*this checker is libphonenumber/);
});

test('the typed forms must match the draft', () => {
  const problems = tampered((b) => { b.as_typed['/draft/requests/0/phone_numbers/0/phone_number'] = '(312) 555-1234'; });
  assert.deepEqual(paths(problems), ['/as_typed']);
});

test('an extra field in the draft is not the normal form', () => {
  const problems = tampered((b) => { b.draft.requests[0].note = 'hi'; });
  assert.ok(paths(problems).includes('/draft/requests/0/note'), JSON.stringify(problems));
});

test('unusable bundles: exit 2 and one line', () => {
  for (const [text, needle] of [['not json', 'not JSON'], ['{}', 'not a Port Pre-Check bundle'],
    [JSON.stringify({ ...clean, draft: [] }), '/draft'], [JSON.stringify({ ...clean, attachments: [{}] }), '/attachments/0']]) {
    const r = verify(text, 'text');
    assert.equal(r.status, 2, r.stdout);
    assert.match(r.stderr, /^portcheck: [^\n]*\n$/);
    assert.ok(r.stderr.includes(needle), r.stderr);
  }
});

test('bundling refuses a bill that is not attached', () => {
  const draftPath = join(dir, 'draft.json');
  writeFileSync(draftPath, JSON.stringify(makeDraft('clean-business-port', bill)));
  const r = run(['bundle', draftPath, '--created-at', '2026-11-25T15:04:05Z']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /cannot bundle: \/requests\/0\/bill\/file\/sha256/);
});
