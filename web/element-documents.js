// The element's part, documents as evidence: each attached bill read once in the worker (by its
// SHA-256) and handed to every check, "What your bill says" and "Use these", and the CSR read
// from a file or pasted text.
// Functions of the element's context (port-precheck.js): ctx holds its state and calls every
// part's functions by name, so the parts never import one another.
import * as core from './core.js';
import { formatBytes, put } from './dom.js';
import { billSaysView, CSR_READ_FIELDS, csrReadSummary } from './evidence-view.js';
import { MAX_BILL_BYTES, getAt, setAt } from './form-model.js';

// Starts reading every attached bill not read yet (after the checker has loaded); each
// reading, when done, checks the form again with it.
export function readBills(ctx) {
  ctx.form.draft.requests.forEach((request, i) => {
    const sha = request.bill?.file?.sha256;
    const bill = ctx.bills.get(ctx.form.ids[i]);
    if (sha && bill) ctx.readingOf(sha, bill.bytes);
  });
}

export function readingOf(ctx, sha, bytes) {
  if (!ctx.reading.has(sha)) {
    ctx.reading.set(sha, ctx.loaded.then(() => core.readBill(new Uint8Array(bytes))).then((reading) => {
      ctx.readings.set(sha, reading);
      ctx.checkNow();
      return reading;
    }, (e) => {
      ctx.reading.delete(sha);  // the checker failed, not the bill: read it again next time
      throw e;
    }));
    ctx.reading.get(sha).catch(() => {});
  }
  return ctx.reading.get(sha);
}

export function evidence(ctx, shas = ctx.form.draft.requests.map((r) => r.bill?.file?.sha256)) {
  const linked = [...new Set(shas.filter((sha) => sha && ctx.readings.has(sha)))].sort();
  const key = linked.join(',');
  if (key !== ctx.evidenceCache.key) {
    ctx.evidenceCache = { key, text: JSON.stringify({ bills: Object.fromEntries(linked.map((sha) => [sha, ctx.readings.get(sha)])) }) };
  }
  return ctx.evidenceCache.text;
}

export function renderBillSays(ctx, i, documents) {
  const box = ctx.root.getElementById(`r${i}-bill-says`);
  const sha = ctx.form.draft.requests[i]?.bill?.file?.sha256;
  if (!box) return;
  const bill = ctx.bills.get(ctx.form.ids[i]);
  box.hidden = !sha || !bill;
  if (box.hidden) return;
  put(box, ...billSaysView(ctx.readings.get(sha), documents, () => ctx.useBill(i, sha)));
}

// "Use these": the bill's values into the fields that are still empty, never over what was typed.
export async function useBill(ctx, i, sha) {
  const reading = ctx.readings.get(sha);
  const request = ctx.form.draft.requests[i];
  if (!reading?.text_layer || !request) return;
  const empty = (path) => !String(getAt(request, path) ?? '').trim();
  if (reading.statement_date && empty('bill/statement_date')) setAt(request, 'bill/statement_date', reading.statement_date);
  if (reading.account_numbers.length && empty('account_number')) setAt(request, 'account_number', reading.account_numbers[0]);
  if (reading.carrier && empty('losing_carrier')) setAt(request, 'losing_carrier', reading.carrier);
  if (!(ctx.form.numbersText[i] ?? '').trim() && reading.phone_numbers.length) {
    ctx.form.numbersText[i] = (await core.eligibleNumbers(reading.phone_numbers)).join('\n');
  }
  for (const part of ['bill', 'account_number', 'losing_carrier', 'phone_numbers']) ctx.touch(`/requests/${i}/${part}`);
  ctx.renderRequests();
  ctx.changed();
  ctx.root.getElementById(`r${i}-bill-statement_date`)?.focus();
}

export async function readCsrFile(ctx, i, input) {
  const file = input.files?.[0];
  if (!file) return;
  if (file.size > MAX_BILL_BYTES) {
    ctx.root.getElementById(`r${i}-csr-read`).textContent = `${file.name} is ${formatBytes(file.size)}; the limit is 10 MB.`;
    return;
  }
  await ctx.useCsr(i, file.name, new Uint8Array(await file.arrayBuffer()));
}

export async function readCsrText(ctx, i) {
  const text = ctx.root.getElementById(`r${i}-csr-text`)?.value ?? '';
  if (!text.trim()) return;
  await ctx.useCsr(i, 'the pasted CSR', new TextEncoder().encode(text));
}

// A CSR read by the core fills the CSR fields that are still empty, for review.
export async function useCsr(ctx, i, name, bytes) {
  const status = ctx.root.getElementById(`r${i}-csr-read`);
  status.textContent = `Reading ${name}\u2026`;
  let csr;
  try {
    csr = await core.readCsr(bytes);
  } catch (e) {
    status.textContent = `Could not read ${name}: ${e.message}`;
    return;
  }
  const request = ctx.form.draft.requests[i];
  const filled = [];
  if (!csr.error && csr.text_layer) {
    for (const [key, path] of CSR_READ_FIELDS) {
      if (csr[key] && !String(getAt(request, path) ?? '').trim()) {
        setAt(request, path, csr[key]);
        filled.push(key.replaceAll('_', ' '));
      }
    }
    if (csr.phone_numbers.length && !request.csr?.phone_numbers?.length) setAt(request, 'csr/phone_numbers', csr.phone_numbers);
  }
  ctx.touch(`/requests/${i}/csr`);
  ctx.renderRequests();
  ctx.root.getElementById(`r${i}-csr-read`).textContent = csrReadSummary(name, csr, filled);
  ctx.changed();
}
