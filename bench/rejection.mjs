// Rejections (issue 22): classifying notices in the page's bill reader (the worker's WebAssembly,
// Node) and natively (`portcheck rejection`, one process per notice, so its start is included),
// and what judging a resubmission adds to check(): 1,000- and 5,000-number drafts checked
// plain, then as a resubmission against their earlier submission (parsed once and kept, as the
// page keeps it), then diffed. Medians of `repeats` runs after a warm-up.
//   node bench/rejection.mjs [repeats]        (standalone; bench/run.mjs calls rejectionBench)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { loadBillReader, loadStages } from '../tests/wasm/load-module.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const portcheck = process.env.PORTCHECK ?? join(root, 'build', 'native', 'cli', 'portcheck');
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function draftOf(count, { rejection = null, name = 'ACME WIDGETS LLC' } = {}) {
  const numbers = Array.from({ length: count }, (_, i) => `(217) ${200 + (i % 700)}-${String(1000 + (i % 9000)).padStart(4, '0')}`);
  const requests = [];
  for (let k = 0; k < count; k += 1000) {
    requests.push({
      customer_type: 'business', customer_name: name, losing_carrier: 'AT&T', account_number: '835104279916', account_pin: '1234',
      authorized_representative: { first_name: 'Jane', last_name: 'Doe' },
      service_address: { street: '123 Main St', street_2: 'Suite 400', city: 'Springfield', state: 'IL', zip: '62701' },
      phone_numbers: numbers.slice(k, k + 1000),
      ...(rejection ? { rejection } : {}),
    });
  }
  return JSON.stringify({ schema: 'portcheck.draft/1', as_of: '2026-11-25', requests });
}

function timed(fn, repeats) {
  const times = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

export async function rejectionBench(repeats = 9) {
  const reader = await loadBillReader();
  const stages = await loadStages();
  const corpus = JSON.parse(readFileSync(join(root, 'tests', 'cases', 'rejections.json'), 'utf8'));
  // A forwarded e-mail: 120 of the corpus's notices, quoted, under its headers (about 5 KB).
  const email = `From: Porting <ports@example.net>\nSubject: FW: port rejected\n\n${corpus.slice(0, 120).map((c) => `> ${c.text}`).join('\n')}`;
  for (let i = 0; i < 3; i++) for (const c of corpus) reader.classifyRejection(c.text);
  const rows = [];
  const all = timed(() => { for (const c of corpus) reader.classifyRejection(c.text); }, repeats);
  rows.push(['WASM (the worker\'s bill reader)', `${corpus.length} notices of the corpus, one call each`, `${all.toFixed(1)} ms (${(all / corpus.length * 1000).toFixed(0)} µs each)`]);
  rows.push(['WASM (the worker\'s bill reader)', `a forwarded e-mail of ${(email.length / 1024).toFixed(0)} KB`, `${timed(() => reader.classifyRejection(email), repeats).toFixed(2)} ms`]);
  const cli = timed(() => spawnSync(portcheck, ['rejection', '-'], { input: email }), Math.min(repeats, 5));
  rows.push(['native `portcheck rejection -` (whole process)', `the same e-mail`, `${cli.toFixed(1)} ms`]);

  const rejection = { text: 'End user name does not match CSR; INVALID_PIN', reasons: ['loa_mismatch', 'wrong_pin'],
    fields: { loa_mismatch: ['/customer_name'] }, received_on: '2026-11-20', numbers: [], confirmed: [], reinstated: [] };
  const checks = [];
  for (const count of [1000, 5000]) {
    const previous = draftOf(count);
    const draft = draftOf(count, { rejection, name: 'Acme Widgets, LLC' });
    for (let i = 0; i < 5; i++) { stages.check(previous); stages.check(draft, '{}', previous); }
    const plain = timed(() => stages.check(previous), repeats);
    const resubmission = timed(() => stages.check(draft, '{}', previous), repeats);
    const diff = timed(() => stages.diffSubmissions(previous, draft), repeats);
    checks.push({ numbers: count, plain, resubmission, diff });
  }
  const md = ['| classifier | input | time (median) |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`), '',
    '| numbers | check() | check() as a resubmission (earlier submission kept) | diffSubmissions() |', '|---|---|---|---|',
    ...checks.map((c) => `| ${c.numbers.toLocaleString('en-US')} | ${c.plain.toFixed(1)} ms | ${c.resubmission.toFixed(1)} ms | ${c.diff.toFixed(1)} ms |`)];
  return { rows, checks, markdown: md.join('\n') };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await rejectionBench(Number(process.argv[2] ?? 9));
  mkdirSync(join(root, 'build', 'bench'), { recursive: true });
  writeFileSync(join(root, 'build', 'bench', 'rejection.json'), JSON.stringify(r, null, 2));
  console.log(r.markdown);
}
