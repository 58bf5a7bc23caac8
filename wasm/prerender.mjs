// The page's first view, written into its HTML at build time (issue 23): each <port-precheck>
// element of a page gets a declarative shadow root (<template shadowrootmode="open">) holding
// what the element would build, drawn by the element's own view code (web/element-*.js, run
// here under linkedom, a DOM for Node) and judged by the core's first stage (the same
// portcheck-first.wasm the page runs) on the blank form. So the HTML alone paints the form, a
// customer can type before any script has run, and the element adopts the markup as it is
// (web/element-form.js: bind, listen, start).
//
// What the HTML cannot hold stays out and is the element's to add: the timeline's dates (they
// are the visitor's today, not the build's) and anything tied to a handler. A handler on a
// prerendered node would be lost in the HTML, so one is a build error: every control of the
// view names its action instead (data-click, data-change, data-toggle).
//   import { prerenderPage } from './prerender.mjs'   (deploy.mjs, for each HTML page)
//   node wasm/prerender.mjs DIR PAGE.html              (prints the prerendered page)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import cssEscape from 'css.escape';  // CSSOM's CSS.escape, which the view uses for selectors
import { parseHTML } from 'linkedom';

/** Installs linkedom's window as the globals the element's modules use. */
function installDom() {
  const { window, document, HTMLElement, EventTarget } = parseHTML('<!doctype html><html><body></body></html>');
  // A handler would not survive being written out as HTML: refuse it, naming the node.
  const refuse = function (type) {
    throw new Error(`prerender: a "${type}" handler on <${this.localName ?? 'node'} class="${this.getAttribute?.('class') ?? ''}"> would be lost in the HTML; name an action instead (data-click, data-change, data-toggle)`);
  };
  EventTarget.prototype.addEventListener = refuse;
  Object.assign(globalThis, { document, HTMLElement, window });
  globalThis.CSS ??= { escape: cssEscape };
  return document;
}

const loaded = new Map();
/** The element's modules and the first stage from DIR (the built site), loaded once. */
async function modulesOf(dir) {
  if (!loaded.has(dir)) {
    loaded.set(dir, (async () => {
      const url = (name) => pathToFileURL(join(dir, name)).href;
      // The core first, while Node is still Node to Emscripten's glue (no window yet), with the
      // CommonJS names that glue expects (as tests/wasm/load-module.mjs gives them).
      globalThis.require ??= createRequire(import.meta.url);
      globalThis.__dirname ??= dir;
      const { default: createPortCheckFirst } = await import(url('portcheck-first.mjs'));
      const core = await createPortCheckFirst({ wasmBinary: readFileSync(join(dir, 'portcheck-first.wasm')) });
      const document = installDom();
      const [{ contextOf }, { operations }, { h }] = await Promise.all([
        import(url('port-precheck.js')), import(url('core-ops.js')), import(url('dom.js'))]);
      return { document, contextOf, operations, core, h };
    })());
  }
  return loaded.get(dir);
}

/**
 * The inner HTML of one element's shadow root: its stylesheet, then the view with the core's
 * verdict on the blank form. `attributes`: the element's, as the page gives them.
 */
export async function prerenderElement(dir, attributes) {
  const { document, contextOf, operations, core, h } = await modulesOf(dir);
  const host = document.createElement('port-precheck');
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  const ctx = contextOf(host);
  const root = document.createElement('div');
  root.getElementById = (id) => root.querySelector(`#${cssEscape(id)}`);
  ctx.root = root;
  root.append(...ctx.view());
  ctx.bind();
  ctx.ui.engine.textContent = `Checker ${core.version()}`;
  ctx.ui.carriers.replaceChildren(...operations.carriers(core).map((c) => h('option', { value: c.name })));
  // The core's verdict on the blank form, drawn as the element draws every report, but for
  // what is the visitor's, not the build's: the timeline's dates, and the first-verdict mark.
  ctx.result = operations.check(core, ctx.form);
  if (ctx.result.report.error) throw new Error(`prerender: the core refused the blank form: ${ctx.result.report.error.message}`);
  Object.assign(ctx, { markFirstVerdict() {}, renderTimeline() {}, renderPrintView() {} });
  ctx.render(0);
  delete ctx.ui.status.dataset.elapsed;
  const stylesheet = `<link rel="stylesheet" href="port-precheck.css">`;
  return `${stylesheet}${root.innerHTML}`;
}

/** A page's HTML with every <port-precheck> element's view prerendered into it. */
export async function prerenderPage(dir, html) {
  const tag = /<port-precheck\b([^>]*)>\s*<\/port-precheck>/g;
  const found = [...html.matchAll(tag)];
  let out = html;
  for (const match of found.reverse()) {
    // The element's attributes as a browser reads them (entities decoded), by an HTML parser.
    const { document } = parseHTML(`<!doctype html><html><body><port-precheck${match[1]}></port-precheck></body></html>`);
    const attributes = Object.fromEntries([...document.querySelector('port-precheck').attributes].map((a) => [a.name, a.value]));
    const inner = await prerenderElement(dir, attributes);
    const element = `<port-precheck${match[1]}><template shadowrootmode="open">${inner}</template></port-precheck>`;
    out = out.slice(0, match.index) + element + out.slice(match.index + match[0].length);
  }
  return out;
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const [dir, page] = process.argv.slice(2);
  if (!dir || !page) throw new Error('usage: node wasm/prerender.mjs DIR PAGE.html');
  process.stdout.write(await prerenderPage(resolve(dir), readFileSync(page, 'utf8')));
}
