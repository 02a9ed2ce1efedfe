// The reports module, loaded by the content script (utils/content/reports-loader.ts) only on
// pages that link documents, so what every council page downloads stays small. It runs in the
// content script's isolated world and hands its API over on that world's global.
import { reportsApi } from '../utils/reports/start';

export default defineUnlistedScript(() => {
  (globalThis as unknown as { __scrutineerReports?: typeof reportsApi }).__scrutineerReports = reportsApi;
});
