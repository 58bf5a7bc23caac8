// Reading a bill (issue 20), side by side in one Chromium run: our reader in a worker, as a
// page runs it — the bill reader alone (portcheck-bill.wasm, issue 20's module) and the page's
// own worker module (portcheck-worker.wasm: the same reader beside every rule), each joined to
// the numbers stage — against pdf.js (pdfjs-dist, pinned: getDocument + getTextContent on every
// page, with its own worker), on a 2-page and a 30-page bill of the corpus
// (tests/documents/make-corpus.mjs). Reported, each reader in a fresh browser context:
//   - cold: nothing loaded to the text of the first reading (ours: start the worker, fetch and
//     compile its modules, read; pdf.js: import pdf.min.mjs, start its worker, read);
//   - loaded: the first reading once the reader is loaded (the page loads its worker after the
//     first verdict, so this is what a customer who picks a bill waits for);
//   - warm: the median of `repeats` readings after ten more untimed ones (settled: tiered up);
//   - the worker's memory after the readings, through the DevTools protocol (JS heap used and
//     allocated; our WebAssembly memory, which only grows, so it is its peak);
//   - what each transfers (brotli -q 11).
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

// Our worker: loads its modules, says when it is ready, then reads what it is sent.
const ourWorker = (load) => `
import createNumbers from './portcheck-numbers.mjs';
${load}
self.postMessage({ ready: true });
self.onmessage = ({ data }) => {
  const t = performance.now();
  const bill = JSON.parse(reader.readBill(new Uint8Array(data)));
  self.postMessage({ ms: performance.now() - t, lines: bill.text.flat().length, wasm: memory() });
};`;
const billWorker = ourWorker(`import createBill from './portcheck-bill.mjs';
import { billReader } from './core-stages.js';
const [bill, numbers] = await Promise.all([createBill(), createNumbers()]);
const reader = billReader(bill, numbers);
const memory = () => bill.HEAPU8.length + numbers.HEAPU8.length;`);
const pageWorker = ourWorker(`import createWorker from './portcheck-worker.mjs';
import { connect } from './core-stages.js';
const [worker, numbers] = await Promise.all([createWorker(), createNumbers()]);
const core = connect(worker, numbers);  // as loadWorker() joins them for the page
const reader = { readBill: (bytes) => core.readBill(bytes) };
const memory = () => worker.HEAPU8.length + numbers.HEAPU8.length;`);

const page = `<!doctype html><meta charset="utf-8"><script type="module">
// Warm means settled: ten untimed readings first, so both readers' code has been tiered up
// (nine 2-ms readings would otherwise end inside WebAssembly's baseline tier).
const settle = 10;
async function ours(script, bytes, repeats) {
  const t0 = performance.now();
  const w = new Worker(script, { type: 'module' });
  await new Promise((r) => { w.onmessage = ({ data }) => data.ready && r(); });
  const ready = performance.now();
  const ask = () => new Promise((r) => { w.onmessage = ({ data }) => r(data); w.postMessage(bytes.slice().buffer); });
  let last = await ask();
  const cold = performance.now() - t0, loaded = performance.now() - ready;
  for (let i = 0; i < settle; i++) await ask();
  const warm = [];
  for (let i = 0; i < repeats; i++) { const t = performance.now(); last = await ask(); warm.push(performance.now() - t); }
  window.keep = w;  // measured from outside, then the context closes
  return { cold, loaded, warm, lines: last.lines, wasm: last.wasm };
}
async function theirs(bytes, repeats) {
  const t0 = performance.now();
  const pdfjs = await import('./pdf.min.mjs');
  pdfjs.GlobalWorkerOptions.workerSrc = './pdf.worker.min.mjs';
  const worker = new pdfjs.PDFWorker();  // one worker for every reading, as a page would keep it
  await worker.promise;
  const ready = performance.now();
  const once = async () => {
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
  const lines = await once();
  const cold = performance.now() - t0, loaded = performance.now() - ready;
  for (let i = 0; i < settle; i++) await once();
  const warm = [];
  for (let i = 0; i < repeats; i++) { const t = performance.now(); await once(); warm.push(performance.now() - t); }
  window.keep = worker;
  return { cold, loaded, warm, lines };
}
window.run = async (name, which, repeats) => {
  const bytes = new Uint8Array(await (await fetch('./' + name)).arrayBuffer());
  return which === 'pdf.js' ? theirs(bytes, repeats) : ours(which === 'bill' ? './bill-worker.mjs' : './page-worker.mjs', bytes, repeats);
};
window.ready = true;
</script>`;

// The JS heap of the page's one dedicated worker, through the DevTools protocol (workers have
// no performance.memory).
async function workerHeap(context, page) {
  const session = await context.newCDPSession(page);
  const { targetInfos } = await session.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'worker');
  if (!worker) return null;
  const { sessionId } = await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  const reply = new Promise((resolve) => session.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message);
    if (m.id === 1) resolve(m.result);
  }));
  await session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }) });
  const heap = await Promise.race([reply, new Promise((r) => setTimeout(() => r(null), 5000))]);
  await session.detach();
  return heap && { used: heap.usedSize, total: heap.totalSize };
}

export async function billBench(repeats = 7) {
  if (!existsSync(join(corpus, 'manifest.json'))) spawnSync(process.execPath, [join(root, 'tests', 'documents', 'make-corpus.mjs'), corpus], { stdio: 'inherit' });
  const site = join(root, 'build', 'bench', 'bill-site');
  mkdirSync(site, { recursive: true });
  const ourFiles = ['portcheck-bill.mjs', 'portcheck-bill.wasm', 'portcheck-worker.mjs', 'portcheck-worker.wasm', 'portcheck-numbers.mjs', 'portcheck-numbers.wasm', 'core-stages.js'];
  for (const f of ourFiles) cpSync(join(webDir, f), join(site, f));
  const pdfjsDir = join(root, 'node_modules', 'pdfjs-dist', 'build');
  for (const f of ['pdf.min.mjs', 'pdf.worker.min.mjs']) cpSync(join(pdfjsDir, f), join(site, f));
  const bills = { '2 pages': 'att-reportlab.pdf', '30 pages': 'att-30-pages-reportlab.pdf' };
  for (const f of Object.values(bills)) cpSync(join(corpus, f), join(site, f));
  writeFileSync(join(site, 'bill-worker.mjs'), billWorker);
  writeFileSync(join(site, 'page-worker.mjs'), pageWorker);
  writeFileSync(join(site, 'index.html'), page);

  const { serve, launchBrowser } = await import(pathToFileURL(join(root, 'tests', 'web', 'serve-and-browse.mjs')).href);
  const server = await serve(site);
  const browser = await launchBrowser();
  const readers = ['bill', 'page', 'pdf.js'];
  const results = {};
  try {
    // One untimed reading with each reader first: the browser's own first-use costs (its
    // process, its compilers) would otherwise be charged to whichever reader runs first.
    for (const which of readers) {
      const context = await browser.newContext();
      const p = await context.newPage();
      await p.goto(`${server.origin}/index.html`);
      await p.waitForFunction(() => window.ready);
      await p.evaluate(([f, w]) => window.run(f, w, 0), [bills['2 pages'], which]);  // (and its ten settling readings)
      await context.close();
    }
    for (const [label, file] of Object.entries(bills)) {
      for (const which of readers) {
        const context = await browser.newContext();  // a cold cache for each
        const p = await context.newPage();
        await p.goto(`${server.origin}/index.html`);
        await p.waitForFunction(() => window.ready);
        const r = await p.evaluate(([f, w, n]) => window.run(f, w, n), [file, which, repeats]);
        results[`${label}|${which}`] = { ...r, warm: stats(r.warm), heap: await workerHeap(context, p) };
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const size = (files) => files.reduce((sum, f) => sum + br(readFileSync(join(site, f))), 0);
  const transfer = {
    bill: size(['portcheck-bill.mjs', 'portcheck-bill.wasm']),
    page: size(['portcheck-worker.mjs', 'portcheck-worker.wasm']),
    numbers: size(['portcheck-numbers.mjs', 'portcheck-numbers.wasm', 'core-stages.js']),
    pdfjs: size(['pdf.min.mjs', 'pdf.worker.min.mjs']),
  };
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
  const names = { bill: 'readBill, the bill reader (portcheck-bill)', page: "readBill, the page's worker module (portcheck-worker)", 'pdf.js': 'pdf.js getTextContent' };
  const md = ['| bill | reader | cold: nothing loaded to text | loaded: first reading | warm: median (min–max) | lines | worker memory after: JS heap used / allocated; WASM |', '|---|---|---|---|---|---|---|'];
  for (const [key, r] of Object.entries(results)) {
    const [label, which] = key.split('|');
    const heap = r.heap ? `${mb(r.heap.used)} / ${mb(r.heap.total)}` : 'n/a';
    md.push(`| ${label} | ${names[which]} | ${r.cold.toFixed(0)} ms | ${r.loaded.toFixed(1)} ms | ${r.warm.median.toFixed(1)} ms (${r.warm.min.toFixed(1)}–${r.warm.max.toFixed(1)}) | ${r.lines} | ${heap}${r.wasm ? `; ${mb(r.wasm)}` : ''} |`);
  }
  md.push('', `Transfer (brotli -q 11): the bill reader ${kb(transfer.bill)}, the page's worker module ${kb(transfer.page)}, each with the numbers stage ${kb(transfer.numbers)} beside it (glue included); pdf.js ${kb(transfer.pdfjs)} (pdf.min.mjs + pdf.worker.min.mjs).`);
  return { results, transfer, markdown: md.join('\n') };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await billBench(Number(process.argv[2] ?? 7));
  mkdirSync(join(root, 'build', 'bench'), { recursive: true });
  writeFileSync(join(root, 'build', 'bench', 'bill.json'), JSON.stringify(r, null, 2));
  console.log(r.markdown);
}
