// The text-analysis module, loaded by the content script (utils/content/analysis-loader.ts) once
// per recognised page, so what every council page downloads stays small. It runs in the content
// script's isolated world and hands its API over on that world's global.
import { analyseBlock } from '../utils/extract';
import { approvedSpendOf } from '../utils/extract/money';
import { createParsedPage } from '../utils/parser';
import { readGetMeeting } from '../utils/related/web-service';
import { ANALYSIS_GLOBAL, type AnalysisApi } from '../utils/content/analysis-loader';

export default defineUnlistedScript(() => {
  const api: AnalysisApi = { analyseBlock, createParsedPage, readGetMeeting, approvedSpendOf };
  (globalThis as unknown as Record<string, AnalysisApi>)[ANALYSIS_GLOBAL] = api;
});
