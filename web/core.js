// The page's handle on the checker: a worker running the WASM core (core-worker.js), started
// once, with promise-returning calls. `check` is latest-wins: a slow check that a newer one
// has overtaken is dropped rather than shown.
let worker = null;
let nextId = 0;
const pending = new Map();

function call(op, arg) {
  worker ??= startWorker();
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, op, arg });
  });
}

function startWorker() {
  const w = new Worker(new URL('./core-worker.js', import.meta.url), { type: 'module', name: 'port-precheck' });
  w.onmessage = ({ data: { id, result, error } }) => {
    const p = pending.get(id);
    pending.delete(id);
    if (error !== undefined) p?.reject(new Error(error));
    else p?.resolve(result);
  };
  w.onerror = (event) => {
    for (const p of pending.values()) p.reject(new Error(event.message || 'the checker failed to load'));
    pending.clear();
  };
  return w;
}

let latestCheck = 0;
/** Form state → {draft, report}; resolves to null when a newer check has been asked for. */
export async function check(form) {
  const ticket = ++latestCheck;
  const result = await call('check', form);
  return ticket === latestCheck ? result : null;
}

export const warm = () => call('version');
export const version = () => call('version');
export const checkText = (text) => call('checkText', text);
export const importCsv = (text) => call('importCsv', text);
export const bundleBody = (form, attachments, createdAt) => call('bundleBody', { form, attachments, createdAt });
export const sealBundle = (body, sha256) => call('sealBundle', { body, sha256 });
export const bundleHashInputs = (text) => call('bundleHashInputs', text);
export const verifyBundle = (text, digests) => call('verifyBundle', { text, digests });
