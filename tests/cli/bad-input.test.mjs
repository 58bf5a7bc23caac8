// `portcheck check` on every case of tests/cases/bad-input.json, as staff would run it on a
// file that came from outside: unusable input → exit 2 and exactly one line on stderr naming
// the problem; usable input → a report and exit 0/1. Run by ctest (natively and under the
// sanitizers) with PORTCHECK set to the binary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { badInputCases } from '../support/bad-input.mjs';
import { run as runCli, scratchDir } from '../support/cli.mjs';

const dir = scratchDir('bad-input');
const run = (args, input) => runCli(args, input, { encoding: null, timeout: 120_000 });

for (const c of badInputCases()) {
  test(`portcheck check: ${c.name}`, () => {
    const file = join(dir, 'draft.json');
    writeFileSync(file, c.input);
    // From a file and from standard input: the same answer.
    for (const [args, input, label] of [[['check', file], undefined, file], [['check', '-'], c.input, 'standard input']]) {
      const r = run(args, input);
      assert.equal(r.signal, null, `killed by ${r.signal}`);
      const stderr = r.stderr.toString('utf8');
      if (c.code) {
        assert.equal(r.status, 2, stderr);
        assert.equal(r.stdout.length, 0);
        assert.match(stderr, /^portcheck: [^\n]*\n$/, 'exactly one line on stderr');
        assert.ok(stderr.startsWith(`portcheck: ${label}: `), stderr);
        assert.ok(stderr.includes(c.message), `${JSON.stringify(stderr)} should include ${JSON.stringify(c.message)}`);
        assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069\ufffd]/u.test(stderr), 'no raw controls on stderr');
      } else {
        assert.equal(r.status, c.ready ? 0 : 1, stderr);
        assert.equal(stderr, '');
        assert.equal(JSON.parse(r.stdout.toString('utf8')).schema, 'portcheck.report/1');
        const text = run(['check', '--format', 'text', file]);
        assert.equal(text.status, c.ready ? 0 : 1);
        assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u.test(text.stdout.toString('utf8')),
          'the staff text report escapes controls and bidi overrides');
      }
    }
  });
}

test('portcheck check: a file that cannot be read', () => {
  for (const path of [join(dir, 'missing.json'), dir]) {
    const r = run(['check', path]);
    assert.equal(r.status, 2);
    assert.match(r.stderr.toString(), new RegExp(`^portcheck: cannot read ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[^\n]*\n$`));
  }
});

test('portcheck check: a bad --as-of is a usage error', () => {
  const r = run(['check', '--as-of', '2026-02-30', '-'], '{}');
  assert.equal(r.status, 2);
  assert.match(r.stderr.toString(), /^portcheck: check: --as-of must be a date/);
});
