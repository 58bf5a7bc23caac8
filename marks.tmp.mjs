import { launchBrowser, serve } from './tests/web/serve-and-browse.mjs';
const server = await serve(); const browser = await launchBrowser();
for (let r = 0; r < 5; r++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/index.html`, { waitUntil: 'commit' });
  const f = page.locator('#r0-numbers'); await f.waitFor({ state: 'visible' });
  const typed = await page.evaluate(() => performance.now());
  await f.fill('(217) 544-0111');
  await page.locator('.pc-chip').first().waitFor();
  const m = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((e) => [e.name, Math.round(e.startTime)])));
  console.log(JSON.stringify({ typed: Math.round(typed), ...m }));
  await context.close();
}
await browser.close(); await server.stop();
