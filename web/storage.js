// Autosave, on this device only: the form in localStorage without any PIN, and each request's
// bill file in IndexedDB (too big for localStorage). Nothing here ever leaves the browser.
const FORM_KEY = 'port-precheck.form.v1';
const DB_NAME = 'port-precheck';
const STORE = 'bills';

/** A copy of the form with every PIN removed: account PINs and per-number PINs. */
export function withoutPins(form) {
  const copy = structuredClone(form);
  for (const request of copy.draft.requests) delete request.account_pin;
  copy.pins = copy.draft.requests.map(() => ({}));
  return copy;
}

export function saveForm(form) {
  try {
    localStorage.setItem(FORM_KEY, JSON.stringify(withoutPins(form)));
  } catch { /* storage full or disabled (private mode): autosave is a convenience */ }
}

export function loadForm() {
  try {
    const form = JSON.parse(localStorage.getItem(FORM_KEY) ?? 'null');
    return form && Array.isArray(form.draft?.requests) ? form : null;
  } catch {
    return null;
  }
}

function openDb() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

async function withStore(mode, fn) {
  const db = await openDb();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request?.result);
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Bills by request index: {name, type, bytes: ArrayBuffer} or undefined. */
export const saveBill = (index, bill) => withStore('readwrite', (s) => (bill ? s.put(bill, index) : s.delete(index))).catch(() => {});
export const loadBill = (index) => withStore('readonly', (s) => s.get(index)).catch(() => undefined);

export async function clearAll() {
  try { localStorage.removeItem(FORM_KEY); } catch { /* nothing saved */ }
  await withStore('readwrite', (s) => s.clear()).catch(() => {});
}
