// The bill and the CSR as evidence (issue 21), on the corpus (make-corpus.mjs): for every bill
// of every producer, an LOA that matches it draws no bill finding, and each kind of slip a
// customer makes draws exactly its finding, naming what the bill shows; `portcheck check
// --attach` and the WASM check given readBill's JSON agree byte for byte (the page's two stages
// and the single module); every CSR (two producers, and as pasted text) is read field by field,
// the same natively and in WASM; and a bundle's report that disagrees with its own bill is
// caught by `portcheck verify`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { loadBillReader, loadModule, loadStages } from '../wasm/load-module.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = process.env.PORTCHECK_CORPUS ?? join(root, 'build', 'documents');
const portcheck = process.env.PORTCHECK ?? join(root, 'build', 'native', 'cli', 'portcheck');
if (!existsSync(join(corpus, 'manifest.json'))) {
  spawnSync(process.execPath, [join(root, 'tests', 'documents', 'make-corpus.mjs'), corpus], { stdio: 'inherit' });
}
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'portcheck-evidence-'));
const bytesOf = (file) => readFileSync(join(corpus, file));
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const run = (args) => spawnSync(portcheck, args, { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 });
const plusDays = (iso, days) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

// A draft whose LOA is what the bill says (bills.mjs loaOf), linked to the file by its hash,
// checked ten days after the bill's date; `change` plays the customer's slip.
function draftFor(entry, change = () => {}) {
  const loa = structuredClone(entry.loa);
  const bytes = bytesOf(entry.file);
  const request = {
    customer_type: 'business', customer_name: loa.customer_name,
    authorized_representative: { first_name: 'Jane', last_name: 'Doe' },
    service_address: { street: loa.street, city: loa.city, state: loa.state, zip: loa.zip },
    losing_carrier: loa.losing_carrier, account_number: loa.account_number, account_pin: '',
    account_telephone_number: loa.phone_numbers[0], phone_numbers: loa.phone_numbers,
    bill: { kind: 'bill', statement_date: '', file: { name: entry.file, media_type: 'application/pdf', size: bytes.length, sha256: sha256(bytes) } },
    signature: { signer_name: 'Jane Doe', signed_on: plusDays(entry.expect.statement_date, 9) },
    attestations: { numbers_in_service: true, balance_paid: true, ports_all_numbers_on_account: true, port_lock_removed: true },
  };
  change(request);
  return { schema: 'portcheck.draft/1', as_of: plusDays(entry.expect.statement_date, 10), requests: [request] };
}

function checkNative(draft, files) {
  const path = join(scratch, 'draft.json');
  writeFileSync(path, JSON.stringify(draft));
  const r = run(['check', path, ...files.flatMap((f) => ['--attach', join(corpus, f)])]);
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return r.stdout;
}

const billCodes = (report) => report.findings.filter((f) => f.code.startsWith('bill.')).map((f) => f.code);
const bills = manifest.filter((e) => e.loa);

test('an LOA that matches its bill draws no bill finding, for every producer and qpdf rewrite', () => {
  assert.ok(bills.length >= 12, 'the corpus has its bills');
  for (const entry of bills) {
    const report = JSON.parse(checkNative(draftFor(entry), [entry.file]));
    assert.deepEqual(billCodes(report), [], `${entry.file}: ${JSON.stringify(report.findings.filter((f) => f.code.startsWith('bill.')))}`);
    const risk = (reason) => report.requests[0].risks.find((r) => r.reason === reason);
    assert.equal(risk('loa_mismatch').status, 'clear', entry.file);
    assert.match(risk('loa_mismatch').because, /^The bill shows the account name and service address as typed/, entry.file);
    assert.equal(risk('account_number').status, 'clear', entry.file);
    assert.equal(report.findings.some((f) => f.code === 'bill.contents_unconfirmed'), false, entry.file);
  }
});

// Each slip, and the one finding it must draw (with what the message must name).
const slips = [
  ['two account digits swapped', (r) => {
    const d = r.account_number.replace(/[^0-9A-Za-z]/g, '');
    const i = [...d].findIndex((c, k) => k + 1 < d.length && c !== d[k + 1]);
    r.account_number = d.slice(0, i) + d[i + 1] + d[i] + d.slice(i + 2);
  }, 'bill.account_number_not_found', /the bill shows .*; you typed/],
  ['a word of the name left out', (r) => { r.customer_name = r.customer_name.split(' ').slice(0, -1).join(' '); },
    'bill.name_not_found', /closest line is/],
  ['a word added to the name', (r) => { r.customer_name += ' PLLC'; }, 'bill.name_not_found', /closest line is/],
  ['another house number', (r) => { r.service_address.street = r.service_address.street.replace(/^\d+/, (n) => String(Number(n) + 1)); },
    'bill.address_not_found', /street/],
  ['another ZIP code', (r) => { r.service_address.zip = r.service_address.zip.slice(0, 4) + ((Number(r.service_address.zip[4]) + 1) % 10); },
    'bill.address_not_found', /ZIP code/],
  ['a number of another account', (r) => { r.phone_numbers = [...r.phone_numbers, '(312) 555-0187']; },
    'bill.numbers_not_found', /1 of \d+ numbers being ported is not on the bill: \+13125550187/],
  ['another carrier', (r) => { r.losing_carrier = r.losing_carrier === 'Verizon' ? 'T-Mobile' : 'Verizon'; }, 'bill.carrier_differs', /but the current carrier is given as/],
  ['a typed date a day off', (r) => { r.bill.statement_date = 'OFF'; }, 'bill.date_differs', /statement date is/],
];

test('each slip draws exactly its finding, naming what the bill shows, for every producer', () => {
  for (const entry of bills.filter((e) => !/att-(rc4|aes|object|linearized|incremental|30)/.test(e.file))) {
    for (const [name, slip, code, message] of slips) {
      const draft = draftFor(entry, (r) => {
        slip(r);
        if (r.bill.statement_date === 'OFF') r.bill.statement_date = plusDays(entry.expect.statement_date, 1);
      });
      const report = JSON.parse(checkNative(draft, [entry.file]));
      const where = `${entry.file}, ${name}`;
      assert.deepEqual(billCodes(report), [code], `${where}: ${JSON.stringify(report.findings)}`);
      assert.match(report.findings.find((f) => f.code === code).message, message, where);
    }
  }
});

test('the address is compared in USPS Publication 28 form: spelled-out suffixes, units and directionals match', () => {
  const spelled = { St: 'Street', Ave: 'Avenue', Blvd: 'Boulevard', Ste: 'Suite', N: 'North', Apt: 'Apartment' };
  for (const entry of bills.filter((e) => /reportlab\.pdf|pdfkit|chromium|ghostscript/.test(e.file))) {
    const draft = draftFor(entry, (r) => {
      r.service_address.street = r.service_address.street.replace(/\b(St|Ave|Blvd|Ste|N|Apt)\b/g, (w) => spelled[w]).toUpperCase();
      r.service_address.zip += '-1234';  // a ZIP+4 typed, the bill's ZIP alone
    });
    assert.notEqual(draft.requests[0].service_address.street, entry.loa.street);
    const report = JSON.parse(checkNative(draft, [entry.file]));
    assert.deepEqual(billCodes(report), [], `${entry.file}: ${draft.requests[0].service_address.street}`);
  }
});

test('the printed date decides the 30-day rule: a bill read 31 days old is too old whatever was typed', () => {
  const entry = bills.find((e) => e.file === 'att-reportlab.pdf');
  const draft = draftFor(entry, (r) => { r.bill.statement_date = plusDays(entry.expect.statement_date, 25); });
  draft.as_of = plusDays(entry.expect.statement_date, 31);
  const report = JSON.parse(checkNative(draft, [entry.file]));
  assert.deepEqual(billCodes(report).sort(), ['bill.date_differs', 'bill.too_old']);
  assert.equal(report.ready, false);
});

test('a scan is read as no text: bill.unreadable, and the boxes are asked for as before', () => {
  const entry = { ...bills.find((e) => e.file === 'att-reportlab.pdf'), file: 'scan.jpg' };
  const report = JSON.parse(checkNative(draftFor(entry, (r) => { r.bill.statement_date = entry.expect.statement_date; }), ['scan.jpg']));
  assert.deepEqual(billCodes(report), ['bill.unreadable', 'bill.contents_unconfirmed']);
  assert.equal(report.findings.find((f) => f.code === 'bill.unreadable').severity, 'info');
});

test('without --attach a draft is judged as before, and an unrelated file changes nothing', () => {
  const entry = bills.find((e) => e.file === 'verizon-pdfkit-ttf.pdf');
  const draft = draftFor(entry, (r) => { r.bill.statement_date = entry.expect.statement_date; });
  const plain = checkNative(draft, []);
  assert.equal(checkNative(draft, ['att-reportlab.pdf']), plain);
  assert.deepEqual(billCodes(JSON.parse(plain)), ['bill.contents_unconfirmed']);
});

test('WASM check given readBill\'s JSON equals portcheck check --attach, byte for byte (page stages and single module)', async () => {
  const reader = await loadBillReader();
  const stages = await loadStages();
  const single = await loadModule();
  for (const entry of bills.filter((e) => !/30-pages/.test(e.file))) {
    const bytes = new Uint8Array(bytesOf(entry.file));
    const evidence = JSON.stringify({ bills: { [sha256(bytes)]: JSON.parse(reader.readBill(bytes)) } });
    for (const [name, slip] of [['as printed', () => {}], ...slips.slice(0, 3).map(([n, s]) => [n, s])]) {
      const draft = draftFor(entry, slip);
      const native = checkNative(draft, [entry.file]);
      assert.equal(stages.check(JSON.stringify(draft), evidence), native, `${entry.file}, ${name}: the page's stages`);
      assert.equal(single.check(JSON.stringify(draft), evidence), native, `${entry.file}, ${name}: the single module`);
    }
  }
  // Evidence that is not evidence is an input error, named as such; the module still works.
  for (const bad of ['[]', '{"bills": 3}', '{"bills": {"ab": {"schema": "portcheck.bill/1"}}}', 'not json']) {
    const r = JSON.parse(stages.check('{"schema":"portcheck.draft/1","requests":[]}', bad));
    assert.equal(r.ready, false, bad);
    assert.match(r.error.message, /^evidence: /, bad);
  }
  assert.equal(JSON.parse(stages.check('{"schema":"portcheck.draft/1","requests":[]}', '{}')).summary.errors, 1);
});

const csrs = manifest.filter((e) => e.csr);

test('every CSR is read field by field: the service address, never the billing PO box (native)', () => {
  assert.equal(csrs.length, 6);
  for (const entry of csrs) {
    const r = run(['csr', join(corpus, entry.file)]);
    assert.equal(r.status, 0, `${entry.file}: ${r.stderr}`);
    const csr = JSON.parse(r.stdout);
    for (const [field, value] of Object.entries(entry.csr)) {
      assert.deepEqual(csr[field], value, `${entry.file}: ${field}`);
    }
    assert.doesNotMatch(JSON.stringify([csr.street, csr.street_2]), /box/i, entry.file);
  }
});

test('readCsr in WASM gives the bytes portcheck csr prints (the page\'s reader and the single module)', async () => {
  const reader = await loadBillReader();
  const single = await loadModule();
  for (const entry of csrs) {
    const bytes = new Uint8Array(bytesOf(entry.file));
    const native = run(['csr', join(corpus, entry.file)]).stdout;
    assert.equal(reader.readCsr(bytes), native, `${entry.file}: the page's reader`);
    assert.equal(single.readCsr(bytes), native, `${entry.file}: the single module`);
  }
  assert.equal(JSON.parse(single.readCsr('text')).error.code, 'input.type');
  assert.equal(JSON.parse(reader.readCsr(new Uint8Array([0xff, 0xfe, 0x00]))).error.code, 'document.not_text');
});

test('unusable CSRs: one line on stderr, exit 2', () => {
  for (const [file, expected] of [['att-user-password.pdf', /password/], ['truncated.pdf', /./]]) {
    const r = run(['csr', join(corpus, file)]);
    if (file === 'truncated.pdf' && r.status === 0) continue;  // qpdf may repair it
    assert.equal(r.status, 2, file);
    assert.match(r.stderr, expected, file);
    assert.equal(r.stderr.trim().split('\n').length, 1, file);
  }
  const binary = join(scratch, 'binary.bin');
  writeFileSync(binary, Buffer.from([0x00, 0xff, 0x10, 0x80]));
  assert.equal(run(['csr', binary]).status, 2);
});

test('a CSR read into the draft: its numbers not being ported, on a full port, are named', () => {
  const entry = bills.find((e) => e.file === 'att-reportlab.pdf');
  const csr = JSON.parse(run(['csr', join(corpus, 'csr-att.txt')]).stdout);
  const draft = draftFor(entry, (r) => {
    r.csr = { customer_name: csr.customer_name, street: csr.street, city: csr.city, state: csr.state, zip: csr.zip,
      account_number: csr.account_number, account_telephone_number: csr.account_telephone_number, phone_numbers: csr.phone_numbers };
  });
  const report = JSON.parse(checkNative(draft, [entry.file]));
  const codes = report.findings.map((f) => f.code);
  assert.ok(codes.includes('csr.numbers_not_ported'), codes.join());
  assert.match(report.findings.find((f) => f.code === 'csr.numbers_not_ported').message, /1 of the 4 numbers on the CSR is not being ported: \+12175440114/);
  assert.ok(!codes.includes('csr.account_number_mismatch') && !codes.includes('csr.btn_mismatch'), codes.join());
});

test('a bundle carries its bill as evidence: verify re-reads it, and a report that disagrees with its bill is tampered', () => {
  const entry = bills.find((e) => e.file === 'att-reportlab.pdf');
  const draft = draftFor(entry, slips[0][1]);  // the account number slip: a warning the tamperer hides
  const draftPath = join(scratch, 'bundle-draft.json');
  writeFileSync(draftPath, JSON.stringify(draft));
  const made = run(['bundle', draftPath, '--attach', join(corpus, entry.file), '--created-at', '2026-10-13T10:00:00Z']);
  assert.equal(made.status, 0, made.stderr);
  const bundle = JSON.parse(made.stdout);
  assert.ok(bundle.report.findings.some((f) => f.code === 'bill.account_number_not_found'));
  const bundlePath = join(scratch, 'bundle.json');
  writeFileSync(bundlePath, made.stdout);
  assert.equal(run(['verify', bundlePath]).status, 0);

  // The tamperer drops the finding and its checklist link, then re-seals: the bill says otherwise.
  const sortKeys = (v) => Array.isArray(v) ? v.map(sortKeys)
    : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])])) : v;
  const { integrity, ...body } = bundle;
  const at = body.report.findings.findIndex((f) => f.code === 'bill.account_number_not_found');
  body.report.findings.splice(at, 1);
  body.report.summary.warnings -= 1;
  for (const risk of body.report.requests[0].risks) {
    risk.findings = risk.findings.filter((i) => i !== at).map((i) => (i > at ? i - 1 : i));
    if (risk.reason === 'account_number') {
      risk.status = 'clear';
      risk.because = 'The bill shows the account number as typed.';
    }
  }
  const forged = { ...body, integrity: { sha256: sha256(JSON.stringify(sortKeys(body))) } };
  writeFileSync(bundlePath, JSON.stringify(forged));
  const verdict = run(['verify', bundlePath, '--format', 'json']);
  assert.equal(verdict.status, 3, verdict.stdout);
  assert.ok(JSON.parse(verdict.stdout).problems.some((p) => p.path.startsWith('/report')), verdict.stdout);
});

test('the staff text report shows the LOA beside what the bill says', () => {
  const entry = bills.find((e) => e.file === 'att-reportlab.pdf');
  const path = join(scratch, 'text-draft.json');
  writeFileSync(path, JSON.stringify(draftFor(entry, slips[0][1])));
  const r = run(['check', path, '--attach', join(corpus, entry.file), '--format', 'text']);
  assert.match(r.stdout, /The LOA and the bill\n/);
  assert.match(r.stdout, /differs  account number +LOA: \d+\n +bill: 8351 0427 9916\n/);
  assert.match(r.stdout, /same     account name +LOA: ACME WIDGETS LLC\n/);
});
