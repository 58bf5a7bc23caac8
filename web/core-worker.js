// The checker's worker: the WASM core off the page's thread, for what could block typing — a
// 5,000-number paste, a CSV import, a bundle with its bill. See core-ops.js for the operations.
import createPortCheck from './portcheck.mjs';
import { operations, warmReference } from './core-ops.js';

const ready = createPortCheck().then((core) => {
  warmReference(core);
  return core;
});

self.onmessage = async ({ data: { id, op, arg } }) => {
  try {
    const core = await ready;
    self.postMessage({ id, result: operations[op](core, arg) });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
};
