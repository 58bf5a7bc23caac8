// The benchmark corpus: what customers type, seeded so every run and every engine sees the
// same strings. Mix (by weight): US numbers in the formats people type (some with extensions),
// US territories, Canada, other NANP countries, other countries, toll-free, vanity letters,
// fictional and N11 numbers, and garbage. No separators (, ; tab newline) inside an entry.
const US_AREA_CODES = [201, 202, 205, 206, 212, 213, 214, 215, 217, 224, 253, 281, 303, 305, 312, 313, 319, 402, 404,
  405, 406, 408, 410, 412, 415, 423, 469, 503, 504, 505, 507, 512, 513, 515, 517, 602, 608, 612, 614, 615, 617, 646,
  702, 703, 704, 713, 717, 718, 720, 757, 773, 802, 803, 804, 805, 808, 813, 845, 901, 907, 916, 917, 919, 971];
const TERRITORIES = [787, 939, 340, 671, 670, 684];
const CANADA = [416, 604, 514, 403, 613, 902];
const OTHER_NANP = [876, 242, 809, 868, 246];
const TOLL_FREE = [800, 833, 844, 855, 866, 877, 888];

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeCorpus(count, seed = 20261125) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const digits = (n) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const exchange = () => String(200 + Math.floor(random() * 800));
  const typed = (npa, nxx = exchange(), line = digits(4)) => {
    switch (Math.floor(random() * 8)) {
      case 0: return `(${npa}) ${nxx}-${line}`;
      case 1: return `${npa}-${nxx}-${line}`;
      case 2: return `${npa}.${nxx}.${line}`;
      case 3: return `+1 ${npa} ${nxx} ${line}`;
      case 4: return `1-${npa}-${nxx}-${line}`;
      case 5: return `${npa}${nxx}${line}`;
      case 6: return `+1${npa}${nxx}${line}`;
      default: return `+1 (${npa}) ${nxx}-${line}`;
    }
  };
  const letters = 'ABCDEFGHIJKLMNOPRSTUVWXY';
  const foreign = [
    () => `+44 20 7946 ${digits(4)}`, () => `+49 30 ${digits(8)}`, () => `+33 1 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
    () => `+91 98${digits(3)} ${digits(5)}`, () => `+61 2 ${digits(4)} ${digits(4)}`, () => `+52 55 ${digits(4)} ${digits(4)}`,
    () => `011 44 161 ${digits(3)} ${digits(4)}`,
  ];
  const garbage = [
    () => digits(1 + Math.floor(random() * 9)), () => `${pick(US_AREA_CODES)}-411-${digits(4)}`,
    () => `(${pick(US_AREA_CODES)}) 555-01${digits(2)}`, () => Array.from({ length: 8 }, () => pick(letters)).join(''),
    () => `call me at ${digits(3)}`, () => `${digits(3)}-${digits(3)}-${digits(5)}`,
  ];
  const kinds = [
    [55, () => (random() < 0.04 ? `${typed(pick(US_AREA_CODES))} x${digits(3)}` : typed(pick(US_AREA_CODES)))],
    [8, () => typed(pick(TERRITORIES))],
    [8, () => typed(pick(CANADA))],
    [4, () => typed(pick(OTHER_NANP))],
    [8, () => pick(foreign)()],
    [7, () => typed(pick(TOLL_FREE))],
    [3, () => `1-${pick(TOLL_FREE)}-${Array.from({ length: 7 }, () => pick(letters)).join('')}`],
    [7, () => pick(garbage)()],
  ];
  const total = kinds.reduce((sum, [w]) => sum + w, 0);
  return Array.from({ length: count }, () => {
    let r = random() * total;
    for (const [weight, make] of kinds) {
      if ((r -= weight) < 0) return make();
    }
    return kinds[0][1]();
  });
}

/** The first n entries that are US numbers in typed form, as a draft to check(). */
export function draftOf(corpus, n) {
  const numbers = corpus.filter((s) => /^(\+?1[ -]?)?\(?(2|3|4|6|7|9)\d\d/.test(s) && !/[A-Z]/.test(s)).slice(0, n);
  return JSON.stringify({
    schema: 'portcheck.draft/1', as_of: '2026-11-25',
    requests: [{
      customer_type: 'business', customer_name: 'Bench Co',
      authorized_representative: { first_name: 'Jane', last_name: 'Doe' },
      service_address: { street: '123 Main St', city: 'Springfield', state: 'IL', zip: '62701' },
      losing_carrier: 'Comcast Business', account_number: '123', account_telephone_number: numbers[0],
      phone_numbers: numbers,
      bill: { kind: 'bill', statement_date: '2026-11-02', shows_account_number: true, shows_name: true, shows_address: true, shows_all_numbers: true },
      signature: { signer_name: 'Jane Doe', signed_on: '2026-11-20' },
      attestations: { numbers_in_service: true, balance_paid: true, ports_all_numbers_on_account: true },
    }],
  });
}
