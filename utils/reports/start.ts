// The reports module's entry: plan the page's documents, read them politely and draw them into
// the cards. Runs in the content script's world (loaded by utils/content/reports-loader.ts).
import { sendMessage } from '../messages';
import { sleep } from '../content/same-origin-fetch';
import type { NewFollowUp, ParsedPage } from '../types';
import { createReports, DEFAULT_SIZE_LIMIT } from './controller';
import { fetchPdfBytes } from './fetch-bytes';
import { mountReports } from './mount';
import { enrichPage } from './enrich-page';
import type { ReportSummary } from '../extract/report';

export interface ReportsApi {
  start(
    page: ParsedPage,
    options: { signal: AbortSignal; gate: (url: string, signal?: AbortSignal) => Promise<void> },
  ): Promise<void>;
}

/** Milliseconds from `start` to every document settled, on `<html>` (read by the bench and tests). */
export const REPORTS_MS_ATTRIBUTE = 'data-scrutineer-reports-ms';

export const reportsApi: ReportsApi = {
  async start(page, { signal, gate }) {
    const started = performance.now();
    const origin = new URL(page.url).origin;
    let queued = false;
    const track = async (f: NewFollowUp) => (await sendMessage('followup/add', f)).ok;
    const schedule = () => {
      if (queued || signal.aborted) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        view.draw();
      });
    };
    // The user's choices from the options page; the defaults when the background cannot say.
    const settings = await sendMessage('followup/settings', {}).then(
      (r) => (r.ok ? r.settings : null),
      () => null,
    );
    const limit = settings ? settings.reportSizeLimitMb * 1024 * 1024 : DEFAULT_SIZE_LIMIT;
    const reports = createReports(
      page,
      {
        send: sendMessage,
        fetchBytes: (url, l, s) => fetchPdfBytes(url, origin, l, s),
        sleep,
        gate,
        limit,
        automatic: settings?.readReportsAutomatically ?? true,
      },
      () => schedule(),
      signal,
    );
    const view = mountReports(document, page, reports, track);
    view.draw();
    // The page run remounts the cards when the council's page re-renders its items; draw into
    // the new cards' slots as they arrive.
    const observer = new MutationObserver((records) => {
      if (records.some((r) => [...r.addedNodes].some((n) => n.nodeName === 'SCRUTINEER-OVERLAY'))) schedule();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    await reports.done;
    if (signal.aborted) return;
    document.documentElement.setAttribute(REPORTS_MS_ATTRIBUTE, (performance.now() - started).toFixed(0));
    // Index the page again with its reports' text (meeting pages are what the index stores).
    const read = new Map<number, ReportSummary[]>();
    for (const d of reports.docs) {
      if (d.item === null || d.status.phase !== 'done' || !d.status.reading.report) continue;
      read.set(d.item, [...(read.get(d.item) ?? []), d.status.reading.report]);
    }
    const enriched = page.pageKind === 'meeting' ? enrichPage(page, read) : null;
    if (enriched) await sendMessage('related/index-page', { page: enriched });
  },
};
