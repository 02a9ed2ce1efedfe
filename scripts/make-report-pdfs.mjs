#!/usr/bin/env node
// Writes the demo site's report PDFs (tests/fixtures/demo-site/extra/reports/documents/): small
// text PDFs with invented report text for a fictional council, plus the awkward cases a browser
// meets on real sites: a reports pack with "Agenda Item N" markers, printed minutes, a scanned
// image with no text, a password-protected file and a damaged one. Plain Node, no dependencies;
// the output is committed, and re-running it reproduces it byte for byte.
//   node scripts/make-report-pdfs.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPORTS, PACK, MINUTES } from './report-pdf-text.mjs';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/demo-site/extra/reports/documents');

/** A PDF string literal in WinAnsi: £ and en dash as octal escapes, everything else ASCII. */
function literal(text) {
  let out = '';
  for (const ch of text) {
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (ch === '£') out += '\\243';
    else if (ch === '–') out += '\\226';
    else if (ch === '’') out += "'";
    else if (ch.charCodeAt(0) < 128) out += ch;
  }
  return `(${out})`;
}

/** Wrap a paragraph to about `width` characters a line. */
function wrap(text, width = 88) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** One page's content stream: each paragraph wrapped, a blank line between, an optional page stamp. */
function textStream(paragraphs, stamp) {
  const ops = ['BT', '/F1 11 Tf', '14 TL', '56 790 Td'];
  for (const p of paragraphs) {
    for (const line of wrap(p)) ops.push(`${literal(line)} Tj`, 'T*');
    ops.push('T*');
  }
  ops.push('ET');
  if (stamp) ops.push('BT', '/F1 9 Tf', '290 30 Td', `${literal(stamp)} Tj`, 'ET');
  return ops.join('\n');
}

/** A grey "scan" with no text layer. */
const imageStream = () => '0.85 g\n40 40 515 762 re f\n0.4 g\n80 600 300 120 re f\n120 300 360 200 re f';

/** Assemble objects into a PDF with a correct cross-reference table. */
function assemble(objects, trailerExtra = '') {
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function pdf(streams, { encrypt = false } = {}) {
  const n = streams.length;
  // 1 catalog, 2 pages, 3 font, then page/content pairs.
  const kids = streams.map((_, i) => `${4 + i * 2} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  streams.forEach((s, i) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${5 + i * 2} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`,
    );
    objects.push(`<< /Length ${Buffer.byteLength(s, 'latin1')} >>\nstream\n${s}\nendstream`);
  });
  if (!encrypt) return assemble(objects);
  // Standard security handler, revision 2, with O and U values no empty password opens: readers
  // must ask for a password (the content is never decrypted).
  objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${'7a'.repeat(32)}> /U <${'5c'.repeat(32)}> /P -44 >>`);
  return assemble(objects, ` /Encrypt ${objects.length} 0 R /ID [<${'0f'.repeat(16)}> <${'0f'.repeat(16)}>]`);
}

const reportPages = (r) => r.pages.map((paras) => textStream(paras));

function write(rel, bytes) {
  const file = join(OUT, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  console.log(`${rel.padEnd(44)} ${bytes.length} bytes`);
}

for (const r of REPORTS) write(r.file, pdf(reportPages(r)));
write(PACK.file, pdf(PACK.pages.map((paras, i) => textStream(paras, `Page ${i + 1}`))));
write(MINUTES.file, pdf(MINUTES.pages.map((paras) => textStream(paras))));
write('s9201/Planning site survey.pdf', pdf([imageStream(), imageStream()]));
write('s9202/Property disposal (restricted).pdf', pdf([textStream(['Restricted.'])], { encrypt: true }));
write(
  's9203/Depot relocation.pdf',
  Buffer.from(
    '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R\nstream\n\x00\x01garbage that is not a PDF body\n%%EOF',
    'latin1',
  ),
);
