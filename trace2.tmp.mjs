import { readFileSync } from 'node:fs';
const events = JSON.parse(readFileSync('/tmp/trace.json', 'utf8')).traceEvents;
const t0 = events.filter((e) => e.name === 'ResourceSendRequest')[0]?.ts;
const byTid = new Map();
for (const e of events) if (e.ph === 'X') { (byTid.get(e.tid) ?? byTid.set(e.tid, []).get(e.tid)).push(e); }
const rendererMain = [...byTid.entries()].filter(([, es]) => es.some((e) => e.name === 'ParseHTML')).map(([tid]) => tid)[0];
const es = byTid.get(rendererMain).sort((a, b) => a.ts - b.ts);
const [from, to] = process.argv.slice(2).map(Number);
for (const e of es) { const t = (e.ts - t0) / 1000; if (t >= from && t <= to && e.dur > 1500) console.log(t.toFixed(1), (e.dur / 1000).toFixed(1), e.name, JSON.stringify(e.args?.data ?? {}).slice(0, 150)); }
