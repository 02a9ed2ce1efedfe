// Printed minutes (a PDF) → the extraction engine's meetings, each item, resolution, recommendation
// and action marked with the PDF page it came from, so a card can say "from the printed minutes,
// p. N". The engine reads the joined text through its public entry point; the pages are found
// afterwards by locating each extracted text in the joined text (letters and digits only, so the
// engine's whitespace and hyphenation repairs do not stop the match).
import type { AgendaItem, Meeting } from '../types';
import { extractDocument } from './index';
import type { PageText } from './report-types';

export interface PagedAgendaItem extends AgendaItem {
  page: number | null;
  resolutionPage: number | null;
  recommendationPage: number | null;
  /** One entry per `actions[i]`. */
  actionPages: (number | null)[];
}

export interface PrintedMinutes {
  parts: (Omit<Meeting, 'items'> & { items: PagedAgendaItem[] })[];
  pages: number;
}

/** The joined text reduced to lower-case letters and digits, each kept with the page it is on. */
interface Index {
  key: string;
  pageAt: Int32Array;
}

function indexPages(pages: PageText[]): Index {
  let key = '';
  const chunks: string[] = [];
  const pageRuns: [number, number][] = [];
  for (const p of pages) {
    const k = (p.text ?? '')
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '');
    chunks.push(k);
    pageRuns.push([k.length, p.page]);
  }
  key = chunks.join('');
  const pageAt = new Int32Array(key.length);
  let o = 0;
  for (const [len, page] of pageRuns) {
    pageAt.fill(page, o, o + len);
    o += len;
  }
  return { key, pageAt };
}

const keyOf = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '');

/**
 * Where `text` starts in the index, searching from `from` onwards (the document's order), with a
 * shorter prefix when the long one is not found. Returns the key offset or -1.
 */
function locate(idx: Index, text: string, from: number): number {
  const k = keyOf(text);
  if (k.length < 6) return -1;
  for (const len of [60, 30, 16]) {
    const probe = k.slice(0, len);
    if (probe.length < Math.min(len, 12)) continue;
    let at = idx.key.indexOf(probe, from);
    if (at < 0) at = idx.key.indexOf(probe);
    if (at >= 0) return at;
  }
  return -1;
}

const pageOf = (idx: Index, at: number): number | null => (at >= 0 && at < idx.pageAt.length ? idx.pageAt[at] : null);

/** Printed minutes' pages → the engine's meetings with a page on every item and finding. Never throws. */
export function extractPrintedMinutes(pages: PageText[]): PrintedMinutes {
  const list = Array.isArray(pages) ? pages.filter((p) => p && typeof p.text === 'string') : [];
  try {
    // Joined exactly as the CLI joins a PDF's pages, so the engine sees the same text either way.
    const text = list.map((p) => p.text).join('\n\n');
    const ex = extractDocument(text, { format: 'text' });
    const idx = indexPages(list);
    let cursor = 0;
    const parts = ex.parts.map((part) => ({
      ...part,
      items: part.items.map((item): PagedAgendaItem => {
        const head = [item.number, item.title].filter(Boolean).join(' ');
        let at = locate(idx, head, cursor);
        if (at < 0) at = locate(idx, item.title, cursor);
        if (at < 0 && item.text) at = locate(idx, item.text, cursor);
        if (at >= 0) cursor = at;
        const within = (t: string | null | undefined) => (t ? pageOf(idx, locate(idx, t, cursor)) : null);
        const page = pageOf(idx, at);
        return {
          ...item,
          page,
          resolutionPage: item.resolution
            ? (within(item.resolution.parts[0] ?? item.resolution.text) ?? within(item.resolution.text) ?? page)
            : null,
          recommendationPage: item.recommendation ? (within(item.recommendation.text) ?? page) : null,
          actionPages: item.actions.map((a) => within(a.evidence) ?? within(a.text) ?? page),
        };
      }),
    }));
    return { parts, pages: list.length };
  } catch {
    return { parts: [], pages: list.length };
  }
}
