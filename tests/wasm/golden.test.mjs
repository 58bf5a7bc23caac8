// The golden drafts through the WASM module: the same bytes as the native core produces
// (tests/core/golden_test.cpp compares the same files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

// Resubmissions (tests/golden/resubmission): the report against the earlier submission, and
// the diff, byte for byte as natively (tests/core/golden_test.cpp).
const resubmissionDir = join(goldenDir, 'resubmission');
const resubmissions = readdirSync(resubmissionDir).filter((f) => f.endsWith('.draft.json')).sort();
test('resubmission goldens exist', () => assert.ok(resubmissions.length >= 20));
for (const draft of resubmissions) {
  const base = draft.slice(0, -'.draft.json'.length);
  test(`resubmission: ${base}`, () => {
    const read = (suffix) => readFileSync(join(resubmissionDir, `${base}${suffix}`), 'utf8');
    const previous = existsSync(join(resubmissionDir, `${base}.previous.json`)) ? read('.previous.json') : '';
    assert.equal(core.check(read('.draft.json'), '{}', previous), read('.report.json'));
    if (existsSync(join(resubmissionDir, `${base}.diff.json`))) {
      assert.equal(core.diffSubmissions(previous, read('.draft.json')), read('.diff.json'));
    }
  });
}
