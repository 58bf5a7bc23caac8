// Checking with the bill as evidence (issue 21): the page's two stages joined, in Node, as the
// worker runs them, checking 1,000- and 5,000-number drafts with no bill, then against the
// corpus's 2- and 30-page bills and a 100-page bill of call details (6,000 lines), each as
// readBill's JSON handed to check() as the page hands it. First: the first check with that
// evidence (parse and index the bill); again: the median of `repeats` checks after it, which
// is what every keystroke costs. Reading the bill itself is bench/bill.mjs.
//   node bench/evidence.mjs [repeats]        (standalone; bench/run.mjs calls evidenceBench)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { loadBillReader, loadStages } from '../tests/wasm/load-module.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'build', 'documents');

function draftOf(count, sha, size) {
  const numbers = Array.from({ length: count }, (_, i) => `(217) ${200 + (i % 700)}-${String(1000 + (i % 9000)).padStart(4, '0')}`);
  const requests = [];
  for (let k = 0; k < count; k += 1000) {
    requests.push({
      customer_type: 'business', customer_name: 'ACME WIDGETS LLC', losing_carrier: 'AT&T', account_number: '835104279916',
      authorized_representative: { first_name: 'Jane', last_name: 'Doe' },
      service_address: { street: '123 Main St Suite 400', city: 'Springfield', state: 'IL', zip: '62701' },
      phone_numbers: numbers.slice(k, k + 1000),
      bill: { kind: 'bill', statement_date: '', file: { name: 'bill.pdf', media_type: 'application/pdf', size, sha256: sha } },
    });
  }
  return JSON.stringify({ schema: 'portcheck.draft/1', as_of: '2026-10-10', requests });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export async function evidenceBench(repeats = 9) {
  if (!existsSync(join(corpus, 'manifest.json'))) spawnSync(process.execPath, [join(root, 'tests', 'documents', 'make-corpus.mjs'), corpus]);
  const stages = await loadStages();
  const reader = await loadBillReader();
  const bills = [];
  for (const [label, file] of [['2 pages', 'att-reportlab.pdf'], ['30 pages', 'att-30-pages-reportlab.pdf']]) {
    const bytes = readFileSync(join(corpus, file));
    bills.push({ label, sha: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, reading: JSON.parse(reader.readBill(new Uint8Array(bytes))) });
  }
  // 100 pages of call details after the first page: the longest bill the reader reads.
  const first = bills[0];
  const long = structuredClone(first.reading);
  long.text = [first.reading.text[0], ...Array.from({ length: 99 }, (_, p) => Array.from({ length: 60 }, (_, l) =>
    `10/${(l % 28) + 1} 9:${String(l).padStart(2, '0')} AM Outgoing call to Springfield IL (217) 555-${String(2000 + p * 60 + l).slice(-4)} ${l + 1} min`))];
  bills.push({ label: '100 pages (6,000 lines)', sha: 'f'.repeat(64), size: 1, reading: long });

  // WebAssembly tiers up during the first checks: warm it before anything is timed.
  for (let i = 0; i < 20; i++) stages.check(draftOf(1000, first.sha, first.size));
  const rows = [];
  for (const count of [1000, 5000]) {
    const plain = draftOf(count, first.sha, first.size);
    const times = [];
    for (let i = 0; i <= repeats; i++) {
      const t = performance.now();
      stages.check(plain);
      times.push(performance.now() - t);
    }
    rows.push({ numbers: count, bill: 'none', evidence_kb: 0, first: times[0], again: median(times.slice(1)) });
    for (const bill of bills) {
      const draft = draftOf(count, bill.sha, bill.size);
      const evidence = JSON.stringify({ bills: { [bill.sha]: bill.reading } });
      stages.check(draft, '{}');  // another evidence first: the next check parses and indexes this one
      const t0 = performance.now();
      const report = JSON.parse(stages.check(draft, evidence));
      const cold = performance.now() - t0;
      if (!report.requests?.[0]?.documents) throw new Error(`${bill.label}: the bill was not compared`);
      const again = [];
      for (let i = 0; i < repeats; i++) {
        const t = performance.now();
        stages.check(draft, evidence);
        again.push(performance.now() - t);
      }
      rows.push({ numbers: count, bill: bill.label, evidence_kb: evidence.length / 1024, first: cold, again: median(again) });
    }
  }
  const md = ['| numbers | bill | evidence JSON | first check with it | each check after (median) |', '|---|---|---|---|---|'];
  for (const r of rows) {
    md.push(`| ${r.numbers.toLocaleString('en-US')} | ${r.bill} | ${r.evidence_kb ? `${r.evidence_kb.toFixed(0)} KB` : '–'} | ${r.first.toFixed(1)} ms | ${r.again.toFixed(1)} ms |`);
  }
  return { rows, markdown: md.join('\n') };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await evidenceBench(Number(process.argv[2] ?? 9));
  mkdirSync(join(root, 'build', 'bench'), { recursive: true });
  writeFileSync(join(root, 'build', 'bench', 'evidence.json'), JSON.stringify(r, null, 2));
  console.log(r.markdown);
}
