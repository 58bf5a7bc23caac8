// Benchmarks, in one run and the same engines side by side (issue 6): the native core, the WASM
// core, libphonenumber-js/max, google-libphonenumber and awesome-phonenumber, in Node and in
// Chromium, on one seeded corpus; a full check() of 1,000- and 10,000-number drafts (the single
// module and the page's worker, its module joined to the numbers stage); the page's first load beside an empty page and a
// libphonenumber-js page, cold and warm, with what it transfers and Lighthouse (issue 14,
// bench/pageload.mjs); encrypting and opening bundles beside npm jose (issue 15, bench/jwe.mjs);
// reading a bill beside pdf.js (issue 20, bench/bill.mjs); checking with the bill as evidence
// (issue 21, bench/evidence.mjs); classifying rejections and checking resubmissions (issue 22,
// bench/rejection.mjs); peak memory; and every file the page is made of, raw, gzip -9 and
// brotli -q 11. Prints Markdown tables and writes build/bench/results.{json,md}. Run through
// scripts/bench.sh (it builds first and installs Lighthouse).
//   node bench/run.mjs [--numbers 100000] [--repeats 7] [--lighthouse 3]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { makeCorpus, draftOf } from './corpus.mjs';
import { ENGINES } from './engines.mjs';
import { pageLoadBench } from './pageload.mjs';
import { jweBench, jweBenchSite } from './jwe.mjs';
import { billBench } from './bill.mjs';
import { evidenceBench } from './evidence.mjs';
import { panelBench } from './panel.mjs';
import { rejectionBench } from './rejection.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(process.argv.slice(2).join(' ').split('--').filter(Boolean).map((a) => a.trim().split(/\s+/)));
const count = Number(args.numbers ?? 100000);
const repeats = Number(args.repeats ?? 7);
const out = join(root, 'build', 'bench');
const webDir = join(root, 'build', 'wasm', 'web');
mkdirSync(out, { recursive: true });

// ---- inputs ----
const corpus = makeCorpus(count);
const corpusFile = join(out, 'corpus.txt');
writeFileSync(corpusFile, corpus.join('\n'));
const draft1k = draftOf(corpus, 1000);
const draft10k = draftOf(corpus, 10000);
writeFileSync(join(out, 'draft-1000.json'), draft1k);
writeFileSync(join(out, 'draft-10000.json'), draft10k);
console.error(`bench: ${count} numbers, ${repeats} repeats`);

// ---- native ----
const nativeRun = spawnSync(join(root, 'build', 'native', 'bench', 'portcheck_bench'),
  [corpusFile, join(out, 'draft-1000.json'), join(out, 'draft-10000.json'), String(repeats)], { encoding: 'utf8' });
if (nativeRun.status !== 0) throw new Error(`native bench failed: ${nativeRun.stderr}`);
const native = JSON.parse(nativeRun.stdout);
console.error('bench: native done');

// ---- Node: each engine in its own process ----
const node = {};
for (const engine of ENGINES) {
  const r = spawnSync(process.execPath, [join(root, 'bench', 'node-engine.mjs'), engine, corpusFile, String(repeats),
    join(out, 'draft-1000.json'), join(out, 'draft-10000.json')], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${engine} in Node failed: ${r.stderr}`);
  node[engine] = JSON.parse(r.stdout.trim().split('\n').at(-1));
  console.error(`bench: node ${engine} done`);
}

// ---- Chromium: each engine in a fresh page ----
const site = join(out, 'site');
mkdirSync(join(site, 'peers'), { recursive: true });
for (const f of ['portcheck.mjs', 'portcheck.wasm', 'portcheck-worker.mjs', 'portcheck-worker.wasm', 'portcheck-numbers.mjs', 'portcheck-numbers.wasm', 'core-stages.js']) copyFileSync(join(webDir, f), join(site, f));
for (const f of ['page.html', 'page.mjs', 'engines.mjs']) copyFileSync(join(root, 'bench', f), join(site, f));
// Package folders (their "exports" hide the browser bundles from require.resolve).
const packageDir = (name) => join(root, 'node_modules', name);
const peerFiles = {
  'libphonenumber-js/max': [join(packageDir('libphonenumber-js'), 'bundle', 'libphonenumber-max.js'), 'libphonenumber-max.js'],
  'google-libphonenumber': [join(packageDir('google-libphonenumber'), 'dist', 'libphonenumber.js'), 'google-libphonenumber.js'],
  'awesome-phonenumber': [join(packageDir('awesome-phonenumber'), 'index-esm.mjs'), 'awesome-phonenumber.mjs'],
};
for (const [from, to] of Object.values(peerFiles)) copyFileSync(from, join(site, 'peers', to));

jweBenchSite(site, webDir);
const { serve, launchBrowser } = await import('../tests/web/serve-and-browse.mjs');
const server = await serve(site);
const browser = await launchBrowser();
const chromium = {};
let pageLoad = null;
let encryption = null;
try {
  for (const engine of ENGINES) {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/page.html`);
    await page.waitForFunction(() => window.benchReady === true);
    chromium[engine] = await page.evaluate(([name, text, n, d1, d10]) => window.runEngine(name, text, n, d1, d10),
      [engine, corpus.join('\n'), repeats, draft1k, draft10k]);
    await page.close();
    console.error(`bench: chromium ${engine} done`);
  }
  // The real page's first load, beside an empty page and a libphonenumber-js page (bench/pageload.mjs).
  pageLoad = await pageLoadBench({ browser, out, repeats: Math.max(repeats, 9), lighthouseRuns: Number(args.lighthouse ?? 3) });
  // Encrypted bundles: the page's encryption and jose, in Chromium and Node; opening them (bench/jwe.mjs).
  encryption = await jweBench({ browser, origin: server.origin, webDir, portcheck: join(root, 'build', 'native', 'cli', 'portcheck'), repeats });
} finally {
  await browser.close();
  await server.stop();
}

// ---- payload ----
const sizeOf = (file) => {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
  };
};
// Every file the page is served as (wasm/deploy.mjs wrote their sizes): the deployed copies the
// pages name (the element and the worker bundled, the rest minified), by their stable names;
// and the single module hosts import.
const { sizes: deployed, hashed } = JSON.parse(readFileSync(join(webDir, 'deploy.json'), 'utf8'));
const pageFiles = ['index.html', 'style.css', 'port-precheck.js', 'port-precheck.css', 'portcheck-first.mjs', 'portcheck-first.wasm',
  'core-worker.js', 'portcheck-worker.mjs', 'portcheck-worker.wasm', 'portcheck-numbers.mjs', 'portcheck-numbers.wasm', 'jwe.js', 'dom.js'];
const payload = Object.fromEntries(pageFiles.map((f) => [f, deployed[hashed[f] ?? f]]));
const single = { 'portcheck.mjs': deployed['portcheck.mjs'], 'portcheck.wasm': deployed['portcheck.wasm'] };
const peerSizes = Object.fromEntries(Object.entries(peerFiles).map(([name, [from]]) => [name, sizeOf(from)]));

// ---- report ----
const results = { date: new Date().toISOString(), numbers: count, repeats, native, node, chromium, page_load: pageLoad?.results, encryption: encryption?.results, payload, single_module: single, peerSizes,
  versions: { node: process.version, chromium: browser.version?.() ?? null } };
writeFileSync(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const k = (x) => `${(x / 1000).toFixed(0)} k/s`;
const range = (s) => `${k(s.median)} (${(s.min / 1000).toFixed(0)}–${(s.max / 1000).toFixed(0)})`;
const ms = (s) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const lines = [];
lines.push(`### Numbers per second (${count.toLocaleString('en-US')} typed numbers; parse + valid + type + region + E.164; median (min–max) of ${repeats})`, '');
lines.push('| engine | Node | Chromium | Chromium ÷ libphonenumber-js | Chromium ÷ native | eligible / valid | instantiate (Chromium) | first call (Chromium) |');
lines.push('|---|---|---|---|---|---|---|---|');
lines.push(`| portcheck native (g++ -O2, per number) | ${range(native.classify_per_s)} | – | – | 1.00 | ${native.eligible} | – | ${native.first_check_ms.toFixed(1)} ms (first check) |`);
lines.push(`| portcheck native, batch to JSON | ${range(native.batch_json_per_s)} | – | – | – | – | – | – |`);
const ljs = chromium['libphonenumber-js/max'].median;
for (const e of ENGINES) {
  const c = chromium[e];
  lines.push(`| ${e === 'portcheck-wasm' ? 'portcheck WASM, batch to JSON (one call)' : e} | ${range(node[e])} | ${range(c)} | ${(c.median / ljs).toFixed(2)} | ${(c.median / native.classify_per_s.median).toFixed(2)} | ${c.valid} | ${c.instantiate_ms.toFixed(1)} ms | ${c.first_check_ms != null ? `${c.first_check_ms.toFixed(1)} ms` : '–'} |`);
}
lines.push('', '"eligible / valid" counts what each engine accepts: portcheck counts numbers eligible to port (US and territories), the others every valid number of any country.', '');
lines.push('### A full check() of a draft (every rule, report JSON)', '');
lines.push('| draft | native | WASM in Node | WASM in Chromium | libphonenumber-js/max, numbers only (Chromium) |');
lines.push('|---|---|---|---|---|');
for (const [n, key] of [[1000, 'check_1000_ms'], [10000, 'check_10000_ms']]) {
  lines.push(`| ${n.toLocaleString('en-US')} numbers | ${ms(native[key])} | ${ms(node['portcheck-wasm'][key])} | ${ms(chromium['portcheck-wasm'][key])} | ${(n / ljs * 1000).toFixed(1)} ms |`);
}
lines.push(`| 1,000 numbers, the page's worker (its module joined to the numbers stage; WASM in Chromium) | – | – | ${ms(chromium['portcheck-wasm'].stages_check_1000_ms)} | ${(1000 / ljs * 1000).toFixed(1)} ms |`);
lines.push('');
lines.push(`Peak memory: native ${native.peak_rss_mb.toFixed(0)} MB RSS; Node RSS ${ENGINES.map((e) => `${e} ${node[e].peak_rss_mb.toFixed(0)} MB`).join(', ')}.`, '');
lines.push(pageLoad.markdown, '');
lines.push(encryption.markdown, '');
lines.push('### What the page is made of (every file, as built; the page fetches its first stage before the first verdict, the worker and second stage after it)', '');
lines.push('| file | raw | gzip -9 | brotli -q 11 |', '|---|---|---|---|');
let total = { raw: 0, gzip: 0, brotli: 0 };
for (const [f, s] of Object.entries(payload)) {
  lines.push(`| ${f} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
  total = { raw: total.raw + s.raw, gzip: total.gzip + s.gzip, brotli: total.brotli + s.brotli };
}
lines.push(`| **total** | **${kb(total.raw)}** | **${kb(total.gzip)}** | **${kb(total.brotli)}** |`);
for (const [f, s] of Object.entries(single)) lines.push(`| (for hosts) ${f}, the single module | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
lines.push('');
lines.push('| peer (browser bundle) | raw | gzip -9 | brotli -q 11 |', '|---|---|---|---|');
for (const [name, s] of Object.entries(peerSizes)) lines.push(`| ${name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
// Reading a bill beside pdf.js (issue 20, bench/bill.mjs), in its own browser.
const bill = await billBench(repeats);
writeFileSync(join(out, 'bill.json'), `${JSON.stringify(bill, null, 2)}\n`);
lines.push('', '### Reading a bill: readBill in the worker beside pdf.js (Chromium)', '', bill.markdown);
// Checking with the bill as evidence (issue 21, bench/evidence.mjs): the page's stages in Node.
const evidence = await evidenceBench(repeats);
writeFileSync(join(out, 'evidence.json'), `${JSON.stringify(evidence, null, 2)}\n`);
lines.push('', '### check() with the bill as evidence (the page\'s stages, Node)', '', evidence.markdown);
const panel = await panelBench(Math.max(3, Math.min(repeats, 7)));
writeFileSync(join(out, 'panel.json'), `${JSON.stringify(panel, null, 2)}\n`);
lines.push('', '### Picking a bill to "What your bill says" on screen (the page, Chromium)', '', panel.markdown);
// Rejections (issue 22, bench/rejection.mjs): the classifier, and a resubmission's check.
const rejections = await rejectionBench(repeats);
writeFileSync(join(out, 'rejection.json'), `${JSON.stringify(rejections, null, 2)}\n`);
lines.push('', '### Rejections: the classifier, and checking a resubmission (Node)', '', rejections.markdown);
const markdown = `${lines.join('\n')}\n`;
writeFileSync(join(out, 'results.md'), markdown);
process.stdout.write(markdown);
