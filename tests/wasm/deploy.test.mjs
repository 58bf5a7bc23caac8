// The served folder as the build leaves it (wasm/deploy.mjs) and as scripts/serve.py serves it:
// each hashed name is the hash of its bytes, which name the hashed files they use; the pages
// name only hashed files that exist; every .br and .gz holds exactly its file; and the server
// sends the precompressed bytes with Content-Encoding and the cache headers a host needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { webDir } from './load-module.mjs';

const HASHED = /^(.*)\.([0-9a-f]{10})(\.(?:js|mjs|css|wasm))$/;
const files = readdirSync(webDir);
const hashed = files.filter((f) => HASHED.test(f));
const quoted = (text) => [...text.matchAll(/["']\.?\/?([\w.-]+\.(?:js|mjs|css|wasm))["']/g)].map((m) => m[1]);

test('each hashed file is named by the hash of its bytes and refers only to hashed files', () => {
  assert.ok(hashed.length >= 10, hashed.join(' '));
  for (const name of hashed) {
    const bytes = readFileSync(join(webDir, name));
    assert.equal(createHash('sha256').update(bytes).digest('hex').slice(0, 10), HASHED.exec(name)[2], name);
    if (name.endsWith('.wasm')) continue;
    for (const ref of quoted(bytes.toString('utf8'))) {
      assert.match(ref, HASHED, `${name} refers to ${ref}`);
      assert.ok(files.includes(ref), `${name} refers to a missing ${ref}`);
    }
  }
});

test('the pages name hashed files that exist, and every file the page needs has one', () => {
  for (const page of ['index.html', 'embed.html']) {
    const refs = [...readFileSync(join(webDir, page), 'utf8').matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]).filter((r) => !r.startsWith('data:') && !r.startsWith('#'));
    assert.ok(refs.length >= 2, page);
    for (const ref of refs) {
      assert.match(ref, HASHED, `${page}: ${ref}`);
      assert.ok(existsSync(join(webDir, ref)), `${page}: ${ref}`);
    }
  }
  for (const stem of ['portcheck-first', 'portcheck-numbers', 'portcheck-worker', 'core-worker', 'port-precheck', 'jwe']) {
    assert.ok(hashed.some((f) => f.startsWith(`${stem}.`)), stem);
  }
  // The element and the worker are served bundled, one file each: their parts are not fetched.
  for (const stem of ['element-form', 'element-progress', 'core', 'core-ops', 'core-stages', 'report-view']) {
    assert.ok(!hashed.some((f) => f.startsWith(`${stem}.`)), `${stem} is bundled, not served on its own`);
  }
});

test('every served file has .br and .gz siblings holding exactly its bytes', () => {
  const served = files.filter((f) => /\.(?:html|js|mjs|css|wasm)$/.test(f));
  for (const name of served) {
    const bytes = readFileSync(join(webDir, name));
    assert.ok(brotliDecompressSync(readFileSync(join(webDir, `${name}.br`))).equals(bytes), `${name}.br`);
    assert.ok(gunzipSync(readFileSync(join(webDir, `${name}.gz`))).equals(bytes), `${name}.gz`);
  }
});

test('scripts/serve.py sends the precompressed bytes with Content-Encoding and cache headers', async () => {
  const server = spawn('/usr/bin/python3', [fileURLToPath(new URL('../../scripts/serve.py', import.meta.url)), webDir, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (c) => { out += c; const m = /port (\d+)/.exec(out); if (m) resolve(Number(m[1])); });
      server.once('exit', reject);
    });
    const wasm = hashed.find((f) => f.startsWith('portcheck-first.') && f.endsWith('.wasm'));
    const get = (path, encoding) => new Promise((resolve, reject) => {
      import('node:http').then(({ get: httpGet }) => httpGet({ host: '127.0.0.1', port, path, headers: encoding ? { 'Accept-Encoding': encoding } : {} }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject));
    });
    const br = await get(`/${wasm}`, 'gzip, deflate, br');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers['content-type'], 'application/wasm');
    assert.equal(br.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.ok(br.body.equals(readFileSync(join(webDir, `${wasm}.br`))));
    const gz = await get(`/${wasm}`, 'gzip');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    const plain = await get(`/${wasm}`);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.body.equals(readFileSync(join(webDir, wasm))));
    const page = await get('/', 'br');
    assert.equal(page.headers['cache-control'], 'no-cache');
    assert.match(page.headers['content-type'], /^text\/html/);
    assert.ok(brotliDecompressSync(page.body).equals(readFileSync(join(webDir, 'index.html'))));
  } finally {
    server.kill();
  }
});
