// The element's part, a rejected port: "My port was rejected" starts a resubmission from what
// was sent (the request on this page, or a bundle or draft the customer kept), with the notice
// placed on the checklist's reasons by the core (classifyRejection, in the worker); each
// request then carries its `rejection`, and the core judges the resubmission against the
// earlier submission (kept in memory only: a bundle holds PINs, which are never stored).
// Functions of the element's context (port-precheck.js): ctx holds its state and calls every
// part's functions by name, so the parts never import one another.
import * as core from './core.js';
import { put } from './dom.js';
import { formFromDraft } from './form-model.js';
import { changesView, rejectionDialogView, rejectionPanelView } from './rejection-view.js';

const isoToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function rejectionDialog(ctx) {
  const dialog = ctx.ui.dialog;
  // The checklist's ten reasons in the core's words (any request's risks list all ten).
  const titles = (ctx.result?.report.requests?.[0]?.risks ?? []).map((r) => [r.reason, r.title]);
  const { nodes, focus } = rejectionDialogView(titles, {
    today: isoToday(),
    onClassify: async (text) => {
      await core.finishLoading();
      return core.classifyRejection(text);
    },
    onStart: async (choice) => {
      if (await ctx.startResubmission(choice)) dialog.close();
    },
    onCancel: () => dialog.close(),
  });
  put(dialog, ...nodes);
  if (!dialog.open) dialog.showModal();
  focus();
}

/** Starts a resubmission; false (with a notice) when the earlier submission cannot be used. */
export async function startResubmission(ctx, { source, text, classification, reasons, receivedOn }) {
  if (!reasons.length && !text.trim()) {
    ctx.notice('Paste the rejection, or pick the reasons it names, to start a resubmission.', 'error');
    return false;
  }
  let previous;
  if (source) {
    if (source.size > 32 * 1024 * 1024) { ctx.notice(`${source.name} is over 32 MB: not a bundle or draft from this page.`, 'error'); return false; }
    previous = await source.text();
    if (await core.looksLikeJwe(previous)) {
      ctx.notice(`${source.name} is an encrypted bundle: only Outreach can open it. Use the draft you saved, or the request on this page.`, 'error');
      return false;
    }
    let parsed;
    try { parsed = JSON.parse(previous); } catch { ctx.notice(`${source.name} is not a bundle or draft: it is not JSON.`, 'error'); return false; }
    if (parsed?.schema === 'portcheck.bundle/1') {
      if (!(await ctx.importBundle(source.name, previous, parsed))) return false;
    } else if (parsed?.schema === 'portcheck.draft/1' && Array.isArray(parsed.requests)) {
      const report = await core.checkText(previous);
      if (report.error) { ctx.notice(`${source.name}: ${report.error.message}`, 'error'); return false; }
      await ctx.replaceForm(formFromDraft(parsed), new Map());
    } else {
      ctx.notice(`${source.name} is not a Port Pre-Check bundle or draft.`, 'error');
      return false;
    }
  }
  // The form as it now stands, checked: the request on this page is the earlier submission
  // exactly as checked (PINs included, in memory only), and each request's numbers in E.164.
  const checked = await core.check({ ...ctx.form, evidence: ctx.evidence() });
  if (!checked || checked.report.error) { ctx.notice('The form could not be checked; try again.', 'error'); return false; }
  if (!source) previous = JSON.stringify(checked.draft);
  ctx.previous = previous;
  const named = Object.entries(classification?.numbers ?? {});
  const requests = ctx.form.draft.requests;
  const numbersOf = (i) => new Set((checked.report.requests[i]?.numbers ?? []).map((n) => n.e164));
  requests.forEach((request, i) => {
    // With numbers named, the rejection answers the requests that hold them; else every one.
    const mine = named.filter(([n]) => numbersOf(i).has(n));
    if (named.length && requests.length > 1 && !mine.length) return;
    const fields = {};
    for (const reason of reasons) {
      const found = classification?.fields?.[reason];
      if (found?.length) fields[reason] = found;
    }
    request.rejection = {
      text: text.trim(),
      reasons,
      fields,
      received_on: receivedOn,
      numbers: (requests.length > 1 ? mine : named).map(([phone_number, its]) => ({ phone_number, reasons: its })),
      confirmed: [],
      reinstated: [],
    };
  });
  ctx.showAll = true;
  ctx.changed();
  ctx.renderRequests();
  ctx.checkNow();
  ctx.notice('Resubmission started: the rejected reasons are at the top of each request, with what to fix. Export a new bundle when they are remedied.', 'info');
  return true;
}

/**
 * The rejection panel of each request that answers one, drawn before the findings are placed
 * (its findings box is among them); what changed since is filled in when the core's diff
 * arrives. Focus stays where it was across the redraw.
 */
export function renderRejections(ctx, report) {
  const requests = ctx.form.draft.requests;
  const focused = ctx.root.activeElement?.id;
  for (let i = 0; i < requests.length; i++) {
    const box = ctx.root.getElementById(`r${i}-rejection`);
    const rejection = requests[i].rejection;
    if (!box) continue;
    box.hidden = !rejection;
    if (!rejection) { box.replaceChildren(); continue; }
    put(box, ...rejectionPanelView(i, rejection, report.requests[i]?.risks, {
      onConfirm: (reason, done) => {
        const list = new Set(rejection.confirmed ?? []);
        if (done) list.add(reason); else list.delete(reason);
        rejection.confirmed = [...list];
        ctx.changed();
      },
      onReinstate: (number, back) => {
        const list = new Set(rejection.reinstated ?? []);
        if (back) list.add(number); else list.delete(number);
        rejection.reinstated = [...list];
        ctx.changed();
      },
    }));
    ctx.markRejectedFields(i, rejection);
    ctx.renderChanges(i, box.querySelector('.pc-rejection-diff'));
  }
  if (focused && !ctx.root.activeElement) ctx.root.getElementById(focused)?.focus();
}

// What changed since the rejected submission: the core's diff, in the worker.
export async function renderChanges(ctx, i, box) {
  if (!box) return;
  if (!ctx.previous || !ctx.result) {
    put(box, ...changesView(null));
    return;
  }
  let diff = null;
  try {
    diff = await core.diffSubmissions(ctx.previous, JSON.stringify(ctx.result.draft));
  } catch { diff = null; }
  if (box.isConnected) put(box, ...changesView(diff?.error ? null : diff, i));
}

/** Marks the fields the carrier named, so the customer sees where to look. */
export function markRejectedFields(ctx, i, rejection) {
  const card = ctx.root.querySelector(`.pc-request[data-request="${i}"]`);
  if (!card) return;
  for (const marked of card.querySelectorAll('[data-rejected]')) marked.removeAttribute('data-rejected');
  const fields = Object.values(rejection.fields ?? {}).flat();
  for (const field of fields) {
    const pointer = `/requests/${i}${field}`;
    for (const node of card.querySelectorAll('[data-path]')) {
      const path = node.getAttribute('data-path');
      if (path === pointer || path.startsWith(`${pointer}/`)) node.setAttribute('data-rejected', '');
    }
  }
}
