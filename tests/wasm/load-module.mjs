// Loads the built WASM module in Node the way the page does (same ES module), with the two
// shims Emscripten 3.1.6's glue needs under Node: `require`/`__dirname` (it was written for
// CommonJS) and the .wasm bytes passed in (Node's global fetch cannot read file paths).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const webDir = process.env.PORTCHECK_WEB_DIR ?? join(root, 'build', 'wasm', 'web');
export const casesDir = join(root, 'tests', 'cases');

export async function loadModule() {
  globalThis.require ??= createRequire(import.meta.url);
  globalThis.__dirname ??= webDir;
  const { default: createPortCheck } = await import(pathToFileURL(join(webDir, 'portcheck.mjs')).href);
  return createPortCheck({ wasmBinary: readFileSync(join(webDir, 'portcheck.wasm')) });
}

export function readCases(name) {
  return JSON.parse(readFileSync(join(casesDir, name), 'utf8'));
}

/** The page's two stages (portcheck-first + portcheck-numbers), joined as the page's worker joins them. */
export async function loadStages({ joined = true } = {}) {
  globalThis.require ??= createRequire(import.meta.url);
  globalThis.__dirname ??= webDir;
  const load = async (name) => {
    const { default: create } = await import(pathToFileURL(join(webDir, `${name}.mjs`)).href);
    return create({ wasmBinary: readFileSync(join(webDir, `${name}.wasm`)) });
  };
  const first = await load('portcheck-first');
  if (!joined) return first;
  const { connect } = await import(pathToFileURL(join(webDir, 'core-stages.js')).href);
  return connect(first, await load('portcheck-numbers'));
}

/** The page's bill reader (portcheck-bill), joined to the numbers stage as the worker joins it. */
export async function loadBillReader() {
  globalThis.require ??= createRequire(import.meta.url);
  globalThis.__dirname ??= webDir;
  const load = async (name) => {
    const { default: create } = await import(pathToFileURL(join(webDir, `${name}.mjs`)).href);
    return create({ wasmBinary: readFileSync(join(webDir, `${name}.wasm`)) });
  };
  const { billReader } = await import(pathToFileURL(join(webDir, 'core-stages.js')).href);
  return billReader(await load('portcheck-bill'), await load('portcheck-numbers'));
}
