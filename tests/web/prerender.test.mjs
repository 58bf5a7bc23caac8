// The page is HTML first (issue 23): each page's <port-precheck> holds its first view as a
// declarative shadow root, written by the build (wasm/prerender.mjs) with the element's own
// view code and the core's verdict on the blank form. Proved here in Chromium:
//   - the prerendered view equals what the element builds for itself (every element, id,
//     label, control and attribute), and is the core's first verdict on the blank form: drift
//     fails this test;
//   - a customer can type before any script has run, and what they typed is kept and checked;
//   - a blank visit's first verdict does not wait for the core; a first input is checked at
//     once, later typing after the debounce; adoption moves nothing (no layout shift);
//   - with JavaScript off it is a plain form to fill in and print, saying the checks need it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, screenshot, serve } from './serve-and-browse.mjs';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

// A one-page PDF with no text: enough for the bill's file to be attached and read.
const MINIMAL_PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj '
  + '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

const loaded = (page) => page.locator('port-precheck[data-loaded]').waitFor({ state: 'attached', timeout: 30000 });

/**
 * The element's view as data: every element of its shadow root in document order, with its
 * attributes (sorted) and its own text. What is the visitor's and not the build's is left out:
 * the timeline's contents (today's dates), the first-verdict mark and the time a check took,
 * and what the script sets by the screen's width (the secondary actions opened on wide screens).
 * The stylesheet is compared by the file it names (the element names it from its own URL).
 */
function viewOf(page) {
  return page.evaluate(() => {
    const root = document.querySelector('port-precheck').shadowRoot;
    const skip = new Set(['data-first-verdict-ms', 'data-elapsed']);
    const out = [];
    const walk = (el) => {
      const attributes = [...el.attributes].filter((a) => !skip.has(a.name) && !(a.name === 'open' && el.matches('.pc-more')))
        .map((a) => `${a.name}=${a.name === 'href' && el.localName === 'link' ? new URL(a.value, location.href).pathname : a.value}`).sort();
      const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join('').trim();
      out.push(`${el.localName}[${attributes.join(' ')}] ${text}`);
      if (el.matches('[id$="-timeline"]')) return;
      for (const child of el.children) walk(child);
    };
    for (const child of root.children) walk(child);
    return out;
  });
}

/** The page as served, with its prerendered shadow root taken out: the element builds its own. */
async function withoutPrerender(context, path) {
  await context.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<template shadowrootmode="open">[\s\S]*?<\/template>/g, '');
    await route.fulfill({ response, body: html });
  });
}

for (const path of ['/index.html', '/embed.html']) {
  test(`${path}: the prerendered view is what the element builds, and the core's verdict on the blank form`, async () => {
    // As the HTML paints it, before (and without) any script.
    const off = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const plain = await off.newPage();
    await plain.goto(`${server.origin}${path}`);
    const prerendered = await viewOf(plain);
    await off.close();

    // As the element builds it where the HTML has none, once the core has judged the blank
    // form and the rest of the checker has loaded.
    const on = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await withoutPrerender(on, path);
    const page = await on.newPage();
    await page.goto(`${server.origin}${path}`);
    await loaded(page);
    assert.equal(await page.locator('port-precheck template').count(), 0, 'built by the element, not adopted');
    const built = await viewOf(page);
    await on.close();

    assert.ok(prerendered.length > 300, `the prerendered view is the whole form (${prerendered.length} elements)`);
    const fields = (view) => view.filter((line) => /^(input|select|textarea|label|legend|button)\[/.test(line));
    assert.deepEqual(fields(prerendered), fields(built), 'the same fields, ids and labels');
    assert.deepEqual(prerendered, built, 'the same view, verdict included');
  });
}

test('a customer types before any script has run; the element keeps it and checks it at once', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The element's script arrives late, as on a slow phone.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(/\/port-precheck\.[0-9a-f]{10}\.js$/, async (route) => { await held; await route.continue(); });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/index.html`, { waitUntil: 'commit' });
  await page.locator('#r0-customer_name').waitFor();
  assert.equal(await page.evaluate(() => customElements.get('port-precheck')), undefined, 'no script has run yet');
  await page.locator('#r0-customer_name').fill('Acme Widgets LLC');
  await page.locator('#r0-numbers').fill('(217) 544-0111\n+44 20 7946 0958');
  await page.locator('#r0-customer_type').selectOption('residential');
  // A bill picked before the script ran is read as if picked after.
  await page.locator('#r0-bill-file').setInputFiles({ name: 'bill.pdf', mimeType: 'application/pdf', buffer: MINIMAL_PDF });
  release();
  await page.locator('.pc-chip').first().waitFor({ timeout: 30000 });
  assert.equal(await page.locator('#r0-customer_name').inputValue(), 'Acme Widgets LLC', 'kept as typed');
  assert.equal(await page.locator('#r0-numbers').inputValue(), '(217) 544-0111\n+44 20 7946 0958');
  assert.equal(await page.locator('#r0-customer_type').inputValue(), 'residential');
  assert.match(await page.locator('.pc-chip').first().textContent(), /\+12175440111/);
  // Checked as typed: the UK number is not eligible (once the worker has read it).
  await loaded(page);
  await page.locator('.pc-chip-error', { hasText: '+442079460958' }).waitFor({ timeout: 30000 });
  await page.locator('#r0-bill-file-info', { hasText: /^bill\.pdf · application\/pdf/ }).waitFor();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('port-precheck.form.v1')));
  assert.equal(saved.draft.requests[0].customer_name, 'Acme Widgets LLC', 'autosaved like anything typed later');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a blank visit\'s first verdict does not wait for the core; adoption moves nothing', async () => {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    await context.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.shifts.push(e.value); })
        .observe({ type: 'layout-shift', buffered: true });
    });
    // The core's first stage held back: the blank form's verdict is the HTML's, at once.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await context.route(/\/portcheck-first\.[0-9a-f]{10}\.wasm$/, async (route) => { await held; await route.continue(); });
    const page = await context.newPage();
    await page.goto(`${server.origin}/index.html`);
    await page.locator('.pc-status[data-first-verdict-ms]').waitFor({ timeout: 30000 });
    assert.match(await page.locator('.pc-status').textContent(), /^Getting started: 0 of 7 parts done/);
    assert.equal(await page.locator('.pc-timeline .pc-tl-step').count(), 0, 'the timeline waits for the core');
    release();
    await loaded(page);
    // Once the core is here, the timeline has today's dates, below the fold.
    await page.locator('.pc-tl-step-today').waitFor({ state: 'attached', timeout: 30000 });
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => window.shifts);
    assert.equal(shifts.reduce((a, b) => a + b, 0), 0, `no layout shift at ${width} px: ${shifts}`);
    await screenshot(page, `prerendered-${width}`);
    await context.close();
  }
});

test('the first input is checked at once; typing after it waits for a pause', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`${server.origin}/index.html`);
  await loaded(page);
  // Time stands still from here on unless the test moves it: what shows came from no timer.
  await page.clock.pauseAt(Date.now() + 1000);
  await page.locator('#r0-numbers').fill('217-544-0111');
  await page.locator('.pc-chip', { hasText: '+12175440111' }).waitFor({ timeout: 10000 });
  await page.locator('#r0-numbers').fill('217-544-0111\n312-555-0100');
  await page.waitForTimeout(200);
  assert.equal(await page.locator('.pc-chip').count(), 1, 'the second input waits for the debounce');
  await page.clock.runFor(300);
  await page.locator('.pc-chip').nth(1).waitFor({ timeout: 10000 });
  await context.close();
});

test('without JavaScript, a plain form to fill in and print, saying the checks need it', async () => {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/index.html`);
    await page.locator('.noscript').waitFor();
    assert.match(await page.locator('.noscript').textContent(), /The checks need JavaScript/);
    await page.locator('#r0-customer_name').fill('Acme Widgets LLC');
    await page.locator('#r0-service_address-street').fill('742 Evergreen Terrace');
    await page.locator('#r0-numbers').fill('(217) 544-0111');
    assert.equal(await page.locator('#r0-customer_name').inputValue(), 'Acme Widgets LLC');
    // What only the checker can do is not offered, nor a progress panel that would never change.
    for (const selector of ['.pc-results', '.pc-more', '.pc-export-actions', '.pc-bar', '.pc-checklist']) {
      assert.equal(await page.locator(selector).first().isVisible(), false, `${selector} hidden without script`);
    }
    await screenshot(page, `noscript-${width}`);
    // Printed, it is the form as filled in.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.pc').isVisible(), true, 'the form prints');
    assert.equal(await page.locator('.noscript').isVisible(), false);
    await context.close();
  }
});
