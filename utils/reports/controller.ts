// Reading a page's linked PDFs, in the content script's lazily loaded reports module: for each
// document, a cached reading (no request), or a polite same-origin download (a request slot from
// the background, at most one request a second per council across tabs) handed to the background
// to read with pdf.js in steps, so the card shows "Reading report (12 pages)…" with progress.
// Downloads go one at a time; reading one overlaps the next download. Every failure stays in
// its document's state: a PDF never breaks the page.
import type { sendMessage } from '../messages';
import { findPageDocuments, type ReportDocument } from '../moderngov/report-documents';
import { bytesToBase64 } from '../pdf/base64';
import type { ParsedPage } from '../types';
import type { Fetched } from './fetch-bytes';
import type { AgendaEntry, Reading } from './types';

/** Documents above this size are read only when asked ("large (48 MB): read it?"). */
export const DEFAULT_SIZE_LIMIT = 20 * 1024 * 1024;

export type DocStatus =
  | { phase: 'waiting' | 'downloading' }
  | { phase: 'reading'; pages: number; read: number }
  | { phase: 'done'; reading: Reading }
  | { phase: 'skipped'; why: 'large' | 'pack' | 'manual'; bytes: number | null }
  | {
      phase: 'failed';
      why: 'network' | 'not-pdf' | 'scanned' | 'password' | 'malformed';
      status?: number;
      pages?: number;
    };

export interface DocView {
  id: string;
  doc: ReportDocument;
  /** Item index for item reports; null for the pack and the printed minutes. */
  item: number | null;
  status: DocStatus;
}

export interface ReportsDeps {
  send: typeof sendMessage;
  fetchBytes: (url: string, limit: number, signal?: AbortSignal) => Promise<Fetched>;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The tab's own spacing guard (utils/content/spaced.ts), shared with the related-items fetches. */
  gate: (url: string, signal?: AbortSignal) => Promise<void>;
  limit: number;
  /** False when the user turned automatic reading off (options page): every document waits for a click. */
  automatic?: boolean;
}

export interface ReportsController {
  docs: DocView[];
  /** Read a skipped or failed document now (the "read it?" and "retry" buttons). */
  request(id: string): void;
  done: Promise<void>;
}

/** The agenda as the pack splitter wants it. */
export function agendaOf(page: ParsedPage): AgendaEntry[] {
  return page.meeting.items.flatMap((i) => {
    if (!i.number) return [];
    const range = /(\d+)\s*[-–]\s*(\d+)/.exec(i.pages ?? '');
    return [
      {
        number: i.number,
        title: i.title,
        ...(range ? { pageRange: [Number(range[1]), Number(range[2])] as [number, number] } : {}),
      },
    ];
  });
}

/** The documents this page should read, each with its first status. */
export function planDocuments(page: ParsedPage, limit: number, automatic = true): DocView[] {
  const found = findPageDocuments(page);
  const items = page.meeting.items;
  const docs: DocView[] = [];
  const noMinutesText = items.length > 0 && items.every((i) => !i.resolution);
  for (const [i, list] of Object.entries(found.items)) {
    // Decided items already show their decision; their reports are background, not news.
    if (items[Number(i)].resolution) continue;
    list.forEach((doc, n) => docs.push({ id: `r${i}.${n}`, doc, item: Number(i), status: { phase: 'waiting' } }));
  }
  if (found.minutes && noMinutesText && page.pageKind === 'meeting')
    docs.push({ id: 'minutes', doc: found.minutes, item: null, status: { phase: 'waiting' } });
  if (found.pack)
    docs.push({
      id: 'pack',
      doc: found.pack,
      item: null,
      status: { phase: 'skipped', why: 'pack', bytes: found.pack.bytes },
    });
  for (const d of docs) {
    if (d.status.phase !== 'waiting') continue;
    if (d.doc.bytes !== null && d.doc.bytes > limit) d.status = { phase: 'skipped', why: 'large', bytes: d.doc.bytes };
    else if (!automatic) d.status = { phase: 'skipped', why: 'manual', bytes: d.doc.bytes };
  }
  return docs;
}

export function createReports(
  page: ParsedPage,
  deps: ReportsDeps,
  onChange: () => void,
  signal?: AbortSignal,
): ReportsController {
  const docs = planDocuments(page, deps.limit, deps.automatic ?? true);
  const agenda = agendaOf(page);
  const set = (view: DocView, status: DocStatus) => {
    view.status = status;
    onChange();
  };
  const ask = (view: DocView) => ({
    url: view.doc.link.href,
    as: view.doc.as,
    agenda: view.doc.as === 'pack' ? agenda : undefined,
  });

  function settle(view: DocView, reading: Reading): void {
    set(
      view,
      reading.state === 'done'
        ? { phase: 'done', reading }
        : { phase: 'failed', why: reading.state, pages: reading.pages },
    );
  }

  /** Cached reading, or a polite download; resolves when the download is over (reading goes on). */
  async function fetchOne(view: DocView, force: boolean): Promise<Promise<void> | null> {
    const cached = await deps.send('pdf/cached', { validators: { sizeLabel: view.doc.link.size }, ...ask(view) });
    if (cached.ok && cached.reading) {
      settle(view, cached.reading);
      return null;
    }
    if (!force && view.status.phase === 'skipped') return null;
    set(view, { phase: 'downloading' });
    const slot = await deps.send('related/request-slot', { pageUrl: view.doc.link.href });
    await deps.sleep(slot.ok ? slot.waitMs : 1000, signal);
    await deps.gate(view.doc.link.href, signal);
    const got = await deps.fetchBytes(view.doc.link.href, force ? Number.POSITIVE_INFINITY : deps.limit, signal);
    if (got.kind === 'large') return (set(view, { phase: 'skipped', why: 'large', bytes: got.bytes }), null);
    if (got.kind === 'failed') return (set(view, { phase: 'failed', why: got.why, status: got.status }), null);
    return readWithId(view, `${view.id}:${Date.now()}`, got.bytes, got.validators).catch(() =>
      set(view, { phase: 'failed', why: 'malformed' }),
    );
  }

  async function readWithId(view: DocView, id: string, bytes: Uint8Array, validators: object): Promise<void> {
    const opened = await deps.send('pdf/open', {
      id,
      data: bytesToBase64(bytes),
      validators: { ...validators, sizeLabel: view.doc.link.size },
      ...ask(view),
    });
    if (!opened.ok) return set(view, { phase: 'failed', why: 'malformed' });
    if (opened.reading) return settle(view, opened.reading);
    set(view, { phase: 'reading', pages: opened.pages, read: 0 });
    while (!signal?.aborted) {
      const step = await deps.send('pdf/continue', { id });
      if (!step.ok) return set(view, { phase: 'failed', why: 'malformed' });
      if (step.reading) return settle(view, step.reading);
      set(view, { phase: 'reading', pages: step.pages, read: step.read });
    }
  }
  // Downloads one at a time, in page order; a request made by a button joins the same queue.
  let queue: Promise<unknown> = Promise.resolve();
  const reads: Promise<void>[] = [];
  const enqueue = (view: DocView, force: boolean) => {
    queue = queue.then(async () => {
      try {
        const reading = await fetchOne(view, force);
        if (reading) reads.push(reading);
      } catch {
        if (!signal?.aborted) set(view, { phase: 'failed', why: 'network' });
      }
    });
    return queue;
  };
  for (const view of docs) void enqueue(view, false);
  const done = queue.then(() => Promise.all(reads)).then(() => undefined);

  return {
    docs,
    done,
    request(id) {
      const view = docs.find((d) => d.id === id);
      if (!view || view.status.phase === 'downloading' || view.status.phase === 'reading') return;
      set(view, { phase: 'waiting' });
      void enqueue(view, true);
    },
  };
}
