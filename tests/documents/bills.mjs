// The bills of the test corpus, as positioned text (points from the page's bottom left, US
// Letter), and what each one says: the fields `portcheck bill` must read. Every producer
// (make-corpus.mjs) draws the same positioned lines, so one expectation checks them all.
// The layout is a phone bill's: the customer block on the left, the account box on the right
// (beside it, on the same baselines), a summary, the lines on the account, a second page.

/**
 * What the Letter of Authorization says when it matches a bill exactly: the account name,
 * the service address, the account number and the numbers on the account, as a customer would
 * type them (the account number without its spaces, so it is compared as carriers compare).
 */
export function loaOf(spec) {
  const [city, stateZip] = spec.city.split(', ');
  const [state, zip] = stateZip.split(' ');
  return {
    customer_name: spec.name, street: spec.street, city, state, zip, losing_carrier: spec.carrier,
    account_number: spec.account.replace(/ /g, ''), phone_numbers: spec.lines.map((l) => l.number),
  };
}

/** One bill: carrier header, labels and values in the forms real bills print. */
function bill({ carrier, name, street, city, account, accountLabel, dateLabel, date, period, lines, extraPages = 0 }) {
  const page1 = [
    { x: 54, y: 740, size: 20, bold: true, text: carrier },
    { x: 54, y: 700, size: 10, bold: true, text: name },
    { x: 54, y: 686, size: 10, text: street },
    { x: 54, y: 672, size: 10, text: city },
    // The account box, on the left block's baselines.
    { x: 360, y: 700, size: 10, text: `${accountLabel} ${account}` },
    { x: 360, y: 686, size: 10, text: `${dateLabel} ${date}` },
    { x: 360, y: 672, size: 10, text: `Billing period: ${period}` },
    { x: 360, y: 658, size: 10, text: `Page 1 of ${2 + extraPages}` },
    { x: 54, y: 620, size: 14, bold: true, text: 'Summary of charges' },
    { x: 54, y: 600, size: 10, text: 'Previous balance' }, { x: 470, y: 600, size: 10, text: '$120.00' },
    { x: 54, y: 586, size: 10, text: 'Payment received - thank you' }, { x: 470, y: 586, size: 10, text: '-$120.00' },
    { x: 54, y: 572, size: 10, text: 'Monthly service charges' }, { x: 470, y: 572, size: 10, text: '$95.40' },
    { x: 54, y: 558, size: 10, bold: true, text: 'Total amount due' }, { x: 470, y: 558, size: 10, bold: true, text: '$95.40' },
    { x: 54, y: 520, size: 14, bold: true, text: 'Lines on this account' },
  ];
  lines.forEach((line, i) => {
    page1.push({ x: 54, y: 500 - i * 14, size: 10, text: line.number });
    page1.push({ x: 200, y: 500 - i * 14, size: 10, text: line.plan });
    page1.push({ x: 470, y: 500 - i * 14, size: 10, text: line.amount });
  });
  const page2 = [
    { x: 54, y: 740, size: 14, bold: true, text: 'Important information' },
    { x: 54, y: 716, size: 10, text: 'Questions about this bill? Call customer service at 1-800-331-0500,' },
    { x: 54, y: 702, size: 10, text: 'or visit us online. Please include your account number with any payment.' },
    { x: 54, y: 688, size: 10, text: 'Late payments may be charged a fee as described in your service agreement.' },
  ];
  const pages = [page1, page2];
  for (let p = 0; p < extraPages; p++) {
    const page = [{ x: 54, y: 740, size: 14, bold: true, text: `Call details, continued (${p + 1})` }];
    for (let r = 0; r < 40; r++) {
      page.push({ x: 54, y: 716 - r * 16, size: 9, text: `10/${String((r % 28) + 1).padStart(2, '0')} 9:${String(r % 60).padStart(2, '0')} AM Outgoing call to Springfield IL ${r + 1} min` });
    }
    pages.push(page);
  }
  return pages;
}

// Records each bill's spec, so its LOA (loaOf) is derived from what is printed.
const specs = [];
const spec_ = (spec) => (specs.push(spec), spec);

const acmeLines = [
  { number: '(217) 544-0111', plan: 'Business Unlimited Talk and Text', amount: '$45.00' },
  { number: '(217) 544-0112', plan: 'Business Unlimited Talk and Text', amount: '$45.00' },
  { number: '217-544-0113', plan: 'Fax line', amount: '$5.40' },
];

export const bills = {
  att: {
    pages: bill(spec_({
      carrier: 'AT&T', name: 'ACME WIDGETS LLC', street: '123 Main St Suite 400', city: 'Springfield, IL 62701',
      accountLabel: 'Account number:', account: '8351 0427 9916', dateLabel: 'Statement date:', date: 'Oct 3, 2026',
      period: 'Sep 4 - Oct 3, 2026', lines: acmeLines,
    })),
    expect: {
      statement_date: '2026-10-03', billing_period: { from: '2026-09-04', to: '2026-10-03' },
      account_numbers: ['8351 0427 9916'], carrier: 'AT&T',
      phone_numbers: ['+12175440111', '+12175440112', '+12175440113', '+18003310500'],
    },
  },
  verizon: {
    pages: bill(spec_({
      carrier: 'Verizon', name: 'Jane Doe', street: '45 Oak Avenue Apt 2B', city: 'Columbus, OH 43215',
      accountLabel: 'Account #', account: '123456789-00001', dateLabel: 'Invoice date', date: 'October 28, 2026',
      period: 'Sep 29 to Oct 28, 2026', lines: [
        { number: '614.555.2040', plan: 'Unlimited Plus', amount: '$80.00' },
        { number: '614 555 2041', plan: 'Unlimited Welcome', amount: '$65.00' },
      ],
    })),
    expect: {
      statement_date: '2026-10-28', billing_period: { from: '2026-09-29', to: '2026-10-28' },
      account_numbers: ['123456789-00001'], carrier: 'Verizon',
      phone_numbers: ['+16145552040', '+16145552041', '+18003310500'],
    },
  },
  tmobile: {
    pages: bill(spec_({
      carrier: 'T-Mobile', name: 'Rivera Plumbing PLLC', street: '900 N Lamar Blvd', city: 'Austin, TX 78703',
      accountLabel: 'Acct No.', account: '958 221 407', dateLabel: 'Bill date', date: '11/02/2026',
      period: '10/03/2026 - 11/02/2026', lines: [
        { number: '+1 512 555 0190', plan: 'Business Essentials', amount: '$35.00' },
        { number: '1-512-555-0191', plan: 'Business Essentials', amount: '$35.00' },
      ],
      extraPages: 1,
    })),
    expect: {
      statement_date: '2026-11-02', billing_period: { from: '2026-10-03', to: '2026-11-02' },
      account_numbers: ['958 221 407'], carrier: 'T-Mobile',
      phone_numbers: ['+15125550190', '+15125550191', '+18003310500'],
    },
  },
  comcast: {
    pages: bill(spec_({
      carrier: 'Comcast Business', name: 'Harbor Dental Group', street: '77 Harbor Way Ste 3', city: 'Boston, MA 02110',
      accountLabel: 'Billing account number', account: '8499 05 012 3456789', dateLabel: 'Statement date', date: '2026-11-15',
      period: 'Nov 16 to Dec 15, 2026', lines: [
        { number: '(617) 555-0123', plan: 'Business Voice Edge', amount: '$34.95' },
      ],
    })),
    expect: {
      statement_date: '2026-11-15', billing_period: { from: '2026-11-16', to: '2026-12-15' },
      account_numbers: ['8499 05 012 3456789'], carrier: 'Comcast / Xfinity Voice',
      phone_numbers: ['+16175550123', '+18003310500'],
    },
  },
  spectrum: {
    pages: bill(spec_({
      carrier: 'Spectrum', name: 'Blue Sky Cafe Inc', street: '5 Elm Street', city: 'Charlotte, NC 28202',
      accountLabel: 'BAN', account: '8245100012345678', dateLabel: 'Bill date:', date: '10/3/26',
      period: 'Oct 3 - Nov 2, 2026', lines: [
        { number: '7045550188', plan: 'Spectrum Voice', amount: '$29.99' },
      ],
    })),
    expect: {
      statement_date: '2026-10-03', billing_period: { from: '2026-10-03', to: '2026-11-02' },
      account_numbers: ['8245100012345678'], carrier: 'Spectrum',
      phone_numbers: ['+17045550188', '+18003310500'],
    },
  },
};

// Each bill's LOA, in the order the bills are listed above.
Object.values(bills).forEach((b, i) => { b.loa = loaOf(specs[i]); });

/**
 * Customer Service Records as carriers' porting teams send them: a title, then labels in one
 * column and values in the next (a label's value may run over several rows), the billing
 * address (a PO box) beside the service address, and the working numbers as a list.
 * `text` is the same record as pasted from an e-mail; `expect` is what `portcheck csr` reads.
 */
function csrPage(carrier, rows) {
  const page = [
    { x: 54, y: 740, size: 16, bold: true, text: `${carrier} Customer Service Record` },
    { x: 54, y: 722, size: 9, text: 'Prepared for porting. This record shows the account as the carrier has it on file.' },
  ];
  let y = 690;
  for (const [label, ...values] of rows) {
    page.push({ x: 54, y, size: 10, bold: true, text: label });
    values.forEach((value, i) => page.push({ x: 230, y: y - i * 14, size: 10, text: value }));
    y -= 14 * Math.max(values.length, 1) + 8;
  }
  return [page];
}

export const csrs = {
  att: {
    pages: csrPage('AT&T', [
      ['Account Number:', '8351 0427 9916'],
      ['Listed Name:', 'ACME WIDGETS LLC'],
      ['Billing Telephone Number:', '(217) 544-0111'],
      ['Service Address:', '123 MAIN ST STE 400', 'SPRINGFIELD, IL 62701-1234'],
      ['Billing Address:', 'PO BOX 4410', 'SPRINGFIELD, IL 62708'],
      ['Working Telephone Numbers:', '217-544-0111', '217-544-0112', '217-544-0113', '217-544-0114'],
      ['Features:', 'Caller ID, Voicemail, Hunting'],
    ]),
    text: ['From: AT&T Porting Center <porting@att.example>', 'Subject: Customer Service Record - Account 8351 0427 9916', '', 'CUSTOMER SERVICE RECORD',
      'Account Number: 8351 0427 9916', 'Listed Name: ACME WIDGETS LLC', 'BTN: (217) 544-0111', 'Service Address:',
      '  123 MAIN ST STE 400', '  SPRINGFIELD, IL 62701-1234', 'Billing Address:', '  PO BOX 4410', '  SPRINGFIELD, IL 62708',
      'Working Telephone Numbers:', '  217-544-0111', '  217-544-0112', '  217-544-0113', '  217-544-0114',
      'Questions? Call 1-800-331-0500', ''].join('\r\n'),
    expect: {
      customer_name: 'ACME WIDGETS LLC', street: '123 MAIN ST STE 400', street_2: null, city: 'SPRINGFIELD', state: 'IL',
      zip: '62701-1234', account_telephone_number: '+12175440111', account_number: '8351 0427 9916',
      phone_numbers: ['+12175440111', '+12175440112', '+12175440113', '+12175440114'], carrier: 'AT&T',
    },
  },
  lumen: {
    pages: csrPage('CenturyLink', [
      ['End User Name:', 'Harbor Dental Group'],
      ['Service Location:', '77 Harbor Way, Suite 3, Boston, MA 02110'],
      ['Mailing Address:', 'P.O. Box 1200, Boston, MA 02117'],
      ['ATN:', '617-555-0123'],
      ['Account No.', '301 555 0123 456'],
      ['TNs:', '617-555-0123, 617-555-0124'],
    ]),
    text: ['END USER NAME\tHarbor Dental Group\tATN\t617-555-0123', 'SERVICE LOCATION\t77 Harbor Way, Suite 3, Boston, MA 02110',
      'MAILING ADDRESS\tP.O. Box 1200, Boston, MA 02117', 'Account No. 301 555 0123 456', 'TNs: 617-555-0123, 617-555-0124'].join('\n'),
    expect: {
      customer_name: 'Harbor Dental Group', street: '77 Harbor Way', street_2: 'Suite 3', city: 'Boston', state: 'MA', zip: '02110',
      account_telephone_number: '+16175550123', account_number: '301 555 0123 456',
      phone_numbers: ['+16175550123', '+16175550124'], carrier: 'Lumen / CenturyLink',
    },
    expectText: { carrier: null },  // the pasted text never names the carrier
  },
};
