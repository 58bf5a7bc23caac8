// The only file that touches the WASM module: loads it once, lazily, warms it, and turns its
// JSON answers into plain objects. Everything else in web/ renders.
let corePromise = null;

/** Loads (once) and returns the module. */
export function loadCore() {
  corePromise ??= import('./portcheck.mjs').then(async ({ default: createPortCheck }) => {
    const core = await createPortCheck();
    // The first check parses all phone metadata; do it before the customer types.
    core.checkNumberList('');
    core.checkNumber('+1 217 544 0111');
    return core;
  });
  return corePromise;
}

function parse(json) {
  const value = JSON.parse(json);
  if (value && value.error) throw new Error(value.error.message || 'checker error');
  return value;
}

/** Checks a pasted list of numbers: {numbers: [...verdicts with message], eligible}. */
export async function checkNumberList(text) {
  return parse((await loadCore()).checkNumberList(text));
}

/** "0.1.0 (libphonenumber 8.13.51)" */
export async function engineVersion() {
  return (await loadCore()).version();
}
