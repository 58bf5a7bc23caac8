import { launchBrowser, serve } from './tests/web/serve-and-browse.mjs';
const server = await serve(); const browser = await launchBrowser();
for (let r = 0; r < 4; r++) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__t = {};
    const poll = () => { const root = document.querySelector('port-precheck')?.shadowRoot;
      if (!window.__t.chip && root?.querySelector('.pc-chip')) window.__t.chip = performance.now();
      if (!window.__t.defined && customElements.get('port-precheck')) window.__t.defined = performance.now();
      if (!window.__t.chip) requestAnimationFrame(poll); };
    requestAnimationFrame(poll);
    new PerformanceObserver((l) => { for (const e of l.getEntries()) (window.__lt ??= []).push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(`${server.origin}/index.html`, { waitUntil: 'commit' });
  const f = page.locator('#r0-numbers'); await f.waitFor({ state: 'visible' });
  const typedAt = await page.evaluate(() => performance.now());
  await f.fill('(217) 544-0111');
  await page.waitForFunction(() => window.__t.chip, null, { polling: 50 });
  const t = await page.evaluate(() => ({ ...window.__t, lt: window.__lt, res: performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop().replace(/\.[0-9a-f]{10}/, ''), Math.round(e.startTime), Math.round(e.responseEnd)]), nav: Math.round(performance.getEntriesByType('navigation')[0].responseEnd), dcl: Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd) }));
  console.log(JSON.stringify({ typedAt: Math.round(typedAt), defined: Math.round(t.defined), chip: Math.round(t.chip), nav: t.nav, dcl: t.dcl, lt: t.lt, res: t.res }));
  await context.close();
}
await browser.close(); await server.stop();
