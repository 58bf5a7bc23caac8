// The checker's worker: both WebAssembly stages, joined (core-stages.js), and the bill reader,
// off the page's thread. It answers what the page's thread cannot or should not: numbers only
// the second stage reads (letters, extensions, other countries), a 5,000-number paste, a CSV
// import, a bundle with its bill, reading a bill. Loaded right after the first verdict, every
// time, whatever the customer does. See core-ops.js.
import createPortCheckFirst from './portcheck-first.mjs';
import createPortCheckNumbers from './portcheck-numbers.mjs';
import createPortCheckBill from './portcheck-bill.mjs';
import { loadWithBillReader } from './core-stages.js';
import { operations, warmReference } from './core-ops.js';

const ready = loadWithBillReader(createPortCheckFirst, createPortCheckNumbers, createPortCheckBill).then((core) => {
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
