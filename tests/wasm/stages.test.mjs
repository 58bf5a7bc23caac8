// The page's WebAssembly parts (core/include/portcheck/number_stages.hpp): the worker's module
// joined to the numbers stage as the page's worker joins them (web/core-stages.js), against the
// single module: byte-identical answers on every golden draft, number case, CSV seed, bundle
// seed and fuzz regression. The first stage alone — what the page's thread has — holds only
// the page's part of the API, and either gives the single module's report or says it is still
// checking and is not ready: it never guesses.
// tests/core/stages_test.cpp proves the same natively.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { casesDir, loadModule, loadStages, readCases, webDir } from './load-module.mjs';

const single = await loadModule();
const joined = await loadStages();
const firstOnly = await loadStages({ joined: false });

const testsDir = join(casesDir, '..');
const files = (dir, suffix = '') => readdirSync(join(testsDir, dir)).filter((f) => !f.startsWith('.') && f.endsWith(suffix)).sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(testsDir, dir, name))) }));
const text = (bytes) => new TextDecoder().decode(bytes);
const goldens = files('golden', '.draft.json');
const draftInputs = [...goldens, ...files('fuzz/regressions/draft')];

test('the two stages are smaller apart than the single module, and the first is the smaller', () => {
  const size = (name) => readFileSync(join(webDir, name)).length;
  assert.ok(size('portcheck-first.wasm') < 0.7 * size('portcheck.wasm'));
  assert.ok(size('portcheck-numbers.wasm') < 0.7 * size('portcheck.wasm'));
});

test('the first stage holds the page\'s part of the API only: no documents, bundles, CSV or key', () => {
  for (const name of ['check', 'checkNumber', 'checkNumberList', 'classifyBatch', 'splitNumberList', 'carriers', 'carrierFor', 'version']) {
    assert.equal(typeof firstOnly[name], 'function', name);
  }
  for (const name of ['bundleBody', 'sealBundle', 'bundleHashInputs', 'verifyBundle', 'importCsv', 'importCsvBytes', 'recipientKey',
    'looksLikeJwe', 'diffSubmissions', 'readBill', 'readCsr', 'classifyRejection']) {
    assert.equal(firstOnly[name], undefined, name);
    assert.equal(typeof joined[name], 'function', name);
  }
  // Its check takes a draft alone; evidence and an earlier submission are the worker's.
  assert.throws(() => firstOnly.check('{}', '{"bills":{}}'));
});

test('drafts: golden and fuzz regressions give the same report', () => {
  assert.ok(goldens.length >= 20);
  for (const { name, bytes } of draftInputs) assert.equal(joined.check(text(bytes)), single.check(text(bytes)), name);
});

test('numbers: every case, one at a time, as a list and as a batch', () => {
  const inputs = readCases('numbers.json').cases.map((c) => c.input);
  for (const input of inputs) assert.equal(joined.checkNumber(input), single.checkNumber(input), input);
  const list = inputs.join('\n');
  assert.equal(joined.checkNumberList(list), single.checkNumberList(list));
  assert.equal(joined.classifyBatch(list), single.classifyBatch(list));
  for (const { name, bytes } of files('fuzz/regressions/number')) assert.equal(joined.checkNumberList(text(bytes)), single.checkNumberList(text(bytes)), name);
});

test('tables: CSV seeds, csv-spectrum and fuzz regressions, as bytes', () => {
  const tables = [...files('fuzz/seeds/csv'), ...files('fuzz/regressions/csv'), ...files('../node_modules/csv-spectrum/csvs')];
  assert.ok(tables.length >= 15);
  for (const { name, bytes } of tables) assert.equal(joined.importCsvBytes(bytes), single.importCsvBytes(bytes), name);
});

test('bundles: seeds and fuzz regressions', () => {
  for (const { name, bytes } of [...files('fuzz/seeds/bundle'), ...files('fuzz/regressions/bundle')]) {
    const a = joined.bundleHashInputs(text(bytes));
    const b = single.bundleHashInputs(text(bytes));
    assert.deepEqual({ ...a }, { ...b }, name);
    const digests = JSON.stringify({ body_sha256: '0'.repeat(64), attachments: [] });
    assert.equal(joined.verifyBundle(text(bytes), digests), single.verifyBundle(text(bytes), digests), name);
  }
});

test('the first stage alone never guesses: the same report, or not ready and still checking', () => {
  let checking = 0;
  for (const { name, bytes } of draftInputs) {
    const alone = firstOnly.check(text(bytes));
    if (alone === single.check(text(bytes))) continue;
    const report = JSON.parse(alone);
    assert.equal(report.ready, false, name);
    assert.ok(report.findings.some((f) => f.code === 'number.checking'), name);
    checking += 1;
  }
  assert.ok(checking >= 3);
  const report = JSON.parse(firstOnly.check(JSON.stringify({ schema: 'portcheck.draft/1', requests: [{ phone_numbers: ['1-800-FLOWERS', '217-544-0111'] }] })));
  assert.deepEqual(report.requests[0].numbers.map((n) => n.code), ['checking', 'ok']);
  assert.equal(report.findings.find((f) => f.code === 'number.checking').path, '/requests/0/phone_numbers/0');
});
