// <port-precheck>: the customer's pre-check, as one custom element (SPEC §7). A help-center
// page embeds it with one script tag; index.html is the same element on a page of its own.
//
// This file renders and wires events only. Every rule, verdict and word of advice comes from
// the C++ core's report (through core.js and its worker); user text is only ever set as text.
import * as core from './core.js';
import * as storage from './storage.js';
import { formatBytes, fromBase64, h, put, sha256Hex, toBase64 } from './dom.js';
import { answersView, chipsView, findingNode, loaView, reasonsView, timelineView } from './report-view.js';
import { importPreview, pasteTableView } from './import-view.js';
import { billSaysView, CSR_READ_FIELDS, csrReadSummary } from './evidence-view.js';
import {
  ATTESTATIONS, BILL_CHECKS, CSR_FIELDS, PARTS, hasValue, MAX_BILL_BYTES, SECTIONS,
  addRequest, emptyForm, formFromDraft, getAt, removeRequest, requestFromCsv, setAt,
} from './form-model.js';

const CHECK_DELAY_MS = 250;
const SUMMARY_LIMIT = 200;

export class PortPrecheck extends HTMLElement {
  #root;
  #form = emptyForm();
  #bills = new Map();  // request id → {name, type, bytes}
  // What each bill says, read once per file in the worker (core.readBill): SHA-256 → promise,
  // and the readings done. Typing never re-reads a bill; checks hand the core the readings.
  #reading = new Map();
  #readings = new Map();
  // Bills are read once the rest of the checker has loaded after the first verdict, so a
  // restored bill fetches nothing earlier than any other visit does.
  #markLoaded;
  #loaded = new Promise((resolve) => { this.#markLoaded = resolve; });
  #result = null;      // {draft, report} of the latest check
  #timer = 0;
  #ui = {};
  // Findings show beside a field once the customer has been there (or loaded a file); the
  // summary always lists them all. A blank form is not a wall of red.
  #touched = new Set();
  #showAll = false;
  // Outreach's public key for encrypted bundles (jwe.js): the recipient-key attribute, else
  // recipient-key.jwk beside this script, loaded after the first verdict with the rest.
  // {state: 'ready', recipient} | {state: 'none'} | {state: 'error', message}; null until known.
  #key = null;
  #keyLoad = null;
  #keyGeneration = 0;  // a load overtaken by a newer attribute does not set #key

  static get observedAttributes() { return ['recipient-key']; }

  attributeChangedCallback() {
    if (!this.#keyLoad) return;  // not loaded yet: the attribute is read then
    this.#keyLoad = null;
    this.#key = null;
    this.#loadKey().then(() => this.#renderExport());
  }

  connectedCallback() {
    if (this.#root) return;
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.append(h('link', { rel: 'stylesheet', href: new URL('./port-precheck.css', import.meta.url).href }));
    this.#build();
    core.warm().catch((e) => this.#showFailure(e));
    this.#restore().then(() => this.#checkNow());
  }

  get #autosave() { return this.getAttribute('autosave') !== 'off'; }

  // ---- building the UI -------------------------------------------------------------------

  #build() {
    const ui = this.#ui;
    ui.status = h('p', { class: 'pc-status', role: 'status', 'aria-live': 'polite' }, 'Loading the checker…');
    ui.tasks = h('div', { class: 'pc-tasks' });
    ui.summary = h('div', { class: 'pc-summary', 'aria-live': 'polite' });
    ui.requests = h('div', { class: 'pc-requests' });
    ui.csvInput = h('input', { type: 'file', accept: '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain', class: 'pc-visually-hidden', id: 'csv-file', onchange: (e) => this.#importCsv(e) });
    ui.importInput = h('input', { type: 'file', accept: '.json,.jwe,application/json', class: 'pc-visually-hidden', id: 'import-file', onchange: (e) => this.#importFile(e) });
    ui.notice = h('div', { class: 'pc-notice', role: 'alert' });
    ui.exportAck = h('input', { type: 'checkbox', id: 'export-ack', onchange: () => this.#renderExport() });
    ui.exportAckLabel = h('label', { for: 'export-ack' });
    ui.exportButton = h('button', { type: 'button', class: 'pc-primary', id: 'export', onclick: () => this.#exportBundle() }, 'Export the submission bundle');
    ui.exportStatus = h('p', { class: 'pc-help', id: 'export-status', role: 'status' });
    ui.exportSecurity = h('p', { class: 'pc-security', id: 'export-security' });
    ui.saveDraft = h('button', { type: 'button', class: 'pc-button', id: 'save-draft', onclick: () => this.#saveDraft() }, 'Save draft to finish later');
    // The status panel's own way to the export (wide screens) and the compact bar (narrow ones).
    ui.panelExport = h('button', { type: 'button', class: 'pc-primary pc-panel-export', onclick: () => this.#goToExport() }, 'Go to export');
    ui.barText = h('span', { class: 'pc-bar-text' });
    ui.bar = h('div', { class: 'pc-bar', role: 'region', 'aria-label': 'Progress' }, ui.barText,
      h('button', { type: 'button', class: 'pc-button', onclick: () => this.#goToProblems() }, 'Review problems'),
      h('button', { type: 'button', class: 'pc-button', onclick: () => this.#goToExport() }, 'Go to export'));
    ui.dialog = h('dialog', { class: 'pc-dialog', 'aria-labelledby': 'dialog-title' });
    ui.print = h('div', { class: 'pc-print', 'aria-hidden': 'true' });
    ui.engine = h('small', {});
    ui.carriers = h('datalist', { id: 'carriers' });
    ui.answers = h('div', { class: 'pc-answers' });

    const main = h('div', { class: 'pc' },
      h('header', { class: 'pc-header' },
        // The host page names the checker (index.html's h1, a help-center article's title):
        // the element's own title only where asked for (heading="…").
        this.hasAttribute('heading') ? h('h2', { class: 'pc-title' }, this.getAttribute('heading') || 'Port Pre-Check') : null,
        h('p', { class: 'pc-lede' }, 'Fill in what your current carrier has on file, paste your numbers, attach a recent bill. ',
          'Every problem a carrier would reject your port for shows up here before you submit. ',
          'Everything is checked in your browser; nothing you type is sent anywhere.')),
      // The secondary actions: in a row on wide screens; on a phone, behind one "More" so the
      // form starts on the first screen.
      h('details', { class: 'pc-more' },
        h('summary', { class: 'pc-button' }, 'Import, resume, print…'),
        h('div', { class: 'pc-toolbar', role: 'group', 'aria-label': 'Files' },
          h('label', { class: 'pc-button', for: 'csv-file' }, 'Import numbers from a CSV…'), ui.csvInput,
          h('button', { type: 'button', class: 'pc-button', id: 'paste-table', onclick: () => this.#pasteTableDialog() }, 'Paste from a spreadsheet…'),
          h('label', { class: 'pc-button', for: 'import-file' }, 'Resume from a bundle or draft…'), ui.importInput,
          h('button', { type: 'button', class: 'pc-button', onclick: () => this.#print() }, 'Print the Letter of Authorization'),
          h('button', { type: 'button', class: 'pc-button pc-danger', onclick: () => this.#startOver() }, 'Start over'))),
      ui.notice,
      h('div', { class: 'pc-layout' },
      h('section', { class: 'pc-results', 'aria-labelledby': 'results-title' },
        h('h2', { id: 'results-title' }, 'Your progress'), ui.status, ui.tasks, ui.summary, ui.panelExport),
      h('div', { class: 'pc-form' },
      ui.requests,
      h('button', { type: 'button', class: 'pc-button', onclick: () => this.#addRequest() }, 'Add another account (request)'),
      h('section', { class: 'pc-export', 'aria-labelledby': 'export-title' },
        h('h2', { id: 'export-title' }, 'Send it to Outreach'),
        h('p', { class: 'pc-help' }, 'The bundle is one file with your Letter of Authorization data, the check report and your bill. ',
          'Send it to Outreach support; they re-check it before submitting it to the carrier.'),
        ui.answers,
        ui.exportSecurity,
        h('p', { class: 'pc-check' }, ui.exportAck, ' ', ui.exportAckLabel),
        h('div', { class: 'pc-export-actions' }, ui.exportButton, ui.saveDraft),
        ui.exportStatus,
        h('p', { class: 'pc-help' }, 'Not finished, or want to keep a copy you can change? ',
          h('strong', {}, 'Save draft to finish later'), ' downloads a draft file without your PINs. ',
          'Open it with "Resume from a bundle or draft…" on this or another computer, then enter the PINs again.')))),
      this.#helpSections(),
      h('footer', { class: 'pc-footer' }, ui.engine),
      ui.carriers,
      ui.bar,
      ui.dialog);
    this.#root.append(main, ui.print);
    // Wide screens show the secondary actions in a row; a phone keeps them behind their summary.
    const more = main.querySelector('.pc-more');
    const wide = window.matchMedia('(min-width: 40rem)');
    more.open = wide.matches;
    wide.addEventListener('change', () => { more.open = wide.matches; });
    // The compact bar is for when the progress panel is out of sight; while it is on screen
    // (as on arrival), the bar would only cover it.
    new IntersectionObserver(([entry]) => ui.bar.toggleAttribute('data-hidden', entry.isIntersecting))
      .observe(main.querySelector('.pc-results'));
    this.#renderRequests();
    // The progress panel as the first verdict will show it (every part "Not started"), drawn
    // before the core is ready, so nothing moves when the verdict arrives.
    const { done, total } = this.#renderTasks({ findings: [] });
    ui.status.textContent = `Getting started: ${done} of ${total} parts done. Problems show up beside each part as you fill it in.`;
    ui.barText.textContent = `${done} of ${total} parts done`;
    put(ui.summary, h('button', { type: 'button', class: 'pc-button', onclick: () => { this.#showAll = true; if (this.#result) this.#render(0); } }, 'Check everything'));
    // The sign-ready LOA is drawn when printing, not on every check.
    window.addEventListener('beforeprint', () => { if (this.#result) this.#renderPrintView(this.#result.draft); });
    core.version().then((v) => { ui.engine.textContent = `Checker ${v}`; }).catch(() => {});
    core.carriers().then((list) => ui.carriers.replaceChildren(...list.map((c) => h('option', { value: c.name })))).catch(() => {});
  }

  #helpSections() {
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

  #field(index, field) {
    const pointer = `/requests/${index}/${field.path}`;
    const id = `r${index}-${field.path.replaceAll('/', '-')}`;
    const value = getAt(this.#form.draft.requests[index], field.path) ?? '';
    const describedBy = [field.carrierHint ? `${id}-hint` : null, `${id}-findings`, field.note ? `${id}-note` : null].filter(Boolean).join(' ');
    let control;
    // Findings wait until the customer leaves the field (then stay live while they fix it).
    const onInput = (e) => this.#setField(index, field.path, e.target.value, { touch: field.type === 'select' || this.#showsFindings(pointer) });
    const onLeave = () => this.#leave(pointer);
    if (field.type === 'select') {
      control = h('select', { id, 'data-path': pointer, 'aria-describedby': describedBy, onchange: onInput },
        field.options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
    } else {
      control = h('input', {
        id, 'data-path': pointer, type: field.type ?? 'text', value, autocomplete: field.autocomplete ?? 'off',
        inputmode: field.inputmode, list: field.list, spellcheck: 'false', 'aria-describedby': describedBy,
        class: field.size === 'short' ? 'pc-short' : null, oninput: onInput, onblur: onLeave,
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

  #checkbox(index, path, label) {
    const id = `r${index}-${path.replaceAll('/', '-')}`;
    const pointer = `/requests/${index}/${path}`;
    return h('div', { class: 'pc-field pc-check' },
      h('input', { type: 'checkbox', id, 'data-path': pointer, checked: getAt(this.#form.draft.requests[index], path) === true,
        'aria-describedby': `${id}-findings`, onchange: (e) => this.#setField(index, path, e.target.checked) }),
      h('label', { for: id }, label),
      h('div', { class: 'pc-findings', id: `${id}-findings`, 'data-for': pointer }));
  }

  #renderRequests() {
    const { requests } = this.#form.draft;
    this.#ui.requests.replaceChildren(...requests.map((_, i) => this.#requestCard(i)));
    requests.forEach((_, i) => this.#showCarrierHints(i));
  }

  // The core's hints for the carrier a request names (its words, its loose matching).
  async #showCarrierHints(i) {
    const typed = this.#form.draft.requests[i]?.losing_carrier ?? '';
    let info = null;
    try { info = typed.trim() ? await core.carrierFor(typed) : null; } catch { info = null; }
    if ((this.#form.draft.requests[i]?.losing_carrier ?? '') !== typed) return;  // a newer name was typed
    for (const hint of this.#ui.requests.querySelectorAll(`.pc-carrier-hint[data-request="${i}"]`)) {
      hint.textContent = info?.[hint.dataset.hint] ?? '';
    }
  }

  #requestCard(i) {
    const request = this.#form.draft.requests[i];
    const count = this.#form.draft.requests.length;
    const numbersId = `r${i}-numbers`;
    const bill = this.#bills.get(this.#form.ids[i]);
    const file = request.bill?.file;
    const card = h('section', { class: 'pc-request', 'aria-labelledby': `r${i}-title`, 'data-request': i },
      h('div', { class: 'pc-request-head' },
        h('h2', { id: `r${i}-title` }, count > 1 ? `Request ${i + 1} of ${count}` : 'Your port request'),
        count > 1 ? h('button', { type: 'button', class: 'pc-button pc-danger', onclick: () => this.#removeRequest(i) }, `Remove request ${i + 1}`) : null),
      h('p', { class: 'pc-help' }, 'One request per carrier account: numbers on different accounts, owners or addresses need separate requests.'),
      SECTIONS.map((section) => h('fieldset', { class: 'pc-fieldset' },
        h('legend', {}, section.title), h('p', { class: 'pc-help' }, section.help),
        section.fields.map((f) => this.#field(i, f)))),
      h('fieldset', { class: 'pc-fieldset' },
        h('legend', {}, 'Phone numbers to port'),
        h('div', { class: 'pc-field' },
          h('label', { for: numbersId }, 'Numbers: one per line, or separated by commas, semicolons or tabs'),
          h('p', { class: 'pc-help', id: `${numbersId}-help` }, 'Any format works: (217) 544-0111, 217.544.0111, +1 217 544 0111. Paste hundreds at once.'),
          h('textarea', { id: numbersId, rows: '6', spellcheck: 'false', autocomplete: 'off', 'data-path': `/requests/${i}/phone_numbers`,
            'aria-describedby': `${numbersId}-help ${numbersId}-findings`,
            oninput: (e) => { this.#touch(`/requests/${i}/phone_numbers`); this.#form.numbersText[i] = e.target.value; this.#changed(); },
            onpaste: (e) => this.#pasteIntoNumbers(e) }, this.#form.numbersText[i] ?? ''),
          h('div', { class: 'pc-findings', id: `${numbersId}-findings`, 'data-for': `/requests/${i}/phone_numbers` }),
          h('p', { class: 'pc-progress', id: `${numbersId}-progress`, 'aria-live': 'polite' }),
          h('ul', { class: 'pc-chips', id: `${numbersId}-chips`, 'aria-label': 'Number verdicts' })),
        h('details', { class: 'pc-details', ontoggle: (e) => this.#renderPins(i, e.target) },
          h('summary', {}, 'Some numbers have their own PIN'),
          h('div', { class: 'pc-pins' }))),
      h('details', { class: 'pc-details pc-fieldset', open: request.csr ? true : null, 'data-path': `/requests/${i}/csr` },
        h('summary', {}, 'Customer Service Record (CSR) from your carrier (recommended)'),
        h('p', { class: 'pc-help' }, 'Copy the name and address exactly as the CSR shows them; the check compares them with what you entered above.'),
        h('div', { class: 'pc-field' },
          h('label', { for: `r${i}-csr-file` }, 'Read them from the CSR: a PDF or text file'),
          h('input', { type: 'file', id: `r${i}-csr-file`, accept: 'application/pdf,text/plain,.txt,.eml', onchange: (e) => this.#readCsrFile(i, e.target) })),
        h('div', { class: 'pc-field' },
          h('label', { for: `r${i}-csr-text` }, 'or paste the CSR text from the carrier\'s e-mail'),
          h('textarea', { id: `r${i}-csr-text`, rows: '4', spellcheck: 'false', autocomplete: 'off' }),
          h('button', { type: 'button', class: 'pc-button', onclick: () => this.#readCsrText(i) }, 'Read the pasted CSR')),
        h('p', { class: 'pc-help', id: `r${i}-csr-read`, role: 'status' }),
        CSR_FIELDS.map((f) => this.#field(i, f)),
        h('div', { class: 'pc-findings', id: `r${i}-csr-findings`, 'data-for': `/requests/${i}/csr` })),
      h('fieldset', { class: 'pc-fieldset', 'data-path': `/requests/${i}/bill` },
        h('legend', {}, 'Recent phone bill'),
        h('p', { class: 'pc-help' }, 'A bill from the last 30 days. If your provider issues no bills, a receipt or a screenshot of the account portal will do. The file stays in your browser until you export the bundle.'),
        this.#field(i, { path: 'bill/kind', label: 'Document', type: 'select', options: [['bill', 'Phone bill'], ['receipt', 'Receipt'], ['portal_screenshot', 'Account portal screenshot']] }),
        this.#field(i, { path: 'bill/statement_date', label: 'Statement date', type: 'date' }),
        h('div', { class: 'pc-field' },
          h('label', { for: `r${i}-bill-file` }, 'Bill file (PDF or image, up to 10 MB)'),
          h('input', { type: 'file', id: `r${i}-bill-file`, accept: 'application/pdf,image/png,image/jpeg', 'aria-describedby': `r${i}-bill-file-info`,
            onchange: (e) => this.#pickBill(i, e.target) }),
          h('p', { class: 'pc-help', id: `r${i}-bill-file-info`, 'aria-live': 'polite' },
            file ? `${file.name} · ${file.media_type} · ${formatBytes(file.size)} · SHA-256 ${file.sha256.slice(0, 12)}…${bill ? '' : ' (pick the file again: it is not on this device any more)'}` : 'No file attached.')),
        h('div', { class: 'pc-bill-says', id: `r${i}-bill-says`, 'aria-live': 'polite', hidden: file ? null : true }),
        BILL_CHECKS.map(([path, label]) => this.#checkbox(i, path, label)),
        h('div', { class: 'pc-findings', id: `r${i}-bill-findings`, 'data-for': `/requests/${i}/bill` })),
      h('fieldset', { class: 'pc-fieldset' },
        h('legend', {}, 'Signature'),
        h('p', { class: 'pc-help' }, 'The authorized person signs the Letter of Authorization. Print it from the button at the top.'),
        this.#field(i, { path: 'signature/signer_name', label: 'Signed by (full name)', autocomplete: 'name' }),
        this.#field(i, { path: 'signature/signed_on', label: 'Date signed', type: 'date' })),
      h('fieldset', { class: 'pc-fieldset' },
        h('legend', {}, 'Before you submit, confirm'),
        ATTESTATIONS.map(([path, label]) => this.#checkbox(i, path, label))),
      h('section', { class: 'pc-checklist', 'aria-labelledby': `r${i}-checklist-title` },
        h('h3', { id: `r${i}-checklist-title` }, 'The ten reasons carriers reject ports'),
        h('ul', { class: 'pc-reasons', id: `r${i}-reasons` })),
      h('section', { class: 'pc-timeline', 'aria-labelledby': `r${i}-timeline-title` },
        h('h3', { id: `r${i}-timeline-title` }, 'Timeline if you submit today'),
        h('div', { id: `r${i}-timeline` })));
    return card;
  }

  #renderPins(i, details) {
    if (!details.open) return;
    const box = details.querySelector('.pc-pins');
    const numbers = this.#result?.draft.requests[i]?.phone_numbers ?? [];
    const pins = this.#form.pins[i];
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
              this.#changed();
            } }));
      }),
      numbers.length > shown.length ? h('p', { class: 'pc-help' }, `Showing the first ${shown.length} numbers.`) : null);
  }

  // ---- state changes ---------------------------------------------------------------------

  #touch(pointer) {
    this.#touched.add(pointer);
  }

  // The customer left a field: its findings (and its part's) may show from now on. They appear
  // a moment later, not at once: the click that moved focus lands first, on what was there.
  #leave(pointer) {
    if (this.#touched.has(pointer)) return;
    this.#touch(pointer);
    this.#schedule(CHECK_DELAY_MS);
  }

  #showsFindings(pointer) {
    return Boolean(this.#root.querySelector(`.pc-findings[data-for="${CSS.escape(pointer)}"]`)?.childElementCount);
  }

  #isTouched(path) {
    if (this.#showAll) return true;
    for (const t of this.#touched) if (path === t || path.startsWith(`${t}/`) || t.startsWith(`${path}/`)) return true;
    return false;
  }

  #setField(i, path, value, { touch = true } = {}) {
    if (touch) this.#touch(`/requests/${i}/${path}`);
    setAt(this.#form.draft.requests[i], path, value === false ? false : value);
    if (path === 'losing_carrier') this.#showCarrierHints(i);
    if (path.startsWith('csr/') && Object.values(this.#form.draft.requests[i].csr ?? {}).every((v) => v === '' || v == null)) {
      delete this.#form.draft.requests[i].csr;
    }
    this.#changed();
  }

  #changed() {
    if (this.#autosave) storage.saveForm(this.#form);
    this.#schedule(CHECK_DELAY_MS);
  }

  // Typing waits for a pause.
  #schedule(delay) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#check(), delay);
  }

  // A whole new form (on load, after an import) is checked at once, not through a timer: while
  // the page loads, a timer's task can wait behind loading work for tens of milliseconds.
  #checkNow() {
    clearTimeout(this.#timer);
    this.#check();
  }

  async #check() {
    const started = performance.now();
    const big = this.#form.numbersText.some((t) => t.length > 20000);
    if (big) this.#form.numbersText.forEach((_, i) => { const p = this.#root.getElementById(`r${i}-numbers-progress`); if (p) p.textContent = 'Checking the numbers…'; });
    try {
      this.#readBills();
      const result = await core.check({ ...this.#form, evidence: this.#evidence() });
      if (!result) return;  // overtaken by a newer edit
      this.#result = result;
      this.#render(performance.now() - started);
    } catch (e) {
      this.#showFailure(e);
    }
  }

  #addRequest() {
    const i = addRequest(this.#form);
    this.#renderRequests();
    this.#changed();
    this.#root.getElementById(`r${i}-customer_type`)?.focus();
  }

  async #removeRequest(i) {
    const id = this.#form.ids[i];
    removeRequest(this.#form, i);
    this.#bills.delete(id);
    if (this.#autosave) await storage.saveBill(id, undefined);
    this.#renderRequests();
    this.#changed();
    this.#root.getElementById('results-title')?.focus();
  }

  async #startOver() {
    if (!confirm('Start over? This clears everything you entered on this device.')) return;
    await storage.clearAll();
    this.#form = emptyForm();
    this.#bills.clear();
    this.#touched.clear();
    this.#showAll = false;
    this.#renderRequests();
    this.#notice('Started over: the form is empty.', 'info');
    this.#changed();
  }

  async #restore() {
    if (!this.#autosave) return;
    const saved = storage.loadForm();
    if (!saved) return;
    this.#form = saved;
    for (const id of saved.ids) {
      const bill = await storage.loadBill(id);
      if (bill) this.#bills.set(id, bill);
    }
    this.#showAll = true;
    this.#renderRequests();
    this.#notice('Your draft was restored from this device. PINs are never saved: enter them again.', 'info');
  }

  async #pickBill(i, input) {
    const file = input.files?.[0];
    const info = this.#root.getElementById(`r${i}-bill-file-info`);
    if (!file) return;
    if (file.size > MAX_BILL_BYTES) {
      info.textContent = `${file.name} is ${formatBytes(file.size)}; the limit is 10 MB. Attach a smaller scan or export of the bill.`;
      info.classList.add('pc-error-text');
      input.value = '';
      return;
    }
    this.#touch(`/requests/${i}/bill`);
    const bytes = await file.arrayBuffer();
    const sha256 = await sha256Hex(bytes);
    const type = file.type || 'application/octet-stream';
    setAt(this.#form.draft.requests[i], 'bill/file', { name: file.name, media_type: type, size: file.size, sha256 });
    const id = this.#form.ids[i];
    this.#bills.set(id, { name: file.name, type, bytes });
    // A picked file is not typing: it is read and checked at once, not after the debounce.
    this.#readBills();
    this.#checkNow();
    info.classList.remove('pc-error-text');
    info.textContent = `${file.name} · ${type} · ${formatBytes(file.size)} · SHA-256 ${sha256.slice(0, 12)}… (kept in your browser)`;
    if (this.#autosave) {
      storage.saveForm(this.#form);
      await storage.saveBill(id, { name: file.name, type, bytes });
    }
  }

  // ---- documents as evidence --------------------------------------------------------------

  // Starts reading every attached bill not read yet (after the checker has loaded); each
  // reading, when done, checks the form again with it.
  #readBills() {
    this.#form.draft.requests.forEach((request, i) => {
      const sha = request.bill?.file?.sha256;
      const bill = this.#bills.get(this.#form.ids[i]);
      if (sha && bill) this.#readingOf(sha, bill.bytes);
    });
  }

  #readingOf(sha, bytes) {
    if (!this.#reading.has(sha)) {
      this.#reading.set(sha, this.#loaded.then(() => core.readBill(new Uint8Array(bytes))).then((reading) => {
        this.#readings.set(sha, reading);
        this.#checkNow();
        return reading;
      }, (e) => {
        this.#reading.delete(sha);  // the checker failed, not the bill: read it again next time
        throw e;
      }));
      this.#reading.get(sha).catch(() => {});
    }
    return this.#reading.get(sha);
  }

  // The readings of the bills this form links, as the JSON check, bundle and verify are given:
  // made again only when the bills change, so a keystroke costs no copy of a long bill.
  #evidenceCache = { key: '', text: '{"bills":{}}' };
  #evidence(shas = this.#form.draft.requests.map((r) => r.bill?.file?.sha256)) {
    const linked = [...new Set(shas.filter((sha) => sha && this.#readings.has(sha)))].sort();
    const key = linked.join(',');
    if (key !== this.#evidenceCache.key) {
      this.#evidenceCache = { key, text: JSON.stringify({ bills: Object.fromEntries(linked.map((sha) => [sha, this.#readings.get(sha)])) }) };
    }
    return this.#evidenceCache.text;
  }

  #renderBillSays(i, documents) {
    const box = this.#root.getElementById(`r${i}-bill-says`);
    const sha = this.#form.draft.requests[i]?.bill?.file?.sha256;
    if (!box) return;
    const bill = this.#bills.get(this.#form.ids[i]);
    box.hidden = !sha || !bill;
    if (box.hidden) return;
    put(box, ...billSaysView(this.#readings.get(sha), documents, () => this.#useBill(i, sha)));
  }

  // "Use these": the bill's values into the fields that are still empty, never over what was typed.
  async #useBill(i, sha) {
    const reading = this.#readings.get(sha);
    const request = this.#form.draft.requests[i];
    if (!reading?.text_layer || !request) return;
    const empty = (path) => !String(getAt(request, path) ?? '').trim();
    if (reading.statement_date && empty('bill/statement_date')) setAt(request, 'bill/statement_date', reading.statement_date);
    if (reading.account_numbers.length && empty('account_number')) setAt(request, 'account_number', reading.account_numbers[0]);
    if (reading.carrier && empty('losing_carrier')) setAt(request, 'losing_carrier', reading.carrier);
    if (!(this.#form.numbersText[i] ?? '').trim() && reading.phone_numbers.length) {
      this.#form.numbersText[i] = (await core.eligibleNumbers(reading.phone_numbers)).join('\n');
    }
    for (const part of ['bill', 'account_number', 'losing_carrier', 'phone_numbers']) this.#touch(`/requests/${i}/${part}`);
    this.#renderRequests();
    this.#changed();
    this.#root.getElementById(`r${i}-bill-statement_date`)?.focus();
  }

  async #readCsrFile(i, input) {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_BILL_BYTES) {
      this.#root.getElementById(`r${i}-csr-read`).textContent = `${file.name} is ${formatBytes(file.size)}; the limit is 10 MB.`;
      return;
    }
    await this.#useCsr(i, file.name, new Uint8Array(await file.arrayBuffer()));
  }

  async #readCsrText(i) {
    const text = this.#root.getElementById(`r${i}-csr-text`)?.value ?? '';
    if (!text.trim()) return;
    await this.#useCsr(i, 'the pasted CSR', new TextEncoder().encode(text));
  }

  // A CSR read by the core fills the CSR fields that are still empty, for review.
  async #useCsr(i, name, bytes) {
    const status = this.#root.getElementById(`r${i}-csr-read`);
    status.textContent = `Reading ${name}\u2026`;
    let csr;
    try {
      csr = await core.readCsr(bytes);
    } catch (e) {
      status.textContent = `Could not read ${name}: ${e.message}`;
      return;
    }
    const request = this.#form.draft.requests[i];
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
    this.#touch(`/requests/${i}/csr`);
    this.#renderRequests();
    this.#root.getElementById(`r${i}-csr-read`).textContent = csrReadSummary(name, csr, filled);
    this.#changed();
  }

  // ---- rendering a report ----------------------------------------------------------------

  #render(elapsed) {
    const { report, draft } = this.#result;
    const root = this.#root;
    if (report.error) {
      this.#ui.status.textContent = `The form could not be checked: ${report.error.message}`;
      return;
    }
    const { summary } = report;
    const tasks = this.#renderTasks(report);
    // Calm until the customer acts: before any part is touched (or the full check is asked
    // for), progress, not a count of problems.
    const calm = !report.ready && !this.#showAll && this.#touched.size === 0;
    // Numbers only the second stage reads, before it has loaded (core.js): said, never guessed.
    const checking = report.findings.filter((f) => f.code === 'number.checking').length;
    const errors = summary.errors - checking;
    const still = checking ? ` Still checking ${checking === 1 ? 'one entry' : `${checking} entries`}\u2026` : '';
    this.#ui.status.textContent = report.ready
      ? `Ready to submit: ${errors} to fix, ${summary.warnings} to review; ${summary.eligible_numbers} of ${summary.numbers} numbers can be ported.`
      : calm ? `Getting started: ${tasks.done} of ${tasks.total} parts done. Problems show up beside each part as you fill it in.${still}`
        : `Not ready yet: ${errors} to fix, ${summary.warnings} to review; ${summary.eligible_numbers} of ${summary.numbers} numbers can be ported.${still}`;
    this.#ui.status.className = `pc-status ${report.ready ? 'pc-ok' : calm || (checking && !errors) ? '' : 'pc-not-ready'}`;
    this.#ui.barText.textContent = report.ready ? 'Ready to submit'
      : calm ? `${tasks.done} of ${tasks.total} parts done` : `${errors} to fix · ${summary.warnings} to review${checking ? ' · checking\u2026' : ''}`;
    this.#ui.status.dataset.elapsed = elapsed.toFixed(0);
    // Navigation → first verdict on screen, for the benchmarks (bench/run.mjs). Then the rest of
    // the checker loads; data-loaded: every file it needs has been fetched, no request follows.
    if (this.#ui.status.dataset.firstVerdictMs === undefined) {
      this.#ui.status.dataset.firstVerdictMs = performance.now().toFixed(0);
      Promise.all([core.finishLoading(), this.#loadKey()]).then(() => {
        this.#renderExport();
        this.toggleAttribute('data-loaded', true);
        this.#markLoaded();
        if (core.needsSecondStage(this.#result?.report)) this.#checkNow();
      }, (e) => this.#showFailure(e));
    }

    // Findings beside their fields: the nearest element whose data-for is a prefix of the path.
    for (const box of root.querySelectorAll('.pc-findings')) box.replaceChildren();
    for (const el of root.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    const byPath = new Map();
    report.findings.forEach((f, index) => {
      if (/^\/requests\/\d+\/phone_numbers\/\d+$/.test(f.path)) { byPath.set(f.path, [...(byPath.get(f.path) ?? []), f]); return; }
      const box = this.#findingsBox(f.path);
      if (!box || !this.#isTouched(box.dataset.for)) return;
      box.append(findingNode(f));
      const control = root.querySelector(`[data-path="${CSS.escape(f.path)}"]`);
      if (control && f.severity === 'error') control.setAttribute('aria-invalid', 'true');
    });

    // Summary: the findings of the parts the customer has been to (all of them once they ask
    // for the full check), each a link that moves focus to its field.
    const shown = report.findings.filter((f) => f.code !== 'number.checking' && (this.#isTouched(f.path) || f.path.startsWith('/requests/') === false));
    const list = shown.slice(0, SUMMARY_LIMIT).map((f) => h('li', { class: `pc-sev-${f.severity}` },
      h('a', { href: `#${f.path}`, onclick: (e) => { e.preventDefault(); this.#touch(f.path); this.#render(0); this.#focusPath(f.path); } },
        `${f.severity === 'error' ? 'Fix' : f.severity === 'warning' ? 'Review' : 'Tip'}: ${f.message}`)));
    put(this.#ui.summary,
      report.findings.length && !this.#showAll
        ? h('button', { type: 'button', class: 'pc-button', onclick: () => { this.#showAll = true; this.#render(0); } }, 'Check everything')
        : null,
      shown.length ? h('ol', { class: 'pc-summary-list' }, list)
        : report.findings.length ? null : h('p', {}, 'No problems found.'),
      shown.length > SUMMARY_LIMIT ? h('p', { class: 'pc-help' }, `…and ${shown.length - SUMMARY_LIMIT} more, shown beside their fields.`) : null);

    report.requests.forEach((r, i) => {
      this.#renderBillSays(i, r.documents);
      this.#renderChips(i, r.numbers, byPath);
      this.#renderReasons(i, r.risks, report.findings);
      this.#renderTimeline(i, r.timeline, report.as_of);
      const pins = root.querySelector(`section[data-request="${i}"] .pc-pins`)?.closest('details');
      if (pins?.open) this.#renderPins(i, pins);
      const bad = r.numbers.filter((n) => !n.eligible && n.code !== 'checking').length;
      const pending = r.numbers.filter((n) => n.code === 'checking').length;
      const box = root.getElementById(`r${i}-numbers-findings`);
      if (box && bad) box.append(h('p', { class: 'pc-finding pc-sev-error' }, `${bad} of ${r.numbers.length} numbers cannot be ported as entered: see the marked numbers below.`));
      const progress = root.getElementById(`r${i}-numbers-progress`);
      const numbers = (k) => `${k} number${k === 1 ? '' : 's'}`;
      if (progress) progress.textContent = !r.numbers.length ? '' : pending ? `${numbers(r.numbers.length - pending)} checked; checking ${pending} more\u2026` : `${numbers(r.numbers.length)} checked.`;
    });
    this.#renderExport();
    this.#renderAnswers(draft, report);
  }

  #renderAnswers(draft, report) {
    put(this.#ui.answers, ...answersView(draft, report, (paths) => this.#focusPart(paths)));
  }


  // The task list: each request's parts with their state, and how many are done.
  #renderTasks(report) {
    const requests = this.#form.draft.requests;
    let done = 0, total = 0;
    const groups = requests.map((request, i) => {
      const items = PARTS.map((part) => {
        const prefixes = part.paths.map((p) => `/requests/${i}/${p}`);
        const mine = (path) => prefixes.some((p) => path === p || path.startsWith(`${p}/`));
        const filled = (part.fills ?? part.paths).some((p) => (p === 'phone_numbers' ? hasValue(this.#form.numbersText[i] ?? '') : hasValue(getAt(request, p))));
        const problems = report.findings.filter((f) => f.severity !== 'info' && f.code !== 'number.checking' && mine(f.path)).length;
        const checking = report.findings.some((f) => f.code === 'number.checking' && mine(f.path));
        const visible = prefixes.some((p) => this.#isTouched(p));
        const state = visible && problems ? 'attention' : !filled ? 'not-started' : problems || checking ? 'in-progress' : 'done';
        total += 1;
        done += state === 'done';
        const label = { 'not-started': 'Not started', 'in-progress': 'In progress', attention: `Needs attention (${problems})`, done: 'Done' }[state];
        return h('li', { class: `pc-task pc-task-${state}` },
          h('a', { href: `#${prefixes[0]}`, onclick: (e) => { e.preventDefault(); this.#focusPart(prefixes); } }, part.title),
          h('span', { class: 'pc-task-state' }, label));
      });
      return h('div', { class: 'pc-task-group' },
        requests.length > 1 ? h('h3', {}, `Request ${i + 1}`) : null,
        h('ul', { class: 'pc-task-list' }, items));
    });
    put(this.#ui.tasks, ...groups);
    return { done, total };
  }

  #goToProblems() {
    const results = this.#root.querySelector('.pc-results');
    results.scrollIntoView({ block: 'start' });
    (results.querySelector('.pc-summary-list a') ?? results.querySelector('button') ?? this.#ui.status).focus?.();
  }

  // Trying to export before the report is ready is asking for the full check: every problem
  // is listed at the top, each a link to its field. Once ready, the way leads to the export.
  #goToExport() {
    if (this.#result && !this.#result.report.ready) {
      this.#showAll = true;
      this.#render(0);
      this.#goToProblems();
      return;
    }
    this.#root.querySelector('.pc-export').scrollIntoView({ block: 'center' });
    this.#ui.exportButton.focus();
  }

  #focusPart(prefixes) {
    for (const p of prefixes) {
      const el = this.#root.querySelector(`[data-path="${CSS.escape(p)}"], [data-path^="${CSS.escape(p)}/"]`);
      if (el) { this.#focusPath(el.dataset.path); return; }
    }
  }

  #findingsBox(path) {
    let p = path;
    while (p) {
      const box = this.#root.querySelector(`.pc-findings[data-for="${CSS.escape(p)}"]`);
      if (box) return box;
      p = p.slice(0, p.lastIndexOf('/'));
    }
    return null;
  }

  #focusPath(path) {
    let p = path;
    if (/\/phone_numbers\/\d+$/.test(p)) {
      const chip = this.#root.querySelector(`[data-number-path="${CSS.escape(p)}"]`);
      if (chip) { chip.focus(); return; }
    }
    while (p) {
      const el = this.#root.querySelector(`[data-path="${CSS.escape(p)}"]`);
      if (el) {
        if (el.tagName === 'DETAILS' || el.tagName === 'FIELDSET') {
          if (el.tagName === 'DETAILS') el.open = true;
          (el.querySelector('input, select, textarea') ?? el).focus();
        } else {
          el.focus();
        }
        el.scrollIntoView?.({ block: 'center' });
        return;
      }
      p = p.slice(0, p.lastIndexOf('/'));
    }
  }

  #renderChips(i, numbers, byPath) {
    this.#root.getElementById(`r${i}-numbers-chips`)?.replaceChildren(...chipsView(i, numbers, byPath));
  }


  // A reason at risk only from parts the customer has not been to yet reads "Not checked yet"
  // until they go there (or ask for the full check): a blank form is not ten red flags. A part
  // is the task list's (PARTS): a finding on a confirmation counts once any confirmation was.
  #partVisited(i, path) {
    const relative = path.replace(/^\/requests\/\d+\//, '');
    const part = PARTS.find((p) => p.paths.some((q) => relative === q || relative.startsWith(`${q}/`)));
    return (part ? part.paths.map((q) => `/requests/${i}/${q}`) : [path]).some((p) => this.#isTouched(p));
  }

  #renderReasons(i, risks, findings) {
    const shown = risks.map((r) => (r.status === 'at_risk' && !r.findings.some((k) => findings[k] && this.#partVisited(i, findings[k].path))
      ? { ...r, status: 'pending', findings: [], because: '' } : r));
    this.#root.getElementById(`r${i}-reasons`)?.replaceChildren(...reasonsView(shown, findings));
  }


  #renderTimeline(i, t, asOf) {
    const box = this.#root.getElementById(`r${i}-timeline`);
    if (box && t) box.replaceChildren(...timelineView(t, asOf));
  }


  // ---- export, import ----------------------------------------------------------------------

  #missingBills() {
    return this.#form.draft.requests.map((r, i) => (r.bill?.file && !this.#bills.has(this.#form.ids[i]) ? i : -1)).filter((i) => i >= 0);
  }

  #renderExport() {
    const report = this.#result?.report;
    const ui = this.#ui;
    const warnings = report?.summary?.warnings ?? 0;
    const missing = this.#missingBills();
    const ready = Boolean(report?.ready);
    // The warnings are acknowledged once there is something to export, not before.
    ui.exportAckLabel.textContent = warnings ? `I have reviewed the ${warnings} warning${warnings === 1 ? '' : 's'} above and want to send the bundle anyway.` : 'No warnings to review.';
    ui.exportAck.disabled = !warnings;
    ui.exportAck.closest('.pc-check').hidden = !ready;
    const key = this.#key;
    ui.exportButton.disabled = !ready || (warnings > 0 && !ui.exportAck.checked) || missing.length > 0 || key?.state === 'error';
    ui.exportStatus.textContent = !report ? '' : key?.state === 'error' ? 'Export is turned off until the encryption key is fixed (see above).'
      : !ready ? 'Fix every item marked "Fix" first; then you can export.'
        : missing.length ? `Pick the bill file of request ${missing[0] + 1} again: it is not on this device any more.`
          : warnings && !ui.exportAck.checked ? 'Review the warnings, then tick the box above.' : 'Ready to export.';
    this.#renderSecurity();
  }

  // What protects the exported file, said before export: encrypted for Outreach, not
  // encrypted (no key configured), or refused (a key that cannot be used). "Not encrypted" waits
  // until export is possible, so a first visit is not greeted by a warning about a file it has
  // not made; a key that stops export is said at once.
  #renderSecurity() {
    const key = this.#key;
    const box = this.#ui.exportSecurity;
    const show = key && (key.state !== 'none' || this.#result?.report?.ready);
    box.className = `pc-security ${show ? `pc-security-${key.state}` : ''}`;
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
  #loadKey() {
    if (this.#keyLoad) return this.#keyLoad;
    const generation = ++this.#keyGeneration;
    this.#keyLoad = (async () => {
      let state;
      try {
        const attribute = this.getAttribute('recipient-key');
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
      if (generation !== this.#keyGeneration) return this.#loadKey();  // the attribute changed meanwhile
      if (state.state === 'error') console.error(`Port Pre-Check: the recipient key is unusable, so export is refused: ${state.message}`);
      this.#key = state;
      return state;
    })();
    return this.#keyLoad;
  }

  async #exportBundle() {
    const ui = this.#ui;
    try {
      ui.exportStatus.textContent = 'Preparing the bundle…';
      const attachments = [];
      const readBills = [];
      for (let i = 0; i < this.#form.draft.requests.length; i++) {
        const file = this.#form.draft.requests[i].bill?.file;
        const bill = this.#bills.get(this.#form.ids[i]);
        if (!file || !bill || attachments.some((a) => a.sha256 === file.sha256)) continue;
        attachments.push({ name: file.name, media_type: file.media_type, size: file.size, sha256: file.sha256, data: toBase64(bill.bytes) });
        readBills.push(this.#readingOf(file.sha256, bill.bytes));
      }
      const form = structuredClone(this.#form);
      form.draft.as_of ??= this.#result.report.as_of;
      // The bundle's report compares the LOA with every bill it carries, as staff's verify will.
      await Promise.all(readBills);
      const evidence = this.#evidence(attachments.map((a) => a.sha256));
      const made = await core.bundleBody(form, attachments, new Date().toISOString().replace(/\.\d+Z$/, 'Z'), evidence);
      if (made.error) throw new Error(made.error.message);
      const sha = await sha256Hex(new TextEncoder().encode(made.body));
      const text = await core.sealBundle(made.body, sha);
      const key = await this.#loadKey();
      if (key.state === 'error') throw new Error(`the encryption key cannot be used (${key.message}); nothing was exported`);
      if (key.state === 'ready') {
        const { encrypt } = await import('./jwe.js');
        const jwe = await encrypt(new TextEncoder().encode(text), key.recipient);
        this.#download(jwe, 'application/jose', `port-precheck-bundle-${form.draft.as_of}.jwe`);
        ui.exportStatus.textContent = `Encrypted bundle exported for Outreach (key ${key.recipient.kid.slice(0, 8)}…). Send it to Outreach support; only Outreach can open it.`;
      } else {
        this.#download(text, 'application/json', `port-precheck-bundle-${form.draft.as_of}.json`);
        ui.exportStatus.textContent = `Bundle exported, not encrypted (SHA-256 ${sha.slice(0, 16)}…). Send it to Outreach support through a channel you trust.`;
      }
    } catch (e) {
      ui.exportStatus.textContent = `The bundle could not be made: ${e.message}`;
    }
  }

  #download(text, type, name) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = h('a', { href: url, download: name, class: 'pc-visually-hidden' });
    this.#root.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // A draft file without any PIN, to finish later here or elsewhere: what the customer keeps,
  // since an encrypted bundle opens only at Outreach. Bills stay out too (pick them again).
  async #saveDraft() {
    const result = (await core.check({ ...this.#form, evidence: this.#evidence() })) ?? this.#result;
    if (!result?.draft) return;
    const draft = structuredClone(result.draft);
    for (const request of draft.requests) {
      delete request.account_pin;
      for (const number of request.phone_numbers ?? []) delete number.pin;
    }
    const day = new Date().toISOString().slice(0, 10);
    this.#download(`${JSON.stringify(draft, null, 2)}\n`, 'application/json', `port-precheck-draft-${day}.json`);
    this.#ui.exportStatus.textContent = 'Draft saved without PINs. To finish later, open it with "Resume from a bundle or draft…" and enter the PINs again.';
  }

  async #importFile(event) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > 32 * 1024 * 1024) { this.#notice(`${file.name} is over 32 MB: not a bundle or draft from this page.`, 'error'); return; }
    const text = await file.text();
    if (await core.looksLikeJwe(text)) {
      this.#notice(`${file.name} is an encrypted bundle: only Outreach can open it. To change your details, open the draft you saved with "Save draft to finish later".`, 'error');
      return;
    }
    let parsed;
    try { parsed = JSON.parse(text); } catch { this.#notice(`${file.name} is not a bundle or draft: it is not JSON.`, 'error'); return; }
    if (parsed?.schema === 'portcheck.bundle/1') return this.#importBundle(file.name, text, parsed);
    if (parsed?.schema === 'portcheck.draft/1' && Array.isArray(parsed.requests)) {
      // The core judges the file before anything is replaced.
      const report = await core.checkText(text);
      if (report.error) { this.#notice(`${file.name}: ${report.error.message}`, 'error'); return; }
      await this.#replaceForm(formFromDraft(parsed), new Map());
      this.#notice(`Draft loaded from ${file.name}.`, 'info');
      return;
    }
    this.#notice(`${file.name} is not a Port Pre-Check bundle or draft.`, 'error');
  }

  async #importBundle(name, text, bundle) {
    const inputs = await core.bundleHashInputs(text);
    if (inputs.error) { this.#notice(`${name}: ${inputs.error.message}`, 'error'); return; }
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
      if (decoded[k] && attachments[k]) readings[attachments[k].sha256] = await this.#readingOf(attachments[k].sha256, decoded[k].buffer);
    }
    const verdict = await core.verifyBundle(text, digests, { bills: readings });
    if (verdict.error) { this.#notice(`${name}: ${verdict.error.message}`, 'error'); return; }
    if (!verdict.consistent) {
      this.#notice(`${name} was changed after it was exported, so it was not loaded: ${verdict.problems.map((p) => p.message).join('; ')}`, 'error');
      return;
    }
    const form = formFromDraft(bundle.draft, bundle.as_typed);
    const bills = new Map();
    form.draft.requests.forEach((r, i) => {
      const k = bundle.attachments.findIndex((a) => a.sha256 === r.bill?.file?.sha256);
      if (k >= 0) bills.set(form.ids[i], { name: bundle.attachments[k].name, type: bundle.attachments[k].media_type, bytes: decoded[k].buffer });
    });
    await this.#replaceForm(form, bills);
    this.#notice(`Bundle ${name} verified and loaded.`, 'info');
  }

  async #replaceForm(form, bills) {
    this.#showAll = true;
    await storage.clearAll();
    this.#form = form;
    this.#bills = bills;
    if (this.#autosave) {
      storage.saveForm(form);
      for (const [id, bill] of bills) await storage.saveBill(id, bill);
    }
    this.#renderRequests();
    this.#checkNow();
  }

  async #importCsv(event) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > 32 * 1024 * 1024) { this.#notice(`${file.name} is over 32 MB: not a list of numbers.`, 'error'); return; }
    const result = await core.importCsv(new Uint8Array(await file.arrayBuffer()));
    if (result.error) { this.#notice(`${file.name}: ${result.error.message}`, 'error'); return; }
    this.#previewImport(result, file.name);
  }

  // A range copied from a spreadsheet (rows of tab-separated cells) pasted into a numbers box:
  // when it has a header or several columns, the same preview as a file; else a plain paste.
  async #pasteIntoNumbers(event) {
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
    this.#previewImport(result, 'the pasted cells', { label: 'Only paste the numbers into this box', run: () => insert(numbers.join('\n')) });
  }

  #pasteTableDialog() {
    const dialog = this.#ui.dialog;
    const { nodes, focus } = pasteTableView({
      preview: (text) => core.importCsv(text),
      onPreview: (result) => this.#previewImport(result, 'the pasted cells'),
      onCancel: () => dialog.close(),
    });
    put(dialog, ...nodes);
    if (!dialog.open) dialog.showModal();
    focus();
  }


  /** The requests an import would make; `alternative` ({label, run}) is a third choice. */
  #previewImport(result, source, alternative = null) {
    const dialog = this.#ui.dialog;
    put(dialog, ...importPreview(result, source, {
      onReplace: () => { dialog.close(); this.#applyCsv(result); },
      alternative: alternative && { label: alternative.label, run: () => { dialog.close(); alternative.run(); } },
      onCancel: () => dialog.close(),
    }));
    if (!dialog.open) dialog.showModal();
  }


  async #applyCsv(result) {
    const form = emptyForm();
    form.draft.requests = []; form.numbersText = []; form.pins = []; form.ids = [];
    for (const group of result.requests) {
      const { request, numbersText, pins } = requestFromCsv(group);
      addRequest(form, request, numbersText, pins);
    }
    await this.#replaceForm(form, new Map());
    this.#notice(`Imported ${result.numbers} numbers into ${result.requests.length} request(s). Fill in the rest of each request.`, 'info');
  }

  // ---- print view: a sign-ready Letter of Authorization -------------------------------------

  #renderPrintView(draft) {
    this.#ui.print.replaceChildren(...loaView(draft, this.#result?.report));
  }


  #print() {
    if (this.#result) this.#renderPrintView(this.#result.draft);
    window.print();
  }

  // ---- messages ----------------------------------------------------------------------------

  #notice(text, kind) {
    this.#ui.notice.replaceChildren(h('p', { class: `pc-notice-${kind}` }, text));
  }

  #showFailure(error) {
    this.#ui.status.textContent = `The checker could not run in this browser: ${error.message ?? error}`;
  }
}

if (!customElements.get('port-precheck')) customElements.define('port-precheck', PortPrecheck);
