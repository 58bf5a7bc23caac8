// Every NANP area code, and a sample of exchanges in each, through the WASM core and through
// libphonenumber-js/max (the npm release pinned in package-lock.json, whose metadata is newer
// than the libphonenumber the core links): code nobody here wrote, checking that the merged
// area-code table lets through what is portable and nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { casesDir, loadModule } from './load-module.mjs';

const core = await loadModule();

const ELIGIBLE = new Set(['US', 'PR', 'VI', 'GU', 'MP', 'AS']);
// Types that are not a line at a place: never portable into Outreach, whatever the region.
const NOT_A_LINE = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'PERSONAL_NUMBER', 'SHARED_COST', 'UAN', 'VOICEMAIL', 'PAGER']);

// Deterministic pseudo-random digits (xorshift), so a failure names the same numbers each run.
let seed = 20261202;
const random = (n) => {
  seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
  return (seed >>> 0) % n;
};
const pad = (n, width) => String(n).padStart(width, '0');

// Exchanges worth trying in every area code: edges of the 2-9 range, N11, 555 (and its
// fictional 01XX lines), common and rarely used blocks, plus eight random ones.
const FIXED_EXCHANGES = [200, 201, 234, 255, 300, 345, 411, 456, 500, 555, 567, 600, 601, 678, 700, 747,
  800, 822, 850, 900, 911, 967, 989, 999];

function js(number) {
  const parsed = parsePhoneNumberFromString(number, 'US');
  if (!parsed || !parsed.isValid()) return null;
  return { country: parsed.country, type: parsed.getType() };
}

function ours(number) {
  return JSON.parse(core.checkNumber(number));
}

const isN11 = (nxx) => nxx % 100 === 11;

// Does libphonenumber-js know any number in this area code? Asked of every exchange (two
// lines each), so sparse territories' ranges are found.
function jsKnowsAreaCode(npa) {
  for (let nxx = 200; nxx <= 999; ++nxx) {
    for (const line of ['1234', '6060']) {
      if (js(`${npa}${nxx}${line}`)) return true;
    }
  }
  return false;
}

test('every area code and a sample of its exchanges: what libphonenumber-js/max calls portable is let through, nothing else', (t) => {
  const problems = [];
  const counts = { numbers: 0, jsValidEligible: 0, jsValidIneligible: 0, unknownAreaCodes: 0, unverified: 0 };
  for (let npa = 200; npa <= 999; ++npa) {
    const exchanges = [...FIXED_EXCHANGES];
    for (let i = 0; i < 8; ++i) exchanges.push(200 + random(800));
    let knows = null; // computed only when needed: a full sweep of the area code
    for (const nxx of exchanges) {
      const line = nxx === 555 && random(2) === 0 ? `01${pad(random(100), 2)}` : pad(random(10000), 4);
      const typed = `(${npa}) ${nxx}-${line}`;
      const them = js(typed);
      const us = ours(typed);
      ++counts.numbers;
      if (us.code === 'unverified') ++counts.unverified;
      const fictional = nxx === 555 && line.startsWith('01');
      if (them && ELIGIBLE.has(them.country) && !NOT_A_LINE.has(them.type)) {
        ++counts.jsValidEligible;
        if (isN11(nxx) || fictional) continue; // the plan's rules, stricter than the metadata
        if (!us.eligible) problems.push(`${typed}: libphonenumber-js says ${them.country} ${them.type}, we say ${us.code}`);
        else if (us.region !== them.country) problems.push(`${typed}: libphonenumber-js says ${them.country}, we say ${us.region}`);
      } else if (them) {
        ++counts.jsValidIneligible;
        if (us.eligible) problems.push(`${typed}: libphonenumber-js says ${them.country} ${them.type}, we let it through (${us.code})`);
      } else if (us.eligible) {
        knows ??= jsKnowsAreaCode(npa);
        if (!knows) problems.push(`${typed}: libphonenumber-js knows no number in area code ${npa}, we say ${us.code}`);
      }
    }
    if (knows === false) ++counts.unknownAreaCodes;
  }
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} disagreements`);
  t.diagnostic(JSON.stringify(counts));
  // The sample must have exercised every side of the rule.
  assert.equal(counts.numbers, 800 * (FIXED_EXCHANGES.length + 8));
  assert.ok(counts.jsValidEligible > 10000, JSON.stringify(counts));
  assert.ok(counts.jsValidIneligible > 1500, JSON.stringify(counts));
});

test('area codes no one owns are invalid, and the message says the area code is not in service', () => {
  for (let npa = 200; npa <= 999; ++npa) {
    const [, status, , , verdict] = /^(\d{3})\t(\S+)\t(\S+)\t(\S+)\t(\S+)$/.exec(areaCodeRow(npa)) ?? [];
    if (status !== 'unassigned') continue;
    const list = JSON.parse(core.checkNumberList(`${npa}-234-5678`));
    assert.equal(list.numbers[0].code, 'invalid', `${npa}`);
    assert.equal(verdict, 'invalid');
    assert.match(list.numbers[0].message, new RegExp(`^Area code ${npa} is not in service`));
    assert.equal(js(`${npa}2345678`), null, `libphonenumber-js knows ${npa}`);
  }
});

// The pinned table, as `portcheck area-codes` prints it (tests/cases/area-codes.tsv).
const table = readFileSync(join(casesDir, 'area-codes.tsv'), 'utf8').split('\n');
function areaCodeRow(npa) {
  return table.find((line) => line.startsWith(`${npa}\t`));
}

test('version names the engine and both sources of its numbering data', () => {
  const pinned = JSON.parse(readFileSync(new URL('../../node_modules/libphonenumber-js/package.json', import.meta.url), 'utf8')).version;
  assert.equal(core.version().replace(/^\d+\.\d+\.\d+ /, ''), `(libphonenumber 8.13.51 + libphonenumber-js ${pinned})`);
});
