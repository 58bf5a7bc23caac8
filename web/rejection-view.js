// Views of a rejection: pure functions from the core's results (its classification of the
// notice, its report, its diff) to DOM nodes. Every reason's title and fix is the core's.
import { h, longDate } from './dom.js';

const ACTION_LABEL = {
  number_inactive: 'Done: the carrier has put the numbers back in service',
  unpaid_balance: 'Done: the balance or port-away fee is paid',
  google_voice_locked: 'Done: the number is unlocked in Google Voice',
  number_unportable: 'Done: the lock is off, or the carrier said how to port the number',
  resold_account: 'Done: the reseller gave the CSR or the steps to port away',
};
export const ACTION_REASONS = Object.keys(ACTION_LABEL);

/**
 * The dialog's body: where the rejected submission comes from, the notice pasted, the reasons
 * (found by the core, or picked from the checklist's ten) and the day it arrived.
 * `titles`: [[reason, title]] in checklist order, from the core's report.
 */
export function rejectionDialogView(titles, { onClassify, onStart, onCancel, today }) {
  const file = h('input', { type: 'file', id: 'rejected-file', accept: '.json,application/json' });
  const fromPage = h('input', { type: 'radio', name: 'rejected-source', id: 'rejected-page', value: 'page', checked: true });
  const fromFile = h('input', { type: 'radio', name: 'rejected-source', id: 'rejected-other', value: 'file' });
  file.addEventListener('change', () => { fromFile.checked = true; });
  const text = h('textarea', { id: 'rejected-text', rows: '6', spellcheck: 'false', autocomplete: 'off' });
  const found = h('div', { class: 'pc-rejection-found', role: 'status', 'aria-live': 'polite' });
  const boxes = new Map(titles.map(([reason, title]) => [reason,
    h('input', { type: 'checkbox', id: `rejected-${reason}`, value: reason })]));
  const received = h('input', { type: 'date', id: 'rejected-on', value: today });
  let classification = null;
  const classify = async () => {
    found.replaceChildren(h('p', { class: 'pc-help' }, 'Reading the rejection…'));
    classification = await onClassify(text.value);
    if (classification.error) {
      found.replaceChildren(h('p', { class: 'pc-notice-error' }, classification.error.message));
      return;
    }
    for (const [reason, box] of boxes) box.checked = classification.reasons.includes(reason);
    found.replaceChildren(...rejectionFoundView(classification, new Map(titles)));
  };
  const start = () => onStart({
    source: fromFile.checked ? file.files?.[0] ?? null : null,
    text: text.value,
    classification,
    reasons: [...boxes].filter(([, box]) => box.checked).map(([reason]) => reason),
    receivedOn: received.value,
  });
  return {
    nodes: [
      h('h2', { id: 'dialog-title' }, 'My port was rejected'),
      h('p', { class: 'pc-help' }, 'Start from what you sent, fix exactly what the carrier named, and export a resubmission. Nothing leaves this browser.'),
      h('fieldset', { class: 'pc-fieldset' },
        h('legend', {}, 'What you sent'),
        h('div', { class: 'pc-check' }, fromPage, ' ', h('label', { for: 'rejected-page' }, 'The request on this page (the draft saved here)')),
        h('div', { class: 'pc-check' }, fromFile, ' ', h('label', { for: 'rejected-other' }, 'A bundle or draft file I kept:')),
        h('div', { class: 'pc-field' }, h('label', { for: 'rejected-file', class: 'pc-visually-hidden' }, 'The bundle or draft file'), file)),
      h('div', { class: 'pc-field' },
        h('label', { for: 'rejected-text' }, 'Paste the rejection from Outreach\'s e-mail (or the carrier\'s codes)'),
        text,
        h('button', { type: 'button', class: 'pc-button', onclick: classify }, 'Find the reasons')),
      found,
      h('fieldset', { class: 'pc-fieldset' },
        h('legend', {}, 'The reasons it was rejected for'),
        titles.map(([reason, title]) => h('div', { class: 'pc-check' }, boxes.get(reason), ' ', h('label', { for: `rejected-${reason}` }, title)))),
      h('div', { class: 'pc-field' }, h('label', { for: 'rejected-on' }, 'Rejection received on'), received),
      h('div', { class: 'pc-dialog-actions' },
        h('button', { type: 'button', class: 'pc-primary', onclick: start }, 'Start the resubmission'),
        h('button', { type: 'button', class: 'pc-button', onclick: onCancel }, 'Cancel')),
    ],
    focus: () => text.focus(),
  };
}

/** What the core found in a notice: its reasons, the numbers it named, the text it could not place. */
export function rejectionFoundView(r, titles) {
  const numbers = Object.entries(r.numbers);
  return [
    r.reasons.length
      ? h('p', {}, h('strong', {}, 'Found: '), r.reasons.map((reason) => titles.get(reason) ?? reason).join('; '), '.')
      : h('p', {}, 'No reason of the checklist was found in this text.'),
    numbers.length ? h('p', { class: 'pc-help' }, `Numbers named: ${numbers.map(([n]) => n).join(', ')}.`) : null,
    r.unrecognized.length || !r.reasons.length
      ? h('div', { class: 'pc-rejection-unplaced' },
        h('p', {}, 'Contact Outreach support with this part of the rejection: the checker cannot tell what it asks for.'),
        r.unrecognized.length ? h('ul', {}, r.unrecognized.map((u) => h('li', {}, u))) : null)
      : null,
  ];
}

/**
 * A request's rejection at the top of its card: what was rejected and when, a box per remedy
 * that is an action (done since?), a box per rejected number (back in service?), the notice as
 * received, and what changed since the rejected submission (the core's diff, PINs masked).
 */
export function rejectionPanelView(i, rejection, risks, { onConfirm, onReinstate }) {
  const byReason = new Map((risks ?? []).map((r) => [r.reason, r]));
  const actions = rejection.reasons.filter((r) => ACTION_REASONS.includes(r));
  const blocking = (rejection.numbers ?? []).filter((n) => {
    const reasons = n.reasons?.length ? n.reasons : rejection.reasons;
    return reasons.includes('number_inactive') || reasons.includes('number_unportable');
  });
  const id = (suffix) => `r${i}-rejection-${suffix}`;
  return [
    h('h3', {}, rejection.received_on ? `Rejected on ${longDate(rejection.received_on)}` : 'Rejected'),
    h('ul', { class: 'pc-rejection-reasons' }, rejection.reasons.map((reason) => {
      const risk = byReason.get(reason);
      return h('li', {}, h('strong', {}, risk?.title ?? reason), risk ? h('p', { class: 'pc-fix' }, risk.fix) : null);
    })),
    actions.length ? h('fieldset', { class: 'pc-fieldset' },
      h('legend', {}, 'Since the rejection'),
      actions.map((reason) => h('div', { class: 'pc-check' },
        h('input', { type: 'checkbox', id: id(reason), checked: (rejection.confirmed ?? []).includes(reason),
          'data-path': `/requests/${i}/rejection/confirmed`, onchange: (e) => onConfirm(reason, e.target.checked) }),
        ' ', h('label', { for: id(reason) }, ACTION_LABEL[reason])))) : null,
    blocking.length ? h('fieldset', { class: 'pc-fieldset' },
      h('legend', {}, 'Numbers the carrier rejected: remove them above, or confirm each is back in service'),
      blocking.map((n, k) => h('div', { class: 'pc-check' },
        h('input', { type: 'checkbox', id: id(`n${k}`), checked: (rejection.reinstated ?? []).includes(n.phone_number),
          onchange: (e) => onReinstate(n.phone_number, e.target.checked) }),
        ' ', h('label', { for: id(`n${k}`) }, `${n.phone_number} is back in service`)))) : null,
    h('div', { class: 'pc-findings', 'data-for': `/requests/${i}/rejection` }),
    h('div', { class: 'pc-rejection-diff', 'aria-live': 'polite' }),
    rejection.text ? h('details', { class: 'pc-details' }, h('summary', {}, 'The rejection as you received it'),
      h('pre', { class: 'pc-rejection-text' }, rejection.text)) : null,
  ];
}

const FIELD_NAMES = {
  customer_name: 'Account name', service_address: 'Service address', authorized_representative: 'Authorized person',
  account_number: 'Account number', account_telephone_number: 'Billing telephone number', losing_carrier: 'Current carrier',
  signature: 'Signature', attestations: 'Confirmations', bill: 'Bill', csr: 'CSR', phone_numbers: 'Numbers',
};

function fieldName(path) {
  const parts = path.split('/').slice(3);  // /requests/0/…
  const top = FIELD_NAMES[parts[0]] ?? parts[0];
  return parts.length > 1 ? `${top}: ${parts.slice(1).join(' ').replaceAll('_', ' ')}` : top;
}

const shown = (value) => (value === null || value === undefined ? '(empty)' : typeof value === 'string' ? value : JSON.stringify(value));

/** What changed since the rejected submission, field by field (request i); PINs only as
 *  changed or not. Without the earlier submission, how to give it. */
export function changesView(diff, i = 0) {
  if (!diff) {
    return [h('p', { class: 'pc-help' }, 'To see what changed since the rejected submission, start again from "My port was rejected" with the bundle or draft you sent.')];
  }
  const mine = (path) => path.startsWith(`/requests/${i}/`);
  const changes = diff.changes.filter((c) => mine(c.path) && !c.path.endsWith('/rejection'));
  const items = [
    ...changes.map((c) => h('li', {}, h('strong', {}, fieldName(c.path)), ': ',
      c.removed ? `${c.removed.length} removed, ${c.added.length} added` : `${shown(c.old)} → ${shown(c.new)}`)),
    ...diff.pins.filter((p) => mine(p.path)).map((p) => h('li', {}, h('strong', {}, 'PIN'), `: ${p.status}`)),
  ];
  return [h('h4', {}, 'Changed since the rejected submission'),
    items.length ? h('ul', {}, items) : h('p', { class: 'pc-help' }, 'Nothing yet.')];
}
