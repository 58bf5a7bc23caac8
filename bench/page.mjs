// The Chromium side of the benchmarks: bench/run.mjs calls window.runEngine(name, …) in a fresh
// page per engine and reads the JSON it resolves to.
import { makeRunner, measure, measureDrafts } from './engines.mjs';

window.runEngine = async (name, corpusText, repeats, draft1k, draft10k) => {
  const list = corpusText.split('\n');
  const libs = {};
  const result = { engine: name };
  const started = performance.now();
  if (name === 'portcheck-wasm') {
    const { default: createPortCheck } = await import('./portcheck.mjs');
    libs.core = await createPortCheck();
    result.instantiate_ms = performance.now() - started;
    const first = performance.now();
    libs.core.checkNumber('+1 217 544 0111');
    result.first_check_ms = performance.now() - first;
  } else {
    if (name === 'libphonenumber-js/max') libs.libphonenumberJs = window.libphonenumber;
    if (name === 'google-libphonenumber') libs.googleLibphonenumber = window.googleLibphonenumber;
    if (name === 'awesome-phonenumber') libs.awesomePhonenumber = await import('./peers/awesome-phonenumber.mjs');
    result.instantiate_ms = performance.now() - started;
  }
  Object.assign(result, measure(makeRunner(name, libs), list, repeats));
  if (name === 'portcheck-wasm') {
    Object.assign(result, measureDrafts(libs.core, draft1k, draft10k, repeats));
    // The page's worker: its module joined to the numbers stage, as core-worker.js joins them
    // (number_stages.hpp); it checks what the page's first stage cannot read alone.
    const [{ default: worker }, { default: numbers }, { loadWorker }] = await Promise.all([
      import('./portcheck-worker.mjs'), import('./portcheck-numbers.mjs'), import('./core-stages.js')]);
    const joined = await loadWorker(worker, numbers);
    const staged = measureDrafts(joined, draft1k, draft10k, repeats);
    result.stages_check_1000_ms = staged.check_1000_ms;
    result.stages_check_10000_ms = staged.check_10000_ms;
  }
  result.js_heap_mb = performance.memory ? performance.memory.usedJSHeapSize / 1048576 : null;
  return result;
};
window.benchReady = true;
