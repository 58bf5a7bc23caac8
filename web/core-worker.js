// The checker's worker: loads the WASM core once and answers the page's requests, so a
// 5,000-number paste never blocks typing. Glue only: every rule and every word is the core's.
import createPortCheck from './portcheck.mjs';

const ready = createPortCheck().then((core) => {
  // The first check parses all phone metadata and compiles its patterns: do it now.
  core.check('{"schema":"portcheck.draft/1","requests":[{"phone_numbers":["+1 217 544 0111"]}]}');
  return core;
});

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

const operations = {
  version: (core) => core.version(),
  // Form → {draft, report}: the draft exactly as checked, and the core's report.
  check(core, form) {
    const draft = toDraft(core, form);
    return { draft, report: JSON.parse(core.check(JSON.stringify(draft))) };
  },
  // A draft file as it was read: the core's report, or its input error.
  checkText: (core, text) => JSON.parse(core.check(text)),
  importCsv: (core, text) => JSON.parse(core.importCsv(text)),
  bundleBody(core, { form, attachments, createdAt }) {
    const result = core.bundleBody(JSON.stringify(toDraft(core, form)), JSON.stringify(attachments), createdAt);
    return result.ok ? { body: result.body } : { error: JSON.parse(result.error).error };
  },
  sealBundle: (core, { body, sha256 }) => core.sealBundle(body, sha256),
  bundleHashInputs(core, text) {
    const r = core.bundleHashInputs(text);
    return r.ok ? { body: r.body, attachments: r.attachments } : { error: JSON.parse(r.error).error };
  },
  verifyBundle: (core, { text, digests }) => JSON.parse(core.verifyBundle(text, JSON.stringify(digests))),
};

self.onmessage = async ({ data: { id, op, arg } }) => {
  try {
    const core = await ready;
    self.postMessage({ id, result: operations[op](core, arg) });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
};
