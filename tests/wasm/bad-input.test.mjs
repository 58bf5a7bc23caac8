// The shared hostile-input table (tests/cases/bad-input.json) through the WASM module in Node:
// a report-shaped error naming the problem for unusable input, a report otherwise; never a
// throw into JavaScript, never an abort, and the module keeps working afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadModule } from './load-module.mjs';
import { badInputCases } from '../support/bad-input.mjs';

const core = await loadModule();
const fatal = new TextDecoder('utf-8', { fatal: true });

function expectAnswer(c, json) {
  const answer = JSON.parse(json);
  assert.equal(answer.schema, 'portcheck.report/1');
  if (c.code) {
    assert.equal(answer.ready, false);
    assert.equal(answer.error.code, c.code, answer.error.message);
    assert.ok(answer.error.message.includes(c.message), `${answer.error.message} should include ${c.message}`);
    assert.ok(!answer.error.message.includes('\n'));
  } else {
    assert.equal(answer.error, undefined, json.slice(0, 300));
    assert.equal(answer.ready, c.ready);
  }
}

for (const c of badInputCases()) {
  test(`check(): ${c.name}`, () => {
    // The bytes as they are (Embind copies a Uint8Array into the std::string unchanged)…
    expectAnswer(c, core.check(c.input));
    // …and, when they are text, as the JavaScript string the page passes.
    let text = null;
    try { text = fatal.decode(c.input); } catch { /* not UTF-8: only the bytes apply */ }
    if (text !== null) expectAnswer(c, core.check(text));
  });
}

test('a JavaScript string with a lone surrogate reaches the core as ill-formed UTF-8', () => {
  const answer = JSON.parse(core.check('{"schema":"portcheck.draft/1","requests":[{"customer_name":"\ud800"}]}'));
  assert.equal(answer.error.code, 'input.not_json');
});

test('arguments of the wrong type are reported, not thrown', () => {
  for (const value of [undefined, null, 42, {}, [], () => 1]) {
    let json;
    try { json = core.check(value); } catch (e) { json = null; assert.ok(e instanceof Error || typeof e === 'object'); }
    if (json !== null) assert.equal(JSON.parse(json).schema, 'portcheck.report/1');
  }
});

test('the module still answers normally after every hostile input', () => {
  const report = JSON.parse(core.check(JSON.stringify({
    schema: 'portcheck.draft/1', as_of: '2026-11-25', requests: [{ phone_numbers: ['(217) 544-0111'] }],
  })));
  assert.equal(report.requests[0].numbers[0].code, 'ok');
  assert.equal(JSON.parse(core.checkNumber('(787) 724-2000')).region, 'PR');
});
