// Street lines through the WASM module's check(), the way the page checks a service address:
// the labeled corpus (tests/cases/street-lines.tsv, also run natively), and look-alike street
// names built from data nobody here wrote — every street suffix spelling of USPS Publication 28
// Appendix C1, from the npm package street-types — which must draw no box finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { casesDir, loadModule } from './load-module.mjs';

const core = await loadModule();
const streetTypes = createRequire(import.meta.url)('street-types');

const BOX_FINDINGS = new Set(['po_box', 'rural_route', 'private_mailbox', 'general_delivery', 'military']);

// The box finding check() gives a service street line: the kind's name, or 'street'.
function kindOf(street) {
  const draft = {
    schema: 'portcheck.draft/1', as_of: '2026-11-25',
    requests: [{ customer_type: 'business', customer_name: 'Acme Widgets LLC',
      service_address: { street, city: 'Springfield', state: 'IL', zip: '62701' },
      phone_numbers: ['(217) 544-0111'] }],
  };
  const report = JSON.parse(core.check(JSON.stringify(draft)));
  assert.equal(report.error, undefined, street);
  const kinds = report.findings
    .filter((f) => f.path === '/requests/0/service_address/street' && f.code.startsWith('address.'))
    .map((f) => f.code.slice('address.'.length))
    .filter((k) => BOX_FINDINGS.has(k));
  assert.ok(kinds.length <= 1, `${street}: ${kinds}`);
  return kinds[0] ?? 'street';
}

test('every line of the labeled street-line corpus draws its finding through check()', () => {
  const rows = readFileSync(join(casesDir, 'street-lines.tsv'), 'utf8').split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'));
  assert.ok(rows.length >= 400);
  const wrong = rows.filter(([kind, line]) => kindOf(line) !== kind).map(([kind, line]) => `${line}: expected ${kind}, got ${kindOf(line)}`);
  assert.deepEqual(wrong, []);
});

test('look-alike words followed by any USPS street suffix spelling are streets, not boxes', () => {
  const spellings = [...new Set(streetTypes.flatMap((t) => [t.suffix, t.standardAbbr, ...t.abbrs].map((s) => s.trim())))];
  assert.ok(spellings.length > 400, `${spellings.length} suffix spellings`);
  const words = ['Box', 'Boxwood', 'Post', 'Post Office', 'Postal', 'Office', 'Route', 'Rural Route', 'Star Route',
    'Drawer', 'Station', 'Caller', 'Bin', 'Lockbox', 'Lock Box', 'Mailbox', 'Unit', 'Highway Contract', 'PO', 'RR', 'HC'];
  const wrong = [];
  let n = 0;
  for (const word of words) {
    for (const suffix of spellings) {
      const line = `${100 + (n++ % 9000)} ${word} ${suffix}`;
      const kind = kindOf(line);
      if (kind !== 'street') wrong.push(`${line}: ${kind}`);
    }
  }
  assert.deepEqual(wrong.slice(0, 30), [], `${wrong.length} of ${n} misread`);
});

test('a rural-route box is a rural route in every order and spelling the corpus does not list', () => {
  const routes = ['RR', 'R.R.', 'Rural Route', 'Rural Rte', 'RFD', 'HC', 'HCR', 'Highway Contract', 'Star Route'];
  const boxes = ['Box 12', 'Box #12', 'Bx 12', 'Box No. 12'];
  for (const route of routes) {
    for (const box of boxes) {
      for (const line of [`${route} 3 ${box}`, `${box}, ${route} 3`, `45 Elm St, ${route} 3 ${box}`, `${route} #3, ${box}`]) {
        assert.equal(kindOf(line), 'rural_route', line);
      }
    }
  }
});
