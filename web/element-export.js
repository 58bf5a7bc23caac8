// The element's part, export and encryption: Outreach's key, what protects the file, the bundle
// (with its bills as read) and the draft saved without PINs.
// Functions of the element's context (port-precheck.js): ctx holds its state and calls every
// part's functions by name, so the parts never import one another.
import * as core from './core.js';
import { h, put, sha256Hex, toBase64 } from './dom.js';

export function missingBills(ctx) {
  return ctx.form.draft.requests.map((r, i) => (r.bill?.file && !ctx.bills.has(ctx.form.ids[i]) ? i : -1)).filter((i) => i >= 0);
}

export function renderExport(ctx) {
  const report = ctx.result?.report;
  const ui = ctx.ui;
  const warnings = report?.summary?.warnings ?? 0;
  const missing = ctx.missingBills();
  const ready = Boolean(report?.ready);
  // The warnings are acknowledged once there is something to export, not before.
  ui.exportAckLabel.textContent = warnings ? `I have reviewed the ${warnings} warning${warnings === 1 ? '' : 's'} above and want to send the bundle anyway.` : 'No warnings to review.';
  ui.exportAck.disabled = !warnings;
  ui.exportAck.closest('.pc-check').hidden = !ready;
  const key = ctx.key;
  ui.exportButton.disabled = !ready || (warnings > 0 && !ui.exportAck.checked) || missing.length > 0 || key?.state === 'error';
  ui.exportStatus.textContent = !report ? '' : key?.state === 'error' ? 'Export is turned off until the encryption key is fixed (see above).'
    : !ready ? 'Fix every item marked "Fix" first; then you can export.'
      : missing.length ? `Pick the bill file of request ${missing[0] + 1} again: it is not on this device any more.`
        : warnings && !ui.exportAck.checked ? 'Review the warnings, then tick the box above.' : 'Ready to export.';
  ctx.renderSecurity();
}

// What protects the exported file, said before export: encrypted for Outreach, not
// encrypted (no key configured), or refused (a key that cannot be used). "Not encrypted" waits
// until export is possible, so a first visit is not greeted by a warning about a file it has
// not made; a key that stops export is said at once.
export function renderSecurity(ctx) {
  const key = ctx.key;
  const box = ctx.ui.exportSecurity;
  const show = key && (key.state !== 'none' || ctx.result?.report?.ready);
  box.className = show ? `pc-security pc-security-${key.state}` : 'pc-security';
  if (!show) { box.textContent = ''; return; }
  if (key.state === 'ready') {
    put(box, h('strong', {}, 'Encrypted for Outreach. '),
      `The bundle file is encrypted in your browser so that only Outreach can open it (key ${key.recipient.kid.slice(0, 8)}…). `,
      'You will not be able to open it yourself: save a draft if you may want to change something.');
  } else if (key.state === 'none') {
    put(box, h('strong', {}, 'Not encrypted. '),
      'This page has no Outreach encryption key set up, so the bundle file holds your PINs, account numbers and bill in readable form. ',
      'Send it only through a channel you trust, such as your Outreach support ticket, and delete your copy once it is sent.');
  } else {
    put(box, h('strong', {}, 'Export is turned off: '),
      `this page's Outreach encryption key cannot be used (${key.message}). `,
      'Rather than send your details unencrypted, the page will not export. Please tell Outreach support; meanwhile you can save a draft to finish later.');
  }
}

/** Loads and judges the recipient key once (again when the attribute changes). */
export function loadKey(ctx) {
  if (ctx.keyLoad) return ctx.keyLoad;
  const generation = ++ctx.keyGeneration;
  ctx.keyLoad = (async () => {
    let state;
    try {
      const attribute = ctx.host.getAttribute('recipient-key');
      let text = attribute;
      if (text === null) {
        const response = await fetch(new URL('./recipient-key.jwk', import.meta.url), { cache: 'no-cache' });
        text = response.status === 404 ? '{"keys":[]}' : response.ok ? await response.text() : null;
        if (text === null) throw new Error(`recipient-key.jwk could not be loaded (HTTP ${response.status})`);
      }
      const verdict = await core.recipientKey(text);
      if (!verdict.ok) {
        state = verdict.configured ? { state: 'error', message: verdict.message } : { state: 'none' };
      } else {
        const { importRecipient } = await import('./jwe.js');
        try {
          state = { state: 'ready', recipient: await importRecipient(verdict) };
        } catch {
          state = { state: 'error', message: 'this browser does not accept the key: its point is not on P-256, or the RSA key is unusable' };
        }
      }
    } catch (e) {
      state = { state: 'error', message: e.message };
    }
    if (generation !== ctx.keyGeneration) return ctx.loadKey();  // the attribute changed meanwhile
    if (state.state === 'error') console.error(`Port Pre-Check: the recipient key is unusable, so export is refused: ${state.message}`);
    ctx.key = state;
    return state;
  })();
  return ctx.keyLoad;
}

export async function exportBundle(ctx) {
  const ui = ctx.ui;
  try {
    ui.exportStatus.textContent = 'Preparing the bundle…';
    const attachments = [];
    const readBills = [];
    for (let i = 0; i < ctx.form.draft.requests.length; i++) {
      const file = ctx.form.draft.requests[i].bill?.file;
      const bill = ctx.bills.get(ctx.form.ids[i]);
      if (!file || !bill || attachments.some((a) => a.sha256 === file.sha256)) continue;
      attachments.push({ name: file.name, media_type: file.media_type, size: file.size, sha256: file.sha256, data: toBase64(bill.bytes) });
      readBills.push(ctx.readingOf(file.sha256, bill.bytes));
    }
    const form = structuredClone(ctx.form);
    form.draft.as_of ??= ctx.result.report.as_of;
    // The bundle's report compares the LOA with every bill it carries, as staff's verify will.
    await Promise.all(readBills);
    const evidence = ctx.evidence(attachments.map((a) => a.sha256));
    const made = await core.bundleBody({ ...form, previous: ctx.previous }, attachments, new Date().toISOString().replace(/\.\d+Z$/, 'Z'), evidence);
    if (made.error) throw new Error(made.error.message);
    const sha = await sha256Hex(new TextEncoder().encode(made.body));
    const text = await core.sealBundle(made.body, sha);
    const key = await ctx.loadKey();
    if (key.state === 'error') throw new Error(`the encryption key cannot be used (${key.message}); nothing was exported`);
    if (key.state === 'ready') {
      const { encrypt } = await import('./jwe.js');
      const jwe = await encrypt(new TextEncoder().encode(text), key.recipient);
      ctx.download(jwe, 'application/jose', `port-precheck-bundle-${form.draft.as_of}.jwe`);
      ui.exportStatus.textContent = `Encrypted bundle exported for Outreach (key ${key.recipient.kid.slice(0, 8)}…). Send it to Outreach support; only Outreach can open it.`;
    } else {
      ctx.download(text, 'application/json', `port-precheck-bundle-${form.draft.as_of}.json`);
      ui.exportStatus.textContent = `Bundle exported, not encrypted (SHA-256 ${sha.slice(0, 16)}…). Send it to Outreach support through a channel you trust.`;
    }
  } catch (e) {
    ui.exportStatus.textContent = `The bundle could not be made: ${e.message}`;
  }
}

export function download(ctx, text, type, name) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name, class: 'pc-visually-hidden' });
  ctx.root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// A draft file without any PIN, to finish later here or elsewhere: what the customer keeps,
// since an encrypted bundle opens only at Outreach. Bills stay out too (pick them again).
export async function saveDraft(ctx) {
  const result = (await core.check({ ...ctx.form, evidence: ctx.evidence(), previous: ctx.previous })) ?? ctx.result;
  if (!result?.draft) return;
  const draft = structuredClone(result.draft);
  for (const request of draft.requests) {
    delete request.account_pin;
    for (const number of request.phone_numbers ?? []) delete number.pin;
  }
  const day = new Date().toISOString().slice(0, 10);
  ctx.download(`${JSON.stringify(draft, null, 2)}\n`, 'application/json', `port-precheck-draft-${day}.json`);
  ctx.ui.exportStatus.textContent = 'Draft saved without PINs. To finish later, open it with "Resume from a bundle or draft…" and enter the PINs again.';
}
