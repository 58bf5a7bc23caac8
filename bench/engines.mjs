// The engines compared, each doing the same job per typed number: parse with default region
// US, then validity, type, region and E.164. Shared by the Node runner and the Chromium page;
// `libs` holds the loaded libraries (imports in Node, globals in the browser).
export const ENGINES = ['portcheck-wasm', 'libphonenumber-js/max', 'google-libphonenumber', 'awesome-phonenumber'];

export function makeRunner(name, libs) {
  switch (name) {
    case 'portcheck-wasm':
      // One call for the whole batch: the loop runs inside WASM (how the page checks a paste).
      return (list, text) => JSON.parse(libs.core.classifyBatch(text)).filter((v) => v[0] === 'ok' || v[0] === 'unverified').length;
    case 'libphonenumber-js/max': {
      const { parsePhoneNumberFromString } = libs.libphonenumberJs;
      return (list) => {
        let valid = 0;
        for (const text of list) {
          const n = parsePhoneNumberFromString(text, 'US');
          if (!n) continue;
          const ok = n.isValid();
          n.getType(); n.country; n.number;  // eslint-disable-line no-unused-expressions
          if (ok) valid++;
        }
        return valid;
      };
    }
    case 'google-libphonenumber': {
      const { PhoneNumberUtil, PhoneNumberFormat } = libs.googleLibphonenumber;
      const util = PhoneNumberUtil.getInstance();
      return (list) => {
        let valid = 0;
        for (const text of list) {
          try {
            const n = util.parse(text, 'US');
            const ok = util.isValidNumber(n);
            util.getNumberType(n); util.getRegionCodeForNumber(n); util.format(n, PhoneNumberFormat.E164);
            if (ok) valid++;
          } catch { /* not a number */ }
        }
        return valid;
      };
    }
    case 'awesome-phonenumber': {
      const { parsePhoneNumber } = libs.awesomePhonenumber;
      return (list) => {
        let valid = 0;
        for (const text of list) {
          const n = parsePhoneNumber(text, { regionCode: 'US' });
          n.type; n.regionCode; n.number?.e164;  // eslint-disable-line no-unused-expressions
          if (n.valid) valid++;
        }
        return valid;
      };
    }
    default: throw new Error(`unknown engine ${name}`);
  }
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** Times `run` over the list `repeats` times (after one warm-up): numbers per second. */
export function measure(run, list, repeats) {
  const text = list.join('\n');
  const valid = run(list, text);  // warm-up (JIT, caches), and the answer for the sanity column
  const rates = [];
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    run(list, text);
    rates.push(list.length / ((performance.now() - start) / 1000));
  }
  return { valid, median: median(rates), min: Math.min(...rates), max: Math.max(...rates) };
}

/** Times a full check() of the 1,000- and 10,000-number drafts: milliseconds, median and range.
 *  The 1,000-number draft is timed at least 31 times (a few milliseconds each): one garbage
 *  collection or tier-up must not move the median. */
export function measureDrafts(core, draft1k, draft10k, repeats) {
  return {
    check_1000_ms: measureCheck(core, draft1k, Math.max(repeats, 31)),
    check_10000_ms: measureCheck(core, draft10k, Math.max(3, Math.floor(repeats / 2))),
  };
}

function measureCheck(core, draftJson, repeats) {
  // Warm-up as for the peers (whose warm-up is a whole corpus pass): V8 compiles WASM with
  // Liftoff first and tiers hot functions up in the background, used from their next call.
  for (let i = 0, t0 = performance.now(); i < 10 && performance.now() - t0 < 1000; i++) core.check(draftJson);
  const times = [];
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    core.check(draftJson);
    times.push(performance.now() - start);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}
