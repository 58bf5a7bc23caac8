// The golden drafts through the WASM module: the same bytes as the native core produces
// (tests/core/golden_test.cpp compares the same files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModule, casesDir } from './load-module.mjs';

const core = await loadModule();
const goldenDir = join(casesDir, '..', 'golden');
const drafts = readdirSync(goldenDir).filter((f) => f.endsWith('.draft.json')).sort();

test('golden cases exist', () => assert.ok(drafts.length >= 2));
for (const draft of drafts) {
  const base = draft.slice(0, -'.draft.json'.length);
  test(`golden: ${base}`, () => {
    const report = core.check(readFileSync(join(goldenDir, draft), 'utf8'));
    assert.equal(report, readFileSync(join(goldenDir, `${base}.report.json`), 'utf8'));
  });
}
