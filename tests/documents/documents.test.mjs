// The bill reader against its corpus (make-corpus.mjs, built into PORTCHECK_CORPUS or
// build/documents): every field of every bill read right by `portcheck bill` (native); the
// WASM readBill — the page's bill reader joined to the numbers stage, and the single module —
// giving the CLI's bytes exactly; word recall of the text against two readers this project
// did not write, poppler's pdftotext and pdf.js's getTextContent; every hostile file answered
// clearly within seconds.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { loadBillReader, loadModule } from '../wasm/load-module.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = process.env.PORTCHECK_CORPUS ?? join(root, 'build', 'documents');
const portcheck = process.env.PORTCHECK ?? join(root, 'build', 'native', 'cli', 'portcheck');
if (!existsSync(join(corpus, 'manifest.json'))) {
  spawnSync(process.execPath, [join(root, 'tests', 'documents', 'make-corpus.mjs'), corpus], { stdio: 'inherit' });
}
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'));
const bytesOf = (file) => readFileSync(join(corpus, file));
const cli = (file) => spawnSync(portcheck, ['bill', join(corpus, file)], { encoding: 'utf8', timeout: 30_000, maxBuffer: 64 << 20 });

// Words as a reader sees them: NFKC (ligatures as letters), split on white space.
const words = (text) => text.normalize('NFKC').split(/\s+/).filter(Boolean);
function recall(ours, oracle) {
  const have = new Map();
  for (const w of ours) have.set(w, (have.get(w) ?? 0) + 1);
  let hit = 0;
  const missed = [];
  for (const w of oracle) {
    const n = have.get(w) ?? 0;
    if (n > 0) {
      have.set(w, n - 1);
      hit++;
    } else {
      missed.push(w);
    }
  }
  return { hit, total: oracle.length, missed };
}

const textPdfs = manifest.filter((e) => !e.hostile && e.file.endsWith('.pdf') && e.text_layer !== false);

test('every bill of the corpus says what it was written to say (native)', () => {
  for (const entry of manifest.filter((e) => e.expect)) {
    const r = cli(entry.file);
    assert.equal(r.status, 0, `${entry.file}: ${r.stderr}`);
    const bill = JSON.parse(r.stdout);
    const where = `${entry.file} (${entry.producer})`;
    assert.equal(bill.text_layer, true, where);
    assert.equal(bill.statement_date, entry.expect.statement_date, `${where}: statement date`);
    assert.deepEqual(bill.billing_period, entry.expect.billing_period, `${where}: billing period`);
    assert.deepEqual(bill.account_numbers, entry.expect.account_numbers, `${where}: account numbers`);
    assert.deepEqual([...bill.phone_numbers].sort(), [...entry.expect.phone_numbers].sort(), `${where}: phone numbers`);
    assert.equal(bill.carrier, entry.expect.carrier, `${where}: carrier`);
    assert.equal(bill.pages.read, bill.pages.in_file, where);
    // Every field says where it was read, and that line holds it.
    const line = (at) => bill.text[at.page - 1][at.line - 1];
    assert.match(line(bill.found.statement_date), /\d/, where);
    bill.account_numbers.forEach((a, i) => assert.ok(line(bill.found.account_numbers[i]).includes(a), `${where}: ${a}`));
    if (entry.contains) assert.ok(bill.text.flat().includes(entry.contains), `${where}: ${entry.contains}`);
  }
});

test('each producer\'s file uses the font kind it is in the corpus for (poppler\'s pdffonts)', () => {
  for (const entry of manifest.filter((e) => e.pdffonts)) {
    const r = spawnSync('pdffonts', [join(corpus, entry.file)], { encoding: 'utf8' });
    assert.equal(r.status, 0, entry.file);
    const fonts = r.stdout.split('\n').slice(2).filter(Boolean).map((l) => l.replace(/\s+/g, ' '));
    assert.ok(fonts.length > 0 && fonts.every((l) => l.includes(entry.pdffonts)), `${entry.file}: ${fonts.join(' | ')}`);
  }
});

test('each font kind reads as its text (native)', () => {
  for (const entry of manifest.filter((e) => e.expect_text)) {
    const r = cli(entry.file);
    assert.equal(r.status, 0, `${entry.file}: ${r.stderr}`);
    assert.deepEqual(JSON.parse(r.stdout).text, [entry.expect_text], `${entry.file}: ${entry.fonts}`);
  }
});

test('scans and photos are read as having no text layer', () => {
  for (const entry of manifest.filter((e) => e.text_layer === false)) {
    const r = cli(entry.file);
    assert.equal(r.status, 0, `${entry.file}: ${r.stderr}`);
    const bill = JSON.parse(r.stdout);
    assert.equal(bill.text_layer, false, entry.file);
    assert.equal(bill.media_type, entry.media_type, entry.file);
    assert.equal(bill.statement_date, null);
    assert.deepEqual(bill.account_numbers, []);
  }
});

test('hostile files each get a clear answer within seconds, natively and in WASM', async () => {
  const reader = await loadBillReader();
  for (const entry of manifest.filter((e) => e.hostile)) {
    const started = Date.now();
    const r = cli(entry.file);
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 10, `${entry.file}: ${seconds} s`);
    assert.ok(r.status === 0 || r.status === 2, `${entry.file}: exit ${r.status} ${r.stderr}`);
    if (r.status === 2) {
      assert.equal(r.stdout, '', entry.file);
      assert.equal(r.stderr.trim().split('\n').length, 1, `${entry.file}: one line`);
      assert.match(r.stderr, /^portcheck: .+: .+\n$/, entry.file);
    }
    const wasm = JSON.parse(reader.readBill(new Uint8Array(bytesOf(entry.file))));
    if (entry.unusable) {
      assert.equal(r.status, 2, `${entry.file}: should be refused`);
      assert.equal(wasm.error?.code, entry.unusable, `${entry.file}: ${JSON.stringify(wasm.error)}`);
      assert.ok(r.stderr.includes(wasm.error.message), `${entry.file}: the same words natively and in WASM`);
    } else if (r.status === 0) {
      assert.equal(reader.readBill(new Uint8Array(bytesOf(entry.file))), r.stdout, `${entry.file}: WASM = native`);
      const bill = JSON.parse(r.stdout);
      if (entry.limit) assert.ok(bill.limits.some((l) => l.includes(entry.limit)), `${entry.file}: ${bill.limits}`);
      if (entry.pages_in_file) assert.equal(bill.pages.in_file, entry.pages_in_file);
      if (entry.contains) assert.ok(bill.text.flat().includes(entry.contains), `${entry.file}: ${entry.contains}`);
    } else {
      assert.ok(!entry.usable, `${entry.file} should be read`);
      assert.ok(wasm.error, `${entry.file}: refused natively, so in WASM too`);
    }
  }
  // The module is still usable after all of them.
  assert.equal(JSON.parse(reader.readBill(new Uint8Array(bytesOf('att-reportlab.pdf')))).statement_date, '2026-10-03');
});

test('readBill in WASM gives the bytes portcheck bill prints, for every file of the corpus', async () => {
  const reader = await loadBillReader();
  const standalone = await loadBillReader({ standalone: true });
  const single = await loadModule();
  for (const entry of manifest.filter((e) => !e.hostile && !e.file.endsWith('.txt'))) {
    const r = cli(entry.file);
    assert.equal(r.status, 0, entry.file);
    const bytes = new Uint8Array(bytesOf(entry.file));
    assert.equal(reader.readBill(bytes), r.stdout, `${entry.file}: the page's bill reader (the worker's module)`);
    assert.equal(standalone.readBill(bytes), r.stdout, `${entry.file}: the bill reader alone (portcheck-bill)`);
    assert.equal(single.readBill(bytes), r.stdout, `${entry.file}: the single module`);
  }
  assert.equal(JSON.parse(reader.readBill('not bytes')).error.code, 'document.empty');
  assert.equal(JSON.parse(standalone.readBill('not bytes')).error.code, 'document.empty');
  assert.equal(JSON.parse(single.readBill('not bytes')).error.code, 'input.type');
  // Over the limit: refused by the core without copying the file in (one byte past it is).
  const huge = new Uint8Array(11 * 1024 * 1024);
  huge.set(Buffer.from('%PDF-1.7\n'));
  assert.equal(JSON.parse(reader.readBill(huge)).error.code, 'document.too_large');
  assert.equal(JSON.parse(single.readBill(huge)).error.code, 'document.too_large');
});

test('word recall against pdftotext (poppler) and pdf.js is at least 99% over the corpus', async () => {
  // pdfjs-dist 6 is written for Node 22; Node 20 lacks only this (ES2024) helper.
  Promise.withResolvers ??= function withResolvers() {
    let resolve, reject;
    const promise = new this((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  };
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const totals = { pdftotext: { hit: 0, total: 0 }, pdfjs: { hit: 0, total: 0 } };
  const misses = [];
  for (const entry of textPdfs) {
    const ours = words(JSON.parse(cli(entry.file).stdout).text.flat().join('\n'));
    const poppler = spawnSync('pdftotext', ['-enc', 'UTF-8', join(corpus, entry.file), '-'], { encoding: 'utf8' });
    assert.equal(poppler.status, 0, `pdftotext ${entry.file}`);
    const task = pdfjs.getDocument({ data: new Uint8Array(bytesOf(entry.file)), useSystemFonts: false, verbosity: 0 });
    const doc = await task.promise;
    let js = '';
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      js += content.items.map((i) => i.str + (i.hasEOL ? '\n' : '')).join('') + '\n';
    }
    await task.destroy();
    for (const [name, text] of [['pdftotext', poppler.stdout], ['pdfjs', js]]) {
      const r = recall(ours, words(text));
      totals[name].hit += r.hit;
      totals[name].total += r.total;
      if (r.missed.length) misses.push(`${name} ${entry.file}: ${r.missed.slice(0, 12).join(' | ')}`);
    }
  }
  for (const [name, t] of Object.entries(totals)) {
    const rate = t.hit / t.total;
    console.log(`word recall vs ${name}: ${(rate * 100).toFixed(2)}% (${t.hit} of ${t.total} words)`);
    assert.ok(rate >= 0.99, `recall vs ${name} ${rate}; misses:\n${misses.join('\n')}`);
  }
  if (misses.length) console.log(`words the oracles read differently:\n${misses.join('\n')}`);
});
