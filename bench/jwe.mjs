// Encrypted bundles (issue 15), measured side by side in one run:
// - encrypting, as the page does at Export: the page's web/jwe.js and npm jose (the peer, the
//   JOSE library the tests check against), in Chromium and in Node, P-256 and RSA;
// - opening, as staff do: `portcheck decrypt` (a process: start, read, OpenSSL), and jose's
//   compactDecrypt in Node.
// Two bundle sizes: a typical one (a 200 KB bill) and the largest the page makes (a 10 MB bill,
// base64 inside 13.4 MB of JSON). Median (min–max) of `repeats`.
//   node bench/jwe.mjs [repeats]        (standalone; bench/run.mjs calls jweBench)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as jose from 'jose';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[s.length >> 1], min: s[0], max: s.at(-1) };
};
const fmt = (s) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;

/** A bundle-shaped JSON text with a bill of `billBytes` (random, as a PDF's compressed streams are). */
function bundleText(billBytes) {
  const bill = Buffer.alloc(billBytes);
  for (let i = 0; i < billBytes; i += 65536) globalThis.crypto.getRandomValues(bill.subarray(i, Math.min(i + 65536, billBytes)));
  return JSON.stringify({ schema: 'portcheck.bundle/1', attachments: [{ name: 'bill.pdf', data: bill.toString('base64') }] }, null, 2);
}

// Runs in Chromium and in Node alike: times `repeats` encryptions with each library.
async function encryptTimes(ours, peer, keys, text, repeats) {
  const plaintext = new TextEncoder().encode(text);
  const out = {};
  for (const [type, { verdict, publicJwk, alg }] of Object.entries(keys)) {
    const recipient = await ours.importRecipient(verdict);
    const peerKey = await peer.importJWK(publicJwk, alg);
    const times = { ours: [], jose: [] };
    for (let i = 0; i < repeats + 1; i++) {
      let t = performance.now();
      await ours.encrypt(plaintext, recipient);
      const a = performance.now() - t;
      t = performance.now();
      await new peer.CompactEncrypt(plaintext).setProtectedHeader({ alg, enc: 'A256GCM', kid: recipient.kid }).encrypt(peerKey);
      const b = performance.now() - t;
      if (i > 0) { times.ours.push(a); times.jose.push(b); }  // the first of each warms up
    }
    out[type] = times;
  }
  return out;
}

export async function jweBench({ browser = null, origin = null, webDir, portcheck, repeats = 7 }) {
  const dir = mkdtempSync(join(tmpdir(), 'portcheck-bench-jwe-'));
  try {
    const keys = {};
    const keyFiles = {};
    for (const type of ['ec', 'rsa']) {
      const path = join(dir, `${type}.jwk`);
      const r = spawnSync(portcheck, ['keygen', path, '--type', type], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`keygen: ${r.stderr}`);
      const publicJwk = JSON.parse(r.stdout);
      keyFiles[type] = path;
      keys[type] = { publicJwk, alg: publicJwk.alg, privateJwk: JSON.parse(readFileSync(path, 'utf8')) };
    }
    const core = await (await import(pathToFileURL(join(root, 'tests', 'wasm', 'load-module.mjs')).href)).loadModule();
    for (const k of Object.values(keys)) k.verdict = JSON.parse(core.recipientKey(JSON.stringify(k.publicJwk)));
    const forPage = Object.fromEntries(Object.entries(keys).map(([t, k]) => [t, { verdict: k.verdict, publicJwk: k.publicJwk, alg: k.alg }]));
    const ours = await import(pathToFileURL(join(webDir, 'jwe.js')).href);

    const sizes = { 'typical (200 KB bill)': 200 * 1024, 'largest (10 MB bill)': 10 * 1024 * 1024 };
    const results = {};
    for (const [label, billBytes] of Object.entries(sizes)) {
      const text = bundleText(billBytes);
      const row = { bytes: text.length, node: await encryptTimes(ours, jose, forPage, text, repeats) };
      if (browser && origin) {
        const page = await browser.newPage();
        await page.goto(`${origin}/jwe-bench.html`);
        row.chromium = await page.evaluate(async ([k, t, n, fn]) => {
          const ours = await import('/jwe.js');
          const peer = await import('/peers/jose/index.js');
          // eslint-disable-next-line no-new-func
          return (new Function(`return ${fn}`))()(ours, peer, k, t, n);
        }, [forPage, text, repeats, encryptTimes.toString()]);
        await page.close();
      }
      // Opening: the CLI (one process per file) and jose in Node.
      row.open = {};
      for (const type of ['ec', 'rsa']) {
        const jwe = await ours.encrypt(new TextEncoder().encode(text), await ours.importRecipient(keys[type].verdict));
        const file = join(dir, `${type}.jwe`);
        writeFileSync(file, jwe);
        const cli = [];
        const peer = [];
        const privateKey = await jose.importJWK(keys[type].privateJwk, keys[type].alg);
        for (let i = 0; i < repeats + 1; i++) {
          let t = performance.now();
          const r = spawnSync(portcheck, ['decrypt', '--key', keyFiles[type], file], { maxBuffer: 64 << 20 });
          const a = performance.now() - t;
          if (r.status !== 0) throw new Error(`decrypt: ${r.stderr}`);
          t = performance.now();
          await jose.compactDecrypt(jwe, privateKey);
          const b = performance.now() - t;
          if (i > 0) { cli.push(a); peer.push(b); }
        }
        row.open[type] = { portcheck: stats(cli), jose: stats(peer), jwe_bytes: jwe.length };
      }
      results[label] = row;
      console.error(`bench: encryption, ${label} done`);
    }

    const lines = [`### Encrypted bundles: encrypting at Export, opening at Outreach (median (min–max) of ${repeats})`, ''];
    lines.push('| bundle | key | web/jwe.js, Chromium | jose, Chromium | web/jwe.js, Node | jose, Node | portcheck decrypt (process) | jose decrypt, Node | JWE size |');
    lines.push('|---|---|---|---|---|---|---|---|---|');
    for (const [label, row] of Object.entries(results)) {
      for (const type of ['ec', 'rsa']) {
        const c = row.chromium?.[type];
        lines.push(`| ${label}, ${(row.bytes / 1048576).toFixed(2)} MB | ${type === 'ec' ? 'P-256' : 'RSA 3072'} | ${c ? fmt(stats(c.ours)) : '–'} | ${c ? fmt(stats(c.jose)) : '–'} | ${fmt(stats(row.node[type].ours))} | ${fmt(stats(row.node[type].jose))} | ${fmt(row.open[type].portcheck)} | ${fmt(row.open[type].jose)} | ${(row.open[type].jwe_bytes / 1048576).toFixed(2)} MB |`);
      }
    }
    return { results, markdown: lines.join('\n') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the Chromium half needs on the bench site: the page's jwe.js and dom.js, jose's browser build. */
export function jweBenchSite(site, webDir) {
  for (const f of ['jwe.js', 'dom.js']) cpSync(join(webDir, f), join(site, f));
  mkdirSync(join(site, 'peers'), { recursive: true });
  cpSync(join(root, 'node_modules', 'jose', 'dist', 'webapi'), join(site, 'peers', 'jose'), { recursive: true });
  writeFileSync(join(site, 'jwe-bench.html'), '<!doctype html><meta charset="utf-8"><title>jwe bench</title>\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const webDir = join(root, 'build', 'wasm', 'web');
  const portcheck = join(root, 'build', 'native', 'cli', 'portcheck');
  const repeats = Number(process.argv[2] ?? 7);
  const { serve, launchBrowser } = await import('../tests/web/serve-and-browse.mjs');
  const site = mkdtempSync(join(tmpdir(), 'portcheck-jwe-site-'));
  jweBenchSite(site, webDir);
  const server = await serve(site);
  const browser = await launchBrowser();
  try {
    const { markdown } = await jweBench({ browser, origin: server.origin, webDir, portcheck, repeats });
    process.stdout.write(`${markdown}\n`);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(site, { recursive: true, force: true });
  }
}
