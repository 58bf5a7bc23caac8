// Reading a bill (issue 20), side by side in one Chromium run: the page's bill reader
// (portcheck-bill.wasm, joined to the numbers stage, in a worker, as the page runs it) against
// pdf.js (pdfjs-dist, pinned: getDocument + getTextContent on every page, with its own worker),
// on a 2-page and a 30-page bill of the corpus (tests/documents/make-corpus.mjs). Reported:
// time to text, cold (a new worker: fetch, compile, read) and warm (the worker loaded; median
// of `repeats`), peak JS heap of the worker (Chromium's performance.memory, which does not count
// WebAssembly memory: the reader's linear memory is reported beside it), and what each
// transfers (brotli -q 11).
//   node bench/bill.mjs [repeats]        (standalone; bench/run.mjs calls billBench)
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const webDir = join(root, 'build', 'wasm', 'web');
const corpus = join(root, 'build', 'documents');
const br = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[s.length >> 1], min: s[0], max: s.at(-1) };
};

const ourWorker = `
import createBill from './portcheck-bill.mjs';
import createNumbers from './portcheck-numbers.mjs';
import { billReader } from './core-stages.js';
const ready = Promise.all([createBill(), createNumbers()]).then(([b, n]) => billReader(b, n));
self.onmessage = async ({ data }) => {
  const reader = await ready;
  const t = performance.now();
  const bill = JSON.parse(reader.readBill(new Uint8Array(data)));
  const ms = performance.now() - t;
  self.postMessage({ ms, lines: bill.text.flat().length, heap: performance.memory?.usedJSHeapSize ?? 0, wasm: 0 });
};`;

const page = `<!doctype html><meta charset="utf-8"><script type="module">
import * as pdfjs from './pdf.min.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = './pdf.worker.min.mjs';
async function ours(bytes, repeats) {
  const t0 = performance.now();
  const w = new Worker('./bill-worker.mjs', { type: 'module' });
  const ask = () => new Promise((r) => { w.onmessage = ({ data }) => r(data); w.postMessage(bytes.slice().buffer); });
  const first = await ask();
  const cold = performance.now() - t0;
  const warm = [];
  let last = first;
  for (let i = 0; i < repeats; i++) { const t = performance.now(); last = await ask(); warm.push(performance.now() - t); }
  w.terminate();
  return { cold, warm, lines: last.lines, heap: last.heap, wasm: last.wasm };
}
async function theirs(bytes, repeats) {
  let worker = null;  // one pdf.js worker for every reading, as a page would keep it
  const once = async () => {
    worker ??= new pdfjs.PDFWorker();
    const task = pdfjs.getDocument({ data: bytes.slice(), worker });
    const doc = await task.promise;
    let lines = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const c = await (await doc.getPage(p)).getTextContent();
      lines += c.items.filter((i) => i.hasEOL).length;
    }
    await task.destroy();
    return lines;
  };
  const t0 = performance.now();
  const lines = await once();
  const cold = performance.now() - t0;
  const warm = [];
  for (let i = 0; i < repeats; i++) { const t = performance.now(); await once(); warm.push(performance.now() - t); }
  worker.destroy();
  return { cold, warm, lines, heap: performance.memory?.usedJSHeapSize ?? 0 };
}
window.run = async (name, which, repeats) => {
  const bytes = new Uint8Array(await (await fetch('./' + name)).arrayBuffer());
  return which === 'ours' ? ours(bytes, repeats) : theirs(bytes, repeats);
};
window.ready = true;
</script>`;

export async function billBench(repeats = 7) {
  if (!existsSync(join(corpus, 'manifest.json'))) spawnSync(process.execPath, [join(root, 'tests', 'documents', 'make-corpus.mjs'), corpus], { stdio: 'inherit' });
  const site = join(root, 'build', 'bench', 'bill-site');
  mkdirSync(site, { recursive: true });
  for (const f of ['portcheck-bill.mjs', 'portcheck-bill.wasm', 'portcheck-numbers.mjs', 'portcheck-numbers.wasm', 'core-stages.js']) cpSync(join(webDir, f), join(site, f));
  const pdfjsDir = join(root, 'node_modules', 'pdfjs-dist', 'build');
  for (const f of ['pdf.min.mjs', 'pdf.worker.min.mjs']) cpSync(join(pdfjsDir, f), join(site, f));
  const bills = { '2 pages': 'att-reportlab.pdf', '30 pages': 'att-30-pages-reportlab.pdf' };
  for (const f of Object.values(bills)) cpSync(join(corpus, f), join(site, f));
  writeFileSync(join(site, 'bill-worker.mjs'), ourWorker);
  writeFileSync(join(site, 'index.html'), page);

  const { serve, launchBrowser } = await import(pathToFileURL(join(root, 'tests', 'web', 'serve-and-browse.mjs')).href);
  const server = await serve(site);
  const browser = await launchBrowser();
  const results = {};
  try {
    for (const [label, file] of Object.entries(bills)) {
      for (const which of ['ours', 'pdf.js']) {
        const context = await browser.newContext();  // a cold cache for each
        const p = await context.newPage();
        await p.goto(`${server.origin}/index.html`);
        await p.waitForFunction(() => window.ready);
        const r = await p.evaluate(([f, w, n]) => window.run(f, w, n), [file, which === 'ours' ? 'ours' : 'theirs', repeats]);
        results[`${label} ${which}`] = { ...r, warm: stats(r.warm) };
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const size = (files) => files.reduce((sum, f) => sum + br(readFileSync(join(site, f))), 0);
  const transfer = {
    ours: size(['portcheck-bill.mjs', 'portcheck-bill.wasm']),
    ours_with_numbers: size(['portcheck-bill.mjs', 'portcheck-bill.wasm', 'portcheck-numbers.mjs', 'portcheck-numbers.wasm', 'core-stages.js']),
    pdfjs: size(['pdf.min.mjs', 'pdf.worker.min.mjs']),
  };
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  const md = ['| bill | reader | cold: new worker to text | warm: text (median, min–max) | lines | worker JS heap | WASM memory |', '|---|---|---|---|---|---|---|'];
  for (const [key, r] of Object.entries(results)) {
    const [label, which] = [key.slice(0, key.lastIndexOf(' ')), key.slice(key.lastIndexOf(' ') + 1)];
    md.push(`| ${label} | ${which === 'ours' ? 'readBill (portcheck-bill.wasm)' : 'pdf.js getTextContent'} | ${r.cold.toFixed(0)} ms | ${r.warm.median.toFixed(1)} ms (${r.warm.min.toFixed(1)}–${r.warm.max.toFixed(1)}) | ${r.lines} | ${r.heap ? kb(r.heap) : 'n/a'} | ${r.wasm ? kb(r.wasm) : '–'} |`);
  }
  md.push('', `Transfer (brotli -q 11): the bill reader ${kb(transfer.ours)} (with the numbers stage it shares with the checker, ${kb(transfer.ours_with_numbers)}); pdf.js ${kb(transfer.pdfjs)} (pdf.min.mjs + pdf.worker.min.mjs).`);
  return { results, transfer, markdown: md.join('\n') };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await billBench(Number(process.argv[2] ?? 7));
  mkdirSync(join(root, 'build', 'bench'), { recursive: true });
  writeFileSync(join(root, 'build', 'bench', 'bill.json'), JSON.stringify(r, null, 2));
  console.log(r.markdown);
}
