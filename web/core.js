// The page's handle on the checker, with promise-returning calls, in WebAssembly parts
// (core/include/portcheck/number_stages.hpp). The first stage (portcheck-first.mjs: every rule
// a draft needs, no libphonenumber, no documents) runs on the page's thread, loaded as the page
// loads, so a first verdict waits for as little as possible and everyday checks take a few
// milliseconds. Right after the first verdict, every time and whatever the customer typed, a
// worker (core-worker.js) loads the worker's module (portcheck-worker.mjs: every rule, the
// bill and CSR readers, bundles, CSV) with the second stage (portcheck-numbers.mjs:
// libphonenumber) joined to it: it answers numbers only libphonenumber reads (letters,
// extensions, other countries), which the first stage reports as `number.checking` until then,
// checks with a bill as read or an earlier submission, and what could block typing: big
// pastes, CSV imports, bundles. If this thread may not compile
// WebAssembly (a host page's Content-Security-Policy without 'wasm-unsafe-eval'), everything
// goes to the worker. `check` is latest-wins: a check overtaken by a newer one is dropped.
import { NO_EVIDENCE, needsSecondStage, operations } from './core-ops.js';

// Pasted numbers above this many characters (~1,000 numbers) are checked in the worker.
const ON_PAGE_LIMIT = 20000;

// Started by warm(), as the element connects: the glue's import, and the WebAssembly's
// compilation while it streams in (off this thread; index.html's <head> preloads both).
let local = null;
function localCore() {
  local ??= (async () => {
    const [{ default: createPortCheckFirst }, module] = await Promise.all([
      import('./portcheck-first.mjs'),
      WebAssembly.compileStreaming(fetch(new URL('./portcheck-first.wasm', import.meta.url))),
    ]);
    let failed;
    const failure = new Promise((_, reject) => { failed = reject; });
    const core = createPortCheckFirst({
      instantiateWasm(imports, receive) {
        WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module), failed);
        return {};
      },
    });
    return Promise.race([core, failure]);
  })();
  return local;
}

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

let workerReady = false;

/** Loads the first stage on this thread, or, where it may not run here, the worker. */
export async function warm() {
  try {
    return (await localCore()).version();
  } catch {
    return call('version');
  }
}

/**
 * After the first verdict: loads the worker with both stages, so that everything the checker
 * needs has been fetched and no request follows. Resolves when done; from then on, checks the
 * first stage cannot finish are finished there.
 */
export async function finishLoading() {
  const version = await call('version');
  workerReady = true;
  return version;
}

async function onPage(op, arg) {
  let core;
  try {
    core = await localCore();
  } catch {
    return call(op, arg);  // this thread cannot run the core: the worker can
  }
  return operations[op](core, arg);
}

let latestCheck = 0;
/**
 * Form state → {draft, report}; resolves to null when a newer check has been asked for. Before
 * the worker has loaded, a report may hold `number.checking` findings; the page checks again
 * once finishLoading() resolves.
 */
export async function check(form) {
  const ticket = ++latestCheck;
  const size = form.numbersText.reduce((n, text) => n + (text?.length ?? 0), 0);
  // The page's first stage judges the draft alone: a bill as read or an earlier submission is
  // judged in the worker, which has the rules for them (and by then, the readings).
  const onThisThread = size <= ON_PAGE_LIMIT && !form.previous && (!form.evidence || form.evidence === NO_EVIDENCE);
  let result = await (onThisThread ? onPage('check', form) : call('check', form));
  if (workerReady && needsSecondStage(result.report) && ticket === latestCheck) result = await call('check', form);
  return ticket === latestCheck ? result : null;
}

/** A draft file as it was read → the core's report, complete once the worker has loaded. */
export async function checkText(text) {
  const report = await (text.length <= ON_PAGE_LIMIT * 4 ? onPage('checkText', text) : call('checkText', text));
  return workerReady && needsSecondStage(report) ? call('checkText', text) : report;
}

export { needsSecondStage };
export const version = () => onPage('version');
export const carriers = () => onPage('carriers');
export const carrierFor = (typed) => onPage('carrierFor', typed);
export const recipientKey = (text) => call('recipientKey', text);
export const looksLikeJwe = (text) => call('looksLikeJwe', text);
/** A table of numbers (pasted text, or a file's bytes as a Uint8Array) → the core's preview. */
export const importCsv = (input) => call('importCsv', input);
export const bundleBody = (form, attachments, createdAt, evidence) => call('bundleBody', { form, attachments, createdAt, evidence });
export const sealBundle = (body, sha256) => call('sealBundle', { body, sha256 });
export const bundleHashInputs = (text) => call('bundleHashInputs', text);
export const verifyBundle = (text, digests, evidence) => call('verifyBundle', { text, digests, evidence });
export const eligibleNumbers = (numbers) => onPage('eligibleNumbers', numbers);

/**
 * What a bill says (a PDF or an image's bytes, as a Uint8Array): "portcheck.bill/1", or
 * {schema, error} for a file that cannot be read. Always in the worker, which loads the bill
 * reader with the rest of the checker after the first verdict: reading never blocks typing.
 */
export function readBill(bytes) {
  return call('readBill', bytes);
}

/** What a CSR says (a PDF's bytes, or pasted text as UTF-8 bytes): "portcheck.csr/1". In the worker. */
export function readCsr(bytes) {
  return call('readCsr', bytes);
}

/** A rejection as received (text or a provider's JSON): "portcheck.rejection/1". In the worker. */
export function classifyRejection(text) {
  return call('classifyRejection', text);
}

/** What changed between two submissions (JSON text of bundles or drafts): "portcheck.diff/1". */
export const diffSubmissions = (before, after) => call('diffSubmissions', { before, after });
