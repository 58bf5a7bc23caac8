// The module's published types (wasm/portcheck.d.ts, shipped beside it for host pages) list
// exactly the functions the module exports, so a host reading them is never misled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModule, webDir } from './load-module.mjs';

const core = await loadModule();

test('portcheck.d.ts declares every exported function, and only those', () => {
  const types = readFileSync(join(webDir, 'portcheck.d.ts'), 'utf8');
  const body = types.slice(types.indexOf('interface PortCheckModule {'), types.indexOf('\n}', types.indexOf('interface PortCheckModule {')));
  const declared = [...body.matchAll(/^ {2}(\w+)\(/gm)].map((m) => m[1]).sort();
  // The single module links every binding file: the page's, the worker's and the bill reader's.
  const bindings = ['bindings.cpp', 'worker_bindings.cpp', 'bill_bindings.cpp']
    .map((f) => readFileSync(new URL(`../../wasm/${f}`, import.meta.url), 'utf8')).join('\n');
  const exported = [...bindings.matchAll(/emscripten::function\("(\w+)"/g)].map((m) => m[1]).sort();
  assert.ok(exported.length >= 10);
  assert.deepEqual(declared, exported);
  for (const name of exported) assert.equal(typeof core[name], 'function', name);
});

test('the version the types show is the module\'s', () => {
  const types = readFileSync(join(webDir, 'portcheck.d.ts'), 'utf8');
  assert.match(types, new RegExp(`"${core.version().replace(/[().+]/g, '\\$&')}"`));
});
