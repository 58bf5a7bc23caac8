// The element's part, imports: a bundle or draft resumed (a bundle verified against its own
// bills first), a CSV or a pasted spreadsheet range previewed and applied.
// Functions of the element's context (port-precheck.js): ctx holds its state and calls every
// part's functions by name, so the parts never import one another.
import * as core from './core.js';
import * as storage from './storage.js';
import { fromBase64, put, sha256Hex } from './dom.js';
import { importPreview, pasteTableView } from './import-view.js';
import { addRequest, emptyForm, formFromDraft, requestFromCsv } from './form-model.js';

export async function importFile(ctx, event) {
  const file = event.target.files?.[0];
  event.target.value = '';
  if (!file) return;
  if (file.size > 32 * 1024 * 1024) { ctx.notice(`${file.name} is over 32 MB: not a bundle or draft from this page.`, 'error'); return; }
  const text = await file.text();
  if (await core.looksLikeJwe(text)) {
    ctx.notice(`${file.name} is an encrypted bundle: only Outreach can open it. To change your details, open the draft you saved with "Save draft to finish later".`, 'error');
    return;
  }
  let parsed;
  try { parsed = JSON.parse(text); } catch { ctx.notice(`${file.name} is not a bundle or draft: it is not JSON.`, 'error'); return; }
  if (parsed?.schema === 'portcheck.bundle/1') { await ctx.importBundle(file.name, text, parsed); return; }
  if (parsed?.schema === 'portcheck.draft/1' && Array.isArray(parsed.requests)) {
    // The core judges the file before anything is replaced.
    const report = await core.checkText(text);
    if (report.error) { ctx.notice(`${file.name}: ${report.error.message}`, 'error'); return; }
    await ctx.replaceForm(formFromDraft(parsed), new Map());
    ctx.notice(`Draft loaded from ${file.name}.`, 'info');
    return;
  }
  ctx.notice(`${file.name} is not a Port Pre-Check bundle or draft.`, 'error');
}

/** Loads a bundle after verifying it against its own bills; false (with a notice) if it fails. */
export async function importBundle(ctx, name, text, bundle) {
  const inputs = await core.bundleHashInputs(text);
  if (inputs.error) { ctx.notice(`${name}: ${inputs.error.message}`, 'error'); return false; }
  const attachments = [];
  const decoded = [];
  for (const data of inputs.attachments) {
    const bytes = fromBase64(data);
    decoded.push(bytes);
    attachments.push(bytes ? { size: bytes.length, sha256: await sha256Hex(bytes) } : null);
  }
  const digests = { body_sha256: await sha256Hex(new TextEncoder().encode(inputs.body)), attachments };
  // The bundle's bills, read here as staff's verify reads them: a report that disagrees with
  // its own bill is not loaded.
  await core.finishLoading();
  const readings = {};
  for (let k = 0; k < decoded.length; k++) {
    if (decoded[k] && attachments[k]) readings[attachments[k].sha256] = await ctx.readingOf(attachments[k].sha256, decoded[k].buffer);
  }
  const verdict = await core.verifyBundle(text, digests, { bills: readings });
  if (verdict.error) { ctx.notice(`${name}: ${verdict.error.message}`, 'error'); return false; }
  if (!verdict.consistent) {
    ctx.notice(`${name} was changed after it was exported, so it was not loaded: ${verdict.problems.map((p) => p.message).join('; ')}`, 'error');
    return false;
  }
  const form = formFromDraft(bundle.draft, bundle.as_typed);
  const bills = new Map();
  form.draft.requests.forEach((r, i) => {
    const k = bundle.attachments.findIndex((a) => a.sha256 === r.bill?.file?.sha256);
    if (k >= 0) bills.set(form.ids[i], { name: bundle.attachments[k].name, type: bundle.attachments[k].media_type, bytes: decoded[k].buffer });
  });
  await ctx.replaceForm(form, bills);
  // A resubmission's bundle holds the submission it answers: judged against it again.
  if (bundle.resubmission?.previous?.draft) {
    ctx.previous = JSON.stringify(bundle.resubmission.previous.draft);
    ctx.checkNow();
  }
  ctx.notice(`Bundle ${name} verified and loaded.`, 'info');
  return true;
}

export async function replaceForm(ctx, form, bills) {
  ctx.showAll = true;
  ctx.previous = null;  // a resubmission sets it again once the form it starts from is in
  await storage.clearAll();
  ctx.form = form;
  ctx.bills = bills;
  if (ctx.autosave) {
    storage.saveForm(form);
    for (const [id, bill] of bills) await storage.saveBill(id, bill);
  }
  ctx.renderRequests();
  ctx.checkNow();
}

export async function importCsv(ctx, event) {
  const file = event.target.files?.[0];
  event.target.value = '';
  if (!file) return;
  if (file.size > 32 * 1024 * 1024) { ctx.notice(`${file.name} is over 32 MB: not a list of numbers.`, 'error'); return; }
  const result = await core.importCsv(new Uint8Array(await file.arrayBuffer()));
  if (result.error) { ctx.notice(`${file.name}: ${result.error.message}`, 'error'); return; }
  ctx.previewImport(result, file.name);
}

// A range copied from a spreadsheet (rows of tab-separated cells) pasted into a numbers box:
// when it has a header or several columns, the same preview as a file; else a plain paste.
export async function pasteIntoNumbers(ctx, event) {
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (!text.includes('\t')) return;
  event.preventDefault();
  const box = event.target;
  const [start, end] = [box.selectionStart, box.selectionEnd];
  const insert = (value) => {
    box.setRangeText(value, start, end, 'end');
    box.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const result = await core.importCsv(text);
  if (result.error) { insert(text); return; }
  const numbers = result.requests.flatMap((r) => r.phone_numbers.map((n) => n.phone_number));
  ctx.previewImport(result, 'the pasted cells', { label: 'Only paste the numbers into this box', run: () => insert(numbers.join('\n')) });
}

export function pasteTableDialog(ctx) {
  const dialog = ctx.ui.dialog;
  const { nodes, focus } = pasteTableView({
    preview: (text) => core.importCsv(text),
    onPreview: (result) => ctx.previewImport(result, 'the pasted cells'),
    onCancel: () => dialog.close(),
  });
  put(dialog, ...nodes);
  if (!dialog.open) dialog.showModal();
  focus();
}

/** The requests an import would make; `alternative` ({label, run}) is a third choice. */
export function previewImport(ctx, result, source, alternative = null) {
  const dialog = ctx.ui.dialog;
  put(dialog, ...importPreview(result, source, {
    onReplace: () => { dialog.close(); ctx.applyCsv(result); },
    alternative: alternative && { label: alternative.label, run: () => { dialog.close(); alternative.run(); } },
    onCancel: () => dialog.close(),
  }));
  if (!dialog.open) dialog.showModal();
}

export async function applyCsv(ctx, result) {
  const form = emptyForm();
  form.draft.requests = []; form.numbersText = []; form.pins = []; form.ids = [];
  for (const group of result.requests) {
    const { request, numbersText, pins } = requestFromCsv(group);
    addRequest(form, request, numbersText, pins);
  }
  await ctx.replaceForm(form, new Map());
  ctx.notice(`Imported ${result.numbers} numbers into ${result.requests.length} request(s). Fill in the rest of each request.`, 'info');
}
