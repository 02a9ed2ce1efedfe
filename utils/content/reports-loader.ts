// Linked PDFs (agenda reports, packs, printed minutes) are handled by a separate module,
// reports.js, imported from the extension only on pages that link documents: the content script
// injected into every council page stays under its size budget. Failures stay quiet.
import { runtime } from '../runtime';
import type { ParsedPage } from '../types';
import type { ReportsApi } from '../reports/start';

export async function loadReports(
  page: ParsedPage,
  signal: AbortSignal,
  gate: (url: string, signal?: AbortSignal) => Promise<void>,
): Promise<void> {
  if (!page.meeting.documents.length && !page.meeting.items.some((i) => i.documents.length)) return;
  try {
    await import(/* @vite-ignore */ (runtime().getURL as (p: string) => string)('/reports.js'));
    await (globalThis as { __scrutineerReports?: ReportsApi }).__scrutineerReports?.start(page, { signal, gate });
  } catch (error) {
    if (!signal.aborted) console.warn('[scrutineer] reports failed', error);
  }
}
