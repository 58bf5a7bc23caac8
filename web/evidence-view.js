// "What your bill says" and the CSR reader's result: pure views of what the core read
// ("portcheck.bill/1", "portcheck.csr/1") and of the report's `documents` (the LOA beside the
// bill, field by field). No rule here: every value and every comparison is the core's.
import { h } from './dom.js';

const row = (term, ...detail) => [h('dt', {}, term), h('dd', {}, ...detail)];

/**
 * The panel under the bill's file picker. `reading` is undefined while the bill is read, the
 * core's error object for a file it cannot read, or the reading; `documents` are the report's
 * entries for this request; `onUse` fills the empty fields from the bill.
 */
export function billSaysView(reading, documents, onUse) {
  const title = h('h4', { class: 'pc-says-title' }, 'What your bill says');
  if (reading === undefined) return [title, h('p', { class: 'pc-help' }, 'Reading the bill in your browser\u2026')];
  if (reading.error) {
    return [title, h('p', { class: 'pc-help' }, `The bill could not be read: ${reading.error.message}. Confirm what it shows with the boxes below.`)];
  }
  if (!reading.text_layer) {
    return [title, h('p', { class: 'pc-help' }, 'This file has no text to read (a scan or a photo). Confirm what it shows with the boxes below; a PDF saved from the carrier\'s website can be read.')];
  }
  const said = new Map((documents ?? []).map((d) => [d.path.replace(/^\/requests\/\d+\//, ''), d]));
  const compared = (path) => {
    const d = said.get(path);
    if (!d || !d.loa) return null;  // nothing typed: nothing to compare
    return h('span', { class: d.matches ? 'pc-says-same' : 'pc-says-differs' },
      d.matches ? ' \u2713 as you typed' : d.found ? ` \u2260 you typed \u201c${d.loa}\u201d` : ' (not found)');
  };
  // The bill's lines the name and address were found on (a city and its ZIP share one), once each.
  const seen = new Set();
  const lines = ['customer_name', 'service_address/street', 'service_address/street_2', 'service_address/city', 'service_address/zip']
    .map((path) => said.get(path)).filter((d) => d && !(d.matches && seen.has(d.found)) && seen.add(d.found));
  const numbers = said.get('phone_numbers');
  const list = h('dl', { class: 'pc-says' },
    row('Statement date', reading.statement_date ?? 'not found', compared('bill/statement_date')),
    row('Account number', reading.account_numbers.length ? reading.account_numbers.join(', ') : 'not found', compared('account_number')),
    row('Name and address', lines.length
      ? h('ul', { class: 'pc-says-lines' }, lines.map((d) => h('li', { class: d.matches ? 'pc-says-same' : 'pc-says-differs' },
        d.found ? `${d.found}` : `${d.field}: not found`, d.matches ? '' : ` (you typed \u201c${d.loa}\u201d)`)))
      : 'enter the name and address above to compare them'),
    row('Numbers', numbers ? numbers.found : `${reading.phone_numbers.length} on the bill`,
      numbers ? h('span', { class: numbers.matches ? 'pc-says-same' : 'pc-says-differs' }, numbers.matches ? ' \u2713' : '') : null),
    row('Carrier', reading.carrier ?? 'not named', compared('losing_carrier')));
  const pages = reading.pages.in_file > reading.pages.read ? h('p', { class: 'pc-help' }, `Read the first ${reading.pages.read} of ${reading.pages.in_file} pages.`) : null;
  return [title, list, pages,
    h('button', { type: 'button', class: 'pc-button', 'data-use-bill': '', onclick: onUse }, 'Use these'),
    h('p', { class: 'pc-help' }, '\u201cUse these\u201d fills only the fields that are still empty: the statement date, the account number, the carrier and the numbers. Nothing you typed changes.')];
}

/** The CSR fields a reading fills ("portcheck.csr/1" key → the draft's csr path). */
export const CSR_READ_FIELDS = [
  ['customer_name', 'csr/customer_name'], ['street', 'csr/street'], ['street_2', 'csr/street_2'], ['city', 'csr/city'],
  ['state', 'csr/state'], ['zip', 'csr/zip'], ['account_number', 'csr/account_number'],
  ['account_telephone_number', 'csr/account_telephone_number'],
];

/** What reading a CSR did, in one line: which fields it filled, or why it could not. */
export function csrReadSummary(name, csr, filled) {
  const Name = name.charAt(0).toUpperCase() + name.slice(1);
  if (csr.error) return `${Name}: ${csr.error.message}.`;
  if (!csr.text_layer) return `${Name} has no text to read (a scan or a photo): copy the CSR's name and address by hand.`;
  const numbers = csr.phone_numbers.length ? ` It lists ${csr.phone_numbers.length} number${csr.phone_numbers.length === 1 ? '' : 's'} on the account.` : '';
  return filled.length
    ? `Filled from ${name}: ${filled.join(', ')}. Review them against the CSR.${numbers}`
    : `Nothing new from ${name}: the fields it has were already filled, or it names none.${numbers}`;
}
