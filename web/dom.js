// DOM building, bytes and dates for the page's modules: small helpers, no rule, no state.
// User text is only ever set as text (h() appends strings as text nodes).

/** Creates an element: h('p', {class: 'x'}, 'text', child…). Strings become text nodes. */
export function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === false || value == null) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  el.append(...children.flat().filter((c) => c != null && c !== false));
  return el;
}

/** Replaces an element's children, skipping null and false (conditional parts). */
export function put(el, ...children) {
  el.replaceChildren(...children.flat().filter((c) => c != null && c !== false));
}

/** Positions an element through the CSSOM: the page's CSP forbids inline style attributes. */
export function placed(el, properties) {
  for (const [name, value] of Object.entries(properties)) el.style.setProperty(name, value);
  return el;
}

export async function sha256Hex(bytes) {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function toBase64(bytes) {
  const view = new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text) {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** Resolves in a later task: work after it does not lengthen the task that awaited it. */
export const nextTask = () => new Promise((resolve) => { setTimeout(resolve, 0); });

export const formatBytes = (n) => (n < 1024 ? `${n} bytes` : n < 1048576 ? `${(n / 1024).toFixed(0)} KB` : `${(n / 1048576).toFixed(1)} MB`);
// Dates as the page writes them, in English like every word of it: "Mon, Dec 7, 2026" and, as
// people say them, "Mon, Dec 7". Written here rather than by Intl.DateTimeFormat, whose first
// use costs the page's thread ~10 ms as the timeline is drawn; the same text
// (tests/wasm/dom-dates.test.mjs compares them with Intl over every day of two years).
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const parts = (iso) => {
  const d = new Date(`${iso}T12:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
};
export const longDate = (iso) => `${parts(iso)}, ${iso.slice(0, 4)}`;
export const shortDate = (iso) => parts(iso);
