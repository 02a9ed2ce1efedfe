// The background's side of reading linked PDFs: the cache (its own database), and the reading
// jobs, each one document handed over by a content script. pdf.js itself runs elsewhere (see
// utils/pdf/offscreen-client.ts); the text it returns is cached and interpreted here.
import type { HandlersFor } from '../messages';
import type { PageText } from '../extract/report';
import { base64ToBytes } from '../pdf/base64';
import { DocumentCache, type Validators } from '../pdf/cache-db';
import type { PdfExtractor } from '../pdf/extractor-host';
import type { PdfMessages } from '../pdf/messages';
import { isScanned } from '../pdf/page-texts';
import { interpretPages } from '../reports/interpret';
import type { AgendaEntry, ReadAs, Reading } from '../reports/types';

export interface PdfDeps {
  cache: DocumentCache;
  extractor: () => Promise<PdfExtractor>;
}

interface Job {
  url: string;
  validators: Validators;
  as: ReadAs;
  agenda: AgendaEntry[];
  pages: number;
  texts: PageText[];
}

/** Milliseconds of pdf.js work per `pdf/continue`, so progress reaches the card often. */
const STEP_BUDGET_MS = 250;
/** Page texts beyond this many characters are not kept (a 2,000-page pack is not a report). */
const MAX_CACHED_CHARS = 3_000_000;

export function pdfHandlers(deps: PdfDeps): HandlersFor<PdfMessages> {
  const jobs = new Map<string, Job>();

  const failed = (job: Pick<Job, 'as' | 'pages'>, state: Reading['state']): Reading => ({
    state,
    pages: job.pages,
    as: job.as,
  });

  async function finish(id: string, job: Job): Promise<Reading> {
    jobs.delete(id);
    const state = isScanned(job.texts) ? 'scanned' : 'done';
    let chars = 0;
    const kept = job.texts.map((t) => {
      chars += t.text.length;
      return chars > MAX_CACHED_CHARS ? { page: t.page, text: '' } : t;
    });
    await deps.cache
      .put({ url: job.url, ...job.validators, state, numPages: job.pages, pages: kept })
      .catch(() => undefined);
    return state === 'done' ? interpretPages(job.as, job.texts, job.agenda) : failed(job, state);
  }

  return {
    async 'pdf/cached'({ url, validators, as, agenda }) {
      const hit = await deps.cache.get(url, validators).catch(() => null);
      if (!hit) return { ok: true, reading: null };
      return {
        ok: true,
        reading:
          hit.state === 'done' ? interpretPages(as, hit.pages, agenda) : failed({ as, pages: hit.numPages }, hit.state),
      };
    },
    async 'pdf/open'({ id, url, data, validators, as, agenda }) {
      const extractor = await deps.extractor();
      const opened = await extractor.open(id, base64ToBytes(data));
      if ('failure' in opened) {
        const reading = failed({ as, pages: 0 }, opened.failure);
        await deps.cache
          .put({ url, ...validators, state: opened.failure, numPages: 0, pages: [] })
          .catch(() => undefined);
        return { ok: true, pages: 0, reading };
      }
      const job: Job = { url, validators, as, agenda: agenda ?? [], pages: opened.pages, texts: [] };
      jobs.set(id, job);
      return { ok: true, pages: opened.pages, reading: null };
    },
    async 'pdf/continue'({ id }) {
      const job = jobs.get(id);
      if (!job) return { ok: true, read: 0, pages: 0, reading: failed({ as: 'report', pages: 0 }, 'malformed') };
      const step = await (await deps.extractor()).read(id, STEP_BUDGET_MS);
      if ('failure' in step) {
        jobs.delete(id);
        return { ok: true, read: job.texts.length, pages: job.pages, reading: failed(job, step.failure) };
      }
      job.texts.push(...step.texts);
      const reading = step.done ? await finish(id, job) : null;
      return { ok: true, read: job.texts.length, pages: job.pages, reading };
    },
    async 'pdf/clear-cache'() {
      return { ok: true, removed: await deps.cache.clear() };
    },
  };
}
