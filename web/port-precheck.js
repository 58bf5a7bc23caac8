// <port-precheck>: the customer's pre-check, as one custom element (SPEC §7). A help-center
// page embeds it with one script tag; index.html is the same element on a page of its own.
//
// The element only composes its parts, one module per concern, each a set of functions of the
// element's context (`ctx`: its state, and every part's functions by name):
//   element-form.js       the form: building it, what was visited, checking as the customer types
//   element-progress.js   findings beside their fields, the summary, tasks, reasons, timeline
//   element-documents.js  the bill and the CSR read in the worker, "What your bill says"
//   element-export.js     Outreach's key, the bundle, the draft saved without PINs
//   element-imports.js    a bundle or draft resumed, a CSV or a spreadsheet range imported
//   element-rejection.js  "My port was rejected": a resubmission judged against what was sent
//   element-print.js      the sign-ready Letter of Authorization
// Every rule, verdict and word of advice comes from the C++ core's report (through core.js
// and its worker); user text is only ever set as text.
import * as core from './core.js';
import { h } from './dom.js';
import { emptyForm } from './form-model.js';
import * as form from './element-form.js';
import * as progress from './element-progress.js';
import * as documents from './element-documents.js';
import * as exporting from './element-export.js';
import * as imports from './element-imports.js';
import * as rejections from './element-rejection.js';
import * as printing from './element-print.js';

const PARTS = [form, progress, documents, exporting, imports, rejections, printing];

// The element's state, and each part's functions called by name (ctx.render(0), ctx.readBills()).
function contextOf(host) {
  const ctx = {
    host,
    root: null,
    form: emptyForm(),
    bills: new Map(),  // request id → {name, type, bytes}
    // What each bill says, read once per file in the worker (core.readBill): SHA-256 → promise,
    // and the readings done. Typing never re-reads a bill; checks hand the core the readings.
    reading: new Map(),
    readings: new Map(),
    evidenceCache: { key: '', text: '{"bills":{}}' },
    result: null,  // {draft, report} of the latest check
    timer: 0,
    ui: {},
    // Findings show beside a field once the customer has been there (or loaded a file); the
    // summary always lists them all. A blank form is not a wall of red.
    touched: new Set(),
    showAll: false,
    // Outreach's public key for encrypted bundles (jwe.js): the recipient-key attribute, else
    // recipient-key.jwk beside this script, loaded after the first verdict with the rest.
    // {state: 'ready', recipient} | {state: 'none'} | {state: 'error', message}; null until known.
    key: null,
    keyLoad: null,
    keyGeneration: 0,  // a load overtaken by a newer attribute does not set the key
    // The submission a resubmission answers (JSON text of a bundle or draft), in memory only:
    // a bundle holds PINs, which are never stored. null when not resubmitting.
    previous: null,
  };
  // Bills are read once the rest of the checker has loaded after the first verdict, so a
  // restored bill fetches nothing earlier than any other visit does.
  ctx.loaded = new Promise((resolve) => { ctx.markLoaded = resolve; });
  Object.defineProperty(ctx, 'autosave', { get: () => host.getAttribute('autosave') !== 'off' });
  for (const part of PARTS) {
    for (const [name, fn] of Object.entries(part)) {
      if (name in ctx) throw new Error(`port-precheck: two parts define ${name}`);
      ctx[name] = (...args) => fn(ctx, ...args);
    }
  }
  return ctx;
}

export class PortPrecheck extends HTMLElement {
  #ctx = null;

  static get observedAttributes() { return ['recipient-key']; }

  attributeChangedCallback() {
    const ctx = this.#ctx;
    if (!ctx?.keyLoad) return;  // not loaded yet: the attribute is read then
    ctx.keyLoad = null;
    ctx.key = null;
    ctx.loadKey().then(() => ctx.renderExport());
  }

  connectedCallback() {
    if (this.#ctx) return;
    const ctx = this.#ctx = contextOf(this);
    core.warm().catch((e) => ctx.showFailure(e));  // the first stage: fetched and compiled from now on
    // The view the page's HTML already holds (a declarative shadow root, prerendered by the
    // build: wasm/prerender.mjs) is adopted as it stands, with whatever was typed into it;
    // a host page without it gets the same view built here.
    const prerendered = this.shadowRoot?.querySelector('.pc') ? this.shadowRoot : null;
    ctx.root = prerendered ?? this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!prerendered) {
      ctx.root.replaceChildren(h('link', { rel: 'stylesheet', href: new URL('./port-precheck.css', import.meta.url).href }), ...ctx.view());
    }
    ctx.bind();
    ctx.listen();
    if (!prerendered) {
      ctx.drawStart();
      ctx.describeCore();
    }
    ctx.start(Boolean(prerendered));
  }
}

/** The element's context with its parts, for the build's prerender (wasm/prerender.mjs). */
export { contextOf };

if (globalThis.customElements && !customElements.get('port-precheck')) customElements.define('port-precheck', PortPrecheck);
