// The form's data: a draft (SPEC §3) plus what the page keeps beside it: each request's numbers
// as pasted text, per-number PINs, and a stable id per request (for its bill in IndexedDB).
// No rule lives here; the core judges everything.

/** The sections and fields of one request, mirroring the Letter of Authorization. */
export const SECTIONS = [
  {
    title: 'Account holder',
    help: 'Exactly as your current carrier has them on file: the bill or the carrier\'s customer service record (CSR) shows them.',
    fields: [
      { path: 'customer_type', label: 'Account type', type: 'select', options: [['business', 'Business'], ['residential', 'Residential (individual)']] },
      { path: 'customer_name', label: 'Account name (business or person)', autocomplete: 'organization' },
      { path: 'authorized_representative/first_name', label: 'Authorized person: first name', autocomplete: 'given-name' },
      { path: 'authorized_representative/last_name', label: 'Authorized person: last name', autocomplete: 'family-name' },
      { path: 'authorized_representative/email', label: 'Authorized person: email (optional)', type: 'email', autocomplete: 'email' },
    ],
  },
  {
    title: 'Service address',
    help: 'Where the service is, as on the carrier\'s record. PO boxes are not accepted.',
    fields: [
      { path: 'service_address/street', label: 'Street address', autocomplete: 'address-line1' },
      { path: 'service_address/street_2', label: 'Suite, floor, unit (optional)', autocomplete: 'address-line2' },
      { path: 'service_address/city', label: 'City', autocomplete: 'address-level2' },
      { path: 'service_address/state', label: 'State', autocomplete: 'address-level1', size: 'short' },
      { path: 'service_address/zip', label: 'ZIP code', autocomplete: 'postal-code', size: 'short', inputmode: 'numeric' },
    ],
  },
  {
    title: 'Current carrier account',
    help: 'Ask your current carrier if you are unsure: they can tell you the account number, the port-out PIN and the billing telephone number.',
    fields: [
      { path: 'losing_carrier', label: 'Current carrier', list: 'carriers' },
      { path: 'account_number', label: 'Account number', autocomplete: 'off', carrierHint: 'account_hint' },
      { path: 'account_pin', label: 'Account PIN / port-out PIN', type: 'password', autocomplete: 'off', carrierHint: 'pin_hint',
        note: 'Never saved on this device: you will type it again after a reload.' },
      { path: 'account_telephone_number', label: 'Billing telephone number (BTN)', type: 'tel', autocomplete: 'off' },
    ],
  },
];

/** The parts of a request, as the task list shows them: each owns the draft paths under it
 *  (`fills`: the ones that show the customer started it, where not all of them do). */
export const PARTS = [
  { title: 'Account holder', paths: ['customer_name', 'authorized_representative'] },
  { title: 'Service address', paths: ['service_address'] },
  { title: 'Carrier account', paths: ['losing_carrier', 'account_number', 'account_pin', 'account_telephone_number'] },
  { title: 'Numbers to port', paths: ['phone_numbers'] },
  { title: 'Recent bill', paths: ['bill'], fills: ['bill/statement_date', 'bill/file'] },  // its kind has a default
  { title: 'Signature', paths: ['signature'] },
  { title: 'Confirmations', paths: ['attestations'] },
];

/** Whether a value holds anything the customer entered (text, a ticked box, a file). */
export function hasValue(value) {
  if (typeof value === 'string') return value.trim() !== '';
  if (value === true) return true;
  if (value && typeof value === 'object') return Object.values(value).some(hasValue);
  return false;
}

export const CSR_FIELDS = [
  { path: 'csr/customer_name', label: 'Name on the CSR' },
  { path: 'csr/street', label: 'Street on the CSR' },
  { path: 'csr/street_2', label: 'Suite, floor, unit on the CSR' },
  { path: 'csr/city', label: 'City on the CSR' },
  { path: 'csr/state', label: 'State on the CSR', size: 'short' },
  { path: 'csr/zip', label: 'ZIP code on the CSR', size: 'short' },
  { path: 'csr/account_number', label: 'Account number on the CSR (optional)' },
  { path: 'csr/account_telephone_number', label: 'Billing telephone number on the CSR (optional)', type: 'tel' },
];

export const BILL_CHECKS = [
  ['bill/shows_account_number', 'It shows the account number'],
  ['bill/shows_name', 'It shows the account name'],
  ['bill/shows_address', 'It shows the service address'],
  ['bill/shows_all_numbers', 'It shows every number I am porting'],
];

export const ATTESTATIONS = [
  ['attestations/numbers_in_service', 'Every number is in service with the current carrier (I will not cancel the service before the port completes)'],
  ['attestations/balance_paid', 'The account has no unpaid balance or port-away fee'],
  ['attestations/ports_all_numbers_on_account', 'I am porting every number on this account'],
  ['attestations/port_lock_removed', 'Number lock / port protection is turned off, if the account has it'],
  ['attestations/google_voice_unlocked', 'The number is unlocked in Google Voice (Google Voice only)'],
];

export const MAX_BILL_BYTES = 10 * 1024 * 1024;

const newId = () => (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2));

export function emptyRequest() {
  return {
    customer_type: 'business', customer_name: '',
    authorized_representative: { first_name: '', last_name: '', email: '' },
    service_address: { street: '', street_2: '', city: '', state: '', zip: '' },
    losing_carrier: '', account_number: '', account_pin: '', account_telephone_number: '',
    bill: { kind: 'bill', statement_date: '' },
    signature: { signer_name: '', signed_on: '' },
    attestations: {},
  };
}

export function emptyForm() {
  return { draft: { schema: 'portcheck.draft/1', requests: [emptyRequest()] }, numbersText: [''], pins: [{}], ids: [newId()] };
}

/** Adds a request (optionally prefilled from a CSV group or a draft) and returns its index. */
export function addRequest(form, request = emptyRequest(), numbersText = '', pins = {}) {
  form.draft.requests.push(request);
  form.numbersText.push(numbersText);
  form.pins.push(pins);
  form.ids.push(newId());
  return form.draft.requests.length - 1;
}

export function removeRequest(form, index) {
  for (const key of ['numbersText', 'pins', 'ids']) form[key].splice(index, 1);
  form.draft.requests.splice(index, 1);
}

/** Reads a value by a path relative to a request ("service_address/zip"). */
export function getAt(object, path) {
  return path.split('/').reduce((o, key) => (o == null ? undefined : o[key]), object);
}

/** Writes a value by a relative path, creating objects on the way; "" and undefined delete. */
export function setAt(object, path, value) {
  const keys = path.split('/');
  let o = object;
  for (const key of keys.slice(0, -1)) o = (o[key] ??= {});
  const last = keys.at(-1);
  if (value === undefined || value === '') delete o[last];
  else o[last] = value;
}

/** A form from a draft (imported file, or a bundle's draft with its typed numbers restored). */
export function formFromDraft(draft, asTyped = {}) {
  const form = { draft: { schema: 'portcheck.draft/1', requests: [] }, numbersText: [], pins: [], ids: [] };
  (draft.requests ?? []).forEach((source, i) => {
    const request = { ...emptyRequest(), ...structuredClone(source) };
    const typed = (pointer, value) => asTyped[`/draft/requests/${i}/${pointer}`] ?? value;
    const numbers = (request.phone_numbers ?? []).map((n, j) => ({
      text: typed(`phone_numbers/${j}/phone_number`, typeof n === 'string' ? n : n.phone_number ?? ''),
      pin: typeof n === 'string' ? '' : n.pin ?? '',
    }));
    delete request.phone_numbers;
    if (request.account_telephone_number) request.account_telephone_number = typed('account_telephone_number', request.account_telephone_number);
    const pins = Object.fromEntries(numbers.filter((n) => n.pin).map((n) => [n.text, n.pin]));
    addRequest(form, request, numbers.map((n) => n.text).join('\n'), pins);
  });
  // A resumed form is checked for today, as the customer will submit it (the bundle records
  // the date its report was made for).
  if (form.draft.requests.length === 0) addRequest(form);
  return form;
}

/** A CSV group (from the core's importCsv) as a request of the form. */
export function requestFromCsv(group) {
  const request = emptyRequest();
  for (const key of ['customer_name', 'losing_carrier', 'account_number', 'account_pin', 'account_telephone_number']) {
    if (group[key]) request[key] = group[key];
  }
  Object.assign(request.service_address, group.service_address ?? {});
  const numbers = group.phone_numbers ?? [];
  const pins = Object.fromEntries(numbers.filter((n) => n.pin).map((n) => [n.phone_number, n.pin]));
  return { request, numbersText: numbers.map((n) => n.phone_number).join('\n'), pins };
}
