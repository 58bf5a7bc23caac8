// One engine in its own Node process (so its memory is its own): prints a JSON result.
//   node bench/node-engine.mjs ENGINE CORPUS_FILE REPEATS [DRAFT_1000 DRAFT_10000]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { makeRunner, measure, measureDrafts } from './engines.mjs';

const [name, corpusFile, repeatsText, draft1kFile, draft10kFile] = process.argv.slice(2);
const repeats = Number(repeatsText);
const list = readFileSync(corpusFile, 'utf8').split('\n');
const require = createRequire(import.meta.url);
const libs = {};
const result = { engine: name };
const started = performance.now();
if (name === 'portcheck-wasm') {
  const { loadModule } = await import('../tests/wasm/load-module.mjs');
  libs.core = await loadModule();
  result.instantiate_ms = performance.now() - started;
  const first = performance.now();
  libs.core.checkNumber('+1 217 544 0111');
  result.first_check_ms = performance.now() - first;
} else {
  if (name === 'libphonenumber-js/max') libs.libphonenumberJs = require('libphonenumber-js/max');
  if (name === 'google-libphonenumber') libs.googleLibphonenumber = require('google-libphonenumber');
  if (name === 'awesome-phonenumber') libs.awesomePhonenumber = require('awesome-phonenumber');
  result.instantiate_ms = performance.now() - started;
}
Object.assign(result, measure(makeRunner(name, libs), list, repeats));
if (name === 'portcheck-wasm' && draft1kFile) {
  Object.assign(result, measureDrafts(libs.core, readFileSync(draft1kFile, 'utf8'), readFileSync(draft10kFile, 'utf8'), repeats));
}
result.peak_rss_mb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify(result));
