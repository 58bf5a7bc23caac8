// Rejections through WebAssembly: the shared corpus (tests/cases/rejections.json, also run
// natively by tests/core/rejection_test.cpp) through the single module and through the page's
// bill reader (portcheck-bill, where the worker classifies), byte for byte as `portcheck
// rejection`; and a resubmission bundle made by the module and verified by the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBillReader, loadModule, readCases, casesDir } from './load-module.mjs';

const core = await loadModule();
const reader = await loadBillReader();
const portcheck = process.env.PORTCHECK ?? join(casesDir, '..', '..', 'build', 'native', 'cli', 'portcheck');
const cases = readCases('rejections.json');

test('the corpus is at least 150 labelled notices', () => assert.ok(cases.length >= 150));

test('every notice gets its reasons, numbers and unplaced text in the module and the page\'s reader', () => {
  for (const c of cases) {
    const json = core.classifyRejection(c.text);
    assert.equal(reader.classifyRejection(c.text), json, c.text);
    const r = JSON.parse(json);
    assert.deepEqual(r.reasons, c.reasons, c.text);
    assert.equal(r.unrecognized.length, c.unrecognized ?? 0, c.text);
    if (c.numbers) assert.deepEqual(r.numbers, c.numbers, c.text);
  }
});

test('the module and the CLI write the same bytes', () => {
  for (const c of cases.filter((_, i) => i % 10 === 0)) {
    const cli = spawnSync(portcheck, ['rejection', '-'], { input: c.text, encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    assert.equal(core.classifyRejection(c.text), cli.stdout, c.text);
  }
});

test('hostile input: not a string, over the limit, ill-formed UTF-8', () => {
  assert.equal(JSON.parse(core.classifyRejection(42)).error.code, 'input.type');
  assert.equal(JSON.parse(reader.classifyRejection('x'.repeat(256 * 1024 + 1))).error.code, 'input.too_large');
  const odd = JSON.parse(core.classifyRejection('Invalid \ud800 passcode'));
  assert.deepEqual(odd.reasons, ['wrong_pin']);
});

test('a resubmission bundle records the earlier one; the CLI verifies it and catches a hidden rejection finding', async () => {
  const dir = join(casesDir, '..', 'golden', 'resubmission');
  const previous = readFileSync(join(dir, 'name-unchanged.previous.json'), 'utf8');
  // Without its bill file, which a bundle would have to attach.
  const parsed = JSON.parse(readFileSync(join(dir, 'name-unchanged.draft.json'), 'utf8'));
  delete parsed.requests[0].bill.file;
  const draft = JSON.stringify(parsed);
  const createdAt = '2026-11-25T15:04:05Z';
  const made = core.bundleBody(draft, '[]', createdAt, '{}', previous);
  assert.equal(made.ok, true, made.error);
  const body = JSON.parse(made.body);
  assert.equal(body.resubmission.previous.kind, 'draft');
  assert.ok(body.report.findings.some((f) => f.code === 'rejection.unchanged'));
  const sha256 = async (text) => Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString('hex');
  const sealed = core.sealBundle(made.body, await sha256(made.body));

  const tmp = mkdtempSync(join(tmpdir(), 'resubmission-'));
  writeFileSync(join(tmp, 'draft.json'), draft);
  writeFileSync(join(tmp, 'previous.json'), previous);
  const cli = spawnSync(portcheck, ['bundle', join(tmp, 'draft.json'), '--previous', join(tmp, 'previous.json'), '--created-at', createdAt], { encoding: 'utf8' });
  assert.equal(cli.status, 0, cli.stderr);
  assert.equal(sealed, cli.stdout, 'the module and the CLI make the same resubmission bundle');

  writeFileSync(join(tmp, 'bundle.json'), sealed);
  const verified = spawnSync(portcheck, ['verify', join(tmp, 'bundle.json')], { encoding: 'utf8' });
  assert.equal(verified.status, 1, verified.stdout + verified.stderr);  // consistent, not ready

  // Hide the rejection finding and re-seal: the report no longer matches its own earlier submission.
  const edited = JSON.parse(made.body);
  edited.report.findings = edited.report.findings.filter((f) => f.code !== 'rejection.unchanged');
  const editedBody = JSON.stringify(edited);
  writeFileSync(join(tmp, 'edited.json'), core.sealBundle(editedBody, await sha256(editedBody)));
  const caught = spawnSync(portcheck, ['verify', join(tmp, 'edited.json')], { encoding: 'utf8' });
  assert.equal(caught.status, 3, caught.stdout + caught.stderr);
});
