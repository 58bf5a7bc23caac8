// The element's part, the print view: a sign-ready Letter of Authorization, drawn when
// printing.
// Functions of the element's context (port-precheck.js): ctx holds its state and calls every
// part's functions by name, so the parts never import one another.
import { loaView } from './report-view.js';

export function renderPrintView(ctx, draft) {
  ctx.ui.print.replaceChildren(...loaView(draft, ctx.result?.report));
}

export function print(ctx) {
  if (ctx.result) ctx.renderPrintView(ctx.result.draft);
  window.print();
}
