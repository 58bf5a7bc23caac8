// Views of a report: pure functions from the core's report (and the draft it checked) to DOM
// nodes, for <port-precheck> to place. Every word comes from the core; dates are formatted here.
import { h, longDate, placed, shortDate } from './dom.js';

const REASON_STATUS = { clear: 'Clear', at_risk: 'At risk', unchecked: 'Not checked', pending: 'Not checked yet', rejected: 'Rejected' };

/** A finding beside its field: what is wrong, and the fix. */
export function findingNode(f) {
  // "Still checking" (number.checking) is not a problem to fix: shown calmly, as progress.
  if (f.code === 'number.checking') {
    return h('div', { class: 'pc-finding pc-checking', 'data-code': f.code }, h('p', { class: 'pc-message' }, f.message));
  }
  return h('div', { class: `pc-finding pc-sev-${f.severity}`, 'data-code': f.code },
    h('p', { class: 'pc-message' }, h('strong', {}, f.severity === 'error' ? 'Fix: ' : f.severity === 'warning' ? 'Review: ' : 'Tip: '), f.message),
    h('p', { class: 'pc-fix' }, f.fix));
}

/** One chip per number: its verdict, and the number's findings (byPath: pointer → findings). */
export function chipsView(i, numbers, byPath) {
  return numbers.map((n, j) => {
    const path = `/requests/${i}/phone_numbers/${j}`;
    const findings = byPath.get(path) ?? [];
    const worst = n.code === 'checking' ? 'checking'
      : findings.some((f) => f.severity === 'error') ? 'error' : findings.length ? 'warning' : 'ok';
    const label = n.code === 'ok' ? `${n.region}` : n.code === 'checking' ? 'checking\u2026' : n.code.replaceAll('_', ' ');
    return h('li', { class: `pc-chip pc-chip-${worst}`, tabindex: '-1', 'data-number-path': path },
      h('span', { class: 'pc-chip-number' }, n.e164 ?? n.input), ' ', h('span', { class: 'pc-chip-code' }, label),
      // A number still being checked says only that (the status line says why and for how many).
      findings.length && n.code !== 'checking' ? h('span', { class: 'pc-chip-message' }, ` ${findings.map((f) => f.message).join(' ')}`) : null);
  });
}

/** The ten carrier rejection reasons with their status, fix and the findings behind them. */
export function reasonsView(risks, findings) {
  return risks.map((r) => h('li', { class: `pc-reason pc-reason-${r.status}` },
    h('span', { class: 'pc-reason-status' }, REASON_STATUS[r.status] ?? r.status), ' ',
    h('strong', {}, r.title),
    r.rejected && r.status !== 'rejected' ? h('span', { class: 'pc-help' }, ' (rejected before; remedied now)') : null,
    r.status !== 'clear' && r.status !== 'pending' ? h('p', { class: 'pc-fix' }, r.fix) : null,
    // Which document settled it (the core's words), then the findings behind it.
    r.because ? h('p', { class: 'pc-help pc-settled' }, r.because) : null,
    r.findings.length ? h('p', { class: 'pc-help' }, `Because: ${r.findings.map((k) => findings[k]?.message).filter(Boolean).join(' ')}`) : null));
}

// The timeline as a bar (where each step falls, the port window as a band, today marked)
// and a list of its steps with their dates: the labels live in the list, one per line, so
// they never overlap or leave the figure at any width.
export function timelineView(t, asOf) {
  const day = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86400000;
  const start = day(asOf), span = Math.max(1, day(t.port_window[1]) - start);
  const at = (iso) => `${Math.min(100, Math.max(0, ((day(iso) - start) / span) * 100)).toFixed(2)}%`;
  const title = `Port timeline: Outreach reviews by ${longDate(t.outreach_review_by)}, the carrier answers by ${longDate(t.carrier_response_by)}, and the port happens between ${longDate(t.port_window[0])} and ${longDate(t.port_window[1])}.`;
  const steps = [
    ['today', asOf, `Today, ${shortDate(asOf)}`, 'You send the bundle to Outreach.'],
    ['review', t.outreach_review_by, shortDate(t.outreach_review_by), 'Outreach reviews it.'],
    ['sent', t.submitted_to_carrier_by, shortDate(t.submitted_to_carrier_by), 'It is submitted to your current carrier.'],
    ['answer', t.carrier_response_by, `About ${shortDate(t.carrier_response_by)}`, 'Your carrier answers.'],
  ];
  return [
    h('div', { class: 'pc-tl-bar', role: 'img', 'aria-label': title },
      placed(h('span', { class: 'pc-tl-band' }), { left: at(t.port_window[0]), right: '0' }),
      steps.map(([kind, iso]) => placed(h('span', { class: `pc-tl-mark pc-tl-mark-${kind}` }), { left: at(iso) }))),
    h('ol', { class: 'pc-tl-list' },
      steps.map(([kind, , when, what]) => h('li', { class: `pc-tl-step pc-tl-step-${kind}` },
        h('span', { class: 'pc-tl-when' }, when), ' ', h('span', { class: 'pc-tl-what' }, what))),
      h('li', { class: 'pc-tl-step pc-tl-step-window' },
        h('span', { class: 'pc-tl-when' }, `${shortDate(t.port_window[0])} to ${shortDate(t.port_window[1])}`), ' ',
        h('span', { class: 'pc-tl-what' }, 'Port day, somewhere in this window: expect up to 24 hours of interrupted calls that day. Keep your old service until then.')))];
}

// "Check your answers": what the bundle will hold, per request, read-only, each part with a
// way back to its fields. The PIN is never shown, only whether one is entered.
// Each "Change" names its part's pointers (data-paths), for the element to focus.
export function answersView(draft, report) {
  const join = (...parts) => parts.filter((p) => typeof p === 'string' && p.trim()).join(', ');
  const requests = (draft?.requests ?? []).map((r, i) => {
    const numbers = report.requests[i]?.numbers ?? [];
    const a = r.service_address ?? {};
    const rows = [
      ['Account holder', join(r.customer_name, [r.authorized_representative?.first_name, r.authorized_representative?.last_name].filter(Boolean).join(' ')), ['customer_name', 'authorized_representative']],
      ['Service address', join(a.street, a.street_2, a.city, [a.state, a.zip].filter(Boolean).join(' ')), ['service_address']],
      ['Carrier account', join(r.losing_carrier, r.account_number ? `account ${r.account_number}` : '', r.account_pin ? 'PIN entered' : 'no PIN',
        r.account_telephone_number ? `BTN ${r.account_telephone_number}` : ''), ['losing_carrier', 'account_number', 'account_pin', 'account_telephone_number']],
      ['Numbers to port', numbers.length ? `${numbers.length} number${numbers.length === 1 ? '' : 's'}: ${numbers.slice(0, 5).map((n) => n.e164 ?? n.input).join(', ')}${numbers.length > 5 ? ', …' : ''}` : '', ['phone_numbers']],
      ['Recent bill', join(r.bill?.file?.name, r.bill?.statement_date ? `dated ${r.bill.statement_date}` : ''), ['bill']],
      ['Signature', join(r.signature?.signer_name, r.signature?.signed_on ? `signed ${r.signature.signed_on}` : ''), ['signature']],
    ];
    return h('section', { class: 'pc-answer-group', 'aria-label': `Request ${i + 1}` },
      draft.requests.length > 1 ? h('h3', {}, `Request ${i + 1}`) : null,
      h('dl', { class: 'pc-answer-list' }, rows.flatMap(([title, value, paths]) => [
        h('dt', {}, title),
        h('dd', {}, h('span', {}, value || 'Not given yet'), ' ',
          h('button', { type: 'button', class: 'pc-link', 'data-click': 'focusPart', 'data-paths': paths.map((p) => `/requests/${i}/${p}`).join(' ') },
            'Change', h('span', { class: 'pc-visually-hidden' }, ` ${title.toLowerCase()}${draft.requests.length > 1 ? ` of request ${i + 1}` : ''}`))),
      ])));
  });
  return [h('h3', {}, 'Check your answers'), ...requests];
}

/** The sign-ready Letter of Authorization of each request, for printing. */
export function loaView(draft, report) {
  const row = (label, value) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, value || '—'));
  const requests = (draft?.requests ?? []).map((r, i) => h('section', { class: 'pc-loa' },
    h('h1', {}, 'Letter of Authorization'),
    h('p', {}, `I authorize Outreach and its voice provider, Twilio, to act as my agent to port the telephone numbers below from ${r.losing_carrier || 'my current carrier'}. I am authorized to make changes to this account.`),
    h('table', { class: 'pc-table' },
      row('Account type', r.customer_type === 'residential' ? 'Residential' : 'Business'),
      row('Account name', r.customer_name),
      row('Authorized person', [r.authorized_representative?.first_name, r.authorized_representative?.last_name].filter(Boolean).join(' ')),
      row('Email', r.authorized_representative?.email),
      row('Service address', [r.service_address?.street, r.service_address?.street_2, r.service_address?.city, r.service_address?.state, r.service_address?.zip].filter(Boolean).join(', ')),
      row('Current carrier', r.losing_carrier),
      row('Account number', r.account_number),
      row('Billing telephone number', r.account_telephone_number),
      row('Numbers to port', `${(r.phone_numbers ?? []).length}`)),
    h('ol', { class: 'pc-loa-numbers' }, (report?.requests[i]?.numbers ?? []).map((n) => h('li', {}, n.e164 ?? n.input))),
    h('div', { class: 'pc-signature' },
      h('p', {}, 'Signature: ______________________________'),
      h('p', {}, `Name: ${r.signature?.signer_name || '______________________'}`),
      h('p', {}, `Date: ${r.signature?.signed_on || '______________'}`))));
  return requests;
}
