// The checker's worker: its module (portcheck-worker.mjs: every rule and the document readers)
// joined to the numbers stage (core-stages.js), off the page's thread. It answers what the
// page's first stage does not hold or should not do: numbers only the second stage reads
// (letters, extensions, other countries), a 5,000-number paste, checks against a bill as read
// or an earlier submission, a CSV import, a bundle, the recipient key, reading a bill. Loaded right after the first verdict, every
// time, whatever the customer does. See core-ops.js.
import createPortCheckWorker from './portcheck-worker.mjs';
import createPortCheckNumbers from './portcheck-numbers.mjs';
import { loadWorker } from './core-stages.js';
import { operations, warmReference } from './core-ops.js';

const ready = loadWorker(createPortCheckWorker, createPortCheckNumbers).then((core) => {
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
