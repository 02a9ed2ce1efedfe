// The text-analysis engine (utils/extract: resolutions, actions, references, money; and the
// readers that run it on whole fetched pages) is a separate module, analysis.js, imported from
// the extension once per recognised page, after the cards are mounted and before the idle
// analysis starts. The script injected into every council page keeps only page detection, the
// DOM read of numbers and titles, and the cards, so it stays under its size budget.
import { runtime } from '../runtime';
import type { BlockAnalyser, createParsedPage } from '../parser';
import type { approvedSpendOf } from '../extract/money';
import type { readGetMeeting } from '../related/web-service';

export interface AnalysisApi {
  analyseBlock: BlockAnalyser;
  createParsedPage: typeof createParsedPage;
  readGetMeeting: typeof readGetMeeting;
  approvedSpendOf: typeof approvedSpendOf;
}

/** Where analysis.js hands its API over: the isolated world's global, shared with this script. */
export const ANALYSIS_GLOBAL = '__scrutineerAnalysis';

let loading: Promise<AnalysisApi> | null = null;

/** The engine, imported once per page (a failed import is retried on the next call). */
export function loadAnalysis(): Promise<AnalysisApi> {
  loading ??= (async () => {
    await import(/* @vite-ignore */ (runtime().getURL as (p: string) => string)('/analysis.js'));
    const api = (globalThis as { [ANALYSIS_GLOBAL]?: AnalysisApi })[ANALYSIS_GLOBAL];
    if (!api) throw new Error('analysis module did not load');
    return api;
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
