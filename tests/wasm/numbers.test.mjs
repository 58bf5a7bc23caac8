// The shared number cases through the WASM module in Node: the same expected JSON as the
// native doctest suite (tests/core/numbers_test.cpp), compared as exact text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadModule, readCases } from './load-module.mjs';

const core = await loadModule();
const { cases } = readCases('numbers.json');

test('every shared number case gets exactly its expected verdict JSON', () => {
  assert.ok(cases.length >= 60);
  for (const { note, ...expected } of cases) {
    assert.equal(core.checkNumber(expected.input), JSON.stringify(expected), note);
  }
});

test('the issue example: PR ok, canadian, toll_free', () => {
  const codes = ['(787) 724-2000', '+1 416 979 1234', '1-800-FLOWERS']
    .map((n) => JSON.parse(core.checkNumber(n)));
  assert.deepEqual(codes.map((v) => [v.region, v.code]), [['PR', 'ok'], ['CA', 'canadian'], ['US', 'toll_free']]);
});

test('a pasted list is checked in one call, with the core\'s words for each verdict', () => {
  const result = JSON.parse(core.checkNumberList('(787) 724-2000\n+1 416 979 1234, 1-800-FLOWERS;\t(217) 544-0111 x12\n\n'));
  assert.equal(result.numbers.length, 4);
  assert.equal(result.eligible, 2);
  assert.match(result.numbers[0].message, /^Puerto Rico number: eligible/);
  assert.match(result.numbers[1].message, /^Canadian number/);
  assert.match(result.numbers[2].message, /^Toll-free number/);
  assert.equal(result.numbers[3].extension, '12');
  assert.match(result.numbers[3].message, /extension \(12\) is left out/);
});

test('hostile and odd text never throws out of the module', () => {
  const odd = ['', '\u0000', '\uD800', '<script>alert(1)</script>', 'x'.repeat(200000),
    '\u202E1-800-FLOWERS', '２１７５４４０１１１'];
  for (const text of odd) {
    const verdict = JSON.parse(core.checkNumber(text));
    assert.equal(typeof verdict.code, 'string');
    assert.equal(verdict.error, undefined);
  }
  const many = Array.from({ length: 5000 }, (_, i) => `(217) 544-${String(i).padStart(4, '0')}`).join('\n');
  assert.equal(JSON.parse(core.checkNumberList(many)).numbers.length, 5000);
});

test('version names the engine and its phone metadata', () => {
  assert.match(core.version(), /^\d+\.\d+\.\d+ \(libphonenumber 8\.13\.51 \+ libphonenumber-js \d+\.\d+\.\d+\)$/);
});
