// Views of a number-list import: the grouped preview the core made of a file or pasted cells,
// and the dialog for pasting cells. Pure functions to DOM nodes; <port-precheck> wires them.
import { h } from './dom.js';

/**
 * The requests an import would make, the rows to look at, and the choices:
 * onReplace (import), alternative ({label, run}: a third choice, or null), onCancel.
 */
export function importPreview(result, source, { onReplace, alternative, onCancel }) {
  const rows = result.requests.map((r, k) => h('tr', {},
    h('th', { scope: 'row' }, String(k + 1)), h('td', {}, r.customer_name ?? '—'), h('td', {}, r.account_number ?? '—'),
    h('td', {}, [r.service_address?.street, r.service_address?.street_2, r.service_address?.city, r.service_address?.state, r.service_address?.zip].filter(Boolean).join(', ') || '—'),
    h('td', {}, String(r.phone_numbers.length))));
  const skipped = result.problems.filter((p) => p.skipped).length;
  return [
    h('h2', { id: 'dialog-title' }, `Import ${result.numbers} numbers from ${source}?`),
    h('p', {}, `They form ${result.requests.length} request${result.requests.length === 1 ? '' : 's'} (one per account, owner and address). Importing replaces the requests you have now.`),
    h('div', { class: 'pc-table-scroll' }, h('table', { class: 'pc-table' }, h('caption', {}, 'Requests found'),
      h('thead', {}, h('tr', {}, ['#', 'Account name', 'Account number', 'Service address', 'Numbers'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows))),
    result.problems.length ? h('div', { class: 'pc-import-problems' },
      h('p', { class: 'pc-error-text' }, `${result.problems.length} row${result.problems.length === 1 ? '' : 's'} to look at${skipped ? ` (${skipped} left out)` : ''}:`),
      h('ul', {}, result.problems.slice(0, 10).map((p) => h('li', {}, `Row ${p.row}: ${p.message}`))),
      result.problems.length > 10 ? h('p', {}, `… and ${result.problems.length - 10} more.`) : null) : null,
    h('div', { class: 'pc-dialog-buttons' },
      h('button', { type: 'button', class: 'pc-primary', onclick: onReplace }, 'Replace my requests with these'),
      alternative ? h('button', { type: 'button', class: 'pc-button', onclick: alternative.run }, alternative.label) : null,
      h('button', { type: 'button', class: 'pc-button', onclick: onCancel }, 'Cancel')),
  ].filter(Boolean);
}

/**
 * The dialog for pasting cells copied from a spreadsheet: preview(text) asks the core,
 * onPreview(result) shows its preview, onCancel closes. Returns the nodes and how to focus.
 */
export function pasteTableView({ preview, onPreview, onCancel }) {
  const area = h('textarea', { id: 'paste-table-text', rows: '8', spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'paste-table-help' });
  const problem = h('p', { class: 'pc-error-text', id: 'paste-table-problem', role: 'alert' });
  const run = async () => {
    const result = await preview(area.value);
    if (result.error) { problem.textContent = result.error.message; return; }
    onPreview(result);
  };
  const nodes = [
    h('h2', { id: 'dialog-title' }, 'Paste numbers from a spreadsheet'),
    h('label', { for: 'paste-table-text' }, 'Cells copied from Excel, Google Sheets or a carrier portal'),
    h('p', { class: 'pc-help', id: 'paste-table-help' }, 'Copy the rows, with their header row if there is one (Phone, Account, Name, Address …), and paste them here.'),
    area, problem,
    h('div', { class: 'pc-dialog-buttons' },
      h('button', { type: 'button', class: 'pc-primary', onclick: run }, 'Preview the requests'),
      h('button', { type: 'button', class: 'pc-button', onclick: onCancel }, 'Cancel')),
  ];
  return { nodes, focus: () => area.focus() };
}
