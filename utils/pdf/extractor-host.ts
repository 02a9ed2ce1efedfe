// The pdf.js side of reading a document, in steps so the page can show progress: `open` parses
// the file and says how many pages it has; each `read` returns the next pages' text within a time
// budget; `close` frees it. Hosted by the offscreen document (Chrome) or the background page
// (Firefox). A step that takes too long (a hostile or broken file) ends the document as
// malformed instead of hanging, and documents nobody asks about for a minute are closed.
import type { PageText } from '../extract/report';
import { openPdf, readPages, type OpenFailure, type PdfDoc, type PdfJs } from './page-texts';

export interface PdfExtractor {
  open(id: string, data: Uint8Array): Promise<{ pages: number } | { failure: OpenFailure }>;
  read(id: string, budgetMs: number): Promise<{ texts: PageText[]; done: boolean } | { failure: OpenFailure }>;
  close(id: string): Promise<void>;
}

const STEP_TIMEOUT_MS = 20_000;
const IDLE_CLOSE_MS = 60_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([work, new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

export function createExtractor(loadPdfJs: () => Promise<PdfJs>, stepTimeoutMs = STEP_TIMEOUT_MS): PdfExtractor {
  const open = new Map<string, { doc: PdfDoc; next: number; timer: ReturnType<typeof setTimeout> }>();
  const touch = (id: string) => {
    const entry = open.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => void close(id), IDLE_CLOSE_MS);
  };
  async function close(id: string): Promise<void> {
    const entry = open.get(id);
    if (!entry) return;
    open.delete(id);
    clearTimeout(entry.timer);
    await entry.doc.destroy().catch(() => undefined);
  }
  return {
    async open(id, data) {
      const doc = await withTimeout(openPdf(await loadPdfJs(), data), stepTimeoutMs);
      if (doc === 'timeout') return { failure: 'malformed' };
      if (typeof doc === 'string') return { failure: doc };
      open.set(id, { doc, next: 1, timer: setTimeout(() => void close(id), IDLE_CLOSE_MS) });
      return { pages: doc.numPages };
    },
    async read(id, budgetMs) {
      const entry = open.get(id);
      if (!entry) return { failure: 'malformed' };
      touch(id);
      const started = performance.now();
      const texts: PageText[] = [];
      while (entry.next <= entry.doc.numPages && (texts.length === 0 || performance.now() - started < budgetMs)) {
        const got = await withTimeout(readPages(entry.doc, entry.next, entry.next), stepTimeoutMs);
        if (got === 'timeout') {
          await close(id);
          return { failure: 'malformed' };
        }
        texts.push(...got);
        entry.next++;
      }
      const done = entry.next > entry.doc.numPages;
      if (done) await close(id);
      return { texts, done };
    },
    close,
  };
}
