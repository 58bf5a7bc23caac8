// What the page asks of the WASM core, as plain functions of a loaded module: used on the
// page's own thread (core.js, the first stage, for everyday checks) and in the worker
// (core-worker.js, both stages, for the rest). Glue only: every rule and every word is the core's.

// Evidence ({bills: {sha256: reading}}) as the core takes it: JSON text, made once by the page.
const evidenceText = (evidence) => (typeof evidence === 'string' ? evidence : JSON.stringify(evidence ?? {}));

/** The evidence of a form with no bill read (element-documents.js): the draft is judged alone,
 *  which the page's first stage can do (a bill as read needs the worker's module). */
export const NO_EVIDENCE = '{"bills":{}}';

// The form keeps each request's numbers as the text the customer pasted; the core splits it.
function toDraft(core, form) {
  const draft = structuredClone(form.draft);
  draft.requests.forEach((request, i) => {
    const pins = form.pins?.[i] ?? {};
    request.phone_numbers = JSON.parse(core.splitNumberList(form.numbersText[i] ?? ''))
      .map((phone_number) => ({ phone_number, pin: pins[phone_number] ?? '' }));
  });
  return draft;
}

export const operations = {
  version: (core) => core.version(),
  // Form → {draft, report}: the draft exactly as checked, and the core's report. With
  // form.evidence ({bills: {sha256: reading}}), each request's bill is compared with the LOA.
  // With form.previous (the earlier submission's JSON text), a resubmission is judged on what
  // its rejection named.
  check(core, form) {
    const draft = toDraft(core, form);
    const text = JSON.stringify(draft);
    const evidence = form.evidence ? evidenceText(form.evidence) : NO_EVIDENCE;
    const report = form.previous ? core.check(text, evidence, form.previous)
      : evidence !== NO_EVIDENCE ? core.check(text, evidence) : core.check(text);
    return { draft, report: JSON.parse(report) };
  },
  // A draft file as it was read: the core's report, or its input error.
  checkText: (core, text) => JSON.parse(core.check(text)),
  // A table: pasted text, or a file's bytes as read (the core decodes UTF-8, UTF-16, Windows-1252).
  importCsv: (core, input) => JSON.parse(typeof input === 'string' ? core.importCsv(input) : core.importCsvBytes(input)),
  bundleBody(core, { form, attachments, createdAt, evidence }) {
    const args = [JSON.stringify(toDraft(core, form)), JSON.stringify(attachments), createdAt, evidenceText(evidence)];
    const result = form.previous ? core.bundleBody(...args, form.previous) : core.bundleBody(...args);
    return result.ok ? { body: result.body } : { error: JSON.parse(result.error).error };
  },
  sealBundle: (core, { body, sha256 }) => core.sealBundle(body, sha256),
  // The carriers the core knows, and what it says of one typed name (null when unknown).
  carriers: (core) => JSON.parse(core.carriers()),
  carrierFor: (core, typed) => JSON.parse(core.carrierFor(typed)),
  // The recipient key for encrypted bundles, as the core judges it (jose.hpp).
  recipientKey: (core, text) => JSON.parse(core.recipientKey(text)),
  looksLikeJwe: (core, text) => core.looksLikeJwe(text),
  bundleHashInputs(core, text) {
    const r = core.bundleHashInputs(text);
    return r.ok ? { body: r.body, attachments: r.attachments } : { error: JSON.parse(r.error).error };
  },
  verifyBundle: (core, { text, digests, evidence }) => JSON.parse(core.verifyBundle(text, JSON.stringify(digests), evidenceText(evidence))),
  // A bill's bytes (Uint8Array) → what it says ("portcheck.bill/1"), read by the core in the
  // worker only: the page's thread has no bill reader.
  readBill: (core, bytes) => JSON.parse(core.bill.readBill(bytes)),
  // A CSR's bytes (a PDF, or pasted text as UTF-8) → what it says ("portcheck.csr/1").
  readCsr: (core, bytes) => JSON.parse(core.bill.readCsr(bytes)),
  // A rejection as received → its reasons, fields and numbers ("portcheck.rejection/1").
  classifyRejection: (core, text) => JSON.parse(core.bill.classifyRejection(text)),
  // Two submissions (bundles or drafts, as JSON text) → what changed ("portcheck.diff/1").
  diffSubmissions: (core, { before, after }) => JSON.parse(core.diffSubmissions(before, after)),
  // Numbers (E.164) → those Outreach can port, as the core judges them (a bill's numbers
  // include the carrier's own toll-free lines).
  eligibleNumbers: (core, numbers) => JSON.parse(core.checkNumberList(numbers.join('\n'))).numbers
    .filter((n) => n.eligible).map((n) => n.e164),
};

// The first number that is not a plain typed NANP number (letters, another country …) makes
// libphonenumber, in the second stage, parse its metadata and compile its patterns (~50 ms in
// WASM): done in the worker as soon as it has loaded, so no keystroke waits for it.
export function warmReference(core) {
  core.checkNumber('1-800-FLOWERS');
}

/** True when a report has numbers only the second stage can read (number_stages.hpp). */
export const needsSecondStage = (report) => Boolean(report?.findings?.some((f) => f.code === 'number.checking'));
