// From picking a bill to "What your bill says" on screen (issue 21), in Chromium on the real
// page (served as scripts/serve.py serves it): the time from the file input's change event
// to the panel showing the bill's statement date, for the corpus's 2- and 30-page bills, in a
// fresh browser context each time, once the checker has loaded (data-loaded). It includes
// hashing the file, reading it in the worker, checking the form with it and drawing the panel.
//   node bench/panel.mjs [repeats]        (standalone; bench/run.mjs calls panelBench)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { launchBrowser, serve } from '../tests/web/serve-and-browse.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'build', 'documents');

export async function panelBench(repeats = 5) {
  if (!existsSync(join(corpus, 'manifest.json'))) spawnSync(process.execPath, [join(root, 'tests', 'documents', 'make-corpus.mjs'), corpus]);
  const server = await serve();
  const browser = await launchBrowser();
  const results = {};
  try {
    for (const [label, file] of [['2 pages', 'att-reportlab.pdf'], ['30 pages', 'att-30-pages-reportlab.pdf']]) {
      const buffer = readFileSync(join(corpus, file));
      const times = [];
      for (let i = 0; i < repeats; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.origin}/index.html`);
        await page.locator('port-precheck[data-loaded]').waitFor({ state: 'attached', timeout: 30000 });
        await page.evaluate(() => {
          const shadow = document.querySelector('port-precheck').shadowRoot;
          shadow.getElementById('r0-bill-file').addEventListener('change', () => { window.pickedAt = performance.now(); }, { capture: true });
          new MutationObserver(() => {
            const says = shadow.getElementById('r0-bill-says');
            if (window.pickedAt && !window.shownAt && /Statement date/.test(says?.textContent ?? '')) window.shownAt = performance.now();
          }).observe(shadow, { subtree: true, childList: true, characterData: true });
        });
        await page.locator('#r0-bill-file').setInputFiles({ name: file, mimeType: 'application/pdf', buffer });
        await page.waitForFunction(() => window.shownAt, null, { timeout: 30000 });
        times.push(await page.evaluate(() => window.shownAt - window.pickedAt));
        await context.close();
      }
      times.sort((a, b) => a - b);
      results[label] = { median: times[times.length >> 1], min: times[0], max: times.at(-1), bytes: buffer.length };
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const md = ['| bill | file | picked → panel shown (median, min–max) |', '|---|---|---|'];
  for (const [label, r] of Object.entries(results)) {
    md.push(`| ${label} | ${(r.bytes / 1024).toFixed(0)} KB | ${r.median.toFixed(0)} ms (${r.min.toFixed(0)}–${r.max.toFixed(0)}) |`);
  }
  return { results, markdown: md.join('\n') };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await panelBench(Number(process.argv[2] ?? 5));
  mkdirSync(join(root, 'build', 'bench'), { recursive: true });
  writeFileSync(join(root, 'build', 'bench', 'panel.json'), JSON.stringify(r, null, 2));
  console.log(r.markdown);
}
