// PDF reading cost for `npm run bench`: pdf.js text extraction alone (`pdf.rawMsPerPage`) against
// our whole path on the same file in the same run (`pdf.ourMsPerPage`: per-page text with page
// numbers, then the report reader). Target: ours ≤ 1.25 × raw. The file is a real 12-page council
// report from ../shared when present, else the seed reports pack bundled in tests/fixtures.
// The caller (scripts/bench.ts) wires the keys; this module only measures.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractPdfPages } from '../../utils/extract/pdf';
import { readReport } from '../../utils/extract/report';
import { median } from './stats';

const CANDIDATES = [
  '../../../shared/corpus/real/pdf/kent-cabinet-2025-03-04-report-kmwlp-adoption.pdf',
  '../../tests/fixtures/seeds/pdf/002_b39a1e999b7537f4.pdf',
].map((p) => fileURLToPath(new URL(p, import.meta.url)));

/** pdf.js alone: open, every page's text content joined, close. What any PDF reader must pay. */
async function rawExtract(data: Uint8Array): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(data),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  let chars = 0;
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      for (const item of content.items) if ('str' in item) chars += item.str.length;
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return chars;
}

async function ours(data: Uint8Array): Promise<number> {
  const pages = await extractPdfPages(data);
  return readReport(pages).recommendations.length;
}

export async function benchPdfRaw(runs = 7): Promise<Record<string, number>> {
  const file = CANDIDATES.find((f) => existsSync(f));
  if (!file) throw new Error('no PDF to measure');
  const data = new Uint8Array(readFileSync(file));
  const pages = (await extractPdfPages(data)).length;
  // Warm both paths (module load, JIT), then alternate them so load on the machine hits both alike.
  await rawExtract(data);
  await ours(data);
  const raw: number[] = [];
  const our: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await rawExtract(data);
    raw.push(performance.now() - t);
    t = performance.now();
    await ours(data);
    our.push(performance.now() - t);
  }
  // The reader alone, on text already extracted: what our own code adds per page.
  const text = await extractPdfPages(data);
  const reader: number[] = [];
  for (let i = 0; i < runs * 3; i++) {
    const t = performance.now();
    readReport(text);
    reader.push(performance.now() - t);
  }
  return {
    'pdf.readerMsPerPage': +(median(reader) / pages).toFixed(3),
    'pdf.rawMsPerPage': +(median(raw) / pages).toFixed(2),
    'pdf.ourMsPerPage': +(median(our) / pages).toFixed(2),
  };
}
