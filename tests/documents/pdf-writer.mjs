// A minimal PDF writer for the corpus's hand-made files: the font kinds no producer at hand
// emits on request (Type3, /Differences with uniXXXX names, ToUnicode arrays and surrogates,
// Identity-V, MacRoman, symbolic TrueType, standard fonts without /Widths) and the hostile
// files (cycles, bombs, lying lengths). Objects are strings or {dict, stream} pairs.
import zlib from 'node:zlib';

/** A stream object: its dictionary entries (without /Length) and its bytes, deflated if asked. */
export function stream(dict, data, { deflate = false, length } = {}) {
  let bytes = Buffer.isBuffer(data) ? data : Buffer.from(data, 'latin1');
  let entries = dict;
  if (deflate) {
    bytes = zlib.deflateSync(bytes);
    entries += ' /Filter /FlateDecode';
  }
  return { dict: entries, bytes, length: length ?? bytes.length };
}

/**
 * A whole file: objects[i] is object i + 1; `root` names the catalog's number. `tail` is
 * appended after the file (an incremental update, garbage).
 */
export function pdf(objects, { root = 1, trailerExtra = '', header = '%PDF-1.7\n%\xE2\xE3\xCF\xD3\n' } = {}) {
  const parts = [Buffer.from(header, 'latin1')];
  let offset = parts[0].length;
  const offsets = [];
  objects.forEach((object, i) => {
    offsets.push(offset);
    let chunk;
    if (typeof object === 'string') {
      chunk = Buffer.from(`${i + 1} 0 obj\n${object}\nendobj\n`, 'latin1');
    } else {
      chunk = Buffer.concat([
        Buffer.from(`${i + 1} 0 obj\n<< ${object.dict} /Length ${object.length} >>\nstream\n`, 'latin1'),
        object.bytes,
        Buffer.from('\nendstream\nendobj\n', 'latin1'),
      ]);
    }
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`];
  for (const o of offsets) xref.push(`${String(o).padStart(10, '0')} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R ${trailerExtra} >>\nstartxref\n${offset}\n%%EOF\n`);
  parts.push(Buffer.from(xref.join(''), 'latin1'));
  return Buffer.concat(parts);
}

/** A PDF string literal, escaped. */
export function literal(text) {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** Bytes as a PDF hex string. */
export function hex(bytes) {
  return `<${Buffer.from(bytes).toString('hex').toUpperCase()}>`;
}

/** UTF-16BE hex of a string (for ToUnicode destinations). */
export function utf16hex(text) {
  const units = [];
  for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase());
  return `<${units.join('')}>`;
}

/** A ToUnicode CMap from bfchar and bfrange lines. */
export function toUnicodeCMap({ codespace = '<00> <FF>', bfchar = [], bfrange = [] }) {
  const out = [
    '/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
    `1 begincodespacerange\n${codespace}\nendcodespacerange`,
  ];
  if (bfchar.length) out.push(`${bfchar.length} beginbfchar\n${bfchar.join('\n')}\nendbfchar`);
  if (bfrange.length) out.push(`${bfrange.length} beginbfrange\n${bfrange.join('\n')}\nendbfrange`);
  out.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end');
  return out.join('\n');
}

/**
 * A one-font document: pages (content strings) that use /F1, with `fontObjects` the font's
 * objects starting at number 3 + pages.length * 2 (the font dictionary first).
 */
export function singleFontPdf(pageContents, fontObjects, { rotate = 0, pageExtra = '' } = {}) {
  const n = pageContents.length;
  const fontRef = 3 + n * 2;
  const kids = pageContents.map((_, i) => `${3 + i * 2} 0 R`).join(' ');
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`];
  pageContents.forEach((content, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Rotate ${rotate} ${pageExtra} /Resources << /Font << /F1 ${fontRef} 0 R >> >> /Contents ${4 + i * 2} 0 R >>`);
    objects.push(stream('', content, { deflate: true }));
  });
  return pdf([...objects, ...fontObjects]);
}
