// Makes the served folder deployable (run by the build after every change of the page or the
// modules): each asset the pages use gets a content-hashed copy (name.<sha256:10>.ext), so a
// host can cache it for a year. Its JavaScript and CSS are minified by esbuild (npm, pinned):
// whitespace, comments and local names only, so the unhashed files stay the readable source of
// the same code. References between files are rewritten to the hashed names in dependency
// order (a file's hash covers the hashed names it refers to); the HTML pages, never hashed,
// refer to the hashed files; and every file gets precompressed .br (brotli q11) and .gz
// (gzip -9) siblings, which scripts/serve.py sends with Content-Encoding. The unhashed files
// stay, with their stable names, for hosts that import the module API (portcheck.mjs).
//   node wasm/deploy.mjs DIR SOURCE  → DIR/deploy.json: every served file with its raw, gzip and brotli size
// The HTML pages are read from SOURCE (the repository's web/), since DIR holds rewritten ones,
// and each gets its element's first view prerendered into it (prerender.mjs).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, transformSync } from 'esbuild';
import { prerenderPage } from './prerender.mjs';

const [dir, source] = process.argv.slice(2);
if (!dir || !source) throw new Error('usage: node wasm/deploy.mjs DIR SOURCE');

const HASHED = /\.[0-9a-f]{10}\.(?:js|mjs|css|wasm)$/;
const ASSET = /\.(?:js|mjs|css|wasm)$/;
const PAGE = /\.html$/;
const TEXT = /\.(?:js|mjs|css|html)$/;

// What the previous run wrote goes first: hashed copies and compressed siblings.
for (const name of readdirSync(dir)) {
  if (HASHED.test(name) || name.endsWith('.br') || name.endsWith('.gz')) rmSync(join(dir, name));
}
const assets = readdirSync(dir).filter((n) => ASSET.test(n)).sort();
const pages = readdirSync(source).filter((n) => PAGE.test(n)).sort();
const minified = (name, bytes) => {
  const loader = /\.m?js$/.test(name) ? 'js' : name.endsWith('.css') ? 'css' : null;
  if (!loader) return bytes;
  const options = { loader, minify: true, legalComments: 'none', ...(loader === 'js' ? { format: 'esm', target: 'es2022' } : {}) };
  return Buffer.from(transformSync(bytes.toString('utf8'), options).code, 'utf8');
};
// Each page's <port-precheck> gets its first view written in (prerender.mjs), from the
// unminified modules beside the wasm, before anything is rewritten.
const prerendered = await Promise.all(pages.map(async (n) => [n, Buffer.from(await prerenderPage(dir, readFileSync(join(source, n), 'utf8')), 'utf8')]));
// The element and the worker are each served as one file (esbuild bundles their static imports,
// minified): a visit asks for two scripts where it asked for twenty, and the first verdict waits
// for one. What they load later stays its own file: the WebAssembly glue (portcheck-*.mjs) and the
// bundle encryption (jwe.js). The parts stay beside them, unbundled, for hosts importing them.
const BUNDLED = ['port-precheck.js', 'core-worker.js'];
const LATER = /^\.\/(?:portcheck-[a-z]+\.mjs|jwe\.js)$/;
const bundled = new Map(await Promise.all(BUNDLED.map(async (name) => [name, Buffer.from((await build({
  entryPoints: [join(dir, name)], bundle: true, write: false, format: 'esm', target: 'es2022', minify: true, legalComments: 'none',
  plugins: [{ name: 'later', setup(b) { b.onResolve({ filter: LATER }, (args) => ({ path: args.path, external: true })); } }],
})).outputFiles[0].contents)])));
const content = new Map([...assets.map((n) => [n, bundled.get(n) ?? minified(n, readFileSync(join(dir, n)))]), ...prerendered]);

// A reference is an asset's name in quotes, or as an HTML attribute value, with or without "./".
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (name) => new RegExp(`(["'])(\\./)?${escape(name)}\\1`, 'g');
const refersTo = (text, name) => pattern(name).test(text);
const references = new Map([...content].map(([n, bytes]) => {
  if (!TEXT.test(n)) return [n, []];
  const text = bytes.toString('utf8');
  return [n, assets.filter((a) => a !== n && refersTo(text, a))];
}));

const hashedName = new Map();
const rewrite = (name) => {
  let text = content.get(name).toString('utf8');
  for (const ref of references.get(name)) text = text.replace(pattern(ref), (_, q, dot = '') => `${q}${dot}${hashedName.get(ref)}${q}`);
  return Buffer.from(text, 'utf8');
};

// What the pages use, directly or through other files: only those are hashed.
const used = new Set();
const visit = (name) => { for (const ref of references.get(name)) if (!used.has(ref)) { used.add(ref); visit(ref); } };
pages.forEach(visit);

// Leaves first; a cycle would make content hashes impossible, and is an error.
const pendingAssets = new Set(used);
while (pendingAssets.size) {
  const ready = [...pendingAssets].filter((a) => references.get(a).every((r) => hashedName.has(r)));
  if (!ready.length) throw new Error(`deploy: reference cycle among ${[...pendingAssets].join(', ')}`);
  for (const name of ready) {
    const bytes = TEXT.test(name) ? rewrite(name) : content.get(name);
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
    const ext = extname(name);
    const hashed = `${name.slice(0, -ext.length)}.${hash}${ext}`;
    hashedName.set(name, hashed);
    writeFileSync(join(dir, hashed), bytes);
    pendingAssets.delete(name);
  }
}
for (const page of pages) writeFileSync(join(dir, page), rewrite(page));

// Precompressed siblings of everything served.
const served = readdirSync(dir).filter((n) => TEXT.test(n) || n.endsWith('.wasm') || n.endsWith('.json') || n.endsWith('.d.ts')).sort();
const sizes = {};
for (const name of served) {
  if (name === 'deploy.json') continue;
  const bytes = readFileSync(join(dir, name));
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
  const gz = gzipSync(bytes, { level: 9 });
  writeFileSync(join(dir, `${name}.br`), br);
  writeFileSync(join(dir, `${name}.gz`), gz);
  sizes[name] = { raw: bytes.length, gzip: gz.length, brotli: br.length };
}
writeFileSync(join(dir, 'deploy.json'), `${JSON.stringify({ hashed: Object.fromEntries(hashedName), sizes }, null, 1)}\n`);
