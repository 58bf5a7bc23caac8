// The load benchmark (issues 14 and 23), in one run: an empty page with one module script, a page that
// loads libphonenumber-js/max and checks one number, and Port Pre-Check, served together by
// scripts/serve.py (precompressed files, as a host serves them), loaded in Debian's Chromium in
// turn — cold (a fresh browser context: no HTTP cache, no compiled code) and warm (the same
// context again) — reading each page's own mark of its first verdict (data-first-verdict-ms:
// navigation → verdict text in the DOM); a cold visit where a US number is typed as soon as the
// page's number field is on screen, until that number's verdict shows (with first contentful
// paint and when the field accepts input); our page with a restored 1,000-number draft. Also: what our page transfers before and after its
// first verdict, file by file; its long tasks; and Lighthouse (performance, mobile defaults)
// for our page and the libphonenumber-js page, when Lighthouse is installed
// (scripts/lighthouse.sh installs it under build/lighthouse).
//   node bench/pageload.mjs [--repeats 9] [--lighthouse 3]   (or through scripts/bench.sh)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const webDir = join(root, 'build', 'wasm', 'web');
const lighthouseBin = join(root, 'build', 'lighthouse', 'node_modules', '.bin', 'lighthouse');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), all: xs });
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The three pages in one folder, every file with its .br and .gz beside it. */
function buildSite(out) {
  const site = join(out, 'load-site');
  rmSync(site, { recursive: true, force: true });
  cpSync(webDir, site, { recursive: true });
  const extra = [...readdirSync(join(root, 'bench', 'pages')).map((f) => join(root, 'bench', 'pages', f)),
    join(root, 'node_modules', 'libphonenumber-js', 'bundle', 'libphonenumber-max.js')];
  for (const from of extra) {
    const name = from.split('/').at(-1);
    const bytes = readFileSync(from);
    writeFileSync(join(site, name), bytes);
    writeFileSync(join(site, `${name}.br`), brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(join(site, `${name}.gz`), gzipSync(bytes, { level: 9 }));
  }
  return site;
}

const PAGES = {
  empty: { path: '/empty.html', mark: '#status[data-first-verdict-ms]' },
  'libphonenumber-js': { path: '/lpjs.html', mark: '#status[data-first-verdict-ms]' },
  'Port Pre-Check': { path: '/index.html', mark: '.pc-status[data-first-verdict-ms]' },
};

// The typed-number visit (issue 23): each page's number field, and its verdict for the number
// typed into it, found by the same probe in every page (polled every frame from navigation).
const TYPED_NUMBER = '(217) 544-0111';
const FIELDS = {
  empty: { field: '#number', find: 'light' },
  'libphonenumber-js': { field: '#number', find: 'light' },
  'Port Pre-Check': { field: '#r0-numbers', find: 'element' },
};
function probe(find) {
  const root = () => (find === 'element' ? document.querySelector('port-precheck')?.shadowRoot : document);
  const field = () => root()?.querySelector(find === 'element' ? '#r0-numbers' : '#number');
  const verdict = () => (find === 'element'
    ? [...(root()?.querySelectorAll('.pc-chip') ?? [])].some((c) => c.textContent.includes('+12175440111'))
    : Boolean(document.getElementById('verdict')?.textContent));
  window.__probe = {};
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__probe.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const poll = () => {
    const p = window.__probe;
    if (p.field === undefined && field()?.getClientRects().length) p.field = performance.now();
    if (p.verdict === undefined && field()?.value && verdict()) p.verdict = performance.now();
    if (p.verdict === undefined) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** A cold visit where the number is typed as soon as its field is on screen: {fcp, field, verdict} ms from navigation. */
async function typedVisit(browser, origin, name) {
  const context = await browser.newContext();
  await context.addInitScript(probe, FIELDS[name].find);
  const page = await context.newPage();
  await page.goto(`${origin}${PAGES[name].path}`, { waitUntil: 'commit' });
  const field = page.locator(FIELDS[name].field);
  await field.waitFor({ state: 'visible', timeout: 30000 });
  await field.fill(TYPED_NUMBER);
  await page.waitForFunction(() => window.__probe?.verdict !== undefined, null, { timeout: 30000, polling: 50 });
  const result = await page.evaluate(() => window.__probe);
  await context.close();
  return result;
}

/** A cold visit of our page with an autosaved draft of 1,000 numbers: its first verdict (ms). */
async function restoredVisit(browser, origin) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    if (localStorage.getItem('port-precheck.form.v1')) return;
    const numbers = Array.from({ length: 1000 }, (_, i) => `(217) 5${String(i).padStart(3, '0').slice(0, 2)}-${String(1000 + i).slice(-4)}`);
    localStorage.setItem('port-precheck.form.v1', JSON.stringify({
      draft: { schema: 'portcheck.draft/1', requests: [{ customer_type: 'business', customer_name: 'Acme Widgets LLC', bill: { kind: 'bill' } }] },
      numbersText: [numbers.join('\n')], pins: [{}], ids: ['bench'],
    }));
  });
  const page = await context.newPage();
  await page.goto(`${origin}/index.html`);
  const ms = await firstVerdict(page, PAGES['Port Pre-Check'].mark);
  await context.close();
  return ms;
}

async function firstVerdict(page, mark) {
  return Number(await page.locator(mark).getAttribute('data-first-verdict-ms', { timeout: 30000 }));
}

/** One cold visit and one warm (same context) of a page; for ours, also its files and long tasks. */
async function visit(browser, origin, name, detail) {
  const { path, mark } = PAGES[name];
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = [];
  if (detail) {
    // Asked while the context lives; a request finishing as it closes is left out, not a crash.
    context.on('requestfinished', (r) => {
      const entry = { path: new URL(r.url()).pathname, start: r.timing().startTime, bytes: 0, encoding: '' };
      files.push(entry);
      r.sizes().then((sizes) => { entry.bytes = sizes.responseBodySize; }, () => {});
      r.response().then((response) => { entry.encoding = response?.headers()['content-encoding'] ?? ''; }, () => {});
    });
  }
  await page.goto(`${origin}${path}`);
  const cold = await firstVerdict(page, mark);
  let longTasks = null;
  if (detail) {
    await page.locator('port-precheck[data-loaded]').waitFor({ state: 'attached', timeout: 30000 });
    await page.waitForTimeout(500);
    const origin0 = await page.evaluate(() => performance.timeOrigin);
    longTasks = await page.evaluate(() => new Promise((done) => {
      const tasks = [];
      new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => ({ start: Math.round(e.startTime), ms: Math.round(e.duration) }))))
        .observe({ type: 'longtask', buffered: true });
      setTimeout(() => done(tasks), 50);
    }));
    for (const f of files) f.after = f.start - origin0 - cold;
  } else {
    await page.waitForTimeout(200);
  }
  await page.goto(`${origin}${path}`);
  const warm = await firstVerdict(page, mark);
  await context.close();
  return { cold, warm, files, longTasks };
}

function lighthouse(url, out, runs) {
  if (!existsSync(lighthouseBin)) return null;
  const results = [];
  for (let i = 0; i < runs; i++) {
    const report = join(out, `lighthouse-${i}.json`);
    const run = spawnSync(lighthouseBin, [url, '--only-categories=performance', '--output=json', `--output-path=${report}`, '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync'],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`lighthouse failed: ${run.stderr}`);
    const r = JSON.parse(readFileSync(report, 'utf8'));
    const audit = (id) => r.audits[id]?.numericValue;
    results.push({ score: Math.round(r.categories.performance.score * 100), tbt: audit('total-blocking-time'), lcp: audit('largest-contentful-paint'),
      cls: audit('cumulative-layout-shift'), fcp: audit('first-contentful-paint'), si: audit('speed-index'), version: r.lighthouseVersion });
  }
  const byScore = [...results].sort((a, b) => a.score - b.score);
  return { median: byScore[Math.floor(byScore.length / 2)], runs: results };
}

export async function pageLoadBench({ browser, out, repeats = 9, lighthouseRuns = 3 }) {
  const { serve } = await import(pathToFileURL(join(root, 'tests', 'web', 'serve-and-browse.mjs')).href);
  const site = buildSite(out);
  const server = await serve(site);
  const times = Object.fromEntries(Object.keys(PAGES).map((n) => [n, { cold: [], warm: [] }]));
  const typed = Object.fromEntries(Object.keys(PAGES).map((n) => [n, { fcp: [], field: [], verdict: [] }]));
  const restored = [];
  let detail = null;
  const longTasks = [];
  try {
    for (let r = 0; r < repeats; r++) {
      for (const name of Object.keys(PAGES)) {  // interleaved, so drift hits every page alike
        const ours = name === 'Port Pre-Check';
        const v = await visit(browser, server.origin, name, ours);
        times[name].cold.push(v.cold);
        times[name].warm.push(v.warm);
        if (ours) {
          detail ??= v.files;
          longTasks.push(v.longTasks);
        }
      }
      for (const name of Object.keys(PAGES)) {
        const t = await typedVisit(browser, server.origin, name);
        for (const k of ['fcp', 'field', 'verdict']) typed[name][k].push(Math.round(t[k]));
      }
      restored.push(await restoredVisit(browser, server.origin));
    }
  } finally {
    await server.stop();
  }
  const lhServer = await serve(site);
  let lh = null;
  try {
    lh = lighthouseRuns > 0 ? {
      'Port Pre-Check': lighthouse(`${lhServer.origin}/index.html`, out, lighthouseRuns),
      'libphonenumber-js': lighthouse(`${lhServer.origin}/lpjs.html`, out, lighthouseRuns),
    } : null;
  } finally {
    await lhServer.stop();
  }

  const stats = Object.fromEntries(Object.entries(times).map(([n, t]) => [n, { cold: spread(t.cold), warm: spread(t.warm) }]));
  const over = (name, kind) => stats[name][kind].median - stats.empty[kind].median;
  const ratio = (kind) => over('Port Pre-Check', kind) / over('libphonenumber-js', kind);
  const files = new Map();
  for (const f of detail ?? []) if (!files.has(f.path)) files.set(f.path, f);
  const before = [...files.values()].filter((f) => f.after < 0);
  const after = [...files.values()].filter((f) => f.after >= 0);
  const sum = (fs) => fs.reduce((n, f) => n + f.bytes, 0);
  const typedStats = Object.fromEntries(Object.entries(typed).map(([n, t]) => [n, { fcp: spread(t.fcp), field: spread(t.field), verdict: spread(t.verdict) }]));
  const typedOver = (name, k) => typedStats[name][k].median - typedStats.empty[k].median;
  const typedRatio = typedOver('Port Pre-Check', 'verdict') / typedOver('libphonenumber-js', 'verdict');
  const results = {
    repeats, first_verdict_ms: stats, ratio_cold: ratio('cold'), ratio_warm: ratio('warm'),
    typed_number_ms: typedStats, typed_ratio: typedRatio, restored_1000_first_verdict_ms: spread(restored),
    transfer: { before_first_verdict: sum(before), after_first_verdict: sum(after), files: [...files.values()] },
    long_tasks: longTasks, lighthouse: lh,
  };

  const lines = [];
  const ms = (s) => `${s.median} ms (${s.min}–${s.max})`;
  lines.push(`### First load (${repeats} interleaved visits per page, median (min–max); navigation → first verdict in the DOM)`, '');
  lines.push('| page | cold | minus empty page | warm (same profile) | minus empty page |', '|---|---|---|---|---|');
  for (const name of Object.keys(PAGES)) {
    const s = stats[name];
    lines.push(`| ${name} | ${ms(s.cold)} | ${name === 'empty' ? '–' : `${over(name, 'cold')} ms`} | ${ms(s.warm)} | ${name === 'empty' ? '–' : `${over(name, 'warm')} ms`} |`);
  }
  lines.push('', `Port Pre-Check over libphonenumber-js, each minus the empty page: **${ratio('cold').toFixed(2)}×** cold, ${ratio('warm').toFixed(2)}× warm (target ≤ 2× cold).`, '');
  lines.push(`With an autosaved draft of 1,000 numbers restored, our first verdict (the core's report on it): ${ms(spread(restored))} cold.`, '');
  lines.push(`#### A number typed as soon as its field is on screen (${repeats} cold visits per page, median (min–max), ms from navigation)`, '');
  lines.push('| page | first contentful paint | field on screen, accepting input | verdict for the typed number | verdict minus the empty page |', '|---|---|---|---|---|');
  for (const name of Object.keys(PAGES)) {
    const t = typedStats[name];
    lines.push(`| ${name} | ${ms(t.fcp)} | ${ms(t.field)} | ${ms(t.verdict)} | ${name === 'empty' ? '–' : `${typedOver(name, 'verdict')} ms`} |`);
  }
  const ours = typedStats['Port Pre-Check'];
  lines.push('', `The typed number's verdict, ours over libphonenumber-js, each minus the empty page: **${typedRatio.toFixed(2)}×** (target ≤ 2×). `
    + `Painted: first contentful paint ${(ours.fcp.median / typedStats.empty.fcp.median).toFixed(2)}× the empty page's, the field accepting input `
    + `${(ours.field.median / typedStats.empty.field.median).toFixed(2)}× (target ≤ 1.2× each).`, '');
  const tasks = longTasks.flat();
  lines.push(`Long tasks on our page's thread (over 50 ms) from navigation until the checker has loaded, all ${repeats} cold visits: ${tasks.length ? tasks.map((t) => `${t.ms} ms at ${t.start} ms`).join(', ') : 'none'}.`, '');
  lines.push('### What our page transfers (as served: precompressed, Content-Encoding), by file', '');
  lines.push('| file | encoding | bytes | when |', '|---|---|---|---|');
  for (const f of [...before, ...after]) lines.push(`| ${f.path.replace(/\.[0-9a-f]{10}\./, '.…​.')} | ${f.encoding || 'none'} | ${kb(f.bytes)} | ${f.after < 0 ? 'before the first verdict' : `after it (+${Math.round(f.after)} ms)`} |`);
  lines.push(`| **before the first verdict** | | **${kb(sum(before))}** | target ≤ 120 KB |`);
  lines.push(`| **in all** | | **${kb(sum(before) + sum(after))}** | |`, '');
  if (lh) {
    lines.push(`### Lighthouse ${lh['Port Pre-Check']?.median.version ?? ''} (performance, mobile defaults, median of ${lighthouseRuns} runs by score)`, '');
    lines.push('| page | performance | TBT | LCP | CLS | FCP | Speed Index | scores of every run |', '|---|---|---|---|---|---|---|---|');
    for (const [name, r] of Object.entries(lh)) {
      if (!r) continue;
      const m = r.median;
      lines.push(`| ${name} | **${m.score}** | ${Math.round(m.tbt)} ms | ${(m.lcp / 1000).toFixed(2)} s | ${m.cls.toFixed(3)} | ${(m.fcp / 1000).toFixed(2)} s | ${(m.si / 1000).toFixed(2)} s | ${r.runs.map((x) => x.score).join(', ')} |`);
    }
    lines.push('');
  } else {
    lines.push('Lighthouse: not installed (run scripts/lighthouse.sh once to install it under build/lighthouse).', '');
  }
  return { results, markdown: lines.join('\n') };
}

// Alone: node bench/pageload.mjs [--repeats 9] [--lighthouse 3]
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = Object.fromEntries(process.argv.slice(2).join(' ').split('--').filter(Boolean).map((a) => a.trim().split(/\s+/)));
  const { launchBrowser } = await import(pathToFileURL(join(root, 'tests', 'web', 'serve-and-browse.mjs')).href);
  const out = join(root, 'build', 'bench');
  mkdirSync(out, { recursive: true });
  const browser = await launchBrowser();
  try {
    const { results, markdown } = await pageLoadBench({ browser, out, repeats: Number(args.repeats ?? 9), lighthouseRuns: Number(args.lighthouse ?? 3) });
    writeFileSync(join(out, 'pageload.json'), `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`${markdown}\n`);
  } finally {
    await browser.close();
  }
}
