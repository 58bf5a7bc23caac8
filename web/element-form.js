// The element's part, the form: its view (prerendered or built) and adopting it, what the
// customer has visited, and checking it as they type (the first input at once, then after a
// pause; latest wins); adding, removing, restoring and starting over.
// Functions of the element's context (port-precheck.js): ctx holds its state and calls every
// part's functions by name, so the parts never import one another.
import * as core from './core.js';
import * as storage from './storage.js';
import { formatBytes, h, nextTask, put, sha256Hex } from './dom.js';
import { ATTESTATIONS, BILL_CHECKS, CSR_FIELDS, MAX_BILL_BYTES, SECTIONS, addRequest as addRequestTo, emptyForm, getAt, removeRequest as removeRequestFrom, setAt } from './form-model.js';

const CHECK_DELAY_MS = 250;

// The view is plain HTML: no control carries a handler of its own. It is written into the
// page at build time (wasm/prerender.mjs runs view() under Node), or built here where a host
// page has no prerendered markup; either way the element adopts it (bind, listen) and one
// listener per kind of event on the shadow root runs what a control names (data-click,
// data-change, data-toggle; ACTIONS below) or, for a field (data-field, data-path), sets it.
// A customer can type into the prerendered form before any script has run.

/** The element's whole first view: [its main part, the print view]. Pure: no handler; reads only ctx.form and the host's attributes. */
export function view(ctx) {
  const ui = (name, tag, attributes = {}, ...children) => h(tag, { ...attributes, 'data-ui': name }, ...children);
  const main = h('div', { class: 'pc' },
    h('header', { class: 'pc-header' },
      // The host page names the checker (index.html's h1, a help-center article's title):
      // the element's own title only where asked for (heading="…").
      ctx.host.hasAttribute('heading') ? h('h2', { class: 'pc-title' }, ctx.host.getAttribute('heading') || 'Port Pre-Check') : null,
      h('p', { class: 'pc-lede' }, 'Fill in what your current carrier has on file, paste your numbers, attach a recent bill. ',
        'Every problem a carrier would reject your port for shows up here before you submit.'),
      h('p', { class: 'pc-help pc-privacy' }, 'Everything is checked in your browser; nothing you type is sent anywhere.')),
    // The secondary actions: in a row on wide screens; on a phone, behind one "More" so the
    // form starts on the first screen. They need the checker's script (pc-needs-script).
    h('details', { class: 'pc-more pc-needs-script' },
      h('summary', { class: 'pc-button' }, 'Import, resume, print…'),
      h('div', { class: 'pc-toolbar', role: 'group', 'aria-label': 'Files' },
        h('label', { class: 'pc-button', for: 'csv-file' }, 'Import numbers from a CSV…'),
        ui('csvInput', 'input', { type: 'file', accept: '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain', class: 'pc-visually-hidden', id: 'csv-file', 'data-change': 'importCsv' }),
        h('button', { type: 'button', class: 'pc-button', id: 'paste-table', 'data-click': 'pasteTable' }, 'Paste from a spreadsheet…'),
        h('label', { class: 'pc-button', for: 'import-file' }, 'Resume from a bundle or draft…'),
        ui('importInput', 'input', { type: 'file', accept: '.json,.jwe,application/json', class: 'pc-visually-hidden', id: 'import-file', 'data-change': 'importFile' }),
        h('button', { type: 'button', class: 'pc-button', id: 'rejected', 'data-click': 'rejected' }, 'My port was rejected…'),
        h('button', { type: 'button', class: 'pc-button', 'data-click': 'print' }, 'Print the Letter of Authorization'),
        h('button', { type: 'button', class: 'pc-button pc-danger', 'data-click': 'startOver' }, 'Start over'))),
    ui('notice', 'div', { class: 'pc-notice', role: 'alert' }),
    h('div', { class: 'pc-layout' },
      h('section', { class: 'pc-results', 'aria-labelledby': 'results-title' },
        h('h2', { id: 'results-title' }, 'Your progress'),
        ui('status', 'p', { class: 'pc-status', role: 'status', 'aria-live': 'polite' }, 'Loading the checker…'),
        ui('tasks', 'div', { class: 'pc-tasks' }),
        ui('summary', 'div', { class: 'pc-summary', 'aria-live': 'polite' }),
        // The status panel's own way to the export (wide screens; the compact bar on narrow ones).
        ui('panelExport', 'button', { type: 'button', class: 'pc-primary pc-panel-export pc-needs-script', 'data-click': 'goToExport' }, 'Go to export')),
      h('div', { class: 'pc-form' },
        ui('requests', 'div', { class: 'pc-requests' }, ctx.form.draft.requests.map((_, i) => ctx.requestCard(i))),
        h('button', { type: 'button', class: 'pc-button pc-needs-script', 'data-click': 'addRequest' }, 'Add another account (request)'),
        h('section', { class: 'pc-export', 'aria-labelledby': 'export-title' },
          h('h2', { id: 'export-title' }, 'Send it to Outreach'),
          h('p', { class: 'pc-help' }, 'The bundle is one file with your Letter of Authorization data, the check report and your bill. ',
            'Send it to Outreach support; they re-check it before submitting it to the carrier.'),
          ui('answers', 'div', { class: 'pc-answers' }),
          ui('exportSecurity', 'p', { class: 'pc-security', id: 'export-security' }),
          h('p', { class: 'pc-check' }, ui('exportAck', 'input', { type: 'checkbox', id: 'export-ack', 'data-change': 'exportAck' }), ' ',
            ui('exportAckLabel', 'label', { for: 'export-ack' })),
          h('div', { class: 'pc-export-actions pc-needs-script' },
            ui('exportButton', 'button', { type: 'button', class: 'pc-primary', id: 'export', 'data-click': 'exportBundle' }, 'Export the submission bundle'),
            ui('saveDraft', 'button', { type: 'button', class: 'pc-button', id: 'save-draft', 'data-click': 'saveDraft' }, 'Save draft to finish later')),
          ui('exportStatus', 'p', { class: 'pc-help', id: 'export-status', role: 'status' }),
          h('p', { class: 'pc-help' }, 'Not finished, or want to keep a copy you can change? ',
            h('strong', {}, 'Save draft to finish later'), ' downloads a draft file without your PINs. ',
            'Open it with "Resume from a bundle or draft…" on this or another computer, then enter the PINs again.')))),
    ctx.helpSections(),
    h('footer', { class: 'pc-footer' }, ui('engine', 'small', {})),
    ui('carriers', 'datalist', { id: 'carriers' }),
    // Hidden while the progress panel is on screen (as on arrival): see listen().
    ui('bar', 'div', { class: 'pc-bar', role: 'region', 'aria-label': 'Progress', 'data-hidden': true },
      ui('barText', 'span', { class: 'pc-bar-text' }),
      h('button', { type: 'button', class: 'pc-button', 'data-click': 'goToProblems' }, 'Review problems'),
      h('button', { type: 'button', class: 'pc-button', 'data-click': 'goToExport' }, 'Go to export')),
    ui('dialog', 'dialog', { class: 'pc-dialog', 'aria-labelledby': 'dialog-title' }));
  return [main, ui('print', 'div', { class: 'pc-print', 'aria-hidden': 'true' })];
}

/** The view's named parts (data-ui) as ctx.ui, whether built here or prerendered. */
export function bind(ctx) {
  ctx.ui = {};
  for (const el of ctx.root.querySelectorAll('[data-ui]')) ctx.ui[el.dataset.ui] = el;
}

/**
 * The progress panel as it stands before any check (every part "Not started"): drawn into a
 * view built here before the core is ready, so nothing moves when the verdict arrives. A
 * prerendered view already holds the core's verdict on the blank form instead.
 */
export function drawStart(ctx) {
  const { done, total } = ctx.renderTasks({ findings: [] });
  ctx.ui.status.textContent = `Getting started: ${done} of ${total} parts done. Problems show up beside each part as you fill it in.`;
  ctx.ui.barText.textContent = `${done} of ${total} parts done`;
  put(ctx.ui.summary, h('button', { type: 'button', class: 'pc-button', 'data-click': 'checkEverything' }, 'Check everything'));
}

/** The carriers the core knows (the carrier field's suggestions) and its version, from the core. */
export function describeCore(ctx) {
  core.version().then((v) => { ctx.ui.engine.textContent = `Checker ${v}`; }).catch(() => {});
  core.carriers().then((list) => ctx.ui.carriers.replaceChildren(...list.map((c) => h('option', { value: c.name })))).catch(() => {});
}

const requestOf = (el) => Number(el.closest('[data-request]')?.dataset.request);

// What the view's controls do, by the name they carry: (ctx, control, event).
const ACTIONS = {
  click: {
    pasteTable: (ctx) => ctx.pasteTableDialog(),
    rejected: (ctx) => ctx.rejectionDialog(),
    print: (ctx) => ctx.print(),
    startOver: (ctx) => ctx.startOver(),
    addRequest: (ctx) => ctx.addRequest(),
    removeRequest: (ctx, el) => ctx.removeRequest(requestOf(el)),
    exportBundle: (ctx) => ctx.exportBundle(),
    saveDraft: (ctx) => ctx.saveDraft(),
    goToExport: (ctx) => ctx.goToExport(),
    goToProblems: (ctx) => ctx.goToProblems(),
    readCsrText: (ctx, el) => ctx.readCsrText(requestOf(el)),
    // Every finding in the summary and beside its field; before any check, the check first.
    checkEverything: (ctx) => { ctx.showAll = true; if (ctx.result) ctx.render(0); else ctx.checkNow(); },
    // A task or an answer's "Change": the first field of its part (data-paths: its pointers).
    focusPart: (ctx, el) => ctx.focusPart(el.dataset.paths.split(' ')),
  },
  change: {
    importCsv: (ctx, el, event) => ctx.importCsv(event),
    importFile: (ctx, el, event) => ctx.importFile(event),
    exportAck: (ctx) => ctx.renderExport(),
    pickBill: (ctx, el) => ctx.pickBill(requestOf(el), el),
    readCsrFile: (ctx, el) => ctx.readCsrFile(requestOf(el), el),
  },
  toggle: {
    pins: (ctx, el) => ctx.renderPins(requestOf(el), el),
  },
};

const FIELD = /^\/requests\/(\d+)\/(.+)$/;

/** A typed or picked value of a field control: text, a select's choice, a box's tick. */
const valueOf = (el) => (el.type === 'checkbox' ? el.checked : el.value);

/**
 * The element takes over its view: one listener per kind of event on the shadow root, the
 * media query for the secondary actions, the observer hiding the compact bar while the
 * progress panel is on screen, and printing.
 */
export function listen(ctx) {
  const { root, ui } = ctx;
  const run = (type) => (event) => {
    const el = event.target.closest?.(`[data-${type}]`);
    const action = el && ACTIONS[type][el.getAttribute(`data-${type}`)];
    if (!action || (type === 'toggle' && el !== event.target)) return;
    if (el.tagName === 'A') event.preventDefault();
    action(ctx, el, event);
  };
  root.addEventListener('click', run('click'));
  root.addEventListener('change', run('change'));
  root.addEventListener('toggle', run('toggle'), true);  // toggle does not bubble
  // A field: text as it is typed, a select's or a box's change. Findings wait until the
  // customer leaves the field (then stay live while they fix it).
  const edit = (event) => {
    const el = event.target;
    const match = el.hasAttribute?.('data-field') && FIELD.exec(el.dataset.path);
    if (!match) return;
    const text = el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && el.type !== 'checkbox');
    if ((event.type === 'input') !== text) return;
    ctx.edited(Number(match[1]), match[2], valueOf(el), el);
  };
  root.addEventListener('input', edit);
  root.addEventListener('change', edit);
  root.addEventListener('focusout', (event) => {
    const el = event.target;
    if (el.hasAttribute?.('data-field') && el.tagName !== 'SELECT' && el.type !== 'checkbox') ctx.leave(el.dataset.path);
  });
  root.addEventListener('paste', (event) => {
    if (event.target.matches?.('textarea[data-field][data-path$="/phone_numbers"]')) ctx.pasteIntoNumbers(event);
  });
  // Wide screens show the secondary actions in a row; a phone keeps them behind their summary.
  const more = root.querySelector('.pc-more');
  const wide = window.matchMedia('(min-width: 40rem)');
  more.open = wide.matches;
  wide.addEventListener('change', () => { more.open = wide.matches; });
  // The compact bar is for when the progress panel is out of sight; while it is on screen
  // (as on arrival), the bar would only cover it.
  new IntersectionObserver(([entry]) => ui.bar.toggleAttribute('data-hidden', entry.isIntersecting))
    .observe(root.querySelector('.pc-results'));
  // The sign-ready LOA is drawn when printing, not on every check.
  window.addEventListener('beforeprint', () => { if (ctx.result) ctx.renderPrintView(ctx.result.draft); });
}

/** A field's new value, typed or picked (listen()): into the form, then checked. */
export function edited(ctx, i, path, value, el) {
  const pointer = `/requests/${i}/${path}`;
  if (path === 'phone_numbers') {
    ctx.touch(pointer);
    ctx.form.numbersText[i] = value;
    ctx.changed();
    return;
  }
  ctx.setField(i, path, value, { touch: el.tagName !== 'INPUT' || el.type === 'checkbox' || ctx.showsFindings(pointer) });
}

/**
 * What the customer typed into the prerendered form before the script took over: each control
 * whose value differs from the one the HTML gave it, as [pointer, value].
 */
export function typedBeforeScript(ctx) {
  const typed = [];
  for (const el of ctx.root.querySelectorAll('[data-field]')) {
    const changed = el.type === 'checkbox' ? el.checked !== el.defaultChecked
      : el.tagName === 'SELECT' ? [...el.options].some((o) => o.selected !== o.defaultSelected)
        : el.value !== el.defaultValue;
    if (changed) typed.push([el.dataset.path, valueOf(el)]);
  }
  return typed;
}

/** Puts typed values (typedBeforeScript) into the form, over a restored draft, shown as typed. */
export function applyTyped(ctx, typed) {
  for (const [pointer, value] of typed) {
    const match = FIELD.exec(pointer);
    const i = Number(match?.[1]);
    if (!match || !ctx.form.draft.requests[i]) continue;
    const path = match[2];
    ctx.touch(pointer);
    if (path === 'phone_numbers') ctx.form.numbersText[i] = value;
    else setAt(ctx.form.draft.requests[i], path, value);
    const el = ctx.root.querySelector(`[data-path="${CSS.escape(pointer)}"]`);
    if (el && valueOf(el) !== value) {
      if (el.type === 'checkbox') el.checked = value;
      else el.value = value;
    }
  }
  if (ctx.autosave && typed.length) storage.saveForm(ctx.form);
}

export function helpSections(ctx) {
  const item = (title, ...paragraphs) => h('details', { class: 'pc-details' }, h('summary', {}, title), paragraphs.map((p) => h('p', {}, p)));
  return h('section', { class: 'pc-help-sections', 'aria-labelledby': 'help-title' },
    h('h2', { id: 'help-title' }, 'Good to know'),
    item('What porting is, and how long it takes',
      'Porting moves your existing phone numbers from your current carrier to Outreach, so callers keep reaching you on the same numbers. There is no fee to port in.',
      'Outreach reviews your request within one business day and sends it on; your current carrier answers in about a week, and the port itself happens 2 to 6 weeks after submission. Outreach cannot speed it up or choose the date.',
      'If the carrier rejects the request, the clock starts again from the beginning; that is what this check helps you avoid.',
      'Do not cancel your service with your current carrier: the port ends it. On port day, calls can be interrupted for up to 24 hours.'),
    item('How to get your Customer Service Record (CSR)',
      'Call your current carrier and ask the porting (number transfer) team for the Customer Service Record on file for your account. The billing department\'s record is not the same: carriers compare your request against the CSR.',
      'Copy the name and address exactly as the CSR shows them, including abbreviations.'),
    item('Moving numbers away from Outreach',
      'To another provider that uses Twilio: the new provider names an active Outreach admin to Twilio and asks Twilio to share the numbers with Outreach; Outreach then approves the move.',
      'To any other provider: start the port with the new provider, then tell Outreach support so they can release the numbers.'));
}

export function field(ctx, index, field) {
  const pointer = `/requests/${index}/${field.path}`;
  const id = `r${index}-${field.path.replaceAll('/', '-')}`;
  const value = getAt(ctx.form.draft.requests[index], field.path) ?? '';
  const describedBy = [field.carrierHint ? `${id}-hint` : null, `${id}-findings`, field.note ? `${id}-note` : null].filter(Boolean).join(' ');
  let control;
  if (field.type === 'select') {
    control = h('select', { id, 'data-path': pointer, 'data-field': true, 'aria-describedby': describedBy },
      field.options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
  } else {
    control = h('input', {
      id, 'data-path': pointer, 'data-field': true, type: field.type ?? 'text', value, autocomplete: field.autocomplete ?? 'off',
      inputmode: field.inputmode, list: field.list, spellcheck: 'false', 'aria-describedby': describedBy,
      class: field.size === 'short' ? 'pc-short' : null,
    });
  }
  return h('div', { class: 'pc-field' },
    h('label', { for: id }, field.label),
    // What the chosen carrier's PIN or account number looks like, before anything is typed.
    field.carrierHint ? h('p', { class: 'pc-help pc-carrier-hint', id: `${id}-hint`, 'data-hint': field.carrierHint, 'data-request': index }) : null,
    control,
    field.note ? h('p', { class: 'pc-help', id: `${id}-note` }, field.note) : null,
    h('div', { class: 'pc-findings', id: `${id}-findings`, 'data-for': pointer }));
}

export function checkbox(ctx, index, path, label) {
  const id = `r${index}-${path.replaceAll('/', '-')}`;
  const pointer = `/requests/${index}/${path}`;
  return h('div', { class: 'pc-field pc-check' },
    h('input', { type: 'checkbox', id, 'data-path': pointer, 'data-field': true, checked: getAt(ctx.form.draft.requests[index], path) === true,
      'aria-describedby': `${id}-findings` }),
    h('label', { for: id }, label),
    h('div', { class: 'pc-findings', id: `${id}-findings`, 'data-for': pointer }));
}

export function renderRequests(ctx) {
  const { requests } = ctx.form.draft;
  ctx.ui.requests.replaceChildren(...requests.map((_, i) => ctx.requestCard(i)));
  requests.forEach((_, i) => ctx.showCarrierHints(i));
}

// The core's hints for the carrier a request names (its words, its loose matching).
export async function showCarrierHints(ctx, i) {
  const typed = ctx.form.draft.requests[i]?.losing_carrier ?? '';
  let info = null;
  try { info = typed.trim() ? await core.carrierFor(typed) : null; } catch { info = null; }
  if ((ctx.form.draft.requests[i]?.losing_carrier ?? '') !== typed) return;  // a newer name was typed
  for (const hint of ctx.ui.requests.querySelectorAll(`.pc-carrier-hint[data-request="${i}"]`)) {
    hint.textContent = info?.[hint.dataset.hint] ?? '';
  }
}

export function requestCard(ctx, i) {
  const request = ctx.form.draft.requests[i];
  const count = ctx.form.draft.requests.length;
  const numbersId = `r${i}-numbers`;
  const bill = ctx.bills.get(ctx.form.ids[i]);
  const file = request.bill?.file;
  const card = h('section', { class: 'pc-request', 'aria-labelledby': `r${i}-title`, 'data-request': i },
    h('div', { class: 'pc-request-head' },
      h('h2', { id: `r${i}-title` }, count > 1 ? `Request ${i + 1} of ${count}` : 'Your port request'),
      count > 1 ? h('button', { type: 'button', class: 'pc-button pc-danger', 'data-click': 'removeRequest' }, `Remove request ${i + 1}`) : null),
    h('p', { class: 'pc-help' }, 'One request per carrier account: numbers on different accounts, owners or addresses need separate requests.'),
    // A resubmission's rejection, first (element-rejection.js).
    h('section', { class: 'pc-rejection', id: `r${i}-rejection`, 'aria-label': 'The rejection', hidden: request.rejection ? null : true }),
    SECTIONS.map((section) => h('fieldset', { class: 'pc-fieldset' },
      h('legend', {}, section.title), h('p', { class: 'pc-help' }, section.help),
      section.fields.map((f) => ctx.field(i, f)))),
    h('fieldset', { class: 'pc-fieldset' },
      h('legend', {}, 'Phone numbers to port'),
      h('div', { class: 'pc-field' },
        h('label', { for: numbersId }, 'Numbers: one per line, or separated by commas, semicolons or tabs'),
        h('p', { class: 'pc-help', id: `${numbersId}-help` }, 'Any format works: (217) 544-0111, 217.544.0111, +1 217 544 0111. Paste hundreds at once.'),
        h('textarea', { id: numbersId, rows: '6', spellcheck: 'false', autocomplete: 'off', 'data-path': `/requests/${i}/phone_numbers`, 'data-field': true,
          'aria-describedby': `${numbersId}-help ${numbersId}-findings` }, ctx.form.numbersText[i] ?? ''),
        h('div', { class: 'pc-findings', id: `${numbersId}-findings`, 'data-for': `/requests/${i}/phone_numbers` }),
        h('p', { class: 'pc-progress', id: `${numbersId}-progress`, 'aria-live': 'polite' }),
        h('ul', { class: 'pc-chips', id: `${numbersId}-chips`, 'aria-label': 'Number verdicts' })),
      h('details', { class: 'pc-details pc-needs-script', 'data-toggle': 'pins' },
        h('summary', {}, 'Some numbers have their own PIN'),
        h('div', { class: 'pc-pins' }))),
    h('details', { class: 'pc-details pc-fieldset', open: request.csr ? true : null, 'data-path': `/requests/${i}/csr` },
      h('summary', {}, 'Customer Service Record (CSR) from your carrier (recommended)'),
      h('p', { class: 'pc-help' }, 'Copy the name and address exactly as the CSR shows them; the check compares them with what you entered above.'),
      h('div', { class: 'pc-field' },
        h('label', { for: `r${i}-csr-file` }, 'Read them from the CSR: a PDF or text file'),
        h('input', { type: 'file', id: `r${i}-csr-file`, accept: 'application/pdf,text/plain,.txt,.eml', 'data-change': 'readCsrFile' })),
      h('div', { class: 'pc-field' },
        h('label', { for: `r${i}-csr-text` }, 'or paste the CSR text from the carrier\'s e-mail'),
        h('textarea', { id: `r${i}-csr-text`, rows: '4', spellcheck: 'false', autocomplete: 'off' }),
        h('button', { type: 'button', class: 'pc-button pc-needs-script', 'data-click': 'readCsrText' }, 'Read the pasted CSR')),
      h('p', { class: 'pc-help', id: `r${i}-csr-read`, role: 'status' }),
      CSR_FIELDS.map((f) => ctx.field(i, f)),
      h('div', { class: 'pc-findings', id: `r${i}-csr-findings`, 'data-for': `/requests/${i}/csr` })),
    h('fieldset', { class: 'pc-fieldset', 'data-path': `/requests/${i}/bill` },
      h('legend', {}, 'Recent phone bill'),
      h('p', { class: 'pc-help' }, 'A bill from the last 30 days. If your provider issues no bills, a receipt or a screenshot of the account portal will do. The file stays in your browser until you export the bundle.'),
      ctx.field(i, { path: 'bill/kind', label: 'Document', type: 'select', options: [['bill', 'Phone bill'], ['receipt', 'Receipt'], ['portal_screenshot', 'Account portal screenshot']] }),
      ctx.field(i, { path: 'bill/statement_date', label: 'Statement date', type: 'date' }),
      h('div', { class: 'pc-field' },
        h('label', { for: `r${i}-bill-file` }, 'Bill file (PDF or image, up to 10 MB)'),
        h('input', { type: 'file', id: `r${i}-bill-file`, accept: 'application/pdf,image/png,image/jpeg', 'aria-describedby': `r${i}-bill-file-info`,
          'data-change': 'pickBill' }),
        h('p', { class: 'pc-help', id: `r${i}-bill-file-info`, 'aria-live': 'polite' },
          file ? `${file.name} · ${file.media_type} · ${formatBytes(file.size)} · SHA-256 ${file.sha256.slice(0, 12)}…${bill ? '' : ' (pick the file again: it is not on this device any more)'}` : 'No file attached.')),
      h('div', { class: 'pc-bill-says', id: `r${i}-bill-says`, 'aria-live': 'polite', hidden: file ? null : true }),
      BILL_CHECKS.map(([path, label]) => ctx.checkbox(i, path, label)),
      h('div', { class: 'pc-findings', id: `r${i}-bill-findings`, 'data-for': `/requests/${i}/bill` })),
    h('fieldset', { class: 'pc-fieldset' },
      h('legend', {}, 'Signature'),
      h('p', { class: 'pc-help' }, 'The authorized person signs the Letter of Authorization. Print it from the button at the top.'),
      ctx.field(i, { path: 'signature/signer_name', label: 'Signed by (full name)', autocomplete: 'name' }),
      ctx.field(i, { path: 'signature/signed_on', label: 'Date signed', type: 'date' })),
    h('fieldset', { class: 'pc-fieldset' },
      h('legend', {}, 'Before you submit, confirm'),
      ATTESTATIONS.map(([path, label]) => ctx.checkbox(i, path, label))),
    h('section', { class: 'pc-checklist', 'aria-labelledby': `r${i}-checklist-title` },
      h('h3', { id: `r${i}-checklist-title` }, 'The ten reasons carriers reject ports'),
      h('ul', { class: 'pc-reasons', id: `r${i}-reasons` })),
    h('section', { class: 'pc-timeline', 'aria-labelledby': `r${i}-timeline-title` },
      h('h3', { id: `r${i}-timeline-title` }, 'Timeline if you submit today'),
      h('div', { id: `r${i}-timeline` })));
  return card;
}

export function renderPins(ctx, i, details) {
  if (!details.open) return;
  const box = details.querySelector('.pc-pins');
  const numbers = ctx.result?.draft.requests[i]?.phone_numbers ?? [];
  const pins = ctx.form.pins[i];
  const shown = numbers.slice(0, 500);
  const key = numbers.map((n) => n.phone_number).join('\n');
  if (box.dataset.key === key && box.childElementCount) return;  // same numbers: keep what is being typed
  box.dataset.key = key;
  put(box, numbers.length === 0 ? h('p', { class: 'pc-help' }, 'Enter numbers first.') : null,
    ...shown.map((n, j) => {
      const id = `r${i}-pin-${j}`;
      return h('div', { class: 'pc-field pc-inline' }, h('label', { for: id }, `PIN for ${n.phone_number}`),
        h('input', { id, type: 'password', autocomplete: 'off', class: 'pc-short', value: pins[n.phone_number] ?? '',
          oninput: (e) => {
            if (e.target.value) pins[n.phone_number] = e.target.value;
            else delete pins[n.phone_number];
            ctx.changed();
          } }));
    }),
    numbers.length > shown.length ? h('p', { class: 'pc-help' }, `Showing the first ${shown.length} numbers.`) : null);
}

export function touch(ctx, pointer) {
  ctx.touched.add(pointer);
}

// The customer left a field: its findings (and its part's) may show from now on. They appear
// a moment later, not at once: the click that moved focus lands first, on what was there.
export function leave(ctx, pointer) {
  if (ctx.touched.has(pointer)) return;
  ctx.touch(pointer);
  ctx.schedule(CHECK_DELAY_MS);
}

export function showsFindings(ctx, pointer) {
  return Boolean(ctx.root.querySelector(`.pc-findings[data-for="${CSS.escape(pointer)}"]`)?.childElementCount);
}

export function isTouched(ctx, path) {
  if (ctx.showAll) return true;
  for (const t of ctx.touched) if (path === t || path.startsWith(`${t}/`) || t.startsWith(`${path}/`)) return true;
  return false;
}

export function setField(ctx, i, path, value, { touch = true } = {}) {
  if (touch) ctx.touch(`/requests/${i}/${path}`);
  setAt(ctx.form.draft.requests[i], path, value === false ? false : value);
  if (path === 'losing_carrier') ctx.showCarrierHints(i);
  if (path.startsWith('csr/') && Object.values(ctx.form.draft.requests[i].csr ?? {}).every((v) => v === '' || v == null)) {
    delete ctx.form.draft.requests[i].csr;
  }
  ctx.changed();
}

// The debounce is for a customer who is still typing: the visit's first input is checked at
// once (on a prerendered page, before it nothing has been checked at all).
export function changed(ctx) {
  if (ctx.autosave) storage.saveForm(ctx.form);
  if (ctx.inputSeen) {
    ctx.schedule(CHECK_DELAY_MS);
  } else {
    ctx.inputSeen = true;
    ctx.checkNow();
  }
}

/**
 * The element's first moves once its view is adopted or built. A prerendered blank view is
 * already the core's verdict on the blank form (the build ran the core on it, and a browser
 * test proves the two equal), so a blank visit is judged at once and checked on its first
 * input; only the timeline's dates wait for the core, below the fold. A restored draft, or
 * what was typed before the script took over (kept: it wins over the draft), is checked at once.
 */
export async function start(ctx, prerendered) {
  const typed = prerendered ? ctx.typedBeforeScript() : [];
  const picked = [...ctx.root.querySelectorAll('input[type="file"][data-change]')].filter((el) => el.files?.length);
  const restored = await ctx.restore();
  ctx.applyTyped(typed);
  ctx.form.draft.requests.forEach((_, i) => ctx.showCarrierHints(i));
  if (typed.length) ctx.inputSeen = true;
  if (restored || typed.length || !prerendered) {
    ctx.checkNow();
  } else {
    ctx.markFirstVerdict();
    core.warm().then(() => ctx.datePrerendered(), () => {});
  }
  // A file picked before the script took over is read as if picked now.
  for (const el of picked) el.dispatchEvent(new Event('change', { bubbles: true }));
}

// Typing waits for a pause.
export function schedule(ctx, delay) {
  clearTimeout(ctx.timer);
  ctx.timer = setTimeout(() => ctx.check(), delay);
}

// A whole new form (on load, after an import) is checked at once, not through a timer: while
// the page loads, a timer's task can wait behind loading work for tens of milliseconds.
export function checkNow(ctx) {
  clearTimeout(ctx.timer);
  ctx.check();
}

export async function check(ctx) {
  const started = performance.now();
  const big = ctx.form.numbersText.some((t) => t.length > 20000);
  if (big) ctx.form.numbersText.forEach((_, i) => { const p = ctx.root.getElementById(`r${i}-numbers-progress`); if (p) p.textContent = 'Checking the numbers…'; });
  try {
    ctx.readBills();
    const result = await core.check({ ...ctx.form, evidence: ctx.evidence(), previous: ctx.previous });
    if (!result) return;  // overtaken by a newer edit
    ctx.result = result;
    ctx.render(performance.now() - started);
  } catch (e) {
    ctx.showFailure(e);
  }
}

export function addRequest(ctx) {
  const i = addRequestTo(ctx.form);
  ctx.renderRequests();
  ctx.changed();
  ctx.root.getElementById(`r${i}-customer_type`)?.focus();
}

export async function removeRequest(ctx, i) {
  const id = ctx.form.ids[i];
  removeRequestFrom(ctx.form, i);
  ctx.bills.delete(id);
  if (ctx.autosave) await storage.saveBill(id, undefined);
  ctx.renderRequests();
  ctx.changed();
  ctx.root.getElementById('results-title')?.focus();
}

export async function startOver(ctx) {
  if (!confirm('Start over? This clears everything you entered on this device.')) return;
  await storage.clearAll();
  ctx.form = emptyForm();
  ctx.bills.clear();
  ctx.touched.clear();
  ctx.showAll = false;
  ctx.previous = null;
  ctx.renderRequests();
  ctx.notice('Started over: the form is empty.', 'info');
  ctx.changed();
}

/**
 * The core's report on the blank form, once its first stage is here, for what the prerendered
 * view left out: the timeline's dates, the visitor's today. The rest of the view already is
 * this report (tests/web/prerender.test.mjs), so only the timeline is drawn: redrawing the
 * whole view would cost the page's thread tens of milliseconds as the customer starts typing.
 */
export async function datePrerendered(ctx) {
  // A task of its own: the first stage's first call compiles what it runs (V8 compiles
  // WebAssembly functions on first use), which would otherwise join its instantiation's task.
  await nextTask();
  if (ctx.result || ctx.inputSeen) return;
  const result = await core.check({ ...ctx.form, evidence: null, previous: null });
  if (!result || ctx.result || ctx.inputSeen) return;  // the customer's first input came first
  ctx.result = result;
  result.report.requests.forEach((r, i) => ctx.renderTimeline(i, r.timeline, result.report.as_of));
}

/** The draft autosaved on this device, if any, back in the form: true when there was one. */
export async function restore(ctx) {
  if (!ctx.autosave) return false;
  const saved = storage.loadForm();
  if (!saved) return false;
  ctx.form = saved;
  for (const id of saved.ids) {
    const bill = await storage.loadBill(id);
    if (bill) ctx.bills.set(id, bill);
  }
  ctx.showAll = true;
  ctx.renderRequests();
  ctx.notice('Your draft was restored from this device. PINs are never saved: enter them again.', 'info');
  return true;
}

export async function pickBill(ctx, i, input) {
  const file = input.files?.[0];
  const info = ctx.root.getElementById(`r${i}-bill-file-info`);
  if (!file) return;
  if (file.size > MAX_BILL_BYTES) {
    info.textContent = `${file.name} is ${formatBytes(file.size)}; the limit is 10 MB. Attach a smaller scan or export of the bill.`;
    info.classList.add('pc-error-text');
    input.value = '';
    return;
  }
  ctx.touch(`/requests/${i}/bill`);
  const bytes = await file.arrayBuffer();
  const sha256 = await sha256Hex(bytes);
  const type = file.type || 'application/octet-stream';
  setAt(ctx.form.draft.requests[i], 'bill/file', { name: file.name, media_type: type, size: file.size, sha256 });
  const id = ctx.form.ids[i];
  ctx.bills.set(id, { name: file.name, type, bytes });
  // A picked file is not typing: it is read and checked at once, not after the debounce.
  ctx.readBills();
  ctx.checkNow();
  info.classList.remove('pc-error-text');
  info.textContent = `${file.name} · ${type} · ${formatBytes(file.size)} · SHA-256 ${sha256.slice(0, 12)}… (kept in your browser)`;
  if (ctx.autosave) {
    storage.saveForm(ctx.form);
    await storage.saveBill(id, { name: file.name, type, bytes });
  }
}
