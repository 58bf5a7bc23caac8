// Builds the bill corpus into a folder (default build/documents): the same bills (bills.mjs)
// written by four PDF producers from Debian and npm — ReportLab (python3-reportlab), PDFKit
// (npm pdfkit), Chromium's print to PDF (Skia), Ghostscript's pdfwrite (ps2pdf) — a fifth
// bill typeset by groff, then
// re-written by qpdf (RC4, AES-128 and AES-256 with an empty user password, object streams,
// an incremental update, linearization), a scan (JPEG, PNG, a PDF of only an image), the font
// kinds by hand (pdf-writer.mjs), and the hostile files. manifest.json says what each file is
// and what `portcheck bill` must answer. Usage: node tests/documents/make-corpus.mjs [DIR]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

import { bills, csrs } from './bills.mjs';
import { hex, literal, pdf, singleFontPdf, stream, toUnicodeCMap, utf16hex } from './pdf-writer.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'build/documents'));
fs.mkdirSync(out, { recursive: true });
const manifest = [];
const add = (file, entry) => manifest.push({ file, ...entry });
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });

// ---- producers ----------------------------------------------------------------------------

function reportlab(pages, file, { rotate = 0 } = {}) {
  const spec = path.join(out, `${file}.json`);
  fs.writeFileSync(spec, JSON.stringify({ pages, rotate }));
  run('/usr/bin/python3', ['-c', `
import json, sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
spec = json.load(open(sys.argv[1]))
c = canvas.Canvas(sys.argv[2], pagesize=letter)
c.setTitle('bill')
for page in spec['pages']:
    if spec['rotate']:
        c.setPageRotation(spec['rotate'])
    for item in page:
        c.setFont('Helvetica-Bold' if item.get('bold') else 'Helvetica', item['size'])
        c.drawString(item['x'], item['y'], item['text'])
    c.showPage()
c.save()
`, spec, path.join(out, file)]);
  fs.rmSync(spec);
}

async function pdfkit(pages, file, { font }) {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'LETTER', autoFirstPage: false, compress: true });
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  const regular = font ?? 'Helvetica';
  const bold = font ? font.replace('DejaVuSans.ttf', 'DejaVuSans-Bold.ttf') : 'Helvetica-Bold';
  for (const page of pages) {
    doc.addPage({ size: 'LETTER', margin: 0 });
    for (const item of page) {
      // PDFKit places text by its top; the corpus gives baselines from the bottom.
      doc.font(item.bold ? bold : regular).fontSize(item.size);
      doc.text(item.text, item.x, 792 - item.y - item.size * 0.76, { lineBreak: false });
    }
  }
  doc.end();
  await done;
  fs.writeFileSync(path.join(out, file), Buffer.concat(chunks));
}

async function chromium(pages, file) {
  const { chromium: browser } = await import('playwright-core');
  const b = await browser.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const page = await b.newPage();
    const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const html = pages.map((items) => `<section>${items.map((i) =>
      `<div style="left:${i.x}pt;top:${792 - i.y - i.size * 0.8}pt;font-size:${i.size}pt;${i.bold ? 'font-weight:bold;' : ''}">${esc(i.text)}</div>`).join('')}</section>`).join('');
    await page.setContent(`<!doctype html><style>@page{size:8.5in 11in;margin:0}body{margin:0;font-family:'DejaVu Sans'}
section{position:relative;width:612pt;height:792pt;page-break-after:always;overflow:hidden}
div{position:absolute;white-space:pre;line-height:1}</style>${html}`);
    await page.pdf({ path: path.join(out, file), width: '8.5in', height: '11in', printBackground: false });
  } finally {
    await b.close();
  }
}

function ghostscript(pages, file) {
  const ps = ['%!PS-Adobe-3.0', '<< /PageSize [612 792] >> setpagedevice'];
  const psString = (t) => `(${t.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  for (const page of pages) {
    for (const item of page) {
      ps.push(`/${item.bold ? 'Times-Bold' : 'Times-Roman'} findfont ${item.size} scalefont setfont ${item.x} ${item.y} moveto ${psString(item.text)} show`);
    }
    ps.push('showpage');
  }
  const src = path.join(out, `${file}.ps`);
  fs.writeFileSync(src, ps.join('\n'));
  // Embedded, as Ghostscript does not embed the standard fonts by default: Type1C subsets.
  run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dEmbedAllFonts=true', '-dSubsetFonts=true',
    `-sOutputFile=${path.join(out, file)}`, '-c', '<< /NeverEmbed [ ] >> setdistillerparams', '-f', src]);
  fs.rmSync(src);
}

const qpdf = (args) => run('qpdf', args);

// ---- the bills by producer ----------------------------------------------------------------

reportlab(bills.att.pages, 'att-reportlab.pdf');
add('att-reportlab.pdf', { producer: 'ReportLab', expect: bills.att.expect, loa: bills.att.loa, fonts: 'Type1 standard (Helvetica), unembedded', pdffonts: 'Type 1 WinAnsi no' });
reportlab(bills.att.pages, 'att-reportlab-rotated.pdf', { rotate: 90 });
add('att-reportlab-rotated.pdf', { producer: 'ReportLab', expect: bills.att.expect, loa: bills.att.loa, fonts: 'page /Rotate 90' });

await pdfkit(bills.verizon.pages, 'verizon-pdfkit-ttf.pdf', { font: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' });
add('verizon-pdfkit-ttf.pdf', { producer: 'PDFKit', expect: bills.verizon.expect, loa: bills.verizon.loa, fonts: 'Type0 Identity-H TrueType subset, ToUnicode', pdffonts: 'CID TrueType Identity-H yes yes yes' });
await pdfkit(bills.comcast.pages, 'comcast-pdfkit-helvetica.pdf', {});
add('comcast-pdfkit-helvetica.pdf', { producer: 'PDFKit', expect: bills.comcast.expect, loa: bills.comcast.loa, fonts: 'Type1 standard, WinAnsi', pdffonts: 'Type 1 WinAnsi no' });

await chromium(bills.tmobile.pages, 'tmobile-chromium.pdf');
add('tmobile-chromium.pdf', { producer: 'Chromium (Skia)', expect: bills.tmobile.expect, loa: bills.tmobile.loa, fonts: 'Type0 CIDFontType2 Identity-H, ToUnicode', pdffonts: 'CID TrueType Identity-H yes yes yes' });

ghostscript(bills.spectrum.pages, 'spectrum-ghostscript.pdf');
add('spectrum-ghostscript.pdf', { producer: 'Ghostscript pdfwrite', expect: bills.spectrum.expect, loa: bills.spectrum.loa, fonts: 'Type1C embedded subsets', pdffonts: 'Type 1C WinAnsi yes yes' });

// A fifth producer, laid out by a typesetter rather than placed by coordinates: groff (-ms,
// tbl) through ps2pdf. Ghostscript makes some word gaps out of character spacing (Tc).
{
  const ms = ['.LP', '.ps 18', '\\fBFrontier Communications\\fP', '.ps 10', '.sp', 'JOHN Q SMITH', '.br', '17 W Elm St Apt 3', '.br',
    'Rochester, NY 14614', '.sp', '.TS', 'l l.', 'Account Number:\t585-555-0123-091207-5', 'Bill Date:\tNovember 21, 2026',
    'Service Period:\tNov 22, 2026 - Dec 21, 2026', '.TE', '.sp',
    'Your phone number (585) 555-0123 and fax line 585.555.0124 are on this account.', 'Questions? Call 1-800-921-8101.'].join('\n');
  const src = path.join(out, 'frontier.ms');
  fs.writeFileSync(src, `${ms}\n`);
  const ps = run('groff', ['-ms', '-t', '-Tps', src]);
  fs.writeFileSync(path.join(out, 'frontier.ps'), ps);
  run('ps2pdf', [path.join(out, 'frontier.ps'), path.join(out, 'frontier-groff.pdf')]);
  fs.rmSync(src);
  fs.rmSync(path.join(out, 'frontier.ps'));
  add('frontier-groff.pdf', {
    producer: 'groff + ps2pdf', fonts: 'Type1C embedded subsets', pdffonts: 'Type 1C WinAnsi yes yes', contains: 'Rochester, NY 14614',
    expect: {
      statement_date: '2026-11-21', billing_period: { from: '2026-11-22', to: '2026-12-21' }, account_numbers: ['585-555-0123-091207-5'],
      carrier: 'Frontier', phone_numbers: ['+15855550123', '+15855550124', '+18009218101'],
    },
  });
}

// A 30-page bill (the benchmark's large case) and a multi-page one.
const long = JSON.parse(JSON.stringify(bills.att.pages));
while (long.length < 30) long.push(long[long.length - 1].map((i) => ({ ...i })));
reportlab(long, 'att-30-pages-reportlab.pdf');
add('att-30-pages-reportlab.pdf', { producer: 'ReportLab', expect: bills.att.expect, loa: bills.att.loa, fonts: 'Helvetica; 30 pages' });

// ---- Customer Service Records: two producers, and the text as pasted from an e-mail ---------

for (const [name, csr] of Object.entries(csrs)) {
  reportlab(csr.pages, `csr-${name}-reportlab.pdf`);
  add(`csr-${name}-reportlab.pdf`, { producer: 'ReportLab', csr: csr.expect });
  await chromium(csr.pages, `csr-${name}-chromium.pdf`);
  add(`csr-${name}-chromium.pdf`, { producer: 'Chromium (Skia)', csr: csr.expect });
  fs.writeFileSync(path.join(out, `csr-${name}.txt`), csr.text);
  add(`csr-${name}.txt`, { producer: 'pasted e-mail text', csr: { ...csr.expect, ...csr.expectText } });
}

// ---- qpdf rewrites: encryption with an empty user password, object streams, updates ----------

const base = path.join(out, 'att-reportlab.pdf');
for (const [name, args] of [
  ['rc4-128', ['--allow-weak-crypto', '--encrypt', '', 'owner-secret', '128', '--use-aes=n', '--']],
  ['aes-128', ['--allow-weak-crypto', '--encrypt', '', 'owner-secret', '128', '--use-aes=y', '--']],
  ['aes-256', ['--encrypt', '', 'owner-secret', '256', '--']],
  ['object-streams', ['--object-streams=generate']],
  ['linearized', ['--linearize']],
]) {
  qpdf([...args, base, path.join(out, `att-${name}.pdf`)].flat());
  add(`att-${name}.pdf`, { producer: `ReportLab + qpdf ${name}`, expect: bills.att.expect, loa: bills.att.loa });
}
{
  // An incremental update that replaces page 1's content: the bill's date is corrected.
  qpdf(['--qdf', '--object-streams=disable', base, path.join(out, 'att-qdf.tmp')]);
  const qdf = fs.readFileSync(path.join(out, 'att-qdf.tmp'), 'latin1');
  fs.rmSync(path.join(out, 'att-qdf.tmp'));
  // Append a new object 1000: an extra page-1 content stream drawing one more line, and a
  // new version of page 1 that lists it; the update's xref and trailer point back.
  const pageMatch = /%% Page 1\n%% Original object ID: \d+ 0\n(\d+) 0 obj\n([\s\S]*?)endobj/.exec(qdf);
  const sizeMatch = /\/Size (\d+)/.exec(qdf.slice(qdf.lastIndexOf('trailer')));
  const rootMatch = /\/Root (\d+ 0 R)/.exec(qdf.slice(qdf.lastIndexOf('trailer')));
  const startxref = /startxref\n(\d+)/.exec(qdf.slice(qdf.lastIndexOf('startxref')))[1];
  const pageNum = pageMatch[1];
  const size = Number(sizeMatch[1]);
  const extra = 'BT /F1 10 Tf 54 640 Td (Updated: late fee waived) Tj ET';
  const pageDict = pageMatch[2].replace(/\/Contents (\d+ 0 R)/, `/Contents [$1 ${size} 0 R]`).replace(/\/Resources (\d+ 0 R)/, '/Resources $1');
  let body = Buffer.from(qdf, 'latin1');
  const off1 = body.length;
  const obj1 = `${size} 0 obj\n<< /Length ${extra.length} >>\nstream\n${extra}\nendstream\nendobj\n`;
  const off2 = off1 + obj1.length;
  const obj2 = `${pageNum} 0 obj\n${pageDict}endobj\n`;
  const xrefAt = off2 + obj2.length;
  const xref = `xref\n${pageNum} 1\n${String(off2).padStart(10, '0')} 00000 n \n${size} 1\n${String(off1).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${size + 1} /Root ${rootMatch[1]} /Prev ${startxref} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  body = Buffer.concat([body, Buffer.from(obj1 + obj2 + xref, 'latin1')]);
  fs.writeFileSync(path.join(out, 'att-incremental-update.pdf'), body);
  add('att-incremental-update.pdf', { producer: 'ReportLab + qpdf --qdf + an incremental update', expect: bills.att.expect, loa: bills.att.loa, contains: 'Updated: late fee waived' });
}
qpdf(['--encrypt', 'customer-secret', 'owner-secret', '256', '--', base, path.join(out, 'att-user-password.pdf')]);
add('att-user-password.pdf', { producer: 'qpdf', unusable: 'document.password', hostile: true });

// ---- a scan -------------------------------------------------------------------------------

run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=jpeg', '-r60', '-dFirstPage=1', '-dLastPage=1', `-sOutputFile=${path.join(out, 'scan.jpg')}`, base]);
add('scan.jpg', { producer: 'Ghostscript (JPEG)', media_type: 'image/jpeg', text_layer: false });
run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=png16m', '-r40', '-dFirstPage=1', '-dLastPage=1', `-sOutputFile=${path.join(out, 'scan.png')}`, base]);
add('scan.png', { producer: 'Ghostscript (PNG)', media_type: 'image/png', text_layer: false });
{
  const jpeg = fs.readFileSync(path.join(out, 'scan.jpg'));
  const w = jpeg.readUInt16BE(jpeg.indexOf(Buffer.from([0xff, 0xc0])) + 7);
  const h = jpeg.readUInt16BE(jpeg.indexOf(Buffer.from([0xff, 0xc0])) + 5);
  const file = pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    stream('', 'q 612 0 0 792 0 0 cm /Im1 Do Q'),
    stream(`/Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode`, jpeg),
  ]);
  fs.writeFileSync(path.join(out, 'scan-in-pdf.pdf'), file);
  add('scan-in-pdf.pdf', { producer: 'pdf-writer (a JPEG page)', media_type: 'application/pdf', text_layer: false });
}

// ---- font kinds, by hand ----------------------------------------------------------------------

const kinds = [];
const kind = (file, buffer, expectText, note) => {
  fs.writeFileSync(path.join(out, file), buffer);
  add(file, { producer: 'pdf-writer', fonts: note, expect_text: expectText });
  kinds.push(file);
};
{
  // Type1 standard font without /Widths, /Differences with glyph-list, uniXXXX and uXXXX names.
  const content = 'BT /F1 12 Tf 72 700 Td (Account number: 4417 2290) Tj 0 -16 Td <0102030405> Tj ET';
  kind('differences.pdf', singleFontPdf([content], [
    '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /eacute /uni00FC /u00F1 /fi /germandbls] >> >>',
  ]), ['Account number: 4417 2290', '\u00e9\u00fc\u00f1fi\u00df'], 'Type1 Times-Roman unembedded, no /Widths (standard-14 metrics), /Differences');
}
{
  // MacRoman and PDFDoc-range bytes: 0x8E is é in MacRoman.
  const content = 'BT /F1 12 Tf 72 700 Td <436166E9> Tj 0 -16 Td <4361668E> Tj ET';
  kind('macroman.pdf', pdf([
    '<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>',
    stream('', content.replace('0 -16 Td <4361668E>', '/F2 12 Tf 0 -16 Td <4361668E>')),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /MacRomanEncoding >>',
  ]), ['Caf\u00e9', 'Caf\u00e9'], 'WinAnsi and MacRoman encodings');
}
{
  // Type0 Identity-H with a ToUnicode CMap: bfrange with the array form, a surrogate pair
  // (U+1F4DE), a ligature (one code -> "ffi").
  const cmap = toUnicodeCMap({
    codespace: '<0000> <FFFF>',
    bfchar: ['<0001> <0041>', `<0002> ${utf16hex('ffi')}`, '<0003> <D83DDCDE>'],
    bfrange: ['<0010> <0019> <0030>', '<0020> <0022> [<0043> <0061> <006C>]', '<0030> <0030> <0020>'],
  });
  const content = 'BT /F1 12 Tf 72 700 Td <00200021002200300001> Tj 0 -16 Td <000200300011001200130014> Tj 0 -16 Td <0003> Tj ET';
  kind('type0-identity-h.pdf', singleFontPdf([content], [
    '<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Sans /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Sans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 600 /W [16 [550 550 550 550 550] 32 34 500] >>',
    stream('', cmap),
  ]), ['Cal A', 'ffi 1234', '\u{1F4DE}'], 'Type0 Identity-H, ToUnicode bfchar/bfrange/array, surrogates, ligature, /W');
}
{
  // Identity-V: vertical writing; one column of glyphs reads as one word.
  const cmap = toUnicodeCMap({ codespace: '<0000> <FFFF>', bfrange: ['<0041> <005A> <0041>'] });
  kind('type0-identity-v.pdf', singleFontPdf(['BT /F1 12 Tf 300 700 Td <0056004500520054> Tj ET'], [
    '<< /Type /Font /Subtype /Type0 /BaseFont /Vert /Encoding /Identity-V /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /Vert /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>',
    stream('', cmap),
  ]), ['VERT'], 'Type0 Identity-V (vertical)');
}
{
  // Type3: glyph procedures, /FontMatrix 0.001, /Differences naming the glyphs.
  kind('type3.pdf', singleFontPdf(['BT /F1 12 Tf 72 700 Td (ABC) Tj ( ) Tj (CAB) Tj ET'], [
    '<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /a 6 0 R /b 6 0 R /c 6 0 R /space 6 0 R >> /Encoding << /Type /Encoding /Differences [32 /space 65 /a /b /c] >> /FirstChar 32 /LastChar 67 /Widths [250 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 600 600 600] >>',
    stream('', '600 0 0 0 500 700 d1 0 0 500 700 re f'),
  ]), ['abc cab'], 'Type3 with /Differences');
}
{
  // An embedded Type1 font without /Encoding: its program's own encoding decides, as TeX's
  // fonts are drawn (OT1: "fi" at 12, quotes at 92 and 34).
  const program = '%!PS-AdobeFont-1.0: CMR10\n/FontName /CMR10 def\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n' +
    'dup 12 /fi put\ndup 34 /quotedblright put\ndup 65 /A put\ndup 92 /quotedblleft put\ndup 108 /l put\ndup 101 /e put\n' +
    'readonly def\ncurrentfile eexec\n';
  kind('type1-builtin-encoding.pdf', singleFontPdf(['BT /F1 12 Tf 72 700 Td [<0C6C65> -400 <5C4122>] TJ ET'], [
    '<< /Type /Font /Subtype /Type1 /BaseFont /CMR10 /FirstChar 0 /LastChar 127 /Widths [' + Array(128).fill(500).join(' ') + '] /FontDescriptor 6 0 R >>',
    '<< /Type /FontDescriptor /FontName /CMR10 /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 750 /Descent -250 /CapHeight 700 /StemV 80 /FontFile 7 0 R >>',
    stream(`/Length1 ${program.length} /Length2 0 /Length3 0`, program),
  ]), ['file \u201cA\u201d'], 'Type1 embedded, no /Encoding: the font program\'s own encoding');
}
{
  // Symbolic TrueType without an encoding: codes are read as typed.
  kind('truetype-symbolic.pdf', singleFontPdf(['BT /F1 12 Tf 72 700 Td (Acct No. 99812) Tj ET'], [
    '<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Calibri /FirstChar 32 /LastChar 122 /Widths [226 326 401 498 507 715 682 221 303 303 498 498 250 306 252 386 507 507 507 507 507 507 507 507 507 507 268 268 498 498 498 463 894 579 544 533 615 488 459 631 623 252 319 520 420 855 646 662 517 673 543 459 487 642 567 890 519 487 468 307 386 307 498 498 291 479 525 423 525 498 305 471 525 230 239 455 230 799 525 527 525 525 349 391 335 525 452 715 433 453 395] /FontDescriptor 6 0 R >>',
    '<< /Type /FontDescriptor /FontName /ABCDEF+Calibri /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 750 /Descent -250 /CapHeight 700 /StemV 80 >>',
  ]), ['Acct No. 99812'], 'TrueType symbolic, no /Encoding');
}
{
  // Fake bold (each string drawn twice, 0.4 pt apart), a form XObject, a rotated text matrix,
  // TJ kerning and Tz/Tc/Tw, and two columns on shared baselines.
  const content = [
    'BT /F1 12 Tf 72 700 Td (Total due) Tj ET', 'BT /F1 12 Tf 72.4 700 Td (Total due) Tj ET',
    'q 1 0 0 1 72 650 cm /Fm1 Do Q',
    'BT /F1 10 Tf 0 1 -1 0 560 300 Tm (Printed sideways) Tj ET',
    'BT /F1 10 Tf 72 600 Td [(Ker) 30 (ning) -400 (works)] TJ 0 -14 Td 120 Tz 1 Tc 3 Tw (Wide text) Tj 100 Tz 0 Tc 0 Tw ET',
    'BT /F1 10 Tf 72 560 Td (Left column one) Tj 0 -12 Td (Left column two) Tj ET',
    'BT /F1 10 Tf 360 560 Td (Right box one) Tj 0 -12 Td (Right box two) Tj ET',
  ].join('\n');
  kind('layout.pdf', pdf([
    '<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> /XObject << /Fm1 6 0 R >> >> /Contents 4 0 R >>',
    stream('', content),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    stream('/Type /XObject /Subtype /Form /BBox [0 0 300 50] /Resources << /Font << /F1 5 0 R >> >>', 'BT /F1 10 Tf 0 0 Td (Inside a form) Tj ET'),
  ]), ['Total due', 'Inside a form', 'Kerning works', 'Wide text', 'Left column one', 'Left column two', 'Right box one', 'Right box two', 'Printed sideways'],
  'fake bold, form XObject, rotated text, TJ, Tz/Tc/Tw, two columns');
}

// ---- hostile files ------------------------------------------------------------------------------

const hostile = (file, buffer, expectation) => {
  fs.writeFileSync(path.join(out, file), buffer);
  add(file, { hostile: true, ...expectation });
};
const attBytes = fs.readFileSync(base);
hostile('empty.pdf', Buffer.alloc(0), { unusable: 'document.empty' });
hostile('not-a-pdf.pdf', Buffer.from('<html><body>Your bill is ready</body></html>'), { unusable: 'document.not_pdf' });
hostile('truncated.pdf', attBytes.subarray(0, Math.floor(attBytes.length / 3)), { either: true });
hostile('garbage-after-header.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Array.from({ length: 200000 }, (_, i) => (i * 7919) % 251))]), { either: true });
{
  // 1 GiB of zeros deflated (~1 MB): the reader must stop at its decoded-bytes cap.
  const deflater = zlib.createDeflate({ level: 9 });
  const parts = [];
  deflater.on('data', (c) => parts.push(c));
  const ended = new Promise((r) => deflater.on('end', r));
  const chunk = Buffer.alloc(1 << 24);
  for (let i = 0; i < 64; i++) deflater.write(chunk);
  deflater.end();
  await ended;
  const bomb = Buffer.concat(parts);
  hostile('deflate-bomb.pdf', pdf([
    '<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
    { dict: '/Filter /FlateDecode', bytes: bomb, length: bomb.length },
  ]), { unusable: 'document.too_large_decoded' });
}
hostile('page-tree-cycle.pdf', pdf([
  '<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 4 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] >>',
]), { either: true });
hostile('xobject-cycle.pdf', pdf([
  '<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /X 5 0 R >> >> /Contents 4 0 R >>',
  stream('', '/X Do'),
  stream('/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X 5 0 R >> >>', '/X Do'),
]), { unusable: 'document.xobject_cycle' });
hostile('deep-nesting.pdf', pdf([
  '<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Deep ${'['.repeat(100000)}${']'.repeat(100000)} /Contents 4 0 R >>`,
  stream('', `${'['.repeat(50000)} BT ET`),
]), { either: true });
hostile('million-operators.pdf', singleFontPdf(['BT /F1 1 Tf ' + '(a) Tj '.repeat(3_000_000) + 'ET'], ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']),
  { limit: 'drawing operations' });
{
  const kids = [];
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', null, stream('', 'BT /F1 10 Tf 72 700 Td (Page) Tj ET'), '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  for (let i = 0; i < 20000; i++) {
    kids.push(`${objects.length + 1} 0 R`);
    objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 3 0 R >>');
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count 20000 >>`;
  hostile('twenty-thousand-pages.pdf', pdf(objects), { limit: 'only the first 100 of 20,000 pages', pages_in_file: 20000 });
}
{
  const bfchar = Array.from({ length: 300000 }, (_, i) => `<${(i % 65536).toString(16).padStart(4, '0')}> <0041>`);
  const cmap = toUnicodeCMap({ codespace: '<0000> <FFFF>', bfrange: ['<0000> <FFFF> <0041>', '<0000> <FFFF> [' + '<0041> '.repeat(1000) + ']'], bfchar });
  hostile('huge-tounicode.pdf', singleFontPdf(['BT /F1 12 Tf 72 700 Td <00010002> Tj ET'], [
    '<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>',
    stream('', cmap, { deflate: true }),
  ]), { limit: 'character maps' });
}
// One array of 3,300,000 names, and 25 arrays of 95,000 that a font's /Widths reaches: qpdf's
// parser is capped per array (100,000 items) and per reading (500,000 objects).
hostile('huge-array.pdf', pdf([
  '<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots 5 0 R /Contents 4 0 R >>',
  stream('', 'BT ET'), `[${'/a '.repeat(3_300_000)}]`,
]), { either: true });
{
  const arrays = Array.from({ length: 25 }, () => `[${'/a '.repeat(95_000)}]`);
  hostile('many-objects.pdf', pdf([
    '<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream('', 'BT /F1 10 Tf 72 700 Td (Total due) Tj ET'),
    `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Widths [${arrays.map((_, i) => `${6 + i} 0 R`).join(' ')}] >>`,
    ...arrays,
  ]), { unusable: 'document.too_many_objects' });
}
hostile('lying-lengths.pdf', Buffer.from(pdf([
  '<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
  { dict: '', bytes: Buffer.from('BT /F1 12 Tf 72 700 Td (Statement date: 10/03/2026) Tj ET'), length: 999999 },
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
]).toString('latin1').replace(/startxref\n\d+/, 'startxref\n12345').replace(/\d{10} 00000 n/g, '0000000001 00000 n'), 'latin1'), { usable: true, contains: 'Statement date: 10/03/2026' });

fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
console.log(`corpus: ${manifest.length} files in ${out}`);
