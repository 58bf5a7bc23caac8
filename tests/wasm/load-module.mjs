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

const loadBuilt = async (name) => {
  globalThis.require ??= createRequire(import.meta.url);
  globalThis.__dirname ??= webDir;
  const { default: create } = await import(pathToFileURL(join(webDir, `${name}.mjs`)).href);
  return create({ wasmBinary: readFileSync(join(webDir, `${name}.wasm`)) });
};
const stagesGlue = () => import(pathToFileURL(join(webDir, 'core-stages.js')).href);

/**
 * The page's checker in its parts: joined, the worker's (portcheck-worker + portcheck-numbers,
 * as web/core-worker.js joins them: every rule, the readers as `.bill`); not joined, the first
 * stage alone, as the page's thread has it.
 */
export async function loadStages({ joined = true } = {}) {
  if (!joined) return loadBuilt('portcheck-first');
  const { loadWorker } = await stagesGlue();
  return loadWorker(() => loadBuilt('portcheck-worker'), () => loadBuilt('portcheck-numbers'));
}

/**
 * The page's bill reader (the worker's module, joined to the numbers stage as the worker joins
 * it); with `standalone`, the bill reader alone (portcheck-bill, one C function), joined the same way.
 */
export async function loadBillReader({ standalone = false } = {}) {
  if (!standalone) return (await loadStages()).bill;
  const { billReader } = await stagesGlue();
  return billReader(await loadBuilt('portcheck-bill'), await loadBuilt('portcheck-numbers'));
}
