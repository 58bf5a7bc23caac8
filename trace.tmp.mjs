import { launchBrowser, serve } from './tests/web/serve-and-browse.mjs';
import { readFileSync } from 'node:fs';
const server = await serve(); const browser = await launchBrowser();
const context = await browser.newContext();
const page = await context.newPage();
const cdp0 = await context.newCDPSession(page); await cdp0.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
await page.goto(`${server.origin}/index.html`, { waitUntil: 'commit' });
await page.locator('port-precheck[data-loaded]').waitFor({ state: 'attached' });
await page.waitForTimeout(1500);
await browser.stopTracing();
await browser.close(); await server.stop();
const events = JSON.parse(readFileSync('/tmp/trace.json', 'utf8')).traceEvents;
const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStartToLargestContentfulPaint::AllFrames::UMA') ?? events.find((e) => e.name === 'TracingStartedInBrowser');
const main = events.filter((e) => e.name === 'RunTask' && e.dur > 4000);
const t0 = events.filter((e) => e.name === 'ResourceSendRequest')[0]?.ts;
// For each long RunTask on renderer main thread: children summary
const byTid = new Map();
for (const e of events) if (e.ph === 'X') { (byTid.get(e.tid) ?? byTid.set(e.tid, []).get(e.tid)).push(e); }
const rendererMain = [...byTid.entries()].filter(([, es]) => es.some((e) => e.name === 'ParseHTML')).map(([tid]) => tid)[0];
const es = byTid.get(rendererMain).sort((a, b) => a.ts - b.ts);
for (const task of es.filter((e) => e.name === 'RunTask' && e.dur > 30000)) {
  const kids = es.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task && ['ParseHTML', 'Layout', 'UpdateLayoutTree', 'EvaluateScript', 'FunctionCall', 'v8.compileModule', 'v8.evaluateModule', 'Paint', 'PrePaint', 'TimerFire', 'EventDispatch', 'v8.wasm.compiledModule', 'wasm.CompileLazy', 'v8.wasm.streamFinished', 'RunMicrotasks', 'FireAnimationFrame', 'HitTest', 'Layerize', 'ParseAuthorStyleSheet', 'ScheduleStyleRecalculation'].includes(e.name));
  const sum = {}; for (const k of kids) sum[k.name] = (sum[k.name] ?? 0) + k.dur / 1000;
  console.log(`${((task.ts - t0) / 1000).toFixed(0)}ms +${(task.dur / 1000).toFixed(1)}ms`, Object.entries(sum).map(([n, d]) => `${n}:${d.toFixed(1)}`).join(' '));
}
