// PDF figures for `npm run bench`:
// - pdf.rawMsPerPage: pdf.js text extraction alone (getDocument, getTextContent on every page),
//   per page, on one real 20-page reports supplement (../shared/corpus/real/pdf) or, without it,
//   the demo reports pack; median of 7 runs after one warm-up;
// - pdf.ourMsPerPage: the whole of our path on the same file in the same run: bytes to base64 and
//   back (the message boundary), pdf.js in steps with a time budget (utils/pdf/extractor-host.ts),
//   the scan check and the report reader; runs interleaved with the raw ones. Node, legacy build;
//   in the browser the steps also cross two message hops each;
// - pdf.agendaFilledMs: headless Chromium, first visit to the demo agenda with six report PDFs:
//   navigation start → every card shows its report's recommendations. Each PDF is fetched through
//   the polite request slots (one request a second per council), so six PDFs cannot take less
//   than about 5 s; pdf.agendaFilledCachedMs is the second visit, read from the cache;
// - contentScript.reportsModuleGzBytes: the reports module loaded only on pages that link PDFs.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startDemoServer } from '../demo-server.mjs';
import { EXTENSION_DIR, launchExtension } from '../../tests/e2e/harness';
import { createExtractor } from '../../utils/pdf/extractor-host';
import { isScanned, joinTextItems, type PdfJs } from '../../utils/pdf/page-texts';
import { base64ToBytes, bytesToBase64 } from '../../utils/pdf/base64';
import { interpretPages } from '../../utils/reports/interpret';
import type { PageText } from '../../utils/extract/report';
import { median } from './stats';

const REAL = resolve('../shared/corpus/real/pdf/kent-county-council-2025-01-09-item3-supplement-pack.pdf');
const DEMO = resolve(
  'tests/fixtures/demo-site/extra/reports/documents/g9002/Agenda reports pack 28th-Jan-2026 Cabinet.pdf',
);
const RUNS = 7;
const AGENDA = '/ieListDocuments.aspx?CId=901&MId=9001';

async function raw(pdfjs: PdfJs & { getDocument: PdfJs['getDocument'] }, data: Uint8Array): Promise<number> {
  const doc = await pdfjs.getDocument({
    data: data.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  let chars = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    chars += joinTextItems((await page.getTextContent()).items).length;
    page.cleanup();
  }
  await doc.destroy();
  return chars;
}

async function ours(pdfjs: PdfJs, data: Uint8Array, id: string): Promise<number> {
  const bytes = base64ToBytes(bytesToBase64(data));
  const ex = createExtractor(async () => pdfjs);
  const opened = await ex.open(id, bytes);
  if ('failure' in opened) throw new Error(`bench pdf: ${opened.failure}`);
  const texts: PageText[] = [];
  for (;;) {
    const step = await ex.read(id, 250);
    if ('failure' in step) throw new Error(`bench pdf: ${step.failure}`);
    texts.push(...step.texts);
    if (step.done) break;
  }
  if (isScanned(texts)) throw new Error('bench pdf: no text');
  return interpretPages('report', texts).report!.recommendations.length;
}

async function extraction(): Promise<Record<string, number>> {
  const file = existsSync(REAL) ? REAL : DEMO;
  const data = new Uint8Array(readFileSync(file));
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  const pages = (await pdfjs.getDocument({ data: data.slice(), isEvalSupported: false }).promise).numPages;
  await raw(pdfjs, data);
  await ours(pdfjs, data, 'warm');
  const rawMs: number[] = [];
  const ourMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    await raw(pdfjs, data);
    rawMs.push(performance.now() - t);
    t = performance.now();
    await ours(pdfjs, data, `run${i}`);
    ourMs.push(performance.now() - t);
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    'pdf.rawMsPerPage': round(median(rawMs) / pages),
    'pdf.ourMsPerPage': round(median(ourMs) / pages),
    'pdf.benchPages': pages,
  };
}

async function agenda(): Promise<Record<string, number>> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) execSync('npx wxt build', { stdio: 'ignore' });
  const server = await startDemoServer();
  const ext = await launchExtension({ privateCopy: true });
  const filled = async (): Promise<number> => {
    const page = await ext.context.newPage();
    try {
      await page.goto(server.origin + AGENDA);
      await page.waitForFunction(
        () => {
          const cards = [...document.querySelectorAll('scrutineer-overlay')].flatMap((h) => [
            ...(h.shadowRoot?.querySelectorAll('[data-scrutineer-report]') ?? []),
          ]);
          return (
            cards.length === 6 &&
            cards.every(
              (c) => c.getAttribute('data-state') === 'done' && c.querySelector('[data-scrutineer-recommendation]'),
            )
          );
        },
        null,
        { timeout: 60_000, polling: 20 },
      );
      return page.evaluate(() => performance.now());
    } finally {
      await page.close();
    }
  };
  try {
    const cold = await filled();
    const cached: number[] = [];
    for (let i = 0; i < 5; i++) cached.push(await filled());
    return { 'pdf.agendaFilledMs': Math.round(cold), 'pdf.agendaFilledCachedMs': Math.round(median(cached)) };
  } finally {
    await ext.close();
    await server.close();
  }
}

export async function benchPdf(): Promise<Record<string, number>> {
  const module = join(resolve(EXTENSION_DIR), 'reports.js');
  return {
    ...(await extraction()),
    ...(await agenda()),
    ...(existsSync(module)
      ? { 'contentScript.reportsModuleGzBytes': gzipSync(readFileSync(module), { level: 9 }).length }
      : {}),
  };
}
