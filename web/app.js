// Renders the page: reads the form, asks core.js, shows each number's verdict. Text from the
// customer and from the core is always set as text, never parsed as HTML.
import { checkNumberList, engineVersion, loadCore } from './core.js';

const CHECK_DELAY_MS = 150; // debounce: check once the typing pauses

const textarea = document.getElementById('numbers');
const summary = document.getElementById('summary');
const list = document.getElementById('verdicts');

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function chipFor(verdict) {
  if (verdict.code === 'ok') return element('span', 'chip eligible', 'Eligible');
  if (verdict.code === 'unverified') return element('span', 'chip flagged', 'Eligible, check digits');
  return element('span', 'chip blocked', 'Not eligible');
}

function render(result) {
  const items = result.numbers.map((verdict) => {
    const item = element('li', 'verdict');
    item.dataset.code = verdict.code;
    const typed = element('span', 'typed', verdict.input);
    if (verdict.e164) typed.append(' ', element('span', 'e164', verdict.e164));
    item.append(typed, chipFor(verdict), element('p', 'message', verdict.message));
    return item;
  });
  list.replaceChildren(...items);
  const count = result.numbers.length;
  summary.textContent = count === 0
    ? 'Paste numbers above to check them.'
    : `${count} ${count === 1 ? 'number' : 'numbers'} checked: ${result.eligible} eligible, ${count - result.eligible} not eligible.`;
}

let timer = 0;
let latest = 0;
async function checkNow() {
  const ticket = ++latest;
  try {
    const result = await checkNumberList(textarea.value);
    if (ticket === latest) render(result);
  } catch (error) {
    if (ticket === latest) summary.textContent = `The checker failed: ${error.message}`;
  }
}

textarea.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(checkNow, CHECK_DELAY_MS);
});

loadCore()
  .then(async () => {
    document.getElementById('engine').textContent = `Port Pre-Check ${await engineVersion()}`;
    await checkNow();
  })
  .catch((error) => {
    summary.textContent = `The checker could not load: ${error.message}`;
  });
