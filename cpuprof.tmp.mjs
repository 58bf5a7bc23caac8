import { launchBrowser, serve } from './tests/web/serve-and-browse.mjs';
const server = await serve(); const browser = await launchBrowser();
const agg = new Map();
for (let r = 0; r < 3; r++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 }); await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start');
  await page.goto(`${server.origin}/index.html`);
  await page.locator('port-precheck[data-loaded]').waitFor({ state: 'attached' });
  await page.waitForTimeout(1000);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas; const counts = new Map();
  profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
  for (const [id, us] of counts) { const n = byId.get(id); const cf = n.callFrame; const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop().replace(/\.[0-9a-f]{10}/, '')}:${cf.lineNumber}`; agg.set(key, (agg.get(key) ?? 0) + us / 1000); }
  await context.close();
}
console.log([...agg].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, ms]) => `${(ms / 3).toFixed(1)}\t${k}`).join('\n'));
await browser.close(); await server.stop();
