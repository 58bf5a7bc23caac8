// The bills of the test corpus, as positioned text (points from the page's bottom left, US
// Letter), and what each one says: the fields `portcheck bill` must read. Every producer
// (make-corpus.mjs) draws the same positioned lines, so one expectation checks them all.
// The layout is a phone bill's: the customer block on the left, the account box on the right
// (beside it, on the same baselines), a summary, the lines on the account, a second page.

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

const acmeLines = [
  { number: '(217) 544-0111', plan: 'Business Unlimited Talk and Text', amount: '$45.00' },
  { number: '(217) 544-0112', plan: 'Business Unlimited Talk and Text', amount: '$45.00' },
  { number: '217-544-0113', plan: 'Fax line', amount: '$5.40' },
];

export const bills = {
  att: {
    pages: bill({
      carrier: 'AT&T', name: 'ACME WIDGETS LLC', street: '123 Main St Suite 400', city: 'Springfield, IL 62701',
      accountLabel: 'Account number:', account: '8351 0427 9916', dateLabel: 'Statement date:', date: 'Oct 3, 2026',
      period: 'Sep 4 - Oct 3, 2026', lines: acmeLines,
    }),
    expect: {
      statement_date: '2026-10-03', billing_period: { from: '2026-09-04', to: '2026-10-03' },
      account_numbers: ['8351 0427 9916'], carrier: 'AT&T',
      phone_numbers: ['+12175440111', '+12175440112', '+12175440113', '+18003310500'],
    },
  },
  verizon: {
    pages: bill({
      carrier: 'Verizon', name: 'Jane Doe', street: '45 Oak Avenue Apt 2B', city: 'Columbus, OH 43215',
      accountLabel: 'Account #', account: '123456789-00001', dateLabel: 'Invoice date', date: 'October 28, 2026',
      period: 'Sep 29 to Oct 28, 2026', lines: [
        { number: '614.555.2040', plan: 'Unlimited Plus', amount: '$80.00' },
        { number: '614 555 2041', plan: 'Unlimited Welcome', amount: '$65.00' },
      ],
    }),
    expect: {
      statement_date: '2026-10-28', billing_period: { from: '2026-09-29', to: '2026-10-28' },
      account_numbers: ['123456789-00001'], carrier: 'Verizon',
      phone_numbers: ['+16145552040', '+16145552041', '+18003310500'],
    },
  },
  tmobile: {
    pages: bill({
      carrier: 'T-Mobile', name: 'Rivera Plumbing PLLC', street: '900 N Lamar Blvd', city: 'Austin, TX 78703',
      accountLabel: 'Acct No.', account: '958 221 407', dateLabel: 'Bill date', date: '11/02/2026',
      period: '10/03/2026 - 11/02/2026', lines: [
        { number: '+1 512 555 0190', plan: 'Business Essentials', amount: '$35.00' },
        { number: '1-512-555-0191', plan: 'Business Essentials', amount: '$35.00' },
      ],
      extraPages: 1,
    }),
    expect: {
      statement_date: '2026-11-02', billing_period: { from: '2026-10-03', to: '2026-11-02' },
      account_numbers: ['958 221 407'], carrier: 'T-Mobile',
      phone_numbers: ['+15125550190', '+15125550191', '+18003310500'],
    },
  },
  comcast: {
    pages: bill({
      carrier: 'Comcast Business', name: 'Harbor Dental Group', street: '77 Harbor Way Ste 3', city: 'Boston, MA 02110',
      accountLabel: 'Billing account number', account: '8499 05 012 3456789', dateLabel: 'Statement date', date: '2026-11-15',
      period: 'Nov 16 to Dec 15, 2026', lines: [
        { number: '(617) 555-0123', plan: 'Business Voice Edge', amount: '$34.95' },
      ],
    }),
    expect: {
      statement_date: '2026-11-15', billing_period: { from: '2026-11-16', to: '2026-12-15' },
      account_numbers: ['8499 05 012 3456789'], carrier: 'Comcast / Xfinity Voice',
      phone_numbers: ['+16175550123', '+18003310500'],
    },
  },
  spectrum: {
    pages: bill({
      carrier: 'Spectrum', name: 'Blue Sky Cafe Inc', street: '5 Elm Street', city: 'Charlotte, NC 28202',
      accountLabel: 'BAN', account: '8245100012345678', dateLabel: 'Bill date:', date: '10/3/26',
      period: 'Oct 3 - Nov 2, 2026', lines: [
        { number: '7045550188', plan: 'Spectrum Voice', amount: '$29.99' },
      ],
    }),
    expect: {
      statement_date: '2026-10-03', billing_period: { from: '2026-10-03', to: '2026-11-02' },
      account_numbers: ['8245100012345678'], carrier: 'Spectrum',
      phone_numbers: ['+17045550188', '+18003310500'],
    },
  },
};
